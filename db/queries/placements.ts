import { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import { isCheckViolation, isUniqueViolation } from '@/db/errors';
import { employers, jobSeekers, placementChecks, placementMilestones, placements, places, proposals, sibMilestones, users, vacancies } from '@/db/schema';
import type { ContractType, FundingStream, PlacementEndReason } from '@/db/schema/enums';
import type { ActionResult } from '@/lib/domain/result';
import { recordAudit, type AuditContext } from '@/db/queries/audit';
import { assignSibMilestones } from '@/db/queries/sib-contracts';
import type { PlacementFilters } from '@/lib/validation/placements';
import { addDays, addMonths, type Day } from '@/lib/time/days';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type Outcome<T> = ActionResult<T>;

const RETENTION_MONTHS = [1, 3, 6, 12] as const;
/** A check may be answered from a week before its due day; it is listed from then on too. */
export const CHECK_LEAD_DAYS = 7;

/** "First Last", or null for an erased person (their placements stay, anonymous). */
const personName = sql<string | null>`case when ${jobSeekers.erasedAt} is null then ${jobSeekers.firstName} || ' ' || ${jobSeekers.lastName} end`;

function invalid(fieldErrors: Record<string, string>): Outcome<never> {
  return { ok: false, code: 'invalid', fieldErrors };
}

// ---- Logging a placement ------------------------------------------------------------------------

export interface NewPlacement {
  jobSeekerId: number;
  employerId: number;
  vacancyId: number | null;
  proposalId: number | null;
  startDate: Day;
  funding: FundingStream;
  jobTitle: string;
  hoursPerWeek: number;
  contract: ContractType;
}

/**
 * Logs a placement in one transaction: the placement, its four retention checks, the SIB
 * milestones (SIB only), the person marked placed, the vacancy's position used (the vacancy
 * filled when it was the last one), and the audit row. All or nothing.
 */
export async function createPlacement(db: Database, input: NewPlacement, audit: AuditContext): Promise<Outcome<{ id: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [person] = await tx
        .select({ id: jobSeekers.id, erasedAt: jobSeekers.erasedAt, sibCohort: jobSeekers.sibCohort, caseworkerId: jobSeekers.caseworkerId })
        .from(jobSeekers)
        .where(eq(jobSeekers.id, input.jobSeekerId))
        .for('update');
      if (!person || person.erasedAt) return invalid({ jobSeekerId: 'placement.personNotAvailable' });
      if (input.funding === 'sib' && !person.sibCohort) return invalid({ funding: 'placement.sibCohortOnly' });

      const [employer] = await tx.select({ id: employers.id }).from(employers).where(eq(employers.id, input.employerId));
      if (!employer) return invalid({ employerId: 'notFound' });

      if (input.proposalId !== null) {
        const [proposal] = await tx
          .select({ jobSeekerId: proposals.jobSeekerId, vacancyId: proposals.vacancyId })
          .from(proposals)
          .where(eq(proposals.id, input.proposalId));
        if (!proposal || proposal.jobSeekerId !== input.jobSeekerId || (input.vacancyId !== null && proposal.vacancyId !== input.vacancyId)) {
          return invalid({ vacancyId: 'placement.proposalMismatch' });
        }
      }

      if (input.vacancyId !== null) {
        const used = await takeVacancyPosition(tx, input.vacancyId, input.employerId);
        if (used !== 'ok') return invalid({ vacancyId: used });
      }

      const [row] = await tx
        .insert(placements)
        .values({
          jobSeekerId: input.jobSeekerId,
          employerId: input.employerId,
          vacancyId: input.vacancyId,
          proposalId: input.proposalId,
          // The person's own caseworker owns the follow-up; a colleague logging it does not.
          caseworkerId: person.caseworkerId ?? audit.actor.id,
          startDate: input.startDate,
          funding: input.funding,
          jobTitle: input.jobTitle,
          hoursPerWeek: input.hoursPerWeek,
          contract: input.contract,
          createdBy: audit.actor.id,
        })
        .returning({ id: placements.id });
      const id = row!.id;
      await tx.insert(placementChecks).values(RETENTION_MONTHS.map((months) => ({ placementId: id, months, dueOn: addMonths(input.startDate, months) })));
      if (input.funding === 'sib') await assignSibMilestones(tx, id);
      await tx
        .update(jobSeekers)
        .set({ status: 'placed', version: sql`${jobSeekers.version} + 1`, updatedAt: new Date() })
        .where(eq(jobSeekers.id, input.jobSeekerId));
      await recordAudit(tx, {
        ...audit,
        action: 'placement.create',
        objectType: 'placement',
        objectId: id,
        jobSeekerId: input.jobSeekerId,
        details: {
          employerId: input.employerId,
          vacancyId: input.vacancyId,
          proposalId: input.proposalId,
          startDate: input.startDate,
          funding: input.funding,
          hoursPerWeek: input.hoursPerWeek,
          contract: input.contract,
        },
      });
      return { ok: true as const, data: { id } };
    });
  } catch (error) {
    return mapPlacementViolation(error);
  }
}

