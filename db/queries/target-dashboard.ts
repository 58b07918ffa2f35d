import { and, asc, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { DEFAULT_TARGETS } from '@/db/reference-data';
import { employers, placements, places, programmeTargets, proposalEvents, proposals, users, yearlyTargets } from '@/db/schema';
import { fundingStreams, type FundingStream } from '@/db/schema/enums';
import type { Day } from '@/lib/targets/target-progress';

/**
 * The numbers of the targets dashboard and the reports. Every figure is an SQL aggregate
 * (GROUP BY / count ... FILTER) over the placements of one year: the database returns a few
 * dozen rows, never the placements themselves. A placement counts in the year of its start
 * date and in its funding stream, exactly once; nothing here reads a person's personal
 * columns, so erased people keep counting.
 */

const int = (expression: SQL) => sql<number>`cast(${expression} as integer)`.mapWith(Number);
const countIf = (condition: SQL) => int(sql`count(*) filter (where ${condition})`);
const regular = sql`${placements.funding} = 'regular'`;
const sib = sql`${placements.funding} = 'sib'`;

function inYear(year: number): SQL {
  return and(gte(placements.startDate, `${year}-01-01`), lt(placements.startDate, `${year + 1}-01-01`))!;
}

export interface StreamFigures {
  funding: FundingStream;
  target: number;
  /** Placements starting in the year (also those logged ahead of their start). */
  counted: number;
  /** Of those, started on or before today. */
  startedToDate: number;
  /** Of those, ended by today (they keep counting). */
  ended: number;
}

/** The year's count per stream, with its targets (the default when none is stored). */
export async function yearStreamFigures(db: Database, year: number, today: Day): Promise<StreamFigures[]> {
  const [rows, targets] = await Promise.all([
    db
      .select({
        funding: placements.funding,
        counted: int(sql`count(*)`),
        startedToDate: countIf(sql`${placements.startDate} <= ${today}`),
        ended: countIf(sql`${placements.endDate} < ${today}`),
      })
      .from(placements)
      .where(inYear(year))
      .groupBy(placements.funding),
    db.select({ funding: yearlyTargets.funding, target: yearlyTargets.target }).from(yearlyTargets).where(eq(yearlyTargets.year, year)),
  ]);
  return fundingStreams.map((funding) => {
    const row = rows.find((r) => r.funding === funding);
    return {
      funding,
      target: targets.find((t) => t.funding === funding)?.target ?? DEFAULT_TARGETS[funding],
      counted: row?.counted ?? 0,
      startedToDate: row?.startedToDate ?? 0,
      ended: row?.ended ?? 0,
    };
  });
}

export interface MonthFigures {
  month: number;
  regular: number;
  sib: number;
}

/** Placements per start month of the year, per stream: 12 rows at most. */
export async function monthlyFigures(db: Database, year: number): Promise<MonthFigures[]> {
  const month = int(sql`extract(month from ${placements.startDate})`);
  return db
    .select({ month, regular: countIf(regular), sib: countIf(sib) })
    .from(placements)
    .where(inYear(year))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

export type BreakdownKind = 'sector' | 'district' | 'employer' | 'caseworker';

export interface BreakdownRow {
  /** Sector code, district name, employer or user id as text; null: unknown (no place, no caseworker). */
  key: string | null;
  /** Display name (employer or caseworker); for sector and district the key is the name. */
  label: string | null;
  regular: number;
  sib: number;
  total: number;
}

/**
 * The year's placements by sector (of the employer), German district (of the employer's
 * place), employer or caseworker, per stream, largest first. `limit` keeps the top of long
 * lists (employers); `others` then sums the rest, so the table still adds up to the total.
 */
export async function breakdown(
  db: Database,
  params: { year: number; by: BreakdownKind; limit?: number },
): Promise<{ rows: BreakdownRow[]; others: { groups: number; regular: number; sib: number; total: number } | null }> {
  const total = int(sql`count(*)`);
  const figures = { regular: countIf(regular), sib: countIf(sib), total };
  let query;
  switch (params.by) {
    case 'sector':
      query = db
        .select({ key: sql<string | null>`${employers.sector}::text`, label: sql<string | null>`null`, ...figures })
        .from(placements)
        .innerJoin(employers, eq(employers.id, placements.employerId))
        .where(inYear(params.year))
        .groupBy(employers.sector);
      break;
    case 'district':
      query = db
        .select({ key: places.district, label: sql<string | null>`null`, ...figures })
        .from(placements)
        .innerJoin(employers, eq(employers.id, placements.employerId))
        .leftJoin(places, eq(places.id, employers.placeId))
        .where(inYear(params.year))
        .groupBy(places.district);
      break;
    case 'employer':
      query = db
        .select({ key: sql<string | null>`${placements.employerId}::text`, label: employers.name, ...figures })
        .from(placements)
        .innerJoin(employers, eq(employers.id, placements.employerId))
        .where(inYear(params.year))
        .groupBy(placements.employerId, employers.name);
      break;
    case 'caseworker':
      query = db
        .select({ key: sql<string | null>`${placements.caseworkerId}::text`, label: users.name, ...figures })
        .from(placements)
        .leftJoin(users, eq(users.id, placements.caseworkerId))
        .where(inYear(params.year))
        .groupBy(placements.caseworkerId, users.name);
      break;
  }
  const ordered = query.orderBy(desc(total), sql`2 asc nulls last`, sql`1 asc nulls last`);
  if (!params.limit) return { rows: await ordered, others: null };
  // One more than shown tells whether there is a rest; the rest is summed in SQL too.
  const rows = await ordered.limit(params.limit + 1);
  if (rows.length <= params.limit) return { rows, others: null };
  const shown = rows.slice(0, params.limit);
  const [all] = await db
    .select({ groups: int(sql`count(distinct ${params.by === 'employer' ? placements.employerId : placements.caseworkerId})`), ...figures })
    .from(placements)
    .where(inYear(params.year));
  const sum = (k: 'regular' | 'sib' | 'total') => shown.reduce((n, r) => n + r[k], 0);
  return {
    rows: shown,
    others: { groups: all!.groups - shown.length, regular: all!.regular - sum('regular'), sib: all!.sib - sum('sib'), total: all!.total - sum('total') },
  };
}

export interface RetentionRow {
  months: 3 | 6 | 12;
  funding: FundingStream | 'total';
  /** Placements of the year that started at least `months` months before today. */
  eligible: number;
  /** Of those, not ended before the `months` mark. */
  lasted: number;
}

/**
 * Still working after 3, 6 and 12 months: of the year's placements old enough to tell (start
 * + n months <= today), those whose end date is not before start + n months. Facts from the
 * end dates, so a check not yet answered does not hide a placement that lasted.
 */
export async function retention(db: Database, year: number, today: Day): Promise<RetentionRow[]> {
  const mark = (n: number) => sql`(${placements.startDate} + interval '${sql.raw(String(n))} months')::date`;
  const old = (n: number) => sql`${mark(n)} <= ${today}`;
  const lasted = (n: number) => sql`${old(n)} and (${placements.endDate} is null or ${placements.endDate} >= ${mark(n)})`;
  const [row] = await db
    .select({
      e3r: countIf(sql`${old(3)} and ${regular}`),
      e3s: countIf(sql`${old(3)} and ${sib}`),
      l3r: countIf(sql`${lasted(3)} and ${regular}`),
      l3s: countIf(sql`${lasted(3)} and ${sib}`),
      e6r: countIf(sql`${old(6)} and ${regular}`),
      e6s: countIf(sql`${old(6)} and ${sib}`),
      l6r: countIf(sql`${lasted(6)} and ${regular}`),
      l6s: countIf(sql`${lasted(6)} and ${sib}`),
      e12r: countIf(sql`${old(12)} and ${regular}`),
      e12s: countIf(sql`${old(12)} and ${sib}`),
      l12r: countIf(sql`${lasted(12)} and ${regular}`),
      l12s: countIf(sql`${lasted(12)} and ${sib}`),
    })
    .from(placements)
    .where(inYear(year));
  const r = row!;
  const out: RetentionRow[] = [];
  for (const [months, er, es, lr, ls] of [
    [3, r.e3r, r.e3s, r.l3r, r.l3s],
    [6, r.e6r, r.e6s, r.l6r, r.l6s],
    [12, r.e12r, r.e12s, r.l12r, r.l12s],
  ] as const) {
    out.push({ months, funding: 'regular', eligible: er, lasted: lr });
    out.push({ months, funding: 'sib', eligible: es, lasted: ls });
    out.push({ months, funding: 'total', eligible: er + es, lasted: lr + ls });
  }
  return out;
}

export interface PipelineFigures {
  proposed: number;
  interviewed: number;
  hired: number;
  rejected: number;
  withdrawn: number;
}

/**
 * The pipeline's conversion for proposals made in the year (Dutch time): proposed, reached an
 * interview (or any later step), hired. A step counts when the proposal's history holds it or
 * the proposal stands at it now.
 */
export async function pipelineConversion(db: Database, year: number): Promise<PipelineFigures> {
  const from = sql`(${`${year}-01-01 00:00`}::timestamp at time zone 'Europe/Amsterdam')`;
  const until = sql`(${`${year + 1}-01-01 00:00`}::timestamp at time zone 'Europe/Amsterdam')`;
  const reached = (stages: string[]) => {
    const list = sql.join(stages.map((s) => sql`${s}`), sql`, `);
    return sql`(${proposals.stage}::text in (${list}) or exists (select 1 from ${proposalEvents} where ${proposalEvents.proposalId} = ${proposals.id} and ${proposalEvents.toStage}::text in (${list})))`;
  };
  const [row] = await db
    .select({
      proposed: int(sql`count(*)`),
      interviewed: countIf(reached(['interview', 'trial_day', 'offer', 'hired'])),
      hired: countIf(reached(['hired'])),
      rejected: countIf(sql`${proposals.stage} = 'rejected'`),
      withdrawn: countIf(sql`${proposals.stage} = 'withdrawn'`),
    })
    .from(proposals)
    .where(and(sql`${proposals.createdAt} >= ${from}`, sql`${proposals.createdAt} < ${until}`));
  return row!;
}

export interface ProgrammeTargetFigures {
  id: number;
  name: string;
  fromYear: number;
  toYear: number;
  funding: FundingStream | null;
  target: number;
  counted: number;
  startedToDate: number;
}

/** Every programme target with its count over its years (and its stream, when it has one). */
export async function programmeTargetFigures(db: Database, today: Day): Promise<ProgrammeTargetFigures[]> {
  return db
    .select({
      id: programmeTargets.id,
      name: programmeTargets.name,
      fromYear: programmeTargets.fromYear,
      toYear: programmeTargets.toYear,
      funding: programmeTargets.funding,
      target: programmeTargets.target,
      counted: int(sql`count(${placements.id})`),
      startedToDate: int(sql`count(${placements.id}) filter (where ${placements.startDate} <= ${today})`),
    })
    .from(programmeTargets)
    .leftJoin(
      placements,
      and(
        sql`${placements.startDate} >= make_date(${programmeTargets.fromYear}, 1, 1)`,
        sql`${placements.startDate} < make_date(${programmeTargets.toYear} + 1, 1, 1)`,
        or(isNull(programmeTargets.funding), eq(placements.funding, programmeTargets.funding)),
      ),
    )
    .groupBy(programmeTargets.id)
    .orderBy(asc(programmeTargets.fromYear), asc(programmeTargets.name), asc(programmeTargets.id));
}

/** The first and last year with placements (two index lookups), for the year choosers. */
export async function placementYearRange(db: Database): Promise<{ first: number; last: number } | null> {
  const [row] = await db
    .select({ first: sql<string | null>`min(${placements.startDate})::text`, last: sql<string | null>`max(${placements.startDate})::text` })
    .from(placements);
  if (!row?.first || !row.last) return null;
  return { first: Number(String(row.first).slice(0, 4)), last: Number(String(row.last).slice(0, 4)) };
}

/** The years to offer: every year with placements, and this year and the next, newest first. */
export function yearChoices(range: { first: number; last: number } | null, currentYear: number): number[] {
  const first = Math.min(range?.first ?? currentYear, currentYear);
  const last = Math.max(range?.last ?? currentYear, currentYear + 1);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}
