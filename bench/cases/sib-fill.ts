import { count, eq, sql } from 'drizzle-orm';
import { placements, sibClaims, sibContracts } from '@/db/schema';
import type { BenchContext } from '../types';
import { benchYear, fillPlacements } from './placements-fill';

const BENCH_SIB = 60_000;
const CONTRACT_NAME = 'Bench SIB Grenzeloos Werken';

/**
 * On top of the 200,000 placements: 60,000 of them SIB, under one contract that spans the whole
 * bench period, with their milestones (five outcomes each) and, for milestones that fell due more
 * than a month ago, claims as a year of real work leaves them: about half verified, a tenth
 * denied, some waiting for a decision. Bulk SQL; idempotent (a second run finds the contract
 * and its milestones and does nothing).
 */
export async function fillSib(ctx: BenchContext): Promise<void> {
  await fillPlacements(ctx);
  const { db } = ctx;
  const year = benchYear();
  const [existing] = await db.select({ id: sibContracts.id }).from(sibContracts).where(eq(sibContracts.name, CONTRACT_NAME));
  if (existing) {
    // The claims are the last step: once there, everything before them is too.
    const [k] = await db.select({ n: count() }).from(sibClaims);
    if (Number(k?.n ?? 0) > 0) {
      ctx.ids.sibContractId = existing.id;
      return;
    }
  }
  const [sibRow] = await db.select({ n: count() }).from(placements).where(eq(placements.funding, 'sib'));
  const missing = BENCH_SIB - Number(sibRow?.n ?? 0);
  if (missing > 0) {
    // Half the bench people join the SIB cohort; their regular placements become SIB ones, evenly over the years.
    await db.execute(sql`update job_seekers set sib_cohort = true where not sib_cohort and id % 2 = 0 and client_number like 'BENCH6-%'`);
    await db.execute(sql`
      update placements set funding = 'sib'
      where id in (
        select p.id from placements p join job_seekers js on js.id = p.job_seeker_id
        where p.funding = 'regular' and js.sib_cohort and p.id % 2 = 0
        order by p.id limit ${missing})`);
  }
  let contractId = existing?.id;
  if (!contractId) {
    const [row] = await db
      .insert(sibContracts)
      .values({
        name: CONTRACT_NAME,
        investor: 'Bench Impactfonds',
        startsOn: `${year - 20}-01-01`,
        endsOn: `${year + 2}-12-31`,
        capCents: 40_000_000_000,
        claimWindowWeeks: 13,
      })
      .returning({ id: sibContracts.id });
    contractId = row!.id;
    await db.execute(sql`
      insert into sib_contract_outcomes (contract_id, milestone, weeks_after_start, min_hours_per_week, price_cents, counts_per, evidence_needed)
      values (${contractId}, 'started', 0, 16, 150000, 'placement', 'Arbeidsovereenkomst'),
             (${contractId}, 'weeks_13', 13, 16, 250000, 'placement', 'Loonstroken tot week 13'),
             (${contractId}, 'weeks_26', 26, 16, 300000, 'placement', 'Loonstroken tot week 26'),
             (${contractId}, 'weeks_52', 52, 16, 400000, 'placement', 'Loonstroken tot week 52'),
             (${contractId}, 'benefit_ended', 8, 16, 200000, 'person', 'Beëindigingsbesluit')`);
  }
  ctx.ids.sibContractId = contractId;
  // The milestones, as assignSibMilestones makes them, for all SIB placements at once.
  await db.execute(sql`
    insert into placement_milestones (placement_id, milestone, outcome_id, due_on, price_cents, counts_per, min_hours_per_week)
    select p.id, o.milestone, o.id, p.start_date + o.weeks_after_start * 7, o.price_cents, o.counts_per, o.min_hours_per_week
    from placements p
    join sib_contracts c on p.start_date between c.starts_on and c.ends_on
    join sib_contract_outcomes o on o.contract_id = c.id
    where c.id = ${contractId} and p.funding = 'sib'
    order by p.start_date, p.id
    on conflict (placement_id, milestone) do nothing`);
  // Claims on per-placement outcomes that fell due over a month ago, still in work at the time
  // and at enough hours: claimed by the caseworker two weeks after the due day; 5 in 10 verified
  // and 1 in 10 denied by the bench manager a week later, 1 in 10 still open.
  await db.execute(sql`
    with eligible as (
      select m.placement_id, m.milestone, m.due_on, p.caseworker_id, (m.placement_id + length(m.milestone)) % 10 as k
      from placement_milestones m join placements p on p.id = m.placement_id
      where m.outcome_id is not null and m.counts_per = 'placement' and m.due_on < current_date - 30
        and (p.end_date is null or p.end_date >= m.due_on) and p.hours_per_week >= m.min_hours_per_week and p.caseworker_id is not null
    )
    insert into sib_claims (placement_id, milestone, claimed_by, claimed_at, evidence_count, decision, decided_by, decided_at, reason)
    select placement_id, milestone, caseworker_id, (due_on + 14)::timestamptz, 1,
           case when k < 5 then 'verified' when k = 5 then 'denied' end,
           case when k <= 5 then ${ctx.ids.managerUserId}::int end,
           case when k <= 5 then (due_on + 21)::timestamptz end,
           case when k = 5 then 'Bench: loonstrook ontbreekt' end
    from eligible e where k <= 6
      and not exists (select 1 from sib_claims x where x.placement_id = e.placement_id and x.milestone = e.milestone)
    order by due_on, placement_id`);
  await db.execute(sql`
    update placement_milestones m set state = (case k.decision when 'verified' then 'verified' when 'denied' then 'denied' else 'claimed' end)::milestone_state
    from sib_claims k where k.placement_id = m.placement_id and k.milestone = m.milestone and m.state = 'waiting'`);
  await db.execute(sql`vacuum analyze`);
}
