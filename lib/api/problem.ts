import type { z } from 'zod';
import { translateValidation } from '@/lib/validation/messages';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';

/**
 * Errors of the open API as RFC 9457 problem details (application/problem+json). `type` names
 * the problem (a URN: the reference page lists them); `errors` holds the field errors of a
 * refused body or query, each with the field's path, the code the app's forms use and that
 * code's text in the caller's language (Accept-Language: nl or de).
 */
export const problemTypes = {
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  notFound: { status: 404, title: 'Not Found' },
  conflict: { status: 409, title: 'Conflict' },
  validation: { status: 422, title: 'Unprocessable Content' },
  idempotencyMismatch: { status: 422, title: 'Idempotency-Key reused with another request' },
  rateLimited: { status: 429, title: 'Too Many Requests' },
  serverError: { status: 500, title: 'Internal Server Error' },
  // The database is away, cut a slow query off at its statement timeout, or is out of space:
  // nothing was written, and the same request may be sent again after Retry-After.
  unavailable: { status: 503, title: 'Service Unavailable' },
} as const;
export type ProblemType = keyof typeof problemTypes;

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

export function problemUrn(type: ProblemType): string {
  return `urn:grenzeloos:api:problem:${type}`;
}

export function problem(type: ProblemType, options: { detail?: string; instance?: string; errors?: FieldProblem[]; headers?: HeadersInit } = {}): Response {
  const { status, title } = problemTypes[type];
  const body: Problem = { type: problemUrn(type), title, status };
  if (options.detail) body.detail = options.detail;
  if (options.instance) body.instance = options.instance;
  if (options.errors) body.errors = options.errors;
  const headers = new Headers(options.headers);
  headers.set('content-type', 'application/problem+json');
  headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers });
}

/** Field errors as { field: code } (the actions' shape) in the problem's form. */
export function fieldProblems(lng: Lng, fieldErrors: Record<string, string>): FieldProblem[] {
  const t = getT(lng, 'validation');
  return Object.entries(fieldErrors).map(([field, message]) => ({
    field,
    code: message.split('|', 1)[0] ?? 'invalid',
    message: translateValidation(t, message) ?? '',
  }));
}

/** A zod error as field problems: the first issue per field, as the forms show it. */
export function zodProblems(lng: Lng, error: z.ZodError): FieldProblem[] {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join('.') || '_body'] ??= issue.message;
  return fieldProblems(lng, out);
}
