import { and, eq, isNull, ne } from 'drizzle-orm';
import { jobSeekers, proposals, vacancies } from '@/db/schema';
import type { SampleIdResolver } from '@/e2e/sample-ids';

function first<T>(rows: T[], what: string): T {
  if (!rows[0]) throw new Error(`lib/security/access/proposals.sample-ids.ts: the demo data has no ${what}`);
  return rows[0];
}

/**
 * Ids for the pipeline pages' placeholders, from the demo data. For ownership pages: 'own'
 * belongs to the demo employer's company, 'foreign' to another company.
 */
export const proposalResolvers: Record<string, SampleIdResolver> = {
  pipelineVacancyId: async (db, { demoEmployerId }) => ({
    own: first(
      await db
        .select({ id: vacancies.id })
        .from(vacancies)
        .where(and(eq(vacancies.employerId, demoEmployerId), eq(vacancies.status, 'open')))
        .limit(1),
      'open vacancy of the demo employer',
    ).id,
    foreign: first(
      await db.select({ id: vacancies.id }).from(vacancies).where(ne(vacancies.employerId, demoEmployerId)).limit(1),
      'vacancy of another employer',
    ).id,
  }),
  matchSeekerId: async (db) => ({
    own: first(await db.select({ id: jobSeekers.id }).from(jobSeekers).where(isNull(jobSeekers.erasedAt)).limit(1), 'job seeker').id,
  }),
  proposalId: async (db, { demoEmployerId }) => ({
    own: first(
      await db
        .select({ id: proposals.id })
        .from(proposals)
        .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
        .where(eq(vacancies.employerId, demoEmployerId))
        .limit(1),
      'proposal to the demo employer',
    ).id,
    foreign: first(
      await db
        .select({ id: proposals.id })
        .from(proposals)
        .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
        .where(ne(vacancies.employerId, demoEmployerId))
        .limit(1),
      'proposal to another employer',
    ).id,
  }),
};
