import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobSeekerLanguages, jobSeekerQualifications, jobSeekers, places, vacancies } from '@/db/schema';
import type { CefrLevel, RecognitionStatus } from '@/db/schema/enums';

let counter = 0;

async function placeId(db: Database, name: string): Promise<number> {
  const [p] = await db.select({ id: places.id }).from(places).where(eq(places.name, name));
  if (!p) throw new Error(`no place ${name}`);
  return p.id;
}

/** A job seeker who may be matched: consent given, active, with German and a diploma if asked. */
export async function makeJobSeeker(
  db: Database,
  options: {
    place?: string;
    german?: CefrLevel | null;
    qualification?: { code: string; recognition: RecognitionStatus } | null;
    caseworkerId?: number | null;
    consent?: boolean;
    maxCommuteKm?: number | null;
    lastName?: string;
    sibCohort?: boolean;
    status?: 'intake' | 'active' | 'in_training' | 'placed' | 'withdrawn';
  } = {},
): Promise<number> {
  counter += 1;
  const [row] = await db
    .insert(jobSeekers)
    .values({
      clientNumber: `T-${Date.now()}-${counter}`,
      firstName: 'Test',
      lastName: options.lastName ?? `Persoon ${counter}`,
      dateOfBirth: '1985-04-02',
      postcode: '7511 AB',
      placeId: await placeId(db, options.place ?? 'Enschede'),
      caseworkerId: options.caseworkerId ?? null,
      status: options.status ?? 'active',
      maxCommuteKm: options.maxCommuteKm === undefined ? 30 : options.maxCommuteKm,
      wantedSectors: ['elderly_care'],
      hoursMin: 24,
      hoursMax: 36,
      availableFrom: '2026-01-01',
      sibCohort: options.sibCohort ?? false,
      consentGivenOn: options.consent === false ? null : '2026-01-15',
      consentScope: options.consent === false ? [] : ['profile', 'languages', 'qualifications'],
    })
    .returning({ id: jobSeekers.id });
  const id = row!.id;
  await db.insert(jobSeekerLanguages).values({ jobSeekerId: id, language: 'nl', level: 'C2' });
  if (options.german !== null) await db.insert(jobSeekerLanguages).values({ jobSeekerId: id, language: 'de', level: options.german ?? 'B2' });
  if (options.qualification) {
    await db
      .insert(jobSeekerQualifications)
      .values({ jobSeekerId: id, qualification: options.qualification.code, recognitionStatus: options.qualification.recognition });
  }
  return id;
}

/** An open, complete vacancy. */
export async function makeVacancy(
  db: Database,
  employerId: number,
  options: { place?: string; german?: CefrLevel | null; qualification?: string | null; recognition?: boolean; title?: string; status?: 'draft' | 'open' | 'closed'; closingDate?: string | null } = {},
): Promise<number> {
  const [row] = await db
    .insert(vacancies)
    .values({
      employerId,
      title: options.title ?? 'Pflegefachkraft (m/w/d)',
      description: 'Wir suchen Verstärkung für unser Team.',
      textLanguage: 'de',
      sector: 'elderly_care',
      occupationCode: '82102',
      placeId: await placeId(db, options.place ?? 'Gronau (Westf.)'),
      hoursMin: 30,
      hoursMax: 38,
      contract: 'permanent',
      payMin: 3200,
      payMax: 3900,
      germanLevel: options.german === undefined ? 'B1' : options.german,
      qualificationRequired: options.qualification === undefined ? 'mbo3_verzorgende_ig' : options.qualification,
      recognitionRequired: options.recognition ?? true,
      startDate: '2027-01-01',
      positions: 2,
      status: options.status ?? 'open',
      closingDate: options.closingDate ?? null,
    })
    .returning({ id: vacancies.id });
  return row!.id;
}
