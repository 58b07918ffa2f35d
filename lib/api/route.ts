import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { getDb, type Database } from '@/db/client';
import { countApiRequest, findActiveApiKey, type ActiveApiKey } from '@/db/queries/api-keys';
import { recordAudit, type AuditContext } from '@/db/queries/audit';
import { bearerSecret, hashApiSecret } from '@/lib/domain/api-secret';
import { languageFromAcceptHeader, type Lng } from '@/lib/i18n/settings';
import { apiRouteRule, type HttpMethod } from '@/lib/security/access-matrix';
import { clientAddressFrom } from '@/lib/security/ip';
import { databaseFault, noteDatabaseFault, RETRY_AFTER_S } from '@/db/availability';
import { fieldProblems, problem, problemTypes, zodProblems, type ProblemType } from './problem';

/**
 * Every /api/v1 route handler goes through here, as every server action goes through
 * authorizedAction: key -> rate limit -> scope -> query and body schema -> handler -> audit.
 * A key is not a session: it is found by the SHA-256 of the Bearer secret, and must be neither
 * revoked nor expired at this moment (revoking works on the next request). The scope each
 * route and method needs comes from its entry in the access matrix, found by `route`; an
 * unknown route is refused, never let through. Every call, refused or not, is one row in the
 * audit trail with the key as actor.
 */

export interface ApiContext<Q, B> {
  key: ActiveApiKey;
  db: Database;
  /** The key as the actor of audit rows that queries write in their transactions. */
  audit: AuditContext;
  query: Q;
  body: B;
  lng: Lng;
  url: URL;
  /** The Idempotency-Key header of a write, checked; null when the client sent none. */
  idempotencyKey: string | null;
}

export type ApiReply =
  | { status?: 200 | 201; body: unknown; headers?: Record<string, string> }
  | { problem: ProblemType; detail?: string; fieldErrors?: Record<string, string> };

const DEFAULT_RATE_LIMIT = 120;
const WINDOW_MS = 60_000;

/** Requests per key per minute (API_RATE_LIMIT_PER_MINUTE, default 120). */
function apiRateLimit(): number {
  const n = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_RATE_LIMIT;
}

const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,200}$/);

export async function apiRoute<QS extends z.ZodType = z.ZodObject<Record<string, never>>, BS extends z.ZodType = z.ZodUnknown>(
  request: Request,
  options: { route: string; method: HttpMethod; name: string; query?: QS; body?: BS },
  handler: (ctx: ApiContext<z.output<QS>, z.output<BS>>) => Promise<ApiReply>,
): Promise<Response> {
  try {
    return await runApiRoute(request, options, handler);
  } catch (error) {
    const fault = noteDatabaseFault(error);
    if (!fault) throw error;
    console.error(`api ${options.name}: database ${fault}`, error);
    return problem('unavailable', { instance: new URL(request.url).pathname, detail: faultDetails[fault], headers: { 'retry-after': String(RETRY_AFTER_S) } });
  }
}

const faultDetails = {
  unavailable: 'The database cannot be reached; nothing was written. Send the request again later.',
  timeout: 'The request took too long and was cancelled; nothing was written. Send it again later.',
  diskFull: 'The server has no storage space left; nothing was written.',
} as const;

