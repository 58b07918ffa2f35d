import { and, asc, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { DEFAULT_TARGETS } from '@/db/reference-data';
import {
  cohortParticipants,
  cohorts,
  employers,
  eventConversations,
  events,
  placements,
  places,
  programmeTargets,
  proposalEvents,
  proposals,
  users,
  yearlyTargets,
} from '@/db/schema';
import { fundingStreams, type FundingStream } from '@/db/schema/enums';
import { lastStartOldEnough } from '@/lib/targets/target-progress';
import type { Day } from '@/lib/time/days';
import { tookPartInCohort } from './cohort-participation';

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

export interface RetentionRow {
  months: 3 | 6 | 12;
  funding: FundingStream | 'total';
  /** Placements of the year that started at least `months` months before today. */
  eligible: number;
  /** Of those, not ended before the `months` mark. */
  lasted: number;
}

export interface YearFigures {
  streams: StreamFigures[];
  retention: RetentionRow[];
}

const RETENTION_MARKS = [3, 6, 12] as const;

/**
 * The year's count per stream with its targets (the default when none is stored), and
 * retention: of the placements old enough to tell (start + n months <= today), those whose end
 * date is not before start + n months. Facts from the end dates, so a check not yet answered
 * does not hide a placement that lasted. One pass over the year's placements, grouped by stream.
 */
export async function yearFigures(db: Database, year: number, today: Day): Promise<YearFigures> {
  const mark = (n: number) => sql`(${placements.startDate} + interval '${sql.raw(String(n))} months')::date`;
  // "Old enough" as a plain date comparison (the cut-off is computed once, in lib/targets).
  const old = (n: number) => sql`${placements.startDate} <= ${lastStartOldEnough(today, n)}`;
  const lasted = (n: number) => sql`${old(n)} and (${placements.endDate} is null or ${placements.endDate} >= ${mark(n)})`;
  const [rows, targets] = await Promise.all([
    db
      .select({
        funding: placements.funding,
        counted: int(sql`count(*)`),
        startedToDate: countIf(sql`${placements.startDate} <= ${today}`),
        ended: countIf(sql`${placements.endDate} < ${today}`),
        e3: countIf(old(3)),
        l3: countIf(lasted(3)),
        e6: countIf(old(6)),
        l6: countIf(lasted(6)),
        e12: countIf(old(12)),
        l12: countIf(lasted(12)),
      })
      .from(placements)
      .where(inYear(year))
      .groupBy(placements.funding),
    db.select({ funding: yearlyTargets.funding, target: yearlyTargets.target }).from(yearlyTargets).where(eq(yearlyTargets.year, year)),
  ]);
  const of = (funding: FundingStream) => rows.find((r) => r.funding === funding);
  const streams = fundingStreams.map((funding) => ({
    funding,
    target: targets.find((t) => t.funding === funding)?.target ?? DEFAULT_TARGETS[funding],
    counted: of(funding)?.counted ?? 0,
    startedToDate: of(funding)?.startedToDate ?? 0,
    ended: of(funding)?.ended ?? 0,
  }));
  const retention: RetentionRow[] = [];
  for (const months of RETENTION_MARKS) {
    const e = `e${months}` as const;
    const l = `l${months}` as const;
    for (const funding of fundingStreams) retention.push({ months, funding, eligible: of(funding)?.[e] ?? 0, lasted: of(funding)?.[l] ?? 0 });
    retention.push({ months, funding: 'total', eligible: rows.reduce((n, r) => n + r[e], 0), lasted: rows.reduce((n, r) => n + r[l], 0) });
  }
  return { streams, retention };
}

interface MonthFigures {
  month: number;
  regular: number;
  sib: number;
}

export type BreakdownKind = 'sector' | 'district' | 'employer' | 'caseworker' | 'event' | 'cohort';

interface BreakdownRow {
  /** Sector code, district name, employer or user id as text; null: unknown (no place, no caseworker). */
  key: string | null;
  /** Display name (employer or caseworker); for sector and district the key is the name. */
  label: string | null;
  regular: number;
  sib: number;
  total: number;
}

export interface Breakdown {
  rows: BreakdownRow[];
  /** When the list was cut to its top: the rest, summed, so the table still adds up. */
  others: { groups: number; regular: number; sib: number; total: number } | null;
}

export interface YearBreakdowns {
  months: MonthFigures[];
  bySector: Breakdown;
  byDistrict: Breakdown;
  byCaseworker: Breakdown;
}

const byTotal = (a: BreakdownRow, b: BreakdownRow) =>
  b.total - a.total || (a.label ?? '\uffff').localeCompare(b.label ?? '\uffff') || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff');

/**
 * The year's placements per employer, per stream: the building block of the sector, district
 * and employer breakdowns. Aggregating first and joining the employers after means the joins
 * see one row per employer, not one per placement.
 */
function perEmployer(db: Database, year: number) {
  return db
    .select({
      employerId: placements.employerId,
      regular: countIf(regular).as('regular'),
      sib: countIf(sib).as('sib'),
      total: int(sql`count(*)`).as('total'),
    })
    .from(placements)
    .where(inYear(year))
    .groupBy(placements.employerId)
    .as('per_employer');
}

/**
 * Placements per start month, per sector (of the employer), per German district (of the
 * employer's place) and per caseworker, each split by stream: two GROUPING SETS queries, a
 * few dozen rows back.
 */
export async function yearBreakdowns(db: Database, year: number): Promise<YearBreakdowns> {
  const month = sql`extract(month from ${placements.startDate})`;
  const monthOrCaseworker = db
    .select({
      // 1: grouped by caseworker, 2: grouped by month (the bit of the column NOT grouped by is set).
      set: int(sql`grouping(${month}, ${placements.caseworkerId})`).as('set'),
      month: int(month).as('month'),
      caseworkerId: sql<number | null>`${placements.caseworkerId}`.as('caseworker_id'),
      regular: countIf(regular).as('regular'),
      sib: countIf(sib).as('sib'),
      total: int(sql`count(*)`).as('total'),
    })
    .from(placements)
    .where(inYear(year))
    .groupBy(sql`grouping sets ((${month}), (${placements.caseworkerId}))`)
    .as('by_month_or_caseworker');
  const agg = perEmployer(db, year);
  const [timeRows, placeRows] = await Promise.all([
    db
      .select({
        set: monthOrCaseworker.set,
        month: monthOrCaseworker.month,
        caseworkerId: monthOrCaseworker.caseworkerId,
        caseworkerName: users.name,
        regular: monthOrCaseworker.regular,
        sib: monthOrCaseworker.sib,
        total: monthOrCaseworker.total,
      })
      .from(monthOrCaseworker)
      .leftJoin(users, eq(users.id, monthOrCaseworker.caseworkerId)),
    db
      .select({
        // 1: grouped by sector, 2: grouped by district.
        set: int(sql`grouping(${employers.sector}, ${places.district})`),
        sector: sql<string | null>`${employers.sector}::text`,
        district: places.district,
        regular: int(sql`sum(${agg.regular})`),
        sib: int(sql`sum(${agg.sib})`),
        total: int(sql`sum(${agg.total})`),
      })
      .from(agg)
      .innerJoin(employers, eq(employers.id, agg.employerId))
      .leftJoin(places, eq(places.id, employers.placeId))
      .groupBy(sql`grouping sets ((${employers.sector}), (${places.district}))`),
  ]);
  const figures = (r: { regular: number; sib: number; total: number }) => ({ regular: r.regular, sib: r.sib, total: r.total });
  return {
    months: timeRows
      .filter((r) => r.set === 1)
      .map((r) => ({ month: r.month, regular: r.regular, sib: r.sib }))
      .sort((a, b) => a.month - b.month),
    bySector: {
      rows: placeRows
        .filter((r) => r.set === 1)
        .map((r) => ({ key: r.sector, label: null, ...figures(r) }))
        .sort(byTotal),
      others: null,
    },
    byDistrict: {
      rows: placeRows
        .filter((r) => r.set === 2)
        .map((r) => ({ key: r.district, label: null, ...figures(r) }))
        .sort(byTotal),
      others: null,
    },
    byCaseworker: {
      rows: timeRows
        .filter((r) => r.set === 2)
        .map((r) => ({ key: r.caseworkerId === null ? null : String(r.caseworkerId), label: r.caseworkerName, ...figures(r) }))
        .sort(byTotal),
      others: null,
    },
  };
}

/**
 * The year's placements via an event: a placement whose proposal was made from a conversation
 * at a job fair or meeting counts for that event (a proposal comes from one conversation at
 * most: a unique key), the rest in one row with key null ("not via an event").
 */
export async function eventBreakdown(db: Database, year: number): Promise<Breakdown> {
  const rows = await db
    .select({
      eventId: events.id,
      title: events.title,
      regular: countIf(regular),
      sib: countIf(sib),
      total: int(sql`count(*)`),
    })
    .from(placements)
    .leftJoin(eventConversations, eq(eventConversations.proposalId, placements.proposalId))
    .leftJoin(events, eq(events.id, eventConversations.eventId))
    .where(inYear(year))
    .groupBy(events.id, events.title);
  const via = rows.filter((r) => r.eventId !== null).map((r) => ({ key: String(r.eventId), label: r.title, regular: r.regular, sib: r.sib, total: r.total }));
  const rest = rows.filter((r) => r.eventId === null).map((r) => ({ key: null, label: null, regular: r.regular, sib: r.sib, total: r.total }));
  return { rows: [...via.sort(byTotal), ...rest], others: null };
}

/**
 * The year's placements via a training cohort: a placement counts for the cohort its person
 * took part in (tookPartInCohort) when it starts on or after the cohort's first lesson day, the
 * rule of the cohort dashboard's "placed". A person in two such cohorts counts once, for the
 * latest to start before the placement (the training that led to it), so the table adds up to
 * the year's total; the rest in one row with key null ("not via a cohort").
 */
export async function cohortBreakdown(db: Database, year: number): Promise<Breakdown> {
  // The outer columns spelt out: drizzle leaves a single table's columns unqualified, and
  // inside the subquery those names would be the cohort's and the participant's.
  const traced = db
    .select({
      cohortId: sql<number | null>`(
        select c.id from ${cohortParticipants} cp join ${cohorts} c on c.id = cp.cohort_id
        where cp.job_seeker_id = placements.job_seeker_id and c.start_date <= placements.start_date and ${tookPartInCohort('cp', sql`c.start_date`)}
        order by c.start_date desc, c.id desc limit 1
      )`.as('cohort_id'),
      funding: placements.funding,
    })
    .from(placements)
    .where(inYear(year))
    .as('traced');
  const rows = await db
    .select({
      cohortId: cohorts.id,
      name: cohorts.name,
      regular: countIf(sql`${traced.funding} = 'regular'`),
      sib: countIf(sql`${traced.funding} = 'sib'`),
      total: int(sql`count(*)`),
    })
    .from(traced)
    .leftJoin(cohorts, eq(cohorts.id, traced.cohortId))
    .groupBy(cohorts.id, cohorts.name);
  const via = rows.filter((r) => r.cohortId !== null).map((r) => ({ key: String(r.cohortId), label: r.name, regular: r.regular, sib: r.sib, total: r.total }));
  const rest = rows.filter((r) => r.cohortId === null).map((r) => ({ key: null, label: null, regular: r.regular, sib: r.sib, total: r.total }));
  return { rows: [...via.sort(byTotal), ...rest], others: null };
}

/**
 * The year's placements per employer, largest first; with `limit` only the top, and the rest
 * summed from window totals over all employers (so the table still adds up). ORDER BY ...
 * LIMIT in SQL, on the per-employer aggregate.
 */
export async function employerBreakdown(db: Database, params: { year: number; limit?: number }): Promise<Breakdown> {
  const agg = perEmployer(db, params.year);
  const rows = await db
    .select({
      key: sql<string | null>`${agg.employerId}::text`,
      label: employers.name,
      regular: agg.regular,
      sib: agg.sib,
      total: agg.total,
      // Over all employers, before the LIMIT.
      groups: int(sql`count(*) over ()`),
      allRegular: int(sql`sum(${agg.regular}) over ()`),
      allSib: int(sql`sum(${agg.sib}) over ()`),
    })
    .from(agg)
    .innerJoin(employers, eq(employers.id, agg.employerId))
    .orderBy(desc(agg.total), asc(employers.name), asc(agg.employerId))
    .limit(params.limit ?? 100_000);
  const shown = rows.map(({ key, label, regular: r, sib: s, total: t }) => ({ key, label, regular: r, sib: s, total: t }));
  const first = rows[0];
  if (!first || first.groups <= rows.length) return { rows: shown, others: null };
  const sum = (k: 'regular' | 'sib') => shown.reduce((n, r) => n + r[k], 0);
  const rest = { regular: first.allRegular - sum('regular'), sib: first.allSib - sum('sib') };
  return { rows: shown, others: { groups: first.groups - rows.length, ...rest, total: rest.regular + rest.sib } };
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
    const list = sql.join(
      stages.map((s) => sql`${s}`),
      sql`, `,
    );
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
