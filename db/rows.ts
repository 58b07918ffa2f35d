/**
 * The rows of a raw `db.execute(sql...)`: PGlite's driver answers `{ rows }`, postgres.js an
 * array of rows. Typed queries (select/insert) need none of this.
 */
export function rowsOf<T>(result: unknown): T[] {
  const r = result as { rows?: T[] } | T[];
  return Array.isArray(r) ? r : (r.rows ?? []);
}
