import type { Database } from '@/db/client';
import { jobSeekerLanguages, jobSeekerQualifications, jobSeekers, type vacancies } from '@/db/schema';
import type { CefrLevel, RecognitionStatus } from '@/db/schema/enums';
import { placeId } from './vacancies';

let counter = 0;

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

/**
 * The vacancy the matching tests score against (for makeVacancy in ./vacancies): a care job in
 * Gronau asking B1 German and a recognised MBO-3 care diploma.
 */
export const careVacancy = {
  title: 'Pflegefachkraft (m/w/d)',
  description: 'Wir suchen Verstärkung für unser Team.',
  occupationCode: '82102',
  payMin: 3200,
  payMax: 3900,
  germanLevel: 'B1',
  qualificationRequired: 'mbo3_verzorgende_ig',
  recognitionRequired: true,
  startDate: '2027-01-01',
  positions: 2,
  publishedAt: null,
} as const satisfies Partial<typeof vacancies.$inferInsert>;
