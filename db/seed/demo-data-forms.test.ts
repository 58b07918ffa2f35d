import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNull } from 'drizzle-orm';
import { formInputOf } from '@/app/[lng]/(app)/job-seekers/_lib/page-helpers';
import { isEditable } from '@/lib/vacancies/status';
import { buildEmployerProfileSchema, employerProfileInput, updateEmployerSchema } from '@/lib/validation/employers';
import { updateJobSeekerSchema } from '@/lib/validation/job-seekers';
import { placementFormValues, updatePlacementSchema } from '@/lib/validation/placements';
import { buildVacancyFormSchema, updateVacancySchema, vacancyFormValues } from '@/lib/validation/vacancies';
import type { DatabaseHandle } from '../client';
import { getEmployerProfile } from '../queries/employers';
import { getJobSeekerLanguages, getJobSeekerPerson, getJobSeekerQualifications } from '../queries/job-seekers';
import { getPlacement } from '../queries/placements';
import { listPlaces } from '../queries/places';
import { getVacancy } from '../queries/vacancies';
import { employers, jobSeekers, placements, vacancies } from '../schema';
import { createTestDatabase } from '../testing';
import { seedDemoData } from './seed-demo-data';

/*
 * Every demo record, opened in its edit form exactly as the page fills it, must save
 * unchanged: the form's schema (client) and the action's schema (server) both accept it.
 * The demo texts have paragraphs and bullet lines, as real ones do.
 */

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemoData(handle.db, { today: new Date() });
}, 120_000);
afterAll(async () => handle?.close());

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

// One query per record, as the pages do: slow on a busy machine, so a wider timeout than the default.
describe('demo data saves unchanged through every edit form', { timeout: 180_000 }, () => {
  it('vacancies (the vacancy form)', async () => {
    const rows = await handle.db.select({ id: vacancies.id }).from(vacancies);
    expect(rows.length).toBeGreaterThan(10);
    const refused: string[] = [];
    let multiLine = 0;
    for (const { id } of rows) {
      const vacancy = (await getVacancy(handle.db, { kind: 'staff' }, id))!;
      if (!isEditable(vacancy.status)) continue;
      const initial = vacancyFormValues(vacancy, vacancy.status === 'draft' ? 'draft' : 'save');
      if (initial.description.includes('\n')) multiLine += 1;
      for (const [form, result] of [
        // As VacancyForm builds its schema when editing.
        ['form', buildVacancyFormSchema(undefined, (closingDate) => closingDate === initial.closingDate).safeParse(initial)],
        ['action', updateVacancySchema.safeParse({ ...initial, id, version: vacancy.version })],
      ] as const) {
        for (const p of problems(result)) refused.push(`vacancy ${id} (${vacancy.status}) ${form} ${p}`);
      }
    }
    expect(refused).toEqual([]);
    expect(multiLine, 'demo vacancy texts with paragraphs').toBeGreaterThan(0);
  });

  it('employers (the company profile)', async () => {
    const countries = new Map((await listPlaces(handle.db)).map((p) => [String(p.id), p.country]));
    const rows = await handle.db.select({ id: employers.id }).from(employers);
    expect(rows.length).toBeGreaterThan(3);
    const refused: string[] = [];
    for (const { id } of rows) {
      const initial = employerProfileInput(await getEmployerProfile(handle.db, id));
      for (const p of problems(buildEmployerProfileSchema((placeId) => countries.get(placeId)).safeParse(initial))) refused.push(`employer ${id} form ${p}`);
      for (const p of problems(updateEmployerSchema.safeParse({ ...initial, id }))) refused.push(`employer ${id} action ${p}`);
    }
    expect(refused).toEqual([]);
  });

  it('job seekers (the register form)', async () => {
    const rows = await handle.db.select({ id: jobSeekers.id }).from(jobSeekers).where(isNull(jobSeekers.erasedAt));
    expect(rows.length).toBeGreaterThan(20);
    const refused: string[] = [];
    for (const { id } of rows) {
      const person = (await getJobSeekerPerson(handle.db, id))!;
      const initial = formInputOf(person, await getJobSeekerLanguages(handle.db, id), await getJobSeekerQualifications(handle.db, id));
      for (const p of problems(updateJobSeekerSchema.safeParse({ ...initial, id, version: person.version }))) refused.push(`job seeker ${id} ${p}`);
    }
    expect(refused).toEqual([]);
  });

  it('placements (the placement form)', async () => {
    const rows = await handle.db.select({ id: placements.id }).from(placements);
    expect(rows.length).toBeGreaterThan(10);
    const refused: string[] = [];
    for (const { id } of rows) {
      const placement = (await getPlacement(handle.db, id))!;
      for (const p of problems(updatePlacementSchema.safeParse(placementFormValues(placement)))) refused.push(`placement ${id} ${p}`);
    }
    expect(refused).toEqual([]);
  });
});
