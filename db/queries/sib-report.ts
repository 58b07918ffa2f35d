import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { rowsOf } from '@/db/rows';
import type { PlacementEndReason } from '@/db/schema/enums';
import type { DropOutCode } from '@/lib/domain/sib';
import { lapsedOnSql, periodTotals, statusSql } from './sib-ledger';

interface CohortRow {
  cohort: string;
  people: number;
  placements: number;
  verified: number;
  amountCents: number;
  dropOuts: number;
}

interface ReportPerson {
  pseudonym: string;
  cohort: string;
  verified: string[];
  amountCents: number;
  dropOut: DropOutCode | null;
  /** The coded end reason of that drop-out; 'uncoded' for ends from before the codes (free text only, kept out). */
  dropOutReason: DropOutReason | null;
}

type DropOutReason = PlacementEndReason | 'uncoded';

export interface InvestorReport {
  peopleEntered: number;
  placementsEntered: number;
  claimed: number;
  verified: number;
  denied: number;
  lapsed: number;
  dueCents: number;
  paidCents: number;
  remainingCents: number;
  capCents: number;
  dropOuts: Record<DropOutCode, number>;
  /** The same drop-outs per coded reason; only the reasons that occur. */
  dropOutReasons: Partial<Record<DropOutReason, number>>;
  cohorts: CohortRow[];
  /** All people, or the page asked for; peopleTotal counts them all. */
  people: ReportPerson[];
  peopleTotal: number;
}

const reasonSql = sql<DropOutReason>`coalesce(p.end_reason_code::text, 'uncoded')`;

const dropOutSql = sql<DropOutCode>`case
  when p.end_date < p.start_date + 91 then 'before_13_weeks'
  when p.end_date < p.start_date + 182 then 'before_26_weeks'
  when p.end_date < p.start_date + 364 then 'before_52_weeks'
  else 'after_52_weeks' end`;

/**
 * The investor's report of a period (a quarter or a year) under one contract. Each event
 * counts in the period it happened: people and placements by start date, claims by claim
 * day, decisions by decision day, lapses by the day they lapsed (as of the period's end),
 * drop-outs by end date, coded by the mark they did not reach and by their coded end reason
 * (the free text beside it stays out; ends from before the codes count as 'uncoded'). Amounts are the ledger's quarter totals within the period.
 * Per cohort (start quarter) and per person under a pseudonym: md5 of the report key, the
 * person's id and a server secret, so the same person has the same pseudonym throughout a
 * report and when it is printed again, but cannot be linked across reports or back to the
 * person without the secret. No names, no client numbers, no free text.
 */