/** Constraint violations as field errors: the user gets words, not a 500. */
function mapPlacementViolation(error: unknown): Outcome<never> {
  if (isUniqueViolation(error, 'placements_person_employer_day_uq')) return invalid({ startDate: 'placement.duplicate' });
  if (isCheckViolation(error, 'placements_sib_cohort_ck')) return invalid({ funding: 'placement.sibCohortOnly' });
  if (isCheckViolation(error, 'placements_end_ck')) return invalid({ startDate: 'placement.startAfterEnd' });
  if (isCheckViolation(error, 'placements_hours_ck')) return invalid({ hoursPerWeek: 'invalid' });
  throw error;
}

/**
 * Takes one position of the vacancy; the vacancy is filled when it was the last one. One
 * UPDATE with the conditions in its WHERE: two placements racing for the last position cannot
 * both get it (the row lock serialises them and the second sees it full).
 */
async function takeVacancyPosition(tx: Transaction, vacancyId: number, employerId: number): Promise<'ok' | string> {
  const [updated] = await tx
    .update(vacancies)
    .set({
      positionsFilled: sql`${vacancies.positionsFilled} + 1`,
      status: sql`case when ${vacancies.positionsFilled} + 1 >= ${vacancies.positions} and ${vacancies.status} in ('open', 'paused') then 'filled'::vacancy_status else ${vacancies.status} end`,
      version: sql`${vacancies.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(eq(vacancies.id, vacancyId), eq(vacancies.employerId, employerId), ne(vacancies.status, 'draft'), lt(vacancies.positionsFilled, vacancies.positions)),
    )
    .returning({ id: vacancies.id });
  if (updated) return 'ok';
  const [vacancy] = await tx.select({ employerId: vacancies.employerId, status: vacancies.status }).from(vacancies).where(eq(vacancies.id, vacancyId));
  if (!vacancy || vacancy.employerId !== employerId) return 'placement.vacancyOtherEmployer';
  if (vacancy.status === 'draft') return 'placement.vacancyNotAvailable';
  return 'placement.vacancyFull';
}

// ---- Editing, ending, reopening -----------------------------------------------------------------

export interface PlacementChanges {
  placementId: number;
  version: number;
  startDate: Day;
  funding: FundingStream;
  jobTitle: string;
  hoursPerWeek: number;
  contract: ContractType;
}

/**
 * Saves an edit if nobody saved since `version` was read. A new start date moves the pending
 * checks' due days (and the year the placement counts in); a new funding stream moves the
 * count and adds or removes the SIB milestones. SIB -> regular is refused once a milestone was
 * decided: those are the investor's payment facts.
 */
export async function updatePlacement(db: Database, input: PlacementChanges, audit: AuditContext): Promise<Outcome<{ version: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(placements).where(eq(placements.id, input.placementId)).for('update');
      if (!current) return { ok: false as const, code: 'notFound' };
      if (current.version !== input.version) return { ok: false as const, code: 'conflict' };
      if (current.funding === 'sib' && input.funding === 'regular') {
        const [decided] = await tx
          .select({ n: count() })
          .from(placementMilestones)
          .where(and(eq(placementMilestones.placementId, input.placementId), ne(placementMilestones.state, 'waiting')));
        if (Number(decided?.n ?? 0) > 0) return invalid({ funding: 'placement.milestonesDecided' });
      }
      const [saved] = await tx
        .update(placements)
        .set({
          startDate: input.startDate,
          funding: input.funding,
          jobTitle: input.jobTitle,
          hoursPerWeek: input.hoursPerWeek,
          contract: input.contract,
          version: sql`${placements.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(placements.id, input.placementId), eq(placements.version, input.version)))
        .returning({ version: placements.version });
      if (!saved) return { ok: false as const, code: 'conflict' };
      if (current.startDate !== input.startDate) {
        for (const months of RETENTION_MONTHS) {
          await tx
            .update(placementChecks)
            .set({ dueOn: addMonths(input.startDate, months) })
            .where(and(eq(placementChecks.placementId, input.placementId), eq(placementChecks.months, months), eq(placementChecks.outcome, 'pending')));
        }
      }
      if (input.funding === 'sib' && (current.funding !== 'sib' || current.startDate !== input.startDate)) await assignSibMilestones(tx, input.placementId);
      if (input.funding === 'regular' && current.funding === 'sib') {
        await tx.delete(placementMilestones).where(eq(placementMilestones.placementId, input.placementId));
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of ['startDate', 'funding', 'jobTitle', 'hoursPerWeek', 'contract'] as const) {
        if (current[key] !== input[key]) changes[key] = { from: current[key], to: input[key] };
      }
      await recordAudit(tx, {
        ...audit,
        action: 'placement.update',
        objectType: 'placement',
        objectId: input.placementId,
        jobSeekerId: current.jobSeekerId,
        details: { changes },
      });
      return { ok: true as const, data: { version: saved.version } };
    });
  } catch (error) {
    return mapPlacementViolation(error);
  }
}

