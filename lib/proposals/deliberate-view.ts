/**
 * Whether a request for the proposal page is a person opening it, so that an employer's view may
 * move the proposal to "seen". Not a prefetch (Next's router prefetches links before anyone
 * clicks; browsers announce speculative loads in Sec-Purpose/Purpose), and not a navigation from
 * another site (Sec-Fetch-Site cross-site or same-site: a link elsewhere could otherwise mark
 * candidates seen behind the employer's back). A typed address or bookmark (none) and our own
 * pages (same-origin) count; a browser that sends no Sec-Fetch-Site is believed.
 */
export function isDeliberateView(header: (name: string) => string | null | undefined): boolean {
  if (header('next-router-prefetch') || header('x-middleware-prefetch')) return false;
  const purpose = `${header('sec-purpose') ?? ''} ${header('purpose') ?? ''}`.toLowerCase();
  if (purpose.includes('prefetch') || purpose.includes('prerender')) return false;
  const site = header('sec-fetch-site')?.toLowerCase();
  return site === undefined || site === null || site === '' || site === 'same-origin' || site === 'none';
}
