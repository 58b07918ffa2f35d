import { isLng, type Lng } from '@/lib/i18n/settings';

/**
 * Where to go after signing in. Only paths on our own host are followed: an absolute URL,
 * a protocol-relative "//evil.example" or a backslash trick falls back to the home page.
 */
export function safeCallbackPath(candidate: string | null | undefined, lng: Lng): string {
  const home = `/${lng}`;
  if (!candidate) return home;
  let decoded: string;
  try {
    decoded = decodeURIComponent(candidate);
  } catch {
    return home;
  }
  if (!candidate.startsWith('/') || candidate.startsWith('//') || /[\\\s]/.test(decoded) || decoded.startsWith('//')) {
    return home;
  }
  try {
    const url = new URL(candidate, 'http://grenzeloos.invalid');
    if (url.host !== 'grenzeloos.invalid') return home;
    const first = url.pathname.split('/')[1];
    if (!isLng(first)) return home;
    if (url.pathname === `/${first}/login`) return home;
    return `${url.pathname}${url.search}`;
  } catch {
    return home;
  }
}

/**
 * For next-auth's redirect callback: a URL on our own origin (absolute or relative), else the
 * base URL. Foreign hosts, other schemes and protocol-relative tricks never leave the app.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return '/';
  }
  if (typeof url !== 'string' || /[\\\s\u0000-\u001f]/.test(url)) return base.toString();
  try {
    const target = url.startsWith('/') && !url.startsWith('//') ? new URL(url, base) : new URL(url);
    if (target.origin !== base.origin) return base.toString();
    return target.toString();
  } catch {
    return base.toString();
  }
}
