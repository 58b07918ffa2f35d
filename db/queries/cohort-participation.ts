import { sql, type SQL } from 'drizzle-orm';

/**
 * Whether a participant took part in their cohort, for tracing placements to it (the cohort
 * dashboard's "placed" and the targets breakdown "via cohort" use this one rule, so the two
 * never disagree): enrolled at some point (an invitation alone is no training), and not dropped
 * out before the first lesson day (someone who left before the course began learnt nothing in
 * it). A drop-out during the course still counts: they had the lessons up to then.
 *
 * `participant` is the SQL alias of a cohort_participants row, `cohortStart` its cohort's start date.
 */
export function tookPartInCohort(participant: string, cohortStart: SQL): SQL {
  const p = sql.raw(participant);
  return sql`(${p}.enrolled_at is not null and not (${p}.state = 'dropped' and (${p}.dropped_at at time zone 'Europe/Amsterdam')::date < ${cohortStart}))`;
}