export async function investorReport(
  db: Database,
  p: {
    contractId: number;
    from: string;
    to: string;
    today: string;
    key: string;
    secret: string;
    /** One page of the people (the page); without it all of them (the exports). */
    peoplePage?: { page: number; size: number };
  },
): Promise<InvestorReport> {
  const asOf = [p.to, p.today].sort()[0]!;
  const period = sql`between ${p.from}::date and ${p.to}::date`;
  const underContract = sql`join sib_contract_outcomes o on o.id = m.outcome_id and o.contract_id = ${p.contractId}`;
  // "Its day in Enschede falls in the period", written as a range of moments so that the
  // indexes on claimed_at and decided_at serve it (a cast of the column to a date cannot).
  const inPeriod = (column: SQL) =>
    sql`${column} >= (${p.from}::date)::timestamp at time zone 'Europe/Amsterdam' and ${column} < (${p.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`;
  const [counts] = rowsOf<Record<string, number>>(
    await db.execute(sql`
      with sp as (
        select p.* from placements p join sib_contracts c on p.start_date between c.starts_on and c.ends_on
        where c.id = ${p.contractId} and p.funding = 'sib'
      )
      select
        (select count(distinct job_seeker_id)::int from sp where start_date ${period}) as people,
        (select count(*)::int from sp where start_date ${period}) as placements,
        (select count(*)::int from sib_claims k join placement_milestones m on m.placement_id = k.placement_id and m.milestone = k.milestone ${underContract}
          where ${inPeriod(sql`k.claimed_at`)}) as claimed,
        (select count(*)::int from sib_claims k join placement_milestones m on m.placement_id = k.placement_id and m.milestone = k.milestone ${underContract}
          where k.decision = 'verified' and ${inPeriod(sql`k.decided_at`)}) as verified,
        (select count(*)::int from sib_claims k join placement_milestones m on m.placement_id = k.placement_id and m.milestone = k.milestone ${underContract}
          where k.decision = 'denied' and ${inPeriod(sql`k.decided_at`)}) as denied,
        -- A milestone lapses on its due day, at the end of the job before it, or when the claim
        -- window closes, so one that lapsed in the period is due in [from - window, asOf] or its
        -- job ended in the period: those two sets (disjoint, each on an index) are all that need
        -- a status, not every milestone of the contract.
        (select count(*)::int from placement_milestones m join placements p on p.id = m.placement_id ${underContract}
          join sib_contracts c on c.id = o.contract_id
          where m.due_on between ${p.from}::date - c.claim_window_weeks * 7 and ${asOf}::date
            and ${statusSql(asOf)} = 'lapsed' and ${lapsedOnSql} between ${p.from}::date and ${asOf}::date)
        + (select count(*)::int from placements p join placement_milestones m on m.placement_id = p.id ${underContract}
          join sib_contracts c on c.id = o.contract_id
          where p.end_date between ${p.from}::date and ${asOf}::date
            and not (m.due_on between ${p.from}::date - c.claim_window_weeks * 7 and ${asOf}::date)
            and ${statusSql(asOf)} = 'lapsed' and ${lapsedOnSql} between ${p.from}::date and ${asOf}::date) as lapsed`),
  );
  const drops = rowsOf<{ code: DropOutCode; reason: DropOutReason; n: number }>(
    await db.execute(sql`
      select ${dropOutSql} as code, ${reasonSql} as reason, count(*)::int as n
      from placements p join sib_contracts c on p.start_date between c.starts_on and c.ends_on
      where c.id = ${p.contractId} and p.funding = 'sib' and p.end_date ${period}
      group by 1, 2`),
  );
  const dropOuts: Record<DropOutCode, number> = { before_13_weeks: 0, before_26_weeks: 0, before_52_weeks: 0, after_52_weeks: 0 };
  const dropOutReasons: Partial<Record<DropOutReason, number>> = {};
  for (const d of drops) {
    dropOuts[d.code] += Number(d.n);
    dropOutReasons[d.reason] = (dropOutReasons[d.reason] ?? 0) + Number(d.n);
  }

  // Per person: their SIB placements under the contract that started by the period's end and
  // had something in the period (a start, a verified outcome or an end). The cohort sums and
  // the page of people are read from the same rows, each in SQL.
  const shown = sql`
      with sp as (
        select p.* from placements p join sib_contracts c on p.start_date between c.starts_on and c.ends_on
        where c.id = ${p.contractId} and p.funding = 'sib' and p.start_date <= ${p.to}::date
      ), v as (
        select k.placement_id, k.milestone, m.price_cents
        from sib_claims k join placement_milestones m on m.placement_id = k.placement_id and m.milestone = k.milestone
        where k.decision = 'verified' and ${inPeriod(sql`k.decided_at`)}
      ), vp as (
        select sp.job_seeker_id, array_agg(v.milestone order by v.milestone) as verified, sum(v.price_cents) as amount
        from v join sp on sp.id = v.placement_id group by sp.job_seeker_id
      ), dp as (
        select distinct on (p.job_seeker_id) p.job_seeker_id, ${dropOutSql} as drop_out, ${reasonSql} as drop_out_reason
        from sp p where p.end_date ${period} order by p.job_seeker_id, p.end_date desc
      ), per as (
        -- One pass per kind of fact, joined per person (not a subquery per person: 10,000 people).
        select sp.job_seeker_id, min(sp.start_date) as first_start, count(*) filter (where sp.start_date ${period})::int as entered,
          vp.verified, coalesce(vp.amount, 0) as amount, dp.drop_out, dp.drop_out_reason
        from sp left join vp on vp.job_seeker_id = sp.job_seeker_id left join dp on dp.job_seeker_id = sp.job_seeker_id
        group by sp.job_seeker_id, vp.verified, vp.amount, dp.drop_out, dp.drop_out_reason
      ), shown as (
        select job_seeker_id, to_char(first_start, 'YYYY') || '-Q' || extract(quarter from first_start)::int as cohort,
          verified, amount, drop_out, drop_out_reason
        from per where entered > 0 or verified is not null or drop_out is not null
      )`;
  const personRows = rowsOf<{
    pseudonym: string;
    cohort: string;
    verified: string[] | null;
    amount: string | number;
    drop_out: DropOutCode | null;
    drop_out_reason: DropOutReason | null;
    total: number;
  }>(
    await db.execute(sql`${shown}
      select upper(substr(md5(${p.key} || ':' || job_seeker_id || ':' || ${p.secret}), 1, 12)) as pseudonym,
        cohort, verified, amount, drop_out, drop_out_reason, count(*) over ()::int as total
      from shown
      order by cohort, pseudonym
      ${p.peoplePage ? sql`limit ${p.peoplePage.size} offset ${(p.peoplePage.page - 1) * p.peoplePage.size}` : sql``}`),
  );
  const people: ReportPerson[] = personRows.map((r) => ({
    pseudonym: `${r.pseudonym.slice(0, 4)}-${r.pseudonym.slice(4, 8)}-${r.pseudonym.slice(8, 12)}`,
    cohort: r.cohort,
    verified: r.verified ?? [],
    amountCents: Number(r.amount),
    dropOut: r.drop_out,
    dropOutReason: r.drop_out_reason,
  }));
  // A page past the end has no rows to carry the total: count again only then.
  let peopleTotal = personRows.length > 0 ? Number(personRows[0]!.total) : 0;
  if (personRows.length === 0 && p.peoplePage && p.peoplePage.page > 1)
    peopleTotal = Number(rowsOf<{ n: number }>(await db.execute(sql`${shown} select count(*)::int as n from shown`))[0]?.n ?? 0);
  const cohortSums = rowsOf<{ cohort: string; verified: number; amount: string | number; drop_outs: number }>(
    await db.execute(sql`${shown}
      select cohort, coalesce(sum(cardinality(verified)), 0)::int as verified, sum(amount) as amount, count(drop_out)::int as drop_outs
      from shown group by cohort`),
  );
  const cohorts = new Map<string, CohortRow>();
  const cohortPlacements = rowsOf<{ cohort: string; people: number; placements: number }>(
    await db.execute(sql`
      select to_char(p.start_date, 'YYYY') || '-Q' || extract(quarter from p.start_date)::int as cohort,
        count(distinct p.job_seeker_id)::int as people, count(*)::int as placements
      from placements p join sib_contracts c on p.start_date between c.starts_on and c.ends_on
      where c.id = ${p.contractId} and p.funding = 'sib' and p.start_date ${period}
      group by 1`),
  );
  for (const c of cohortPlacements)
    cohorts.set(c.cohort, { cohort: c.cohort, people: Number(c.people), placements: Number(c.placements), verified: 0, amountCents: 0, dropOuts: 0 });
  for (const c of cohortSums) {
    const row = cohorts.get(c.cohort) ?? { cohort: c.cohort, people: 0, placements: 0, verified: 0, amountCents: 0, dropOuts: 0 };
    row.verified = Number(c.verified);
    row.amountCents = Number(c.amount);
    row.dropOuts = Number(c.drop_outs);
    cohorts.set(c.cohort, row);
  }
  const totals = await periodTotals(db, p.contractId);
  const fromQ = `${p.from.slice(0, 4)}-Q${Math.floor((Number(p.from.slice(5, 7)) - 1) / 3) + 1}`;
  const toQ = `${p.to.slice(0, 4)}-Q${Math.floor((Number(p.to.slice(5, 7)) - 1) / 3) + 1}`;
  const inside = totals.quarters.filter((q) => q.quarter >= fromQ && q.quarter <= toQ);
  const upTo = totals.quarters.filter((q) => q.quarter <= toQ);
  const c = counts!;
  return {
    peopleEntered: Number(c.people),
    placementsEntered: Number(c.placements),
    claimed: Number(c.claimed),
    verified: Number(c.verified),
    denied: Number(c.denied),
    lapsed: Number(c.lapsed),
    dueCents: inside.reduce((s, q) => s + q.dueCents, 0),
    paidCents: inside.reduce((s, q) => s + q.paidCents, 0),
    remainingCents: upTo.length > 0 ? upTo[upTo.length - 1]!.remainingCents : totals.capCents,
    capCents: totals.capCents,
    dropOuts,
    dropOutReasons,
    cohorts: [...cohorts.values()].sort((a, b) => a.cohort.localeCompare(b.cohort)),
    people,
    peopleTotal,
  };
}
