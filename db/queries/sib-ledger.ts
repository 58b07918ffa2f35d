import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { isCheckViolation, isUniqueViolation } from '@/db/errors';
import { documents, placementMilestones, placements, sibClaimEvidence, sibClaims, sibContractOutcomes, sibContracts } from '@/db/schema';
import type { ActionResult } from '@/lib/domain/result';
import type { LedgerStatus } from '@/lib/domain/sib';
import { recordAudit, type AuditContext } from '@/db/queries/audit';

/**
 * Where a milestone stands on `today`, in SQL (same rule as ledgerStatus in lib/domain/sib.ts):
 * verified and claimed are what people decided; otherwise it lapsed when it counts once per
 * person and another placement of the person has it claimed or verified, the job ended before
 * it fell due, the hours are below the contract's floor, or the claim window has passed; a
 * denied claim may be claimed again until then; before its due day it is upcoming.
 * Expects the aliases m (placement_milestones), p (placements), c (sib_contracts).
 */
export function statusSql(today: string): SQL<LedgerStatus> {
  return sql<LedgerStatus>`case
    when m.state = 'verified' then 'verified'
    when m.state = 'claimed' then 'claimed'
    when m.counts_per = 'person' and exists (
      select 1 from placement_milestones m2 join placements p2 on p2.id = m2.placement_id
      where m2.outcome_id = m.outcome_id and p2.job_seeker_id = p.job_seeker_id and m2.placement_id <> m.placement_id and m2.state in ('claimed', 'verified')) then 'lapsed'
    when p.end_date is not null and p.end_date < m.due_on then 'lapsed'
    when p.hours_per_week < m.min_hours_per_week then 'lapsed'
    when ${today}::date > m.due_on + c.claim_window_weeks * 7 then 'lapsed'
    when m.state = 'denied' then 'denied'
    when m.due_on > ${today}::date then 'upcoming'
    else 'due' end`;
}

/** The day a milestone lapsed (null when it did not): the end of the job, the due day, or the end of the claim window. */
export const lapsedOnSql = sql<string | null>`case
    when m.state in ('verified', 'claimed') then null
    when m.counts_per = 'person' and exists (
      select 1 from placement_milestones m2 join placements p2 on p2.id = m2.placement_id
      where m2.outcome_id = m.outcome_id and p2.job_seeker_id = p.job_seeker_id and m2.placement_id <> m.placement_id and m2.state in ('claimed', 'verified')) then m.due_on
    when p.end_date is not null and p.end_date < m.due_on then p.end_date
    when p.hours_per_week < m.min_hours_per_week then m.due_on
    else m.due_on + c.claim_window_weeks * 7 end`;

/** Whether an outcome that counts once per person is already claimed or verified on another placement of the person. */
const personTakenSql = sql<boolean>`(m.counts_per = 'person' and exists (
      select 1 from placement_milestones m2 join placements p2 on p2.id = m2.placement_id
      where m2.outcome_id = m.outcome_id and p2.job_seeker_id = p.job_seeker_id and m2.placement_id <> m.placement_id and m2.state in ('claimed', 'verified')))`;

// ---- Claiming and deciding ----------------------------------------------------------------------

function refusal(code: string): ActionResult<never> {
  return { ok: false, code };
}

/**
 * A claim that a milestone was reached, resting on evidence documents of the same placement.
 * Only a milestone that is due (not before its day, not lapsed) and not claimed or verified;
 * an outcome that counts once per person only once per person (the database refuses too).
 * The claim, its evidence, the milestone's new state and the audit row: one transaction.
 */
