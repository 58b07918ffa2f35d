import { isLng, type Lng } from '@/lib/i18n/settings';

/** The highest id an integer column holds: a larger number in a URL names nothing. */
const MAX_ROUTE_ID = 2_147_483_647;

/** An id from the URL: digits only, within the integer range, else null (the page then answers 404). */
export function routeId(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= MAX_ROUTE_ID ? Number(raw) : null;
}

/** The language segment of a URL; anything else falls back to Dutch (the proxy has redirected real visitors already). */
export function pageLng(raw: string): Lng {
  return isLng(raw) ? raw : 'nl';
}
