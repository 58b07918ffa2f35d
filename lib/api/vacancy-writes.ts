import 'server-only';
import { createHash } from 'node:crypto';
import { isCheckViolation, isForeignKeyViolation, violatedConstraint } from '@/db/errors';
import { getApiVacancy } from '@/db/queries/api-vacancies';
import { runIdempotent, type StoredReply } from '@/db/queries/api-idempotency';
import type { VacancyChangeOutcome } from '@/db/queries/vacancies';
import type { Database } from '@/db/client';
import type { ApiContext, ApiReply } from './route';

/**
 * What the vacancy writes of the open API share: Idempotency-Key handling, the outcome of the
 * app's createVacancy/updateVacancy as HTTP, and database checks that a crafted body could still
 * hit as field errors (the vacancy actions do the same for the form).
 */
const constraintFields: Record<string, [string, string]> = {
  vacancies_title_ck: ['title', 'required'],
  vacancies_hours_ck: ['hoursMax', 'hoursOrder'],
  vacancies_pay_ck: ['payMax', 'payOrder'],
  vacancies_positions_ck: ['positions', 'positionsRange'],
  vacancies_filled_ck: ['positions', 'positionsBelowFilled'],
  vacancies_dates_ck: ['closingDate', 'dateRange'],
  vacancies_description_ck: ['description', 'invalid'],
  vacancies_shifts_ck: ['shifts', 'chooseOne'],
  vacancies_complete_unless_draft_ck: ['_body', 'incomplete'],
};

type Write = (tx: Database) => Promise<VacancyChangeOutcome>;

async function replyOf(tx: Database, employerId: number, outcome: VacancyChangeOutcome, created: boolean): Promise<StoredReply> {
  if (!outcome.ok) {
    if (outcome.code === 'incomplete') return { status: 422, body: { problem: 'validation', fieldErrors: outcome.fieldErrors } };
    if (outcome.code === 'notFound') return { status: 404, body: { problem: 'notFound' } };
    if (outcome.code === 'conflict')
      return { status: 409, body: { problem: 'conflict', detail: 'The vacancy was changed since this version: read it again.' } };
    return { status: 409, body: { problem: 'conflict', detail: `Not possible in this state (${outcome.code}).` } };
  }
  const vacancy = await getApiVacancy(tx, { kind: 'employer', employerId }, outcome.id);
  return { status: created ? 201 : 200, body: vacancy };
}

export async function vacancyWrite(ctx: ApiContext<unknown, unknown>, employerId: number, created: boolean, write: Write): Promise<ApiReply> {
  const run = async (tx: Database) => {
    try {
      return await replyOf(tx, employerId, await write(tx), created);
    } catch (error) {
      if (isCheckViolation(error)) {
        const [field, code] = constraintFields[violatedConstraint(error) ?? ''] ?? ['_body', 'invalid'];
        return { status: 422, body: { problem: 'validation', fieldErrors: { [field]: code } } };
      }
      if (isForeignKeyViolation(error)) return { status: 422, body: { problem: 'validation', fieldErrors: { placeId: 'chooseOne' } } };
      throw error;
    }
  };
  let reply: StoredReply;
  let replayed = false;
  if (ctx.idempotencyKey) {
    const requestHash = createHash('sha256')
      .update(`${ctx.url.pathname}\n${JSON.stringify(ctx.body)}`)
      .digest('hex');
    const outcome = await runIdempotent(ctx.db, { keyId: ctx.key.id, idempotencyKey: ctx.idempotencyKey, requestHash }, run);
    if (outcome.kind === 'mismatch') return { problem: 'idempotencyMismatch', detail: 'This Idempotency-Key was used for another request.' };
    reply = outcome.reply;
    replayed = outcome.replayed;
  } else {
    reply = await run(ctx.db);
  }
  if (reply.status >= 300) {
    const p = reply.body as { problem: 'validation' | 'notFound' | 'conflict'; detail?: string; fieldErrors?: Record<string, string> };
    return { problem: p.problem, detail: p.detail, fieldErrors: p.fieldErrors };
  }
  const body = reply.body as { id: number };
  const headers: Record<string, string> = created ? { location: `/api/v1/vacancies/${body.id}` } : {};
  if (replayed) headers['idempotent-replayed'] = 'true';
  return { status: reply.status as 200 | 201, body, headers };
}