export async function claimMilestone(
  db: Database,
  input: { placementId: number; milestone: string; documentIds: number[]; note: string | null; today: string },
  audit: AuditContext,
): Promise<ActionResult<{ claimId: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = rowsOf<{ status: LedgerStatus; job_seeker_id: number; taken: boolean }>(
        await tx.execute(sql`
          select ${statusSql(input.today)} as status, p.job_seeker_id, ${personTakenSql} as taken
          from ${placementMilestones} m
          join ${placements} p on p.id = m.placement_id
          join ${sibContractOutcomes} o on o.id = m.outcome_id
          join ${sibContracts} c on c.id = o.contract_id
          where m.placement_id = ${input.placementId} and m.milestone = ${input.milestone}
          for update of m`),
      );
      if (!row) return refusal('notFound');
      if (row.status === 'upcoming') return refusal('sib.notDueYet');
      if (row.taken) return refusal('sib.oncePerPerson');
      if (row.status === 'lapsed') return refusal('sib.lapsed');
      if (row.status === 'claimed' || row.status === 'verified') return refusal('conflict');
      const evidence = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(inArray(documents.id, input.documentIds), eq(documents.placementId, input.placementId), eq(documents.kind, 'evidence')));
      if (evidence.length !== new Set(input.documentIds).size)
        return { ok: false as const, code: 'invalid', fieldErrors: { documentIds: 'sib.evidenceOfPlacement' } };
      const [claim] = await tx
        .insert(sibClaims)
        .values({
          placementId: input.placementId,
          milestone: input.milestone,
          claimedBy: audit.actor.id,
          note: input.note,
          evidenceCount: evidence.length,
        })
        .returning({ id: sibClaims.id });
      await tx.insert(sibClaimEvidence).values(evidence.map((d) => ({ claimId: claim!.id, documentId: d.id })));
      await tx
        .update(placementMilestones)
        .set({ state: 'claimed' })
        .where(and(eq(placementMilestones.placementId, input.placementId), eq(placementMilestones.milestone, input.milestone)));
      await recordAudit(tx, {
        ...audit,
        action: 'sib.claim',
        objectType: 'placement',
        objectId: input.placementId,
        jobSeekerId: row.job_seeker_id,
        details: { milestone: input.milestone, claimId: claim!.id, documentIds: evidence.map((d) => d.id) },
      });
      return { ok: true as const, data: { claimId: claim!.id } };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'sib_claims_per_person_uq')) return refusal('sib.oncePerPerson');
    if (isUniqueViolation(error, 'sib_claims_live_uq')) return refusal('conflict');
    throw error;
  }
}

/**
 * Verifies or denies an open claim. Never by the claimant (four eyes: refused here, and by a
 * CHECK in the database); a denial needs its reason. A decided claim is final: a denied
 * milestone is claimed again with a new claim.
 */
export async function decideClaim(
  db: Database,
  input: { claimId: number; decision: 'verified' | 'denied'; reason: string | null },
  audit: AuditContext,
): Promise<ActionResult<undefined>> {
  try {
    return await db.transaction(async (tx) => {
      const [claim] = await tx
        .select({
          placementId: sibClaims.placementId,
          milestone: sibClaims.milestone,
          claimedBy: sibClaims.claimedBy,
          decision: sibClaims.decision,
          jobSeekerId: placements.jobSeekerId,
        })
        .from(sibClaims)
        .innerJoin(placements, eq(placements.id, sibClaims.placementId))
        .where(eq(sibClaims.id, input.claimId))
        .for('update', { of: sibClaims });
      if (!claim) return refusal('notFound');
      if (claim.decision !== null) return refusal('conflict');
      if (claim.claimedBy === audit.actor.id) return refusal('sib.fourEyes');
      if (input.decision === 'denied' && !input.reason) return { ok: false as const, code: 'invalid', fieldErrors: { reason: 'sib.reasonRequired' } };
      await tx
        .update(sibClaims)
        .set({ decision: input.decision, decidedBy: audit.actor.id, decidedAt: new Date(), reason: input.reason })
        .where(eq(sibClaims.id, input.claimId));
      await tx
        .update(placementMilestones)
        .set({ state: input.decision })
        .where(and(eq(placementMilestones.placementId, claim.placementId), eq(placementMilestones.milestone, claim.milestone)));
      await recordAudit(tx, {
        ...audit,
        action: 'sib.decide',
        objectType: 'placement',
        objectId: claim.placementId,
        jobSeekerId: claim.jobSeekerId,
        details: { milestone: claim.milestone, claimId: input.claimId, decision: input.decision, reason: input.reason },
      });
      return { ok: true as const, data: undefined };
    });
  } catch (error) {
    if (isCheckViolation(error, 'sib_claims_four_eyes_ck')) return refusal('sib.fourEyes');
    if (isCheckViolation(error, 'sib_claims_decider_role')) return refusal('forbidden');
    throw error;
  }
}