async function runApiRoute<QS extends z.ZodType, BS extends z.ZodType>(
  request: Request,
  options: { route: string; method: HttpMethod; name: string; query?: QS; body?: BS },
  handler: (ctx: ApiContext<z.output<QS>, z.output<BS>>) => Promise<ApiReply>,
): Promise<Response> {
  const url = new URL(request.url);
  const lng = languageFromAcceptHeader(request.headers.get('accept-language'));
  const origin = clientAddressFrom((name) => request.headers.get(name));
  const db = await getDb();
  const now = new Date();
  const instance = url.pathname;
  const auditCall = (audit: AuditContext | null, result: 'ok' | 'denied' | 'error', status: number, extra: Record<string, unknown> = {}) =>
    recordAudit(db, {
      actor: audit?.actor ?? null,
      origin,
      action: options.name,
      objectType: 'api',
      result,
      details: { method: options.method, path: url.pathname, status, ...extra },
    });

  const secret = bearerSecret(request.headers.get('authorization'));
  const key = secret ? await findActiveApiKey(db, hashApiSecret(secret), now) : null;
  if (!key) {
    await auditCall(null, 'denied', 401);
    return problem('unauthorized', { instance, detail: 'A valid API key is needed: Authorization: Bearer <key>.', headers: { 'www-authenticate': 'Bearer' } });
  }
  const audit: AuditContext = { actor: { id: key.id, role: 'api_key', email: `api-key:${key.prefix}` }, origin };

  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const limit = apiRateLimit();
  const count = await countApiRequest(db, key.id, windowStart);
  const rateHeaders = { 'ratelimit-limit': String(limit), 'ratelimit-remaining': String(Math.max(0, limit - count)) };
  if (count > limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
    await auditCall(audit, 'denied', 429);
    return problem('rateLimited', {
      instance,
      detail: `At most ${limit} requests a minute per key.`,
      headers: { ...rateHeaders, 'retry-after': String(retryAfter) },
    });
  }

  const rule = ruleOf(options.route, options.method);
  const scope = rule?.scope ?? null;
  if (!rule || (rule.scope !== 'any' && !key.scopes.includes(rule.scope)) || (rule.organisations && !rule.organisations.includes(key.organisation))) {
    await auditCall(audit, 'denied', 403, { scope });
    const detail = !rule
      ? undefined
      : rule.scope !== 'any' && !key.scopes.includes(rule.scope)
        ? `This key lacks the scope ${rule.scope}.`
        : 'Not for keys of this organisation.';
    return problem('forbidden', { instance, detail, headers: rateHeaders });
  }

  const query = (options.query ?? z.object({})).safeParse(Object.fromEntries(url.searchParams.entries()));
  if (!query.success) {
    await auditCall(audit, 'denied', 422);
    return problem('validation', { instance, errors: zodProblems(lng, query.error), headers: rateHeaders });
  }

  let body: unknown;
  let idempotencyKey: string | null = null;
  if (options.method !== 'GET') {
    const rawKey = request.headers.get('idempotency-key');
    if (rawKey !== null) {
      const checked = idempotencyKeySchema.safeParse(rawKey);
      if (!checked.success) {
        await auditCall(audit, 'denied', 422);
        return problem('validation', {
          instance,
          errors: [{ field: 'Idempotency-Key', code: 'invalid', message: 'Idempotency-Key: 1 to 200 visible ASCII characters.' }],
          headers: rateHeaders,
        });
      }
      idempotencyKey = checked.data;
    }
    const parsed = await readJson(request);
    const checked = parsed.ok ? (options.body ?? z.unknown()).safeParse(parsed.value) : null;
    if (!checked?.success) {
      await auditCall(audit, 'denied', 422);
      const errors = checked
        ? zodProblems(lng, checked.error)
        : [{ field: '_body', code: 'invalidJson', message: 'The body must be a JSON object (Content-Type: application/json).' }];
      return problem('validation', { instance, errors, headers: rateHeaders });
    }
    body = checked.data;
  }

  let reply: ApiReply;
  try {
    reply = await handler({ key, db, audit, query: query.data as z.output<QS>, body: body as z.output<BS>, lng, url, idempotencyKey });
  } catch (error) {
    if (databaseFault(error)) throw error;
    console.error(`api ${options.name} failed`, error);
    await auditCall(audit, 'error', 500);
    return problem('serverError', { instance, headers: rateHeaders });
  }
  if ('problem' in reply) {
    const status = problemTypes[reply.problem].status;
    await auditCall(audit, 'denied', status);
    return problem(reply.problem, {
      instance,
      detail: reply.detail,
      errors: reply.fieldErrors ? fieldProblems(lng, reply.fieldErrors) : undefined,
      headers: rateHeaders,
    });
  }
  const status = reply.status ?? 200;
  try {
    await auditCall(audit, 'ok', status);
  } catch (error) {
    // The change is committed with its own audit row (written in its transaction): a database that
    // went away since must not turn its 201 into a 503, or a client without an Idempotency-Key
    // would send it again and save it twice (seen in npm run faults, pg-restart).
    console.error(`api ${options.name}: the call's audit row could not be written`, error);
  }
  const json = JSON.stringify(reply.body);
  const headers = new Headers({ ...rateHeaders, ...reply.headers, 'content-type': 'application/json; charset=utf-8' });
  if (options.method === 'GET') {
    // A weak validator of the body: a client that sends it back gets 304 while nothing changed.
    const etag = `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    headers.set('etag', etag);
    headers.set('cache-control', 'private, no-cache');
    headers.set('vary', 'authorization, accept-language');
    if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  } else {
    headers.set('cache-control', 'no-store');
  }
  return new Response(json, { status, headers });
}

function ruleOf(route: string, method: HttpMethod) {
  try {
    return apiRouteRule(route, method);
  } catch (error) {
    console.error(error);
    return null;
  }
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  if (!/^application\/(.+\+)?json\b/i.test(request.headers.get('content-type') ?? '')) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(await request.text()) };
  } catch {
    return { ok: false };
  }
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (v: string) => v.trim().replace(/^W\//, '');
  return header.split(',').some((v) => v.trim() === '*' || bare(v) === bare(etag));
}
