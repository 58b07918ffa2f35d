import { NextResponse, type NextRequest } from 'next/server';
import { isLng, languageCookie, languageFromAcceptHeader } from '@/lib/i18n/settings';

/**
 * Locale routing only: every page lives under /nl or /de. This is not an authorization layer:
 * pages and actions check the session and role themselves.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split('/')[1];
  if (!isLng(first)) {
    const cookie = request.cookies.get(languageCookie)?.value;
    const lng = isLng(cookie) ? cookie : languageFromAcceptHeader(request.headers.get('accept-language'));
    const url = request.nextUrl.clone();
    url.pathname = `/${lng}${pathname === '/' ? '' : pathname}`;
    url.search = search;
    return NextResponse.redirect(url);
  }
  // Pages learn the language and path from these, e.g. for the 403 page and sign-in redirects.
  const headers = new Headers(request.headers);
  headers.set('x-lng', first);
  headers.set('x-pathname', `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!api/|_next/|favicon.ico|robots.txt|.*\\.[a-z0-9]+$).*)'],
};