// ---- Reading: one placement ---------------------------------------------------------------------

export interface ClaimRow {
  id: number;
  milestone: string;
  claimedAt: Date;
  claimedById: number;
  claimedByName: string | null;
  note: string | null;
  evidenceCount: number;
  documents: { id: number; title: string }[];
  decision: 'verified' | 'denied' | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  reason: string | null;
}

/** Every claim of a placement, oldest first, with its evidence still held. */
export async function claimsOfPlacement(db: Database, placementId: number): Promise<ClaimRow[]> {
  const rows = rowsOf<{
    id: number;
    milestone: string;
    claimed_at: string | Date;
    claimed_by: number;
    claimed_by_name: string | null;
    note: string | null;
    evidence_count: number;
    documents: { id: number; title: string }[] | null;
    decision: 'verified' | 'denied' | null;
    decided_at: string | Date | null;
    decided_by_name: string | null;
    reason: string | null;
  }>(
    await db.execute(sql`
      select k.id, k.milestone, k.claimed_at, k.claimed_by, uc.name as claimed_by_name, k.note, k.evidence_count,
        (select coalesce(json_agg(json_build_object('id', d.id, 'title', d.title) order by d.id), '[]'::json)
           from ${sibClaimEvidence} e join ${documents} d on d.id = e.document_id where e.claim_id = k.id) as documents,
        k.decision, k.decided_at, ud.name as decided_by_name, k.reason
      from ${sibClaims} k
      left join users uc on uc.id = k.claimed_by
      left join users ud on ud.id = k.decided_by
      where k.placement_id = ${placementId}
      order by k.claimed_at, k.id`),
  );
  return rows.map((r) => ({
    id: r.id,
    milestone: r.milestone,
    claimedAt: new Date(r.claimed_at),
    claimedById: r.claimed_by,
    claimedByName: r.claimed_by_name,
    note: r.note,
    evidenceCount: Number(r.evidence_count),
    documents: r.documents ?? [],
    decision: r.decision,
    decidedAt: r.decided_at ? new Date(r.decided_at) : null,
    decidedByName: r.decided_by_name,
    reason: r.reason,
  }));
}

/** The ledger status of each milestone of one placement (for its page). */
export async function milestoneStatuses(
  db: Database,
  placementId: number,
  today: string,
): Promise<Map<string, { status: LedgerStatus; lapsedOn: string | null; evidenceNeeded: string }>> {
  const rows = rowsOf<{ milestone: string; status: LedgerStatus; lapsed_on: string | null; evidence_needed: string }>(
    await db.execute(sql`
      select m.milestone, ${statusSql(today)} as status, (${lapsedOnSql})::text as lapsed_on, o.evidence_needed
      from ${placementMilestones} m
      join ${placements} p on p.id = m.placement_id
      join ${sibContractOutcomes} o on o.id = m.outcome_id
      join ${sibContracts} c on c.id = o.contract_id
      where m.placement_id = ${placementId}`),
  );
  return new Map(
    rows.map((r) => [
      r.milestone,
      { status: r.status, lapsedOn: r.status === 'lapsed' && r.lapsed_on ? String(r.lapsed_on).slice(0, 10) : null, evidenceNeeded: r.evidence_needed },
    ]),
  );
}

// ---- Reading: the ledger ------------------------------------------------------------------------

export interface LedgerFilter {
  contractId: number;
  /** Milestones falling due in [from, to] (inclusive days). */
  from: string;
  to: string;
  status: LedgerStatus | null;
  today: string;
  page: number;
}

export interface LedgerRow {
  placementId: number;
  milestone: string;
  dueOn: string;
  priceCents: number;
  countsPer: 'placement' | 'person';
  status: LedgerStatus;
  lapsedOn: string | null;
  startDate: string;
  personName: string | null;
  /** The job centre's client number (null once erased): what an export shows instead of the name. */
  clientNumber: string | null;
  caseworkerName: string | null;
  claimedByName: string | null;
  claimedAt: Date | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  reason: string | null;
  evidenceCount: number | null;
  deniedBefore: number;
}

const LEDGER_PAGE_SIZE = 50;

