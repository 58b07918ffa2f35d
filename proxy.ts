import { NextResponse, type NextRequest } from 'next/server';
import { databaseDownSince } from '@/db/availability';
import { databaseAnswers } from '@/db/availability-probe';
import { unavailablePage } from '@/lib/unavailable-page';
import { isLng, languageCookie, languageFromAcceptHeader } from '@/lib/i18n/settings';
import { API_CONTENT_SECURITY_POLICY, baseSecurityHeaders, contentSecurityPolicy, HSTS, makeNonce, servedOverHttps } from '@/lib/security/headers';

/**
 * Locale routing (every page lives under /nl or /de) and security headers with a fresh CSP
 * nonce per request. This is not an authorization layer: pages and actions check the
 * session and role themselves.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  const https = servedOverHttps({
    protocol: request.nextUrl.protocol,
    forwardedProto: request.headers.get('x-forwarded-proto'),
    publicUrl: process.env.NEXTAUTH_URL,
  });

  if (pathname.startsWith('/api/') || /\.[a-z0-9]+$/i.test(pathname)) {
    return withHeaders(NextResponse.next(), API_CONTENT_SECURITY_POLICY, https);
  }

  const nonce = makeNonce();
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', https });
  const first = pathname.split('/')[1];
  if (!isLng(first)) {
    const cookie = request.cookies.get(languageCookie)?.value;
    const lng = isLng(cookie) ? cookie : languageFromAcceptHeader(request.headers.get('accept-language'));
    const url = request.nextUrl.clone();
    url.pathname = `/${lng}${pathname === '/' ? '' : pathname}`;
    url.search = search;
    return withHeaders(NextResponse.redirect(url), csp, https);
  }
  // While requests find the database away, pages answer 503 "try again" at once instead of
  // each failing on its own (issue 21); the probe also notices when it is back.
  if (databaseDownSince() !== undefined && !(await databaseAnswers())) {
    return withHeaders(unavailablePage(first, `${pathname}${search}`, nonce), csp, https);
  }
  // Pages learn the language and path from these, e.g. for the 403 page and sign-in redirects.
  // Next.js takes the nonce for its own scripts from the request's CSP header.
  const headers = new Headers(request.headers);
  headers.set('x-lng', first);
  headers.set('x-pathname', `${pathname}${search}`);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  return withHeaders(NextResponse.next({ request: { headers } }), csp, https);
}

function withHeaders<R extends Response>(response: R, csp: string, https: boolean): R {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(baseSecurityHeaders)) response.headers.set(name, value);
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  // Everything but Next's static files (next.config.ts gives those their headers).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
