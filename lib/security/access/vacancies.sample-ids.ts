import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { employers, vacancies } from '@/db/schema';
import type { SampleIdResolver } from '@/e2e/sample-ids';

function first<T>(rows: T[], what: string): T {
  if (!rows[0]) throw new Error(`lib/security/access/vacancies.sample-ids.ts: the demo data has no ${what}`);
  return rows[0];
}

/**
 * Ids for the vacancy and employer pages' placeholders, from the demo data. 'own' belongs to the
 * demo employer's company (Seniorenzentrum Sonnenhof Gronau), 'foreign' to another company.
 * The vacancy is one that can still be edited, so the edit page shows its form.
 */
export const vacancyResolvers: Record<string, SampleIdResolver> = {
  vacancyId: async (db, { demoEmployerId }) => {
    const editable = inArray(vacancies.status, ['open', 'paused', 'draft']);
    const pick = async (whose: ReturnType<typeof eq>, what: string) =>
      first(await db.select({ id: vacancies.id }).from(vacancies).where(and(whose, editable)).orderBy(asc(vacancies.id)).limit(1), what).id;
    return {
      own: await pick(eq(vacancies.employerId, demoEmployerId), 'editable vacancy of the demo employer'),
      foreign: await pick(ne(vacancies.employerId, demoEmployerId), 'editable vacancy of another employer'),
    };
  },
  employerId: async (db, { demoEmployerId }) => ({
    own: first(await db.select({ id: employers.id }).from(employers).where(eq(employers.id, demoEmployerId)), 'demo employer').id,
  }),
};
