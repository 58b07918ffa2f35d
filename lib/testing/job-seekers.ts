import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobSeekerLanguages, jobSeekers, places } from '@/db/schema';
import type { CefrLevel } from '@/db/schema/enums';
import { jobSeekerSchema, type JobSeekerValues } from '@/lib/validation/job-seekers';

let counter = 0;

export async function placeId(db: Database, name: string): Promise<number> {
  const [row] = await db.select({ id: places.id }).from(places).where(eq(places.name, name));
  if (!row) throw new Error(`no place ${name}`);
  return row.id;
}

type SeekerRow = typeof jobSeekers.$inferInsert;

/** Inserts a job seeker directly (no form rules), with an optional German level; returns the id. */
export async function makeJobSeeker(db: Database, values: Partial<SeekerRow> & { place?: string; german?: CefrLevel | null } = {}): Promise<number> {
  counter += 1;
  const { place = 'Enschede', german = null, ...rest } = values;
  const [row] = await db
    .insert(jobSeekers)
    .values({
      clientNumber: `T-${counter}-${Math.random().toString(36).slice(2, 7)}`.toUpperCase(),
      firstName: `Voornaam${counter}`,
      lastName: `Achternaam${counter}`,
      dateOfBirth: '1985-01-01',
      postcode: '7511 AB',
      placeId: await placeId(db, place),
      hoursMin: 24,
      hoursMax: 32,
      ...rest,
    })
    .returning({ id: jobSeekers.id });
  if (german) await db.insert(jobSeekerLanguages).values({ jobSeekerId: row!.id, language: 'de', level: german });
  return row!.id;
}

/** What the registration form sends for one person (Sanne ter Horst of Enschede), parsed by its schema. */
export async function registrationValues(db: Database, overrides: Partial<JobSeekerValues> = {}): Promise<JobSeekerValues> {
  const parsed = jobSeekerSchema.parse({
    clientNumber: 'WP-5001',
    firstName: 'Sanne',
    lastName: 'ter Horst',
    email: 'sanne@example.com',
    phone: '06-11112222',
    dateOfBirth: '1979-11-02',
    postcode: '7511 AB',
    placeId: String(await placeId(db, 'Enschede')),
    languages: [
      { language: 'nl', level: 'C2' },
      { language: 'de', level: 'B1' },
    ],
    qualifications: [{ qualification: 'mbo3_verzorgende_ig', title: '', obtainedYear: '2001', recognitionStatus: 'applied', recognitionState: 'NW' }],
    drivingLicence: true,
    hasCar: false,
    maxCommuteKm: '35',
    wantedSectors: ['elderly_care'],
    hoursMin: '24',
    hoursMax: '32',
    availableFrom: '2026-08-01',
    sibCohort: false,
    consentGivenOn: '2026-01-15',
    consentScope: ['profile', 'languages'],
    consentUntil: '',
  });
  return { ...parsed, ...overrides };
}
