import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { DEFAULT_TARGETS } from '@/db/reference-data';
import { programmeTargets, users, yearlyTargets, yearlyTargetChanges } from '@/db/schema';
import { fundingStreams, type FundingStream } from '@/db/schema/enums';
import type { ActionResult } from '@/lib/domain/result';
import { recordAudit, type AuditContext } from '@/db/queries/audit';

export interface YearTargetRow {
  year: number;
  funding: FundingStream;
  /** Null: nothing stored, the default applies. */
  stored: number | null;
  target: number;
  updatedAt: Date | null;
  updatedByName: string | null;
}

/** The targets of a range of years, per stream, with the default filled in where none is stored. */
export async function listYearTargets(db: Database, fromYear: number, toYear: number): Promise<YearTargetRow[]> {
  const rows = await db
    .select({
      year: yearlyTargets.year,
      funding: yearlyTargets.funding,
      target: yearlyTargets.target,
      updatedAt: yearlyTargets.updatedAt,
      updatedByName: users.name,
    })
    .from(yearlyTargets)
    .leftJoin(users, eq(users.id, yearlyTargets.updatedBy))
    .where(and(gte(yearlyTargets.year, fromYear), lte(yearlyTargets.year, toYear)));
  const out: YearTargetRow[] = [];
  for (let year = toYear; year >= fromYear; year--) {
    for (const funding of fundingStreams) {
      const row = rows.find((r) => r.year === year && r.funding === funding);
      out.push({
        year,
        funding,
        stored: row?.target ?? null,
        target: row?.target ?? DEFAULT_TARGETS[funding],
        updatedAt: row?.updatedAt ?? null,
        updatedByName: row?.updatedByName ?? null,
      });
    }
  }
  return out;
}

/**
 * Sets one year's target for one stream, with its history row and audit row, in one
 * transaction. Refused as a conflict when the target is no longer what the manager saw.
 */
export async function setYearTarget(
  db: Database,
  input: { year: number; funding: FundingStream; target: number; expectedTarget: number | null; reason: string },
  audit: AuditContext,
): Promise<ActionResult<{ previous: number | null }>> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ target: yearlyTargets.target })
      .from(yearlyTargets)
      .where(and(eq(yearlyTargets.year, input.year), eq(yearlyTargets.funding, input.funding)))
      .for('update');
    const previous = current?.target ?? null;
    const seen = input.expectedTarget;
    // A missing row shows the default: a manager who saw the default saw the truth.
    if (previous === null ? seen !== null && seen !== DEFAULT_TARGETS[input.funding] : seen !== previous) {
      return { ok: false as const, code: 'conflict' };
    }
    await tx
      .insert(yearlyTargets)
      .values({ year: input.year, funding: input.funding, target: input.target, updatedBy: audit.actor.id, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: [yearlyTargets.year, yearlyTargets.funding],
        set: { target: input.target, updatedBy: audit.actor.id, updatedAt: new Date() },
      });
    await tx.insert(yearlyTargetChanges).values({
      year: input.year,
      funding: input.funding,
      oldTarget: previous ?? DEFAULT_TARGETS[input.funding],
      newTarget: input.target,
      changedBy: audit.actor.id,
      reason: input.reason,
    });
    await recordAudit(tx, {
      ...audit,
      action: 'target.set',
      objectType: 'yearly_target',
      objectId: `${input.year}:${input.funding}`,
      details: { from: previous, to: input.target, reason: input.reason },
    });
    return { ok: true as const, data: { previous } };
  });
}

export interface TargetChangeRow {
  id: number;
  year: number;
  funding: FundingStream;
  oldTarget: number | null;
  newTarget: number;
  reason: string | null;
  changedAt: Date;
  changedByName: string | null;
}

export function listTargetChanges(db: Database, limit = 50): Promise<TargetChangeRow[]> {
  return db
    .select({
      id: yearlyTargetChanges.id,
      year: yearlyTargetChanges.year,
      funding: yearlyTargetChanges.funding,
      oldTarget: yearlyTargetChanges.oldTarget,
      newTarget: yearlyTargetChanges.newTarget,
      reason: yearlyTargetChanges.reason,
      changedAt: yearlyTargetChanges.changedAt,
      changedByName: users.name,
    })
    .from(yearlyTargetChanges)
    .leftJoin(users, eq(users.id, yearlyTargetChanges.changedBy))
    .orderBy(desc(yearlyTargetChanges.changedAt), desc(yearlyTargetChanges.id))
    .limit(limit);
}

export async function createProgrammeTarget(
  db: Database,
  input: { name: string; fromYear: number; toYear: number; funding: FundingStream | null; target: number },
  audit: AuditContext,
): Promise<ActionResult<{ id: number }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(programmeTargets).values(input).returning({ id: programmeTargets.id });
    await recordAudit(tx, { ...audit, action: 'programme_target.create', objectType: 'programme_target', objectId: row!.id, details: input });
    return { ok: true as const, data: { id: row!.id } };
  });
}

export async function deleteProgrammeTarget(db: Database, id: number, audit: AuditContext): Promise<ActionResult<undefined>> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(programmeTargets).where(eq(programmeTargets.id, id)).returning();
    if (!row) return { ok: false as const, code: 'notFound' };
    await recordAudit(tx, {
      ...audit,
      action: 'programme_target.delete',
      objectType: 'programme_target',
      objectId: id,
      details: { name: row.name, fromYear: row.fromYear, toYear: row.toYear, funding: row.funding, target: row.target },
    });
    return { ok: true as const, data: undefined };
  });
}

export function listProgrammeTargets(db: Database) {
  return db.select().from(programmeTargets).orderBy(asc(programmeTargets.fromYear), asc(programmeTargets.name));
}
