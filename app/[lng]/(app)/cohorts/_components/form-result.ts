import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/domain/result';

export type Message = { kind: 'error' | 'success'; text: string } | null;

/**
 * What the cohort forms do with an action's answer: field errors beside their fields (the first
 * one focused), any other refusal as a message in the user's language. True when it went through.
 */
export function showResult<F extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<F>,
  setMessage: (m: Message) => void,
  errorText: (code: string | undefined) => string | undefined,
): boolean {
  if (result.ok) return true;
  for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as Path<F>, { message: code }, { shouldFocus: true });
  if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
  return false;
}
