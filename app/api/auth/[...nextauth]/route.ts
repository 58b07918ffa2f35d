import NextAuth from 'next-auth';
import { currentSession } from '@/lib/auth/current-user';
import { requestAuthOptions } from '@/lib/auth/request-auth-options';

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth, with two additions. Its options are chosen per request (Secure cookies whenever the
 * request came over HTTPS). And /api/auth/session answers only for a session the server still
 * holds: next-auth alone would answer for any unexpired signed token, also after sign-out,
 * idle timeout or deactivation (the token stays valid; the user_sessions row decides).
 */
async function handler(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (request.method === 'GET' && nextauth.join('/') === 'session') {
    const check = await currentSession();
    if (check && !check.ok) return Response.json({}, { headers: { 'cache-control': 'no-store' } });
  }
  return NextAuth(await requestAuthOptions())(request, context);
}

export { handler as GET, handler as POST };
