import { sql } from 'drizzle-orm';
import type { BenchCase, BenchContext } from '../types';
import { benchYear } from './placements-fill';
import { fillSib } from './sib-fill';

type Rows = { rows?: unknown[] } | unknown[];
const rowCount = (r: unknown) => (Array.isArray(r) ? r.length : ((r as Rows & { rows?: unknown[] }).rows?.length ?? 0));

/** The second quarter of the last whole year: about 60,000 / 80 quarters x 5 outcomes of milestones fall due in it. */
const benchQuarter = () => `${benchYear()}-Q2`;

/** A quarter's outcome ledger page (counts per status, totals against the cap, the first page of rows), as a manager. */
export const outcomeLedgerCase: BenchCase = {
  name: 'outcome-ledger',
  role: 'manager',
  fill: fillSib,
  async sql({ db, ids }: BenchContext) {
    const year = benchYear();
    const r = await db.execute(sql`
      select m.placement_id, m.milestone, m.due_on, m.state from placement_milestones m
      join sib_contract_outcomes o on o.id = m.outcome_id
      where o.contract_id = ${ids.sibContractId} and m.due_on between ${`${year}-04-01`}::date and ${`${year}-06-30`}::date`);
    return rowCount(r);
  },
  async app({ ids }, fetchAs) {
    const response = await fetchAs(`/nl/sib?contract=${ids.sibContractId}&quarter=${benchQuarter()}`);
    if (response.status !== 200) throw new Error(`outcome-ledger: HTTP ${response.status}`);
    await response.text();
  },
};

/** The investor's report of the last whole year, as a manager. */
export const investorReportCase: BenchCase = {
  name: 'investor-report',
  role: 'manager',
  fill: fillSib,
  async sql({ db, ids }: BenchContext) {
    const year = benchYear();
    const r = await db.execute(sql`
      select p.id, p.job_seeker_id, p.start_date from placements p join sib_contracts c on p.start_date between c.starts_on and c.ends_on
      where c.id = ${ids.sibContractId} and p.funding = 'sib' and p.start_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`);
    return rowCount(r);
  },
  async app({ ids }, fetchAs) {
    const response = await fetchAs(`/nl/sib/report?contract=${ids.sibContractId}&period=${benchYear()}`);
    if (response.status !== 200) throw new Error(`investor-report: HTTP ${response.status}`);
    await response.text();
  },
};
