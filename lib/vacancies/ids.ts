/** An id from the URL: digits only, within the integer range, else null (the page then says "not found"). */
export function idFromParam(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}
