/**
 * Cursors of the open API's pages: opaque to clients (base64url), the last id of the page
 * inside. A cursor that does not decode is a 422 from the query schema's check, never a 500.
 */
function encodeCursor(lastId: number): string {
  return Buffer.from(`v1:${lastId}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number | undefined | null {
  if (cursor === undefined) return undefined;
  const match = /^v1:([1-9][0-9]{0,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** The link to the next page: this request's URL with the cursor replaced. */
export function nextLink(url: URL, lastId: number | undefined, hasMore: boolean): string | null {
  if (!hasMore || lastId === undefined) return null;
  const next = new URL(url.pathname, url.origin);
  for (const [k, v] of url.searchParams) if (k !== 'cursor') next.searchParams.append(k, v);
  next.searchParams.set('cursor', encodeCursor(lastId));
  return `${next.pathname}${next.search}`;
}
