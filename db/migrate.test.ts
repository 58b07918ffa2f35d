import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { DatabaseHandle } from './client';
import { migrateDatabase } from './migrate';
import { employers, jobSeekers, places, placements, users, yearlyTargets } from './schema';
import { createTestDatabase, resetDatabase } from './testing';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

async function anEmployerAndSeeker() {
  const [place] = await handle.db.select().from(places).where(eq(places.name, 'Gronau (Westf.)'));
  const [employer] = await handle.db
    .insert(employers)
    .values({ name: 'Haus Sonnenblick', sector: 'elderly_care', placeId: place!.id, postcode: '48599' })
    .returning();
  const [seeker] = await handle.db.insert(jobSeekers).values({ clientNumber: 'WP-1', firstName: 'Anna', lastName: 'Jansen' }).returning();
  return { employer: employer!, seeker: seeker! };
}

describe('migrations and reference data', () => {
  it('loads the places and default targets, and can run twice', async () => {
    await migrateDatabase(handle);
    const [{ n }] = (await handle.db.select({ n: count() }).from(places)) as [{ n: number }];
    expect(n).toBe(35);
    const targets = await handle.db.select().from(yearlyTargets).where(eq(yearlyTargets.year, 2026));
    expect(targets.map((t) => [t.funding, t.target]).sort()).toEqual([
      ['regular', 50],
      ['sib', 30],
    ]);
  });
});

describe('constraints the database enforces', () => {
  it('refuses the same person starting twice with the same employer on the same day', async () => {
    const { employer, seeker } = await anEmployerAndSeeker();
    const placement = {
      jobSeekerId: seeker.id,
      employerId: employer.id,
      startDate: '2026-03-01',
      funding: 'regular' as const,
      jobTitle: 'Altenpflegehelferin',
      hoursPerWeek: 32,
      contract: 'permanent' as const,
    };
    await handle.db.insert(placements).values(placement);
    await expect(handle.db.insert(placements).values(placement)).rejects.toThrow();
  });

  it('refuses an employer user without an employer, and staff with one', async () => {
    await expect(handle.db.insert(users).values({ email: 'a@b.de', name: 'A', passwordHash: 'x', role: 'employer' })).rejects.toThrow();
    const { employer } = await anEmployerAndSeeker();
    await expect(
      handle.db.insert(users).values({ email: 'c@d.nl', name: 'C', passwordHash: 'x', role: 'caseworker', employerId: employer.id }),
    ).rejects.toThrow();
  });

  it('refuses e-mail addresses that differ only in case', async () => {
    await handle.db.insert(users).values({ email: 'Piet@Werkplein.nl', name: 'P', passwordHash: 'x', role: 'caseworker' });
    await expect(handle.db.insert(users).values({ email: 'piet@werkplein.nl', name: 'P2', passwordHash: 'x', role: 'manager' })).rejects.toThrow();
  });

  it('refuses available-from before birth and consent ending before it began', async () => {
    await expect(
      handle.db.insert(jobSeekers).values({
        clientNumber: 'WP-2',
        firstName: 'B',
        lastName: 'C',
        dateOfBirth: '1990-05-01',
        availableFrom: '1980-01-01',
      }),
    ).rejects.toThrow();
    await expect(
      handle.db.insert(jobSeekers).values({
        clientNumber: 'WP-3',
        firstName: 'B',
        lastName: 'C',
        consentGivenOn: '2026-05-01',
        consentUntil: '2026-01-01',
      }),
    ).rejects.toThrow();
  });
});
