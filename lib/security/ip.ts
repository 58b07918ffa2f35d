import { isIP } from 'node:net';

/**
 * A client address fit for an inet column, or null. Forwarded headers are client-controlled
 * text: anything that is not exactly one IPv4/IPv6 address (with an optional IPv6 zone or
 * brackets stripped) is dropped, so a hostile header can never break a database write.
 */
export function normalizeIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let ip = value.trim();
  if (ip.startsWith('[') && ip.includes(']')) ip = ip.slice(1, ip.indexOf(']'));
  ip = ip.replace(/%[0-9a-zA-Z]+$/, '');
  if (ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4) ip = ip.slice(7);
  return isIP(ip) ? ip : null;
}

/**
 * The client address from request headers. Behind a reverse proxy that appends the address it
 * saw (nginx's $proxy_add_x_forwarded_for), the last X-Forwarded-For entry is the one a client
 * cannot forge; earlier entries are whatever the client claimed. Next.js itself fills the
 * header with the socket address when it is absent.
 */
export function clientAddressFrom(get: (name: string) => string | null | undefined): string | null {
  const forwarded = get('x-forwarded-for');
  if (forwarded) {
    const last = forwarded
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .pop();
    const ip = normalizeIp(last);
    if (ip) return ip;
  }
  return normalizeIp(get('x-real-ip'));
}
