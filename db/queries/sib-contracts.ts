import { and, asc, count, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { isCheckViolation, isUniqueViolation } from '@/db/errors';
import { placementMilestones, placements, sibContractOutcomes, sibContracts, sibMilestones, users } from '@/db/schema';
import type { SibCountsPer } from '@/db/schema/sib';
import type { ActionResult } from '@/lib/domain/result';
import { recordAudit, type AuditContext } from '@/db/queries/audit';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

function invalid(fieldErrors: Record<string, string>): ActionResult<never> {
  return { ok: false, code: 'invalid', fieldErrors };
}

export interface ContractTerms {
  name: string;
  investor: string;
  startsOn: string;
  endsOn: string;
  capCents: number;
  claimWindowWeeks: number;
}

export interface OutcomeTerms {
  weeksAfterStart: number;
  minHoursPerWeek: number;
  priceCents: number;
  countsPer: SibCountsPer;
  evidenceNeeded: string;
}

/**
 * Gives every SIB placement that starts inside the contract's period the milestones of its
 * outcomes (those it lacks), and brings the terms of the milestones not yet verified in line
 * with the contract: due day, price, per person or placement, minimum hours. Verified ones
 * keep the terms they were verified on (the database refuses otherwise). One INSERT and one
 * UPDATE, whatever the number of placements.
 */
async function syncContractMilestones(tx: Transaction, contractId: number): Promise<void> {
  await tx.execute(sql`
    insert into ${placementMilestones} (placement_id, milestone, outcome_id, due_on, price_cents, counts_per, min_hours_per_week)
    select p.id, o.milestone, o.id, p.start_date + o.weeks_after_start * 7, o.price_cents, o.counts_per, o.min_hours_per_week
    from ${placements} p
    join ${sibContracts} c on p.start_date between c.starts_on and c.ends_on
    join ${sibContractOutcomes} o on o.contract_id = c.id
    where c.id = ${contractId} and p.funding = 'sib'
    on conflict (placement_id, milestone) do nothing`);
  await tx.execute(sql`
    update ${placementMilestones} m
    set due_on = p.start_date + o.weeks_after_start * 7, price_cents = o.price_cents, counts_per = o.counts_per, min_hours_per_week = o.min_hours_per_week
    from ${sibContractOutcomes} o, ${placements} p
    where m.outcome_id = o.id and o.contract_id = ${contractId} and p.id = m.placement_id and m.state <> 'verified'
      and (m.due_on, m.price_cents, m.counts_per, m.min_hours_per_week) is distinct from (p.start_date + o.weeks_after_start * 7, o.price_cents, o.counts_per, o.min_hours_per_week)`);
}

/**
 * The milestones of a SIB placement from the contract in force on its start date (none when
 * no contract covers it). Called when a placement is logged, moves to SIB or moves its start.
 * Milestones not yet verified follow the new start; verified ones stay as verified.
 */
export async function assignSibMilestones(tx: Transaction, placementId: number): Promise<void> {
  await tx.execute(sql`
    insert into ${placementMilestones} (placement_id, milestone, outcome_id, due_on, price_cents, counts_per, min_hours_per_week)
    select p.id, o.milestone, o.id, p.start_date + o.weeks_after_start * 7, o.price_cents, o.counts_per, o.min_hours_per_week
    from ${placements} p
    join ${sibContracts} c on p.start_date between c.starts_on and c.ends_on
    join ${sibContractOutcomes} o on o.contract_id = c.id
    where p.id = ${placementId} and p.funding = 'sib'
    on conflict (placement_id, milestone) do nothing`);
  await tx.execute(sql`
    update ${placementMilestones} m
    set due_on = p.start_date + o.weeks_after_start * 7
    from ${sibContractOutcomes} o, ${placements} p
    where m.placement_id = ${placementId} and m.outcome_id = o.id and p.id = m.placement_id and m.state <> 'verified'
      and m.due_on <> p.start_date + o.weeks_after_start * 7`);
}

export interface ContractListRow extends ContractTerms {
  id: number;
  version: number;
  outcomes: number;
  placements: number;
  updatedAt: Date;
  updatedByName: string | null;
}

export async function listContracts(db: Database): Promise<ContractListRow[]> {
  const rows = await db
    .select({
      id: sibContracts.id,
      version: sibContracts.version,
      name: sibContracts.name,
      investor: sibContracts.investor,
      startsOn: sibContracts.startsOn,
      endsOn: sibContracts.endsOn,
      capCents: sibContracts.capCents,
      claimWindowWeeks: sibContracts.claimWindowWeeks,
      updatedAt: sibContracts.updatedAt,
      updatedByName: users.name,
      outcomes: sql<number>`(select count(*)::int from ${sibContractOutcomes} o where o.contract_id = ${sibContracts.id})`,
      placements: sql<number>`(select count(*)::int from ${placements} p where p.funding = 'sib' and p.start_date between ${sibContracts.startsOn} and ${sibContracts.endsOn})`,
    })
    .from(sibContracts)
    .leftJoin(users, eq(users.id, sibContracts.updatedBy))
    .orderBy(desc(sibContracts.startsOn));
  return rows.map((r) => ({ ...r, outcomes: Number(r.outcomes), placements: Number(r.placements) }));
}

export interface ContractOutcomeRow extends OutcomeTerms {
  id: number;
  milestone: string;
  sortOrder: number;
  milestones: number;
  verified: number;
}

export async function getContract(db: Database, id: number): Promise<(ContractListRow & { outcomeRows: ContractOutcomeRow[] }) | null> {
  const [contract] = (await listContracts(db)).filter((c) => c.id === id);
  if (!contract) return null;
  const outcomeRows = await db
    .select({
      id: sibContractOutcomes.id,
      milestone: sibContractOutcomes.milestone,
      sortOrder: sibMilestones.sortOrder,
      weeksAfterStart: sibContractOutcomes.weeksAfterStart,
      minHoursPerWeek: sibContractOutcomes.minHoursPerWeek,
      priceCents: sibContractOutcomes.priceCents,
      countsPer: sibContractOutcomes.countsPer,
      evidenceNeeded: sibContractOutcomes.evidenceNeeded,
      milestones: sql<number>`count(${placementMilestones.placementId})::int`,
      verified: sql<number>`(count(*) filter (where ${placementMilestones.state} = 'verified'))::int`,
    })
    .from(sibContractOutcomes)
    .innerJoin(sibMilestones, eq(sibMilestones.code, sibContractOutcomes.milestone))
    .leftJoin(placementMilestones, eq(placementMilestones.outcomeId, sibContractOutcomes.id))
    .where(eq(sibContractOutcomes.contractId, id))
    .groupBy(sibContractOutcomes.id, sibMilestones.sortOrder)
    .orderBy(asc(sibMilestones.sortOrder));
  return { ...contract, outcomeRows: outcomeRows.map((o) => ({ ...o, milestones: Number(o.milestones), verified: Number(o.verified) })) };
}

/** The milestone kinds (for the "add an outcome" choice). */
export async function listMilestoneKinds(db: Database): Promise<string[]> {
  const rows = await db.select({ code: sibMilestones.code }).from(sibMilestones).orderBy(asc(sibMilestones.sortOrder));
  return rows.map((r) => r.code);
}

function mapContractViolation(error: unknown): ActionResult<never> {
  if (isCheckViolation(error, 'sib_contracts_period_ck')) return invalid({ endsOn: 'sib.periodOrder' });
  // The exclusion constraint answers 23P01.
  if ((error as { code?: string; cause?: { code?: string } })?.cause?.code === '23P01' || (error as { code?: string })?.code === '23P01') {
    return invalid({ startsOn: 'sib.periodOverlap' });
  }
  if (isUniqueViolation(error, 'sib_contract_outcomes_kind_uq')) return invalid({ milestone: 'sib.outcomeExists' });
  throw error;
}

export async function createContract(db: Database, input: ContractTerms, audit: AuditContext): Promise<ActionResult<{ id: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(sibContracts)
        .values({ ...input, updatedBy: audit.actor.id })
        .returning({ id: sibContracts.id });
      await recordAudit(tx, { ...audit, action: 'sib_contract.create', objectType: 'sib_contract', objectId: row!.id, details: { ...input } });
      return { ok: true as const, data: { id: row!.id } };
    });
  } catch (error) {
    return mapContractViolation(error);
  }
}

