import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, placementMilestones, sibContractOutcomes } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { demoSibContract } from '@/db/seed/demo-sib-contract';
import { makeEmployerAt, makePerson } from '@/lib/testing/placements';
import { makeUser } from '@/lib/testing/users';
import type { AuditContext } from './audit';
import { createPlacement } from './placements';
import { createContract, getContract, insertContract, saveOutcome, updateContract } from './sib-contracts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

let audit: AuditContext;
let employerId: number;
let contractId: number;
beforeEach(async () => {
  await resetDatabase(handle);
  const manager = await makeUser(handle.db, 'manager');
  audit = { actor: { id: manager.id, role: 'manager', email: manager.email }, origin: null };
  employerId = await makeEmployerAt(handle.db, 'Haus Sonnenblick', 'elderly_care', 'Gronau (Westf.)');
  contractId = await insertContract(handle.db, demoSibContract(2026));
});

async function sibPlacement(startDate: string, hoursPerWeek = 32): Promise<number> {
  const person = await makePerson(handle.db, { sibCohort: true });
  const result = await createPlacement(
    handle.db,
    {
      jobSeekerId: person,
      employerId,
      vacancyId: null,
      proposalId: null,
      startDate,
      funding: 'sib',
      jobTitle: 'Pflegehelferin',
      hoursPerWeek,
      contract: 'permanent',
    },
    audit,
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

async function milestone(placementId: number, code: string) {
  const [m] = await handle.db
    .select()
    .from(placementMilestones)
    .where(and(eq(placementMilestones.placementId, placementId), eq(placementMilestones.milestone, code)));
  return m;
}

const terms = (extra: Partial<Parameters<typeof updateContract>[1]> = {}) => ({
  contractId,
  version: 1,
  name: 'SIB Grenzeloos Werken 2024–2027',
  investor: 'Stichting Impactfonds Twente',
  startsOn: '2024-01-01',
  endsOn: '2027-12-31',
  capCents: 65_000_000,
  claimWindowWeeks: 13,
  ...extra,
});

describe('SIB contracts as configuration', () => {
  it('a SIB placement gets the milestones of the contract in force on its start; outside every contract, none', async () => {
    const inside = await sibPlacement('2025-03-03');
    expect(await milestone(inside, 'weeks_26')).toMatchObject({ dueOn: '2025-09-01', priceCents: 400_000, state: 'waiting' });
    expect(await milestone(inside, 'benefit_ended')).toMatchObject({ countsPer: 'person', dueOn: '2025-04-28' });
    const outside = await sibPlacement('2023-06-01');
    expect(await handle.db.select().from(placementMilestones).where(eq(placementMilestones.placementId, outside))).toEqual([]);
  });

  it('a second contract may not overlap the period of the first', async () => {
    expect(
      await createContract(
        handle.db,
        { name: 'SIB 2', investor: 'Fonds', startsOn: '2027-06-01', endsOn: '2029-12-31', capCents: 1, claimWindowWeeks: 13 },
        audit,
      ),
    ).toEqual({ ok: false, code: 'invalid', fieldErrors: { startsOn: 'sib.periodOverlap' } });
    expect(
      await createContract(
        handle.db,
        { name: 'SIB 2', investor: 'Fonds', startsOn: '2028-01-01', endsOn: '2029-12-31', capCents: 1, claimWindowWeeks: 13 },
        audit,
      ),
    ).toMatchObject({ ok: true });
  });

  it('a new price reaches the milestones not yet verified; a verified one keeps the price it was verified on', async () => {
    const a = await sibPlacement('2025-03-03');
    const b = await sibPlacement('2025-04-07');
    await handle.db
      .update(placementMilestones)
      .set({ state: 'verified' })
      .where(and(eq(placementMilestones.placementId, a), eq(placementMilestones.milestone, 'weeks_13')));
    const [outcome] = await handle.db
      .select()
      .from(sibContractOutcomes)
      .where(and(eq(sibContractOutcomes.contractId, contractId), eq(sibContractOutcomes.milestone, 'weeks_13')));
    const saved = await saveOutcome(
      handle.db,
      {
        contractId,
        version: 1,
        outcomeId: outcome!.id,
        milestone: 'weeks_13',
        weeksAfterStart: 14,
        minHoursPerWeek: 20,
        priceCents: 350_050,
        countsPer: 'placement',
        evidenceNeeded: 'Loonstroken',
      },
      audit,
    );
    expect(saved).toEqual({ ok: true, data: { version: 2 } });
    expect(await milestone(a, 'weeks_13')).toMatchObject({ state: 'verified', priceCents: 300_000, dueOn: '2025-06-02', minHoursPerWeek: 16 });
    expect(await milestone(b, 'weeks_13')).toMatchObject({ state: 'waiting', priceCents: 350_050, dueOn: '2025-07-14', minHoursPerWeek: 20 });
    // A form opened before that change is stale.
    expect(
      await saveOutcome(
        handle.db,
        {
          contractId,
          version: 1,
          outcomeId: outcome!.id,
          milestone: 'weeks_13',
          weeksAfterStart: 13,
          minHoursPerWeek: 16,
          priceCents: 1,
          countsPer: 'placement',
          evidenceNeeded: 'x',
        },
        audit,
      ),
    ).toEqual({ ok: false, code: 'conflict' });
    const trail = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'sib_contract.update_outcome'));
    expect(trail).toHaveLength(1);
    expect(trail[0]!.details).toMatchObject({ milestone: 'weeks_13', to: { priceCents: 350_050 } });
  });

  it('the database itself refuses to rewrite or delete a verified milestone', async () => {
    const a = await sibPlacement('2025-03-03');
    const where = and(eq(placementMilestones.placementId, a), eq(placementMilestones.milestone, 'started'));
    await handle.db.update(placementMilestones).set({ state: 'verified' }).where(where);
    await expect(handle.db.update(placementMilestones).set({ priceCents: 1 }).where(where)).rejects.toThrow();
    await expect(handle.db.update(placementMilestones).set({ state: 'denied' }).where(where)).rejects.toThrow();
    await expect(handle.db.delete(placementMilestones).where(where)).rejects.toThrow();
    expect(await milestone(a, 'started')).toMatchObject({ state: 'verified', priceCents: 200_000 });
  });

  it('the period may grow but not leave out placements that already have its milestones', async () => {
    await sibPlacement('2024-02-05');
    expect(await updateContract(handle.db, terms({ startsOn: '2024-03-01' }), audit)).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { startsOn: 'sib.periodExcludesPlacements' },
    });
    expect(await updateContract(handle.db, terms({ capCents: 70_000_000, endsOn: '2028-06-30' }), audit)).toEqual({ ok: true, data: { version: 2 } });
    const contract = await getContract(handle.db, contractId);
    expect(contract).toMatchObject({ capCents: 70_000_000, endsOn: '2028-06-30', placements: 1 });
    expect(contract!.outcomeRows.map((o) => [o.milestone, o.milestones])).toEqual([
      ['started', 1],
      ['weeks_13', 1],
      ['weeks_26', 1],
      ['weeks_52', 1],
      ['benefit_ended', 1],
    ]);
    const [row] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'sib_contract.update'));
    expect(row!.details).toEqual({ changes: { endsOn: { from: '2027-12-31', to: '2028-06-30' }, capCents: { from: 65_000_000, to: 70_000_000 } } });
  });

  it('an outcome added later reaches the placements already in the period', async () => {
    const a = await sibPlacement('2025-03-03');
    const result = await saveOutcome(
      handle.db,
      {
        contractId,
        version: 1,
        outcomeId: null,
        milestone: 'contract_signed',
        weeksAfterStart: 0,
        minHoursPerWeek: 16,
        priceCents: 50_000,
        countsPer: 'placement',
        evidenceNeeded: 'Getekend contract',
      },
      audit,
    );
    expect(result).toMatchObject({ ok: true });
    expect(await milestone(a, 'contract_signed')).toMatchObject({ state: 'waiting', priceCents: 50_000, dueOn: '2025-03-03' });
    expect(
      await saveOutcome(
        handle.db,
        {
          contractId,
          version: 2,
          outcomeId: null,
          milestone: 'contract_signed',
          weeksAfterStart: 0,
          minHoursPerWeek: 16,
          priceCents: 1,
          countsPer: 'placement',
          evidenceNeeded: 'x',
        },
        audit,
      ),
    ).toEqual({ ok: false, code: 'invalid', fieldErrors: { milestone: 'sib.outcomeExists' } });
  });
});
