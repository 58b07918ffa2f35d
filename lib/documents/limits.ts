/**
 * Size limits, configurable per installation: DOCUMENT_MAX_MB a file (default 10) and
 * DOCUMENT_PERSON_MAX_MB for all files of one person together (default 50).
 */
function megabytes(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  return Number.isFinite(value) && value > 0 ? Math.floor(value * 1024 * 1024) : fallback * 1024 * 1024;
}

export function documentLimits(): { fileBytes: number; personBytes: number } {
  return { fileBytes: megabytes('DOCUMENT_MAX_MB', 10), personBytes: megabytes('DOCUMENT_PERSON_MAX_MB', 50) };
}
