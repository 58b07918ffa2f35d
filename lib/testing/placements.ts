import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { employers, jobSeekers, places, placements } from '@/db/schema';
import type { ContractType, FundingStream, Sector } from '@/db/schema/enums';

let counter = 0;

/** A job seeker with the least the register needs; `sibCohort` for SIB placements. */
export async function makePerson(
  db: Database,
  options: { sibCohort?: boolean; caseworkerId?: number | null; firstName?: string; lastName?: string; status?: 'intake' | 'active' } = {},
): Promise<number> {
  counter += 1;
  const [row] = await db
    .insert(jobSeekers)
    .values({
      clientNumber: `T-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      firstName: options.firstName ?? 'Test',
      lastName: options.lastName ?? `Persoon ${counter}`,
      sibCohort: options.sibCohort ?? false,
      caseworkerId: options.caseworkerId ?? null,
      status: options.status ?? 'active',
    })
    .returning({ id: jobSeekers.id });
  return row!.id;
}

/** An employer at a place (by name), or without a place. */
export async function makeEmployerAt(db: Database, name: string, sector: Sector, placeName: string | null): Promise<number> {
  let placeId: number | null = null;
  if (placeName) {
    const [place] = await db.select({ id: places.id }).from(places).where(eq(places.name, placeName));
    placeId = place!.id;
  }
  const [row] = await db.insert(employers).values({ name, sector, placeId }).returning({ id: employers.id });
  return row!.id;
}

/** A placement row straight into the table (no checks, no side effects): for aggregate fixtures. */
export async function insertPlacement(
  db: Database,
  p: {
    jobSeekerId: number;
    employerId: number;
    startDate: string;
    funding: FundingStream;
    caseworkerId?: number | null;
    endDate?: string | null;
    contract?: ContractType;
  },
): Promise<number> {
  const [row] = await db
    .insert(placements)
    .values({
      jobSeekerId: p.jobSeekerId,
      employerId: p.employerId,
      startDate: p.startDate,
      funding: p.funding,
      caseworkerId: p.caseworkerId ?? null,
      endDate: p.endDate ?? null,
      endReason: p.endDate ? 'Proeftijd niet doorstaan' : null,
      jobTitle: 'Pflegehelferin',
      hoursPerWeek: 30,
      contract: p.contract ?? 'permanent',
    })
    .returning({ id: placements.id });
  return row!.id;
}
