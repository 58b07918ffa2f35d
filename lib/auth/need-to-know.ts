import 'server-only';
import type { Database } from '@/db/client';
import { type AuditContext, recordAudit } from '@/db/queries/audit';
import { activeBreakGlassGrant, activeReadBlock, countRead, type ReadKind } from '@/db/queries/need-to-know';
import type { Role } from '@/db/schema/enums';
import { readLimitsFromEnv } from '@/lib/domain/read-limits';
import { addDays } from '@/lib/time/days';
import { todayInAppZone, zonedLocalToUtc } from '@/lib/time/zoned';
import { needsReasonToRead } from './job-seeker-access';

export type ReadDecision =
  | { state: 'ok'; breakGlass: boolean }
  /** Someone else's client: the reader states a reason first (the break-the-glass form). */
  | { state: 'reasonRequired' }
  /** Over a read limit: nothing is read until `until`. */
  | { state: 'blocked'; until: Date };

/**
 * May this user read this person's full profile (kind 'profile') or export ('export') now?
 * In this order: a running block refuses everything; someone else's client needs a grant; then
 * the read is counted against the hourly limit. Every refusal writes one audit row (the read
 * itself is audited by the page or route as before). A reason does not lift the limits.
 */
export async function decidePersonRead(
  db: Database,
  audit: AuditContext & { actor: { role: Role } },
  person: { id: number; caseworkerId: number | null },
  kind: ReadKind,
  now = new Date(),
): Promise<ReadDecision> {
  const until = await activeReadBlock(db, audit.actor.id, now);
  if (until) {
    await recordAudit(db, {
      ...audit,
      action: 'job_seeker.read_blocked',
      objectType: 'job_seeker',
      objectId: person.id,
      jobSeekerId: person.id,
      result: 'denied',
      details: { kind, until: until.toISOString() },
    });
    return { state: 'blocked', until };
  }
  let breakGlass = false;
  if (needsReasonToRead(audit.actor, person.caseworkerId)) {
    const grant = await activeBreakGlassGrant(db, audit.actor.id, person.id, now);
    if (!grant) {
      await recordAudit(db, {
        ...audit,
        action: 'job_seeker.reason_required',
        objectType: 'job_seeker',
        objectId: person.id,
        jobSeekerId: person.id,
        result: 'denied',
        details: { kind, owner: person.caseworkerId },
      });
      return { state: 'reasonRequired' };
    }
    breakGlass = true;
  }
  const counted = await countRead(db, kind, person.id, readLimitsFromEnv(), audit, now);
  if (!counted.ok) {
    // The read that went over the limit wrote its own row (job_seeker.read_limit, with the alert);
    // a read refused in the same moment by another request is recorded here, once.
    if (!counted.alerted)
      await recordAudit(db, {
        ...audit,
        action: 'job_seeker.read_blocked',
        objectType: 'job_seeker',
        objectId: person.id,
        jobSeekerId: person.id,
        result: 'denied',
        details: { kind, until: counted.until.toISOString(), reads: counted.reads, limit: counted.limit },
      });
    return { state: 'blocked', until: counted.until };
  }
  return { state: 'ok', breakGlass };
}

/**
 * How a route answers a read that decidePersonRead refused (null: the read may go on): 403 until a
 * reason is given, 429 with Retry-After while the reader is blocked. JSON, never cached.
 */
export function refusedReadAnswer(decision: ReadDecision): Response | null {
  const noStore = { 'cache-control': 'no-store' };
  if (decision.state === 'reasonRequired') return Response.json({ error: 'reasonRequired' }, { status: 403, headers: noStore });
  if (decision.state === 'blocked') {
    const retryAfter = String(Math.max(1, Math.ceil((decision.until.getTime() - Date.now()) / 1000)));
    return Response.json({ error: 'readLimit', until: decision.until.toISOString() }, { status: 429, headers: { ...noStore, 'retry-after': retryAfter } });
  }
  return null;
}

/** A break-the-glass grant lasts the rest of the working day: until midnight in the app's zone. */
export function breakGlassExpiry(now = new Date()): Date {
  return zonedLocalToUtc(`${addDays(todayInAppZone(now), 1)}T00:00`);
}
