/**
 * What every server action returns. Errors are codes (i18n keys in the validation
 * namespace); the form turns them into words in the user's language.
 */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; code: string; fieldErrors?: Record<string, string> };

export function fail(code: string, fieldErrors?: Record<string, string>): { ok: false; code: string; fieldErrors?: Record<string, string> } {
  return fieldErrors ? { ok: false, code, fieldErrors } : { ok: false, code };
}