/**
 * Saves a contract's terms if nobody saved since `version`. The period may grow (placements
 * that now fall inside get their milestones) but not leave out a placement that already has
 * milestones of this contract: those were given by the contract in force at their start.
 */
export async function updateContract(
  db: Database,
  input: ContractTerms & { contractId: number; version: number },
  audit: AuditContext,
): Promise<ActionResult<{ version: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(sibContracts).where(eq(sibContracts.id, input.contractId)).for('update');
      if (!current) return { ok: false as const, code: 'notFound' };
      if (current.version !== input.version) return { ok: false as const, code: 'conflict' };
      const [outside] = await tx
        .select({ n: count() })
        .from(placementMilestones)
        .innerJoin(sibContractOutcomes, eq(sibContractOutcomes.id, placementMilestones.outcomeId))
        .innerJoin(placements, eq(placements.id, placementMilestones.placementId))
        .where(and(eq(sibContractOutcomes.contractId, input.contractId), or(lt(placements.startDate, input.startsOn), gt(placements.startDate, input.endsOn))));
      if (Number(outside?.n ?? 0) > 0) return invalid({ startsOn: 'sib.periodExcludesPlacements' });
      const [saved] = await tx
        .update(sibContracts)
        .set({
          name: input.name,
          investor: input.investor,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          capCents: input.capCents,
          claimWindowWeeks: input.claimWindowWeeks,
          version: sql`${sibContracts.version} + 1`,
          updatedBy: audit.actor.id,
          updatedAt: new Date(),
        })
        .where(eq(sibContracts.id, input.contractId))
        .returning({ version: sibContracts.version });
      await syncContractMilestones(tx, input.contractId);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of ['name', 'investor', 'startsOn', 'endsOn', 'capCents', 'claimWindowWeeks'] as const) {
        if (current[key] !== input[key]) changes[key] = { from: current[key], to: input[key] };
      }
      await recordAudit(tx, { ...audit, action: 'sib_contract.update', objectType: 'sib_contract', objectId: input.contractId, details: { changes } });
      return { ok: true as const, data: { version: saved!.version } };
    });
  } catch (error) {
    return mapContractViolation(error);
  }
}