/**
 * The milestones that fall due in a period, with what became of each: who claimed, who
 * decided, when and why (the latest claim), how often it was denied before. Counted per
 * status in the same query (a window over the filtered rows), one page of rows.
 */
export async function ledgerRows(
  db: Database,
  f: LedgerFilter,
): Promise<{ rows: LedgerRow[]; total: number; page: number; pageCount: number; byStatus: Record<LedgerStatus, number> }> {
  const status = statusSql(f.today);
  const base = sql`
    from ${placementMilestones} m
    join ${placements} p on p.id = m.placement_id
    join ${sibContractOutcomes} o on o.id = m.outcome_id
    join ${sibContracts} c on c.id = o.contract_id
    where c.id = ${f.contractId} and m.due_on between ${f.from}::date and ${f.to}::date`;
  const counts = rowsOf<{ status: LedgerStatus; n: number }>(await db.execute(sql`select ${status} as status, count(*)::int as n ${base} group by 1`));
  const byStatus: Record<LedgerStatus, number> = { upcoming: 0, due: 0, claimed: 0, verified: 0, denied: 0, lapsed: 0 };
  for (const c of counts) byStatus[c.status] = Number(c.n);
  const total = f.status ? byStatus[f.status] : Object.values(byStatus).reduce((a, b) => a + b, 0);
  const pageCount = Math.max(1, Math.ceil(total / LEDGER_PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page), pageCount);
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      ${ledgerSelect(f)}
      order by x.due_on, x.placement_id, x.milestone
      limit ${LEDGER_PAGE_SIZE} offset ${(page - 1) * LEDGER_PAGE_SIZE}`),
  );
  return { total, page, pageCount, byStatus, rows: rows.map(ledgerRow) };
}

/** The ledger's rows of a filter (contract, period, status): the page's query, without the paging. */
function ledgerSelect(f: Omit<LedgerFilter, 'page'>): SQL {
  return sql`
      select * from (
        select m.placement_id, m.milestone, m.due_on::text as due_on, m.price_cents, m.counts_per, ${statusSql(f.today)} as status, (${lapsedOnSql})::text as lapsed_on,
          p.start_date::text as start_date, case when js.erased_at is null then js.first_name || ' ' || js.last_name end as person_name,
          case when js.erased_at is null then js.client_number end as client_number, cw.name as caseworker_name,
          last.claimed_by_name, last.claimed_at, last.decided_by_name, last.decided_at, last.reason, last.evidence_count,
          (select count(*)::int from ${sibClaims} k where k.placement_id = m.placement_id and k.milestone = m.milestone and k.decision = 'denied') as denied_before
        from ${placementMilestones} m
        join ${placements} p on p.id = m.placement_id
        join job_seekers js on js.id = p.job_seeker_id
        left join users cw on cw.id = p.caseworker_id
        join ${sibContractOutcomes} o on o.id = m.outcome_id
        join ${sibContracts} c on c.id = o.contract_id
        left join lateral (
          select uc.name as claimed_by_name, k.claimed_at, ud.name as decided_by_name, k.decided_at, k.reason, k.evidence_count
          from ${sibClaims} k left join users uc on uc.id = k.claimed_by left join users ud on ud.id = k.decided_by
          where k.placement_id = m.placement_id and k.milestone = m.milestone
          order by k.claimed_at desc, k.id desc limit 1
        ) last on true
        where c.id = ${f.contractId} and m.due_on between ${f.from}::date and ${f.to}::date
      ) x
      where ${f.status ? sql`x.status = ${f.status}` : sql`true`}`;
}

function ledgerRow(r: Record<string, unknown>): LedgerRow {
  return {
    placementId: Number(r.placement_id),
    milestone: String(r.milestone),
    dueOn: String(r.due_on).slice(0, 10),
    priceCents: Number(r.price_cents),
    countsPer: r.counts_per as 'placement' | 'person',
    status: r.status as LedgerStatus,
    lapsedOn: r.status === 'lapsed' && r.lapsed_on ? String(r.lapsed_on).slice(0, 10) : null,
    startDate: String(r.start_date).slice(0, 10),
    personName: (r.person_name as string | null) ?? null,
    clientNumber: (r.client_number as string | null) ?? null,
    caseworkerName: (r.caseworker_name as string | null) ?? null,
    claimedByName: (r.claimed_by_name as string | null) ?? null,
    claimedAt: r.claimed_at ? new Date(r.claimed_at as string) : null,
    decidedByName: (r.decided_by_name as string | null) ?? null,
    decidedAt: r.decided_at ? new Date(r.decided_at as string) : null,
    reason: (r.reason as string | null) ?? null,
    evidenceCount: r.evidence_count == null ? null : Number(r.evidence_count),
    deniedBefore: Number(r.denied_before),
  };
}

const LEDGER_EXPORT_CHUNK = 2000;

/**
 * Every ledger row of a filter, in chunks by keyset (due day, placement, milestone: the page's
 * order), for the Excel export: the same query as the page, so the file shows exactly what the
 * screen filters, and memory stays flat however long the quarter.
 */
export async function* exportLedgerRows(db: Database, f: Omit<LedgerFilter, 'page'>): AsyncGenerator<LedgerRow[]> {
  let after: { dueOn: string; placementId: number; milestone: string } | null = null;
  for (;;) {
    const keyset: SQL = after ? sql`and (x.due_on, x.placement_id, x.milestone) > (${after.dueOn}, ${after.placementId}::int, ${after.milestone})` : sql``;
    const rows = rowsOf<Record<string, unknown>>(
      await db.execute(sql`
        ${ledgerSelect(f)} ${keyset}
        order by x.due_on, x.placement_id, x.milestone
        limit ${LEDGER_EXPORT_CHUNK}`),
    ).map(ledgerRow);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < LEDGER_EXPORT_CHUNK) return;
    const last = rows[rows.length - 1]!;
    after = { dueOn: last.dueOn, placementId: last.placementId, milestone: last.milestone };
  }
}

export interface PeriodTotal {
  quarter: string;
  verified: number;
  dueCents: number;
  paidCents: number;
  overCents: number;
  /** The cap left after this quarter. */
  remainingCents: number;
}

/**
 * Amounts per quarter of verification against the contract's cap. The cap is applied in the
 * order outcomes were verified: each is paid as far as the cap still reaches, the rest is shown
 * as over the cap, not paid. Per quarter that sums to exactly least(due, cap - all verified in
 * earlier quarters), so the query sums per quarter and runs the sum over the quarters only, not
 * over every verified claim of the contract (the ledger page's slow part at 60,000 placements).
 */
export async function periodTotals(db: Database, contractId: number): Promise<{ capCents: number; quarters: PeriodTotal[] }> {
  const [contract] = await db.select({ capCents: sibContracts.capCents }).from(sibContracts).where(eq(sibContracts.id, contractId));
  if (!contract) return { capCents: 0, quarters: [] };
  const rows = rowsOf<{ quarter: string; verified: number; due: string | number; paid: string | number }>(
    await db.execute(sql`
      with q as (
        select to_char(k.decided_at at time zone 'Europe/Amsterdam', 'YYYY') || '-Q' || extract(quarter from k.decided_at at time zone 'Europe/Amsterdam')::int as quarter,
          count(*)::int as verified, sum(m.price_cents::bigint) as due
        from ${sibClaims} k
        join ${placementMilestones} m on m.placement_id = k.placement_id and m.milestone = k.milestone
        join ${sibContractOutcomes} o on o.id = m.outcome_id
        where k.decision = 'verified' and o.contract_id = ${contractId}
        group by 1
      ), c as (select quarter, verified, due, coalesce(sum(due) over (order by quarter rows between unbounded preceding and 1 preceding), 0) as before from q)
      select quarter, verified, due, greatest(0, least(due, ${contract.capCents}::bigint - before)) as paid
      from c order by quarter`),
  );
  let paidSoFar = 0;
  const quarters = rows.map((r) => {
    const dueCents = Number(r.due);
    const paidCents = Number(r.paid);
    paidSoFar += paidCents;
    return {
      quarter: r.quarter,
      verified: Number(r.verified),
      dueCents,
      paidCents,
      overCents: dueCents - paidCents,
      remainingCents: contract.capCents - paidSoFar,
    };
  });
  return { capCents: contract.capCents, quarters };
}

export interface WorkItem {
  placementId: number;
  milestone: string;
  dueOn: string;
  status: LedgerStatus;
  /** Last day a claim is still in time. */
  claimBy: string;
  personName: string | null;
  caseworkerName: string | null;
  priceCents: number;
  claimedByName: string | null;
  claimedById: number | null;
}

export const SOON_DAYS = 14;

const WORK_PAGE_SIZE = 50;

export type WorkSection = 'claim' | 'verify';

/**
 * One section of the SIB work list, a page at a time: `claim` holds milestones due within
 * SOON_DAYS or overdue and not yet claimed (or denied and claimable again), `verify` the claims
 * waiting for a decision; of one caseworker's placements or everyone's. Oldest first. Each
 * section pages on its own, so a long backlog to claim never hides the claims to verify.
 */
export async function workList(
  db: Database,
  params: { today: string; caseworkerId: number | null; section: WorkSection; page?: number },
): Promise<{ rows: WorkItem[]; total: number; page: number; pageCount: number }> {
  const statuses = params.section === 'verify' ? sql`('claimed')` : sql`('upcoming', 'due', 'denied')`;
  const query = (offset: number) =>
    db.execute(sql`
      select x.*, count(*) over () as total from (
        select m.placement_id, m.milestone, m.due_on::text as due_on, ${statusSql(params.today)} as status, (m.due_on + c.claim_window_weeks * 7)::text as claim_by,
          case when js.erased_at is null then js.first_name || ' ' || js.last_name end as person_name, cw.name as caseworker_name, m.price_cents,
          open.claimed_by_name, open.claimed_by
        from ${placementMilestones} m
        join ${placements} p on p.id = m.placement_id
        join job_seekers js on js.id = p.job_seeker_id
        left join users cw on cw.id = p.caseworker_id
        join ${sibContractOutcomes} o on o.id = m.outcome_id
        join ${sibContracts} c on c.id = o.contract_id
        left join lateral (
          select u.name as claimed_by_name, k.claimed_by from ${sibClaims} k left join users u on u.id = k.claimed_by
          where k.placement_id = m.placement_id and k.milestone = m.milestone and k.decision is null limit 1
        ) open on true
        where m.state <> 'verified' and m.due_on <= ${params.today}::date + ${SOON_DAYS}::int
          ${params.caseworkerId === null ? sql`` : sql`and p.caseworker_id = ${params.caseworkerId}`}
      ) x
      where x.status in ${statuses}
      order by x.due_on, x.placement_id, x.milestone
      limit ${WORK_PAGE_SIZE} offset ${offset}`);
  const wanted = Math.max(1, Math.floor(params.page ?? 1));
  let rows = rowsOf<Record<string, unknown>>(await query((wanted - 1) * WORK_PAGE_SIZE));
  let page = wanted;
  // A page past the end (the list shrank since the link was made) shows the last page instead.
  if (rows.length === 0 && wanted > 1) {
    const first = rowsOf<Record<string, unknown>>(await query(0));
    const total = first.length === 0 ? 0 : Number(first[0]!.total);
    page = Math.max(1, Math.ceil(total / WORK_PAGE_SIZE));
    rows = page === 1 ? first : rowsOf<Record<string, unknown>>(await query((page - 1) * WORK_PAGE_SIZE));
  }
  const total = rows.length === 0 ? 0 : Number(rows[0]!.total);
  return { rows: rows.map(workItem), total, page, pageCount: Math.max(1, Math.ceil(total / WORK_PAGE_SIZE)) };
}

function workItem(r: Record<string, unknown>): WorkItem {
  return {
    placementId: Number(r.placement_id),
    milestone: String(r.milestone),
    dueOn: String(r.due_on).slice(0, 10),
    status: r.status as LedgerStatus,
    claimBy: String(r.claim_by).slice(0, 10),
    personName: (r.person_name as string | null) ?? null,
    caseworkerName: (r.caseworker_name as string | null) ?? null,
    priceCents: Number(r.price_cents),
    claimedByName: (r.claimed_by_name as string | null) ?? null,
    claimedById: r.claimed_by == null ? null : Number(r.claimed_by),
  };
}
