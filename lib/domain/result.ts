/**
 * What every server action returns. Errors are codes (i18n keys in the validation
 * namespace); the form turns them into words in the user's language.
 */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; code: string; fieldErrors?: Record<string, string> };

export function fail(code: string, fieldErrors?: Record<string, string>): { ok: false; code: string; fieldErrors?: Record<string, string> } {
  return fieldErrors ? { ok: false, code, fieldErrors } : { ok: false, code };
}

/**
 * The codes that refuse the user rather than their input: no such row (or another company's row,
 * which answers the same), not theirs, not allowed. authorizedAction writes one audit row for each
 * such answer a handler gives, unless the handler's query already wrote it.
 */
const REFUSAL_CODES = new Set(['notFound', 'forbidden', 'notOwner', 'notOwnerHandOver']);

export function isRefusal(result: ActionResult<unknown>): result is { ok: false; code: string } {
  return !result.ok && REFUSAL_CODES.has(result.code);
}

export interface RefusalTarget {
  objectType: string;
  objectId?: string | number;
}

/** Kept beside the result, not in it: the result goes to the browser as it is. */
const refusalTargets = new WeakMap<object, RefusalTarget>();

/** A refusal naming what was refused, for its audit row (see authorizedAction). */
export function refuse(code: 'notFound' | 'forbidden' | 'notOwner', target: RefusalTarget): { ok: false; code: string } {
  const result = { ok: false as const, code };
  refusalTargets.set(result, target);
  return result;
}

export function refusalTargetOf(result: object): RefusalTarget | undefined {
  return refusalTargets.get(result);
}
