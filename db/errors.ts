/**
 * Driver-neutral reading of PostgreSQL errors. drizzle wraps driver errors (cause chain);
 * postgres.js names the constraint `constraint_name`, PGlite `constraint`.
 */
interface PgErrorLike {
  code?: string;
  constraint?: string;
  constraint_name?: string;
  cause?: unknown;
}

function pgErrorOf(error: unknown): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as PgErrorLike;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return undefined;
}

function constraintOf(e: PgErrorLike): string | undefined {
  return e.constraint_name ?? e.constraint;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = pgErrorOf(error);
  return e?.code === '23505' && (!constraint || constraintOf(e) === constraint);
}

export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const e = pgErrorOf(error);
  return e?.code === '23514' && (!constraint || constraintOf(e) === constraint);
}

export function isForeignKeyViolation(error: unknown): boolean {
  return pgErrorOf(error)?.code === '23503';
}

export function violatedConstraint(error: unknown): string | undefined {
  const e = pgErrorOf(error);
  return e ? constraintOf(e) : undefined;
}