/**
 * Records the end of a placement. Pending checks due after the end are closed as ended; those
 * due on or before it are closed as still working (the end date proves it), so nothing of an
 * ended placement stays on a caseworker's list. An ended placement keeps counting for its year.
 */
export async function endPlacement(
  db: Database,
  input: {
    placementId: number;
    version: number;
    endDate: Day;
    endReasonCode: PlacementEndReason;
    endReason: string | null;
    checkNote?: { months: number; note: string | null };
  },
  audit: AuditContext,
): Promise<Outcome<{ version: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select({ version: placements.version, endDate: placements.endDate, startDate: placements.startDate, jobSeekerId: placements.jobSeekerId })
        .from(placements)
        .where(eq(placements.id, input.placementId))
        .for('update');
      if (!current) return { ok: false as const, code: 'notFound' };
      if (current.version !== input.version) return { ok: false as const, code: 'conflict' };
      if (current.endDate) return { ok: false as const, code: 'placement.alreadyEnded' };
      if (input.endDate < current.startDate) return invalid({ endDate: 'placement.endBeforeStart' });
      const [saved] = await tx
        .update(placements)
        .set({
          endDate: input.endDate,
          endReasonCode: input.endReasonCode,
          endReason: input.endReason || null,
          version: sql`${placements.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(placements.id, input.placementId), eq(placements.version, input.version)))
        .returning({ version: placements.version });
      if (!saved) return { ok: false as const, code: 'conflict' };
      const now = new Date();
      const pending = and(eq(placementChecks.placementId, input.placementId), eq(placementChecks.outcome, 'pending'));
      await tx
        .update(placementChecks)
        .set({ outcome: 'ended', checkedAt: now, checkedBy: audit.actor.id })
        .where(and(pending, sql`${placementChecks.dueOn} > ${input.endDate}`));
      await tx
        .update(placementChecks)
        .set({ outcome: 'still_working', checkedAt: now, checkedBy: audit.actor.id })
        .where(and(pending, sql`${placementChecks.dueOn} <= ${input.endDate}`));
      if (input.checkNote?.note) {
        await tx
          .update(placementChecks)
          .set({ note: input.checkNote.note })
          .where(and(eq(placementChecks.placementId, input.placementId), eq(placementChecks.months, input.checkNote.months)));
      }
      await recordAudit(tx, {
        ...audit,
        action: 'placement.end',
        objectType: 'placement',
        objectId: input.placementId,
        jobSeekerId: current.jobSeekerId,
        details: { endDate: input.endDate, endReasonCode: input.endReasonCode, viaCheck: input.checkNote?.months ?? null },
      });
      return { ok: true as const, data: { version: saved.version } };
    });
  } catch (error) {
    return mapPlacementViolation(error);
  }
}

/** Undoes a recorded end (a mistake, or the person went back): the checks the end closed open again. */
export async function reopenPlacement(
  db: Database,
  input: { placementId: number; version: number },
  audit: AuditContext,
): Promise<Outcome<{ version: number }>> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        version: placements.version,
        endDate: placements.endDate,
        endReason: placements.endReason,
        endReasonCode: placements.endReasonCode,
        jobSeekerId: placements.jobSeekerId,
        updatedAt: placements.updatedAt,
      })
      .from(placements)
      .where(eq(placements.id, input.placementId))
      .for('update');
    if (!current) return { ok: false as const, code: 'notFound' };
    if (current.version !== input.version) return { ok: false as const, code: 'conflict' };
    if (!current.endDate) return { ok: false as const, code: 'placement.notEnded' };
    const [saved] = await tx
      .update(placements)
      .set({ endDate: null, endReason: null, endReasonCode: null, version: sql`${placements.version} + 1`, updatedAt: new Date() })
      .where(and(eq(placements.id, input.placementId), eq(placements.version, input.version)))
      .returning({ version: placements.version });
    if (!saved) return { ok: false as const, code: 'conflict' };
    await tx
      .update(placementChecks)
      .set({ outcome: 'pending', checkedAt: null, checkedBy: null })
      .where(and(eq(placementChecks.placementId, input.placementId), eq(placementChecks.outcome, 'ended')));
    await recordAudit(tx, {
      ...audit,
      action: 'placement.reopen',
      objectType: 'placement',
      objectId: input.placementId,
      jobSeekerId: current.jobSeekerId,
      details: { endDate: current.endDate, endReasonCode: current.endReasonCode, endReason: current.endReason },
    });
    return { ok: true as const, data: { version: saved.version } };
  });
}

// ---- Retention checks -------------------------------------------------------------------------

/**
 * Answers one retention check. "Still working" closes that check; "ended" records the end of
 * the placement (which closes this and the later checks). A check can be answered from a
 * week before its due day.
 */
export async function recordCheck(
  db: Database,
  input: {
    placementId: number;
    version: number;
    months: number;
    outcome: 'still_working' | 'ended';
    endDate: Day | null;
    endReasonCode: PlacementEndReason | null;
    endReason: string | null;
    note: string | null;
    today: Day;
  },
  audit: AuditContext,
): Promise<Outcome<{ version: number }>> {
  const [check] = await db
    .select({ dueOn: placementChecks.dueOn, outcome: placementChecks.outcome, jobSeekerId: placements.jobSeekerId, version: placements.version })
    .from(placementChecks)
    .innerJoin(placements, eq(placements.id, placementChecks.placementId))
    .where(and(eq(placementChecks.placementId, input.placementId), eq(placementChecks.months, input.months)));
  if (!check) return { ok: false, code: 'notFound' };
  // A form opened before the placement last changed is stale, whatever changed (this check
  // answered, the placement ended): the same answer as every other edit of a placement.
  if (check.version !== input.version) return { ok: false, code: 'conflict' };
  if (check.outcome !== 'pending') return { ok: false, code: 'placement.alreadyChecked' };
  if (check.dueOn > addDays(input.today, CHECK_LEAD_DAYS)) return { ok: false, code: 'placement.notDueYet' };

  if (input.outcome === 'ended') {
    return endPlacement(
      db,
      {
        placementId: input.placementId,
        version: input.version,
        endDate: input.endDate!,
        endReasonCode: input.endReasonCode!,
        endReason: input.endReason,
        checkNote: { months: input.months, note: input.note },
      },
      audit,
    );
  }
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ version: placements.version }).from(placements).where(eq(placements.id, input.placementId)).for('update');
    if (!current || current.version !== input.version) return { ok: false as const, code: 'conflict' };
    const [updated] = await tx
      .update(placementChecks)
      .set({ outcome: 'still_working', checkedAt: new Date(), checkedBy: audit.actor.id, note: input.note })
      .where(and(eq(placementChecks.placementId, input.placementId), eq(placementChecks.months, input.months), eq(placementChecks.outcome, 'pending')))
      .returning({ months: placementChecks.months });
    if (!updated) return { ok: false as const, code: 'placement.alreadyChecked' };
    // The placement's version moves too: a form opened before this check is stale.
    const [saved] = await tx
      .update(placements)
      .set({ version: sql`${placements.version} + 1`, updatedAt: new Date() })
      .where(eq(placements.id, input.placementId))
      .returning({ version: placements.version });
    await recordAudit(tx, {
      ...audit,
      action: 'placement.check',
      objectType: 'placement',
      objectId: input.placementId,
      jobSeekerId: check.jobSeekerId,
      details: { months: input.months, outcome: 'still_working' },
    });
    return { ok: true as const, data: { version: saved!.version } };
  });
}

// ---- Reading ------------------------------------------------------------------------------------

const caseworkers = alias(users, 'caseworker');

export interface PlacementListRow {
  id: number;
  startDate: string;
  funding: FundingStream;
  personName: string | null;
  jobSeekerId: number;
  employerName: string;
  jobTitle: string;
  hoursPerWeek: number;
  caseworkerName: string | null;
  endDate: string | null;
}

/** The WHERE of the list and of the CSV export: the same filters give the same rows. */
export function placementFilterWhere(filters: Omit<PlacementFilters, 'page'>, ctx: { userId: number; today: Day }): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.year) {
    conditions.push(gte(placements.startDate, `${filters.year}-01-01`), lt(placements.startDate, `${filters.year + 1}-01-01`));
  }
  if (filters.funding) conditions.push(eq(placements.funding, filters.funding));
  if (filters.caseworker === 'me') conditions.push(eq(placements.caseworkerId, ctx.userId));
  else if (filters.caseworker === 'none') conditions.push(isNull(placements.caseworkerId));
  else if (typeof filters.caseworker === 'number') conditions.push(eq(placements.caseworkerId, filters.caseworker));
  if (filters.employer) conditions.push(eq(placements.employerId, filters.employer));
  // The end date is the last working day: on it the person still works.
  // Same phases as placementPhase (lib/domain/placements.ts): logged before the first day is "upcoming".
  if (filters.status === 'upcoming') conditions.push(gt(placements.startDate, ctx.today));
  if (filters.status === 'working') {
    conditions.push(lte(placements.startDate, ctx.today), or(isNull(placements.endDate), gte(placements.endDate, ctx.today)));
  }
  if (filters.status === 'ended') conditions.push(and(isNotNull(placements.endDate), lt(placements.endDate, ctx.today)));
  return conditions.length ? and(...conditions) : undefined;
}

const PLACEMENTS_PAGE_SIZE = 25;

export async function listPlacements(
  db: Database,
  filters: PlacementFilters,
  ctx: { userId: number; today: Day },
): Promise<{ rows: PlacementListRow[]; total: number; page: number; pageCount: number }> {
  const where = placementFilterWhere(filters, ctx);
  const [totalRow] = await db.select({ n: count() }).from(placements).where(where);
  const total = Number(totalRow?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / PLACEMENTS_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db
    .select({
      id: placements.id,
      startDate: placements.startDate,
      funding: placements.funding,
      personName,
      jobSeekerId: placements.jobSeekerId,
      employerName: employers.name,
      jobTitle: placements.jobTitle,
      hoursPerWeek: placements.hoursPerWeek,
      caseworkerName: caseworkers.name,
      endDate: placements.endDate,
    })
    .from(placements)
    .innerJoin(jobSeekers, eq(jobSeekers.id, placements.jobSeekerId))
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .leftJoin(caseworkers, eq(caseworkers.id, placements.caseworkerId))
    .where(where)
    .orderBy(desc(placements.startDate), desc(placements.id))
    .limit(PLACEMENTS_PAGE_SIZE)
    .offset((page - 1) * PLACEMENTS_PAGE_SIZE);
  return { rows, total, page, pageCount };
}

/** Choices for the list's filters: staff who own placements, and employers with placements. */
export async function placementFilterOptions(
  db: Database,
): Promise<{ caseworkers: { id: number; name: string }[]; employers: { id: number; name: string }[] }> {
  const [caseworkerRows, employerRows] = await Promise.all([
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(
        or(
          eq(users.role, 'caseworker'),
          inArray(users.id, db.selectDistinct({ id: placements.caseworkerId }).from(placements).where(isNotNull(placements.caseworkerId))),
        ),
      )
      .orderBy(asc(users.name)),
    db
      .select({ id: employers.id, name: employers.name })
      .from(employers)
      .where(inArray(employers.id, db.selectDistinct({ id: placements.employerId }).from(placements)))
      .orderBy(asc(employers.name)),
  ]);
  return { caseworkers: caseworkerRows, employers: employerRows };
}

export interface PlacementDetail {
  id: number;
  version: number;
  jobSeekerId: number;
  personName: string | null;
  clientNumber: string | null;
  sibCohort: boolean;
  employerId: number;
  employerName: string;
  employerPlace: string | null;
  vacancyId: number | null;
  vacancyTitle: string | null;
  vacancyLanguage: 'nl' | 'de' | null;
  proposalId: number | null;
  caseworkerId: number | null;
  caseworkerName: string | null;
  startDate: string;
  funding: FundingStream;
  jobTitle: string;
  hoursPerWeek: number;
  contract: ContractType;
  endDate: string | null;
  endReasonCode: PlacementEndReason | null;
  endReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  checks: {
    months: number;
    dueOn: string;
    outcome: 'pending' | 'still_working' | 'ended';
    checkedAt: Date | null;
    checkedByName: string | null;
    note: string | null;
  }[];
  milestones: {
    milestone: string;
    sortOrder: number;
    outcomeId: number | null;
    dueOn: string | null;
    priceCents: number | null;
    countsPer: 'placement' | 'person' | null;
    minHoursPerWeek: number | null;
    state: 'waiting' | 'claimed' | 'verified' | 'denied';
    /** Only on milestones from before contracts were configured: the old single decision. */
    evidence: string | null;
    decidedAt: Date | null;
    decidedByName: string | null;
  }[];
}

export async function getPlacement(db: Database, id: number): Promise<PlacementDetail | null> {
  const [row] = await db
    .select({
      id: placements.id,
      version: placements.version,
      jobSeekerId: placements.jobSeekerId,
      personName,
      clientNumber: jobSeekers.clientNumber,
      sibCohort: jobSeekers.sibCohort,
      employerId: placements.employerId,
      employerName: employers.name,
      employerPlace: places.name,
      vacancyId: placements.vacancyId,
      vacancyTitle: vacancies.title,
      vacancyLanguage: vacancies.textLanguage,
      proposalId: placements.proposalId,
      caseworkerId: placements.caseworkerId,
      caseworkerName: caseworkers.name,
      startDate: placements.startDate,
      funding: placements.funding,
      jobTitle: placements.jobTitle,
      hoursPerWeek: placements.hoursPerWeek,
      contract: placements.contract,
      endDate: placements.endDate,
      endReasonCode: placements.endReasonCode,
      endReason: placements.endReason,
      createdAt: placements.createdAt,
      updatedAt: placements.updatedAt,
    })
    .from(placements)
    .innerJoin(jobSeekers, eq(jobSeekers.id, placements.jobSeekerId))
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .leftJoin(places, eq(places.id, employers.placeId))
    .leftJoin(vacancies, eq(vacancies.id, placements.vacancyId))
    .leftJoin(caseworkers, eq(caseworkers.id, placements.caseworkerId))
    .where(eq(placements.id, id));
  if (!row) return null;
  const checkers = alias(users, 'checker');
  const deciders = alias(users, 'decider');
  const [checks, milestones] = await Promise.all([
    db
      .select({
        months: placementChecks.months,
        dueOn: placementChecks.dueOn,
        outcome: placementChecks.outcome,
        checkedAt: placementChecks.checkedAt,
        checkedByName: checkers.name,
        note: placementChecks.note,
      })
      .from(placementChecks)
      .leftJoin(checkers, eq(checkers.id, placementChecks.checkedBy))
      .where(eq(placementChecks.placementId, id))
      .orderBy(asc(placementChecks.months)),
    db
      .select({
        milestone: placementMilestones.milestone,
        sortOrder: sibMilestones.sortOrder,
        outcomeId: placementMilestones.outcomeId,
        dueOn: placementMilestones.dueOn,
        priceCents: placementMilestones.priceCents,
        countsPer: placementMilestones.countsPer,
        minHoursPerWeek: placementMilestones.minHoursPerWeek,
        state: placementMilestones.state,
        evidence: placementMilestones.evidence,
        decidedAt: placementMilestones.decidedAt,
        decidedByName: deciders.name,
      })
      .from(placementMilestones)
      .innerJoin(sibMilestones, eq(sibMilestones.code, placementMilestones.milestone))
      .leftJoin(deciders, eq(deciders.id, placementMilestones.decidedBy))
      .where(eq(placementMilestones.placementId, id))
      .orderBy(asc(sibMilestones.sortOrder)),
  ]);
  return { ...row, checks, milestones };
}

export interface DueCheckRow {
  placementId: number;
  version: number;
  months: number;
  dueOn: string;
  startDate: string;
  personName: string | null;
  employerName: string;
  jobTitle: string;
  caseworkerName: string | null;
}

/**
 * "Te controleren": pending checks due within a week or overdue, oldest first, of one
 * caseworker's placements (or everyone's), on placements that have not ended.
 */
export async function listDueChecks(db: Database, params: { caseworkerId: number | null; today: Day; limit?: number }): Promise<DueCheckRow[]> {
  return db
    .select({
      placementId: placements.id,
      version: placements.version,
      months: placementChecks.months,
      dueOn: placementChecks.dueOn,
      startDate: placements.startDate,
      personName,
      employerName: employers.name,
      jobTitle: placements.jobTitle,
      caseworkerName: caseworkers.name,
    })
    .from(placementChecks)
    .innerJoin(placements, eq(placements.id, placementChecks.placementId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, placements.jobSeekerId))
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .leftJoin(caseworkers, eq(caseworkers.id, placements.caseworkerId))
    .where(
      and(
        eq(placementChecks.outcome, 'pending'),
        lte(placementChecks.dueOn, addDays(params.today, CHECK_LEAD_DAYS)),
        isNull(placements.endDate),
        params.caseworkerId === null ? undefined : eq(placements.caseworkerId, params.caseworkerId),
      ),
    )
    .orderBy(asc(placementChecks.dueOn), asc(placements.id), asc(placementChecks.months))
    .limit(params.limit ?? 200);
}

export async function countDueChecks(db: Database, params: { caseworkerId: number | null; today: Day }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(placementChecks)
    .innerJoin(placements, eq(placements.id, placementChecks.placementId))
    .where(
      and(
        eq(placementChecks.outcome, 'pending'),
        lte(placementChecks.dueOn, addDays(params.today, CHECK_LEAD_DAYS)),
        isNull(placements.endDate),
        params.caseworkerId === null ? undefined : eq(placements.caseworkerId, params.caseworkerId),
      ),
    );
  return Number(row?.n ?? 0);
}
