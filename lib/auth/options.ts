import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { servedOverHttps } from '@/lib/security/headers';
import { clientAddressFrom } from '@/lib/security/ip';
import { signInSchema } from '@/lib/validation/sign-in';
import { safeRedirectUrl } from './safe-redirect';
import { sessionPolicyFromEnv } from './session-policy';
import { endSession, startSession } from './sessions';
import { checkSignIn } from './sign-in';

declare module 'next-auth' {
  interface Session {
    uid?: number;
    sv?: number;
    sid?: string;
  }
  interface User {
    sessionVersion?: number;
    sessionId?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
    /** Row in user_sessions: the server's record of this session. */
    sid?: string;
  }
}

const policy = sessionPolicyFromEnv();

const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The cookie lives no longer than the absolute lifetime; the server-side session row
  // (lib/auth/sessions.ts) enforces both limits whatever the cookie says.
  session: { strategy: 'jwt', maxAge: Math.round(policy.maxHours * 3600) },
  pages: { signIn: '/nl/login', error: '/nl/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error('invalid');
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const origin = clientAddressFrom((name) => headers[name]);
        const db = await getDb();
        const result = await checkSignIn(db, { ...parsed.data, origin });
        if (!result.ok) {
          // The code reaches the sign-in form, which words it in the user's language. A locked
          // account answers like a wrong password: only existing accounts can be locked, so
          // telling it would tell which e-mail addresses have an account.
          if (result.code === 'address_locked') throw new Error(`address_locked:${result.until.toISOString()}`);
          throw new Error(result.code === 'locked' ? 'invalid' : result.code);
        }
        const sessionId = await startSession(db, { userId: result.user.id, origin });
        return {
          id: String(result.user.id),
          name: result.user.name,
          email: result.user.email,
          sessionVersion: result.user.sessionVersion,
          sessionId,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      session.sid = token.sid;
      return session;
    },
    // next-auth follows callbackUrl after sign-in and sign-out: only ever to our own host.
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    // Signing out ends this session on the server: the cookie, if kept or copied, is refused.
    async signOut({ token }) {
      if (token?.sid) await endSession(await getDb(), token.sid, 'signed_out');
    },
  },
};

/** The same options with Secure cookies under `__Secure-` / `__Host-` names. */
const secureAuthOptions: NextAuthOptions = { ...authOptions, useSecureCookies: true };

/**
 * The options for one request. next-auth decides Secure cookies once, from NEXTAUTH_URL; behind
 * a TLS-terminating proxy with an http NEXTAUTH_URL that would set the session cookie without
 * Secure. So it is decided per request, the way HSTS is (servedOverHttps); the sign-in route and
 * every session read take the same options, so they agree on the cookie's name.
 */
export function authOptionsForRequest(header: (name: string) => string | null | undefined): NextAuthOptions {
  const https = servedOverHttps({ forwardedProto: header('x-forwarded-proto'), publicUrl: process.env.NEXTAUTH_URL });
  return https ? secureAuthOptions : authOptions;
}
