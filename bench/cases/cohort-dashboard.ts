import { eq, sql } from 'drizzle-orm';
import { cohorts } from '@/db/schema';
import { cohortDashboard } from '@/db/queries/cohorts';
import type { BenchCase, BenchContext } from '../types';

/**
 * Training cohorts of project "Zorg" over the years: 100 cohorts of 30 participants (300 bench job
 * seekers, each in 10 cohorts), 30 lesson days each with about 80% attendance of those who
 * started (about 58,000 ticks), recognition steps for a third, and a placement for every bench
 * person with one of three linked employers. The measured page is one cohort's page: its
 * dashboard (funnel, completion, median time to recognition, placements per linked employer),
 * participants and forms. Idempotent.
 */
const COHORTS = 100;
const PER_COHORT = 30;
const SEEKERS = 300;
const SESSIONS = 30;
const PREFIX = 'Bench Zorg ';

async function fill(ctx: BenchContext): Promise<void> {
  const { db } = ctx;
  const [measured] = await db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(eq(cohorts.name, `${PREFIX}${COHORTS}`));
  if (measured) {
    ctx.ids.benchCohortId = measured.id;
    return;
  }
  await db.execute(sql`
    insert into employers (name, sector, place_id)
    select 'Bench Cohort Pflege ' || g || ' GmbH', 'elderly_care', (select id from places where country = 'DE' order by id limit 1)
    from generate_series(1, 3) g
    where not exists (select 1 from employers where name = 'Bench Cohort Pflege ' || g || ' GmbH')`);
  await db.execute(sql`
    insert into job_seekers (client_number, first_name, last_name, status)
    select 'BENCHCO-' || lpad(g::text, 4, '0'), (array['Anna', 'Bram', 'Cor', 'Dewi', 'Eva', 'Femke'])[1 + g % 6], 'Zorg ' || g, 'in_training'
    from generate_series(1, ${SEEKERS}) g
    on conflict do nothing`);
  // Cohorts start every two weeks, the oldest about four years ago; each runs 20 weeks.
  await db.execute(sql`
    insert into cohorts (name, provider, start_date, end_date, capacity)
    select ${PREFIX} || g, 'ROC van Twente', current_date - (g * 14 + 40), current_date - (g * 14 + 40) + 140, ${PER_COHORT + 5}
    from generate_series(1, ${COHORTS}) g`);
  await db.execute(sql`
    insert into cohort_employers (cohort_id, employer_id)
    select c.id, e.id from cohorts c, employers e
    where c.name like ${`${PREFIX}%`} and e.name like 'Bench Cohort Pflege %'`);
  await db.execute(sql`
    insert into cohort_sessions (cohort_id, session_date, topic)
    select c.id, c.start_date + s * 4, 'Deutsch für die Pflege ' || s
    from cohorts c, generate_series(0, ${SESSIONS - 1}) s
    where c.name like ${`${PREFIX}%`}`);
  // Participants: states spread so every funnel stage has people; a fifth of those who started drop out.
  await db.execute(sql`
    with c as (select id, start_date, row_number() over (order by id) as n from cohorts where name like ${`${PREFIX}%`}),
         s as (select id, row_number() over (order by id) as n from job_seekers where client_number like 'BENCHCO-%')
    insert into cohort_participants (cohort_id, job_seeker_id, state, drop_reason, german_level_start, german_level_end,
                                     invited_at, enrolled_at, active_at, completed_at, dropped_at)
    select c.id, s.id, st.state::cohort_participant_state,
           case when st.state = 'dropped' then (array['language', 'health', 'family', 'found_work'])[1 + p % 4]::cohort_drop_reason end,
           (array['A1', 'A2', 'A2', 'B1'])[1 + p % 4]::cefr_level,
           case when st.state = 'completed' then (array['B1', 'B2'])[1 + p % 2]::cefr_level end,
           c.start_date - 30, case when st.state <> 'invited' then c.start_date - 10 end,
           case when st.state in ('active', 'completed', 'dropped') then c.start_date end,
           case when st.state = 'completed' then c.start_date + 140 end,
           case when st.state = 'dropped' then c.start_date + 50 end
    from c cross join generate_series(0, ${PER_COHORT - 1}) p
    join s on s.n = 1 + (c.n * ${PER_COHORT} + p) % ${SEEKERS}
    cross join lateral (select (array['invited', 'enrolled', 'active', 'completed', 'completed', 'completed', 'dropped', 'active', 'completed', 'completed'])[1 + p % 10] as state) st
    on conflict do nothing`);
  await db.execute(sql`
    insert into cohort_attendance (cohort_id, session_id, participant_id)
    select p.cohort_id, s.id, p.id
    from cohort_participants p join cohort_sessions s on s.cohort_id = p.cohort_id
    where p.active_at is not null and (p.id + s.id) % 5 <> 0
      and p.cohort_id in (select id from cohorts where name like ${`${PREFIX}%`})`);
  await db.execute(sql`
    insert into cohort_recognition_steps (participant_id, step, step_date)
    select p.id, st.step::recognition_step, c.start_date + st.days + (p.id % 30)
    from cohort_participants p join cohorts c on c.id = p.cohort_id,
         lateral (values ('applied', 5), ('shortfall_notice', 40), ('recognised', 120)) st(step, days)
    where c.name like ${`${PREFIX}%`} and p.id % 3 = 0`);
  await db.execute(sql`
    with e as (select array_agg(id order by id) ids from employers where name like 'Bench Cohort Pflege %')
    insert into placements (job_seeker_id, employer_id, start_date, funding, job_title, hours_per_week, contract)
    select s.id, e.ids[1 + s.id % 3], current_date - (s.id % 900), 'regular', 'Pflegefachkraft', 32, 'permanent'
    from job_seekers s, e
    where s.client_number like 'BENCHCO-%'
    on conflict do nothing`);
  const [row] = await db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(eq(cohorts.name, `${PREFIX}${COHORTS}`));
  ctx.ids.benchCohortId = row!.id;
}

export const cohortDashboardCase: BenchCase = {
  name: 'cohort-dashboard',
  role: 'manager',
  fill,
  sql: async (ctx) => {
    const d = await cohortDashboard(ctx.db, ctx.ids.benchCohortId!);
    return d.funnel.invited;
  },
  async app(ctx, fetchAs) {
    const response = await fetchAs(`/nl/cohorts/${ctx.ids.benchCohortId}`);
    if (response.status !== 200) throw new Error(`cohort-dashboard: HTTP ${response.status}`);
    const html = await response.text();
    if (!html.includes('data-testid="funnel-placed"')) throw new Error('cohort-dashboard: no funnel on the page');
    return (html.match(/data-testid="participant-\d+"/g) ?? []).length;
  },
};
