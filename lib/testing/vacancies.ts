import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { places, vacancies } from '@/db/schema';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';

export async function placeId(db: Database, name: string): Promise<number> {
  const [row] = await db.select({ id: places.id }).from(places).where(eq(places.name, name));
  if (!row) throw new Error(`no place ${name}`);
  return row.id;
}

export function daysFromToday(days: number): string {
  return addDays(todayInAppZone(), days);
}

/**
 * The one vacancy fixture: a complete, published row (open unless told otherwise). `values` are
 * columns; `place` names the place instead of its id. Tests that need a richer vacancy spread a
 * preset (careVacancy in ./fixtures) into `values`.
 */
export async function makeVacancy(
  db: Database,
  employerId: number,
  { place, ...values }: Partial<typeof vacancies.$inferInsert> & { place?: string } = {},
): Promise<number> {
  const [row] = await db
    .insert(vacancies)
    .values({
      employerId,
      title: 'Altenpflegehelfer (m/w/d)',
      description: 'Wir suchen Verstärkung für unser Team.',
      textLanguage: 'de',
      sector: 'elderly_care',
      occupationCode: '82101',
      placeId: values.placeId ?? (await placeId(db, place ?? 'Gronau (Westf.)')),
      hoursMin: 30,
      hoursMax: 38,
      contract: 'permanent',
      payMin: 2600,
      payMax: 3000,
      germanLevel: 'B1',
      positions: 1,
      status: 'open',
      publishedAt: new Date(),
      ...values,
    })
    .returning({ id: vacancies.id });
  return row!.id;
}