/**
 * Adds an outcome to a contract, or changes one (outcomeId set). The contract's version
 * guards both: a form opened before another change is stale. Milestones not yet verified
 * take the new terms; verified ones keep theirs.
 */
export async function saveOutcome(
  db: Database,
  input: OutcomeTerms & { contractId: number; version: number; outcomeId: number | null; milestone: string },
  audit: AuditContext,
): Promise<ActionResult<{ version: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [contract] = await tx.select({ version: sibContracts.version }).from(sibContracts).where(eq(sibContracts.id, input.contractId)).for('update');
      if (!contract) return { ok: false as const, code: 'notFound' };
      if (contract.version !== input.version) return { ok: false as const, code: 'conflict' };
      const terms = {
        weeksAfterStart: input.weeksAfterStart,
        minHoursPerWeek: input.minHoursPerWeek,
        priceCents: input.priceCents,
        countsPer: input.countsPer,
        evidenceNeeded: input.evidenceNeeded,
      };
      let before: OutcomeTerms | null = null;
      if (input.outcomeId === null) {
        const [kind] = await tx.select({ code: sibMilestones.code }).from(sibMilestones).where(eq(sibMilestones.code, input.milestone));
        if (!kind) return invalid({ milestone: 'chooseOne' });
        await tx.insert(sibContractOutcomes).values({ contractId: input.contractId, milestone: input.milestone, ...terms });
      } else {
        const [old] = await tx
          .select()
          .from(sibContractOutcomes)
          .where(and(eq(sibContractOutcomes.id, input.outcomeId), eq(sibContractOutcomes.contractId, input.contractId)))
          .for('update');
        if (!old) return { ok: false as const, code: 'notFound' };
        before = old;
        await tx.update(sibContractOutcomes).set(terms).where(eq(sibContractOutcomes.id, input.outcomeId));
      }
      await syncContractMilestones(tx, input.contractId);
      const [saved] = await tx
        .update(sibContracts)
        .set({ version: sql`${sibContracts.version} + 1`, updatedBy: audit.actor.id, updatedAt: new Date() })
        .where(eq(sibContracts.id, input.contractId))
        .returning({ version: sibContracts.version });
      await recordAudit(tx, {
        ...audit,
        action: input.outcomeId === null ? 'sib_contract.add_outcome' : 'sib_contract.update_outcome',
        objectType: 'sib_contract',
        objectId: input.contractId,
        details: { milestone: input.milestone, from: before ? { ...before, id: undefined, contractId: undefined } : null, to: terms },
      });
      return { ok: true as const, data: { version: saved!.version } };
    });
  } catch (error) {
    return mapContractViolation(error);
  }
}

/**
 * A contract with its outcomes straight into the tables, and the milestones of the SIB
 * placements in its period: for the demo data and test fixtures (no audit, no version check).
 */
export async function insertContract(
  tx: Transaction | Database,
  contract: ContractTerms & { outcomes: (OutcomeTerms & { milestone: string })[] },
): Promise<number> {
  const run = async (t: Transaction) => {
    const { outcomes, ...terms } = contract;
    const [row] = await t.insert(sibContracts).values(terms).returning({ id: sibContracts.id });
    if (outcomes.length > 0) await t.insert(sibContractOutcomes).values(outcomes.map((o) => ({ ...o, contractId: row!.id })));
    await syncContractMilestones(t, row!.id);
    return row!.id;
  };
  return 'rollback' in tx ? run(tx as Transaction) : (tx as Database).transaction(run);
}
