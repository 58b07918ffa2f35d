import { count, eq, sql } from 'drizzle-orm';
import { employers, jobSeekers, type placementChecks, placements, users } from '@/db/schema';
import type { BenchContext } from '../types';

const BENCH_PLACEMENTS = 200_000;
const BENCH_EMPLOYERS = 2_000;
const BENCH_SEEKERS = 20_000;
const BENCH_CASEWORKERS = 20;
const YEARS = 20;

/** The last whole year: about 10,000 of the 200,000 placements start in it. */
export function benchYear(): number {
  return new Date().getUTCFullYear() - 1;
}

async function countOf(ctx: BenchContext, table: typeof employers | typeof jobSeekers | typeof placements | typeof placementChecks): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(table);
  return Number(row?.n ?? 0);
}

/**
 * 200,000 placements over 20 years (about 10,000 a year), with their retention checks, on
 * 20,000 job seekers, 2,000 employers and 20 caseworkers. Tolerant of what other fills made:
 * it counts what exists and adds only what is missing (job seekers of the job-seeker bench
 * count too), all in bulk SQL. Idempotent: a second run finds everything there and does nothing.
 */
export async function fillPlacements(ctx: BenchContext): Promise<void> {
  const { db } = ctx;
  ctx.ids.benchYear = benchYear();
  const placementCount = await countOf(ctx, placements);
  if (placementCount >= BENCH_PLACEMENTS) return;

  const employerCount = await countOf(ctx, employers);
  if (employerCount < BENCH_EMPLOYERS) {
    await db.execute(sql`
      insert into employers (name, sector, place_id)
      select 'Bench Arbeitgeber ' || g || ' GmbH',
             (enum_range(null::sector))[1 + g % 12],
             (select array_agg(id order by id) from places where country = 'DE')[1 + g % (select count(*) from places where country = 'DE')::int]
      from generate_series(${employerCount + 1}::int, ${BENCH_EMPLOYERS}::int) g`);
  }

  const [caseworkerRow] = await db.select({ n: count() }).from(users).where(eq(users.role, 'caseworker'));
  if (Number(caseworkerRow?.n ?? 0) < BENCH_CASEWORKERS) {
    // Accounts that own placements; 'x' is no argon2 hash, so nobody can sign in with them.
    await db.execute(sql`
      insert into users (email, name, password_hash, role)
      select 'bench-cw-' || g || '@grenzeloos.bench', 'Bench Klantmanager ' || g, 'x', 'caseworker'
      from generate_series(1, ${BENCH_CASEWORKERS}::int) g
      on conflict do nothing`);
  }

  const seekerCount = await countOf(ctx, jobSeekers);
  if (seekerCount < BENCH_SEEKERS) {
    await db.execute(sql`
      insert into job_seekers (client_number, first_name, last_name, caseworker_id, status, sib_cohort)
      select 'BENCH6-' || lpad(g::text, 6, '0'), 'Bench', 'Persoon ' || g,
             (select array_agg(id order by id) from users where role = 'caseworker')[1 + g % (select count(*) from users where role = 'caseworker')::int],
             'placed', g % 4 = 0
      from generate_series(${seekerCount + 1}::int, ${BENCH_SEEKERS}::int) g
      on conflict do nothing`);
  }

  // Start days spread evenly from 1 January, 18 years before the bench year, to today; the person, employer and
  // caseworker cycle with different strides, so (person, employer, day) never repeats. SIB only
  // for people in the cohort (the trigger checks it row by row); about 40% have ended.
  const from = `${benchYear() - (YEARS - 2)}-01-01`;
  await db.execute(sql`
    with s as (select array_agg(id order by id) ids, array_agg(sib_cohort order by id) sib from (select id, sib_cohort from job_seekers where erased_at is null order by id limit ${BENCH_SEEKERS}) x),
         e as (select array_agg(id order by id) ids from (select id from employers order by id limit ${BENCH_EMPLOYERS}) x),
         c as (select array_agg(id order by id) ids from users where role = 'caseworker'),
         span as (select (current_date - ${from}::date) + 1 as days),
         gen as (
           select g,
                  1 + g % cardinality(s.ids) as si,
                  1 + (g * 7) % cardinality(e.ids) as ei,
                  1 + (g * 3) % cardinality(c.ids) as ci,
                  ${from}::date + ((g * 37) % span.days)::int as start_date
           from generate_series(${placementCount}::int, ${BENCH_PLACEMENTS - 1}::int) g, s, e, c, span)
    insert into placements (job_seeker_id, employer_id, caseworker_id, start_date, funding, job_title, hours_per_week, contract, end_date, end_reason)
    select s.ids[si], e.ids[ei], c.ids[ci], start_date,
           (case when s.sib[si] and g % 3 = 0 then 'sib' else 'regular' end)::funding_stream,
           'Pflegehelfer/in', 16 + g % 24, (case when g % 3 = 0 then 'fixed_term' else 'permanent' end)::contract_type,
           case when g % 5 < 2 then start_date + (20 + g % 600) end,
           case when g % 5 < 2 then 'Bench: beëindigd' end
    from gen, s, e, c
    -- Logged as time went by: the heap follows the start dates, as it does in real life.
    order by start_date, g
    on conflict do nothing`);

  // The four retention checks of every placement that has none yet.
  await db.execute(sql`
    insert into placement_checks (placement_id, months, due_on, outcome)
    select p.id, m.months, (p.start_date + make_interval(months => m.months))::date,
           (case
              when p.end_date is not null and p.end_date < (p.start_date + make_interval(months => m.months))::date then 'ended'
              when (p.start_date + make_interval(months => m.months))::date < current_date - 7 then 'still_working'
              else 'pending' end)::retention_outcome
    from placements p cross join (values (1), (3), (6), (12)) as m(months)
    where not exists (select 1 from placement_checks c where c.placement_id = p.id)
    order by p.id, m.months`);
  // What autovacuum does on a server: statistics and the visibility map after a bulk load.
  await db.execute(sql`vacuum analyze`);
}
