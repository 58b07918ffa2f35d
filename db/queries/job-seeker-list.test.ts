import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { makeJobSeeker } from '@/lib/testing/job-seekers';
import { makeUser } from '@/lib/testing/users';
import { listJobSeekers, type JobSeekerListFilters } from './job-seeker-list';

const today = '2026-06-15';
let handle: DatabaseHandle;
let _ids: Record<string, number>;
let caseworkers: { a: number; b: number };

beforeAll(async () => {
  handle = await createTestDatabase();
  await resetDatabase(handle);
  const db = handle.db;
  caseworkers = { a: (await makeUser(db, 'caseworker')).id, b: (await makeUser(db, 'caseworker')).id };
  const { a, b } = caseworkers;
  _ids = {
    anna: await makeJobSeeker(db, {
      clientNumber: 'WP-1001',
      firstName: 'Anna',
      lastName: 'Jansen',
      caseworkerId: a,
      status: 'active',
      place: 'Enschede',
      german: 'B2',
      wantedSectors: ['elderly_care'],
      consentGivenOn: '2026-01-01',
      consentScope: ['profile'],
      consentUntil: '2026-12-31',
      sibCohort: true,
      availableFrom: '2026-07-01',
      createdAt: new Date('2026-01-05T10:00:00Z'),
    }),
    bram: await makeJobSeeker(db, {
      clientNumber: 'WP-1002',
      firstName: 'Bram',
      lastName: 'de Vries',
      caseworkerId: a,
      status: 'intake',
      place: 'Hengelo',
      german: 'A2',
      wantedSectors: ['logistics'],
      availableFrom: '2026-09-01',
      createdAt: new Date('2026-02-05T10:00:00Z'),
    }),
    carla: await makeJobSeeker(db, {
      clientNumber: 'WP-2001',
      firstName: 'Carla',
      lastName: 'Smit',
      caseworkerId: b,
      status: 'active',
      place: 'Almelo',
      german: 'C1',
      wantedSectors: ['nursing', 'elderly_care'],
      consentGivenOn: '2025-01-01',
      consentScope: ['profile'],
      consentUntil: '2026-01-01',
      createdAt: new Date('2026-03-05T10:00:00Z'),
    }),
    dirk: await makeJobSeeker(db, {
      clientNumber: 'WP-2002',
      firstName: 'Dirk',
      lastName: 'Jansen',
      caseworkerId: b,
      status: 'placed',
      place: 'Losser',
      consentGivenOn: '2026-01-01',
      consentScope: ['profile'],
      consentWithdrawnAt: new Date('2026-04-01T09:00:00Z'),
      availableFrom: '2026-06-01',
      createdAt: new Date('2026-04-05T10:00:00Z'),
    }),
    eva: await makeJobSeeker(db, {
      clientNumber: 'WP-3001',
      firstName: 'Eva',
      lastName: 'Bakker',
      caseworkerId: a,
      status: 'active',
      place: 'Haaksbergen',
      german: 'B1',
      wantedSectors: ['elderly_care', 'cleaning'],
      consentGivenOn: '2026-06-01',
      consentScope: ['profile', 'cv'],
      createdAt: new Date('2026-05-05T10:00:00Z'),
    }),
    gone: await makeJobSeeker(db, {
      clientNumber: null,
      firstName: null,
      lastName: null,
      dateOfBirth: null,
      postcode: null,
      caseworkerId: a,
      status: 'placed',
      erasedAt: new Date(),
    }),
  };
});
afterAll(async () => handle?.close());

const base: JobSeekerListFilters = { sort: 'name', dir: 'asc', page: 1, pageSize: 25, today };
async function names(f: Partial<JobSeekerListFilters> = {}) {
  const { rows } = await listJobSeekers(handle.db, { ...base, ...f });
  return rows.map((r) => r.firstName);
}

describe('listJobSeekers: filters', () => {
  it('lists everyone not erased, sorted by last and first name', async () => {
    expect(await names()).toEqual(['Eva', 'Bram', 'Anna', 'Dirk', 'Carla']);
    const { total } = await listJobSeekers(handle.db, base);
    expect(total).toBe(5);
  });
  it('searches names (any part, all words) and client numbers (from the start)', async () => {
    expect(await names({ q: 'jansen' })).toEqual(['Anna', 'Dirk']);
    expect(await names({ q: 'anna jans' })).toEqual(['Anna']);
    expect(await names({ q: 'VRIES' })).toEqual(['Bram']);
    expect(await names({ q: 'wp-20' })).toEqual(['Dirk', 'Carla']);
    expect(await names({ q: 'wp-20', dir: 'desc' })).toEqual(['Carla', 'Dirk']);
    expect(await names({ q: '%' })).toEqual([]);
  });
  it('filters by caseworker (my caseload)', async () => {
    expect(await names({ caseworkerId: caseworkers.a })).toEqual(['Eva', 'Bram', 'Anna']);
  });
  it('filters by status', async () => {
    expect(await names({ status: 'active' })).toEqual(['Eva', 'Anna', 'Carla']);
  });
  it('filters by German at least a level', async () => {
    expect(await names({ germanAtLeast: 'B1' })).toEqual(['Eva', 'Anna', 'Carla']);
    expect(await names({ germanAtLeast: 'C1' })).toEqual(['Carla']);
    expect(await names({ germanAtLeast: 'A1' })).toEqual(['Eva', 'Bram', 'Anna', 'Carla']);
  });
  it('filters by wanted sector', async () => {
    expect(await names({ sector: 'elderly_care' })).toEqual(['Eva', 'Anna', 'Carla']);
  });
  it('filters by home place, or by straight-line distance from any place', async () => {
    const { placeId } = await import('@/lib/testing/job-seekers');
    expect(await names({ placeId: await placeId(handle.db, 'Enschede') })).toEqual(['Anna']);
    const gronau = await placeId(handle.db, 'Gronau (Westf.)');
    const { rows } = await listJobSeekers(handle.db, { ...base, placeId: gronau, km: 12 });
    expect(rows.map((r) => r.firstName)).toEqual(['Anna', 'Dirk']);
    expect(rows[0]!.distanceKm).toBeGreaterThan(9);
    expect(rows[0]!.distanceKm).toBeLessThan(11);
    expect(await names({ placeId: gronau, km: 25 })).toEqual(['Eva', 'Bram', 'Anna', 'Dirk']);
  });
  it('filters by consent valid today (given, not withdrawn, not run out)', async () => {
    expect(await names({ consent: true })).toEqual(['Eva', 'Anna']);
    expect(await names({ consent: false })).toEqual(['Bram', 'Dirk', 'Carla']);
    expect(await names({ consent: true, today: '2026-05-01' })).toEqual(['Anna']);
  });
  it('filters by SIB cohort and by availability', async () => {
    expect(await names({ sib: true })).toEqual(['Anna']);
    expect(await names({ sib: false })).toEqual(['Eva', 'Bram', 'Dirk', 'Carla']);
    expect(await names({ availableBefore: '2026-07-01' })).toEqual(['Anna', 'Dirk']);
  });
  it('combines filters', async () => {
    expect(await names({ caseworkerId: caseworkers.a, status: 'active', germanAtLeast: 'B1', sector: 'elderly_care', consent: true, sib: true })).toEqual([
      'Anna',
    ]);
  });
  it('completes rows with place, caseworker, German level and consent', async () => {
    const { rows } = await listJobSeekers(handle.db, { ...base, q: 'WP-1001' });
    expect(rows[0]).toMatchObject({
      clientNumber: 'WP-1001',
      placeName: 'Enschede',
      germanLevel: 'B2',
      consentValid: true,
      sibCohort: true,
      caseworkerId: caseworkers.a,
    });
  });
});

describe('listJobSeekers: sorting and pages', () => {
  it('sorts by each column both ways', async () => {
    expect(await names({ sort: 'clientNumber' })).toEqual(['Anna', 'Bram', 'Carla', 'Dirk', 'Eva']);
    expect(await names({ sort: 'clientNumber', dir: 'desc' })).toEqual(['Eva', 'Dirk', 'Carla', 'Bram', 'Anna']);
    expect(await names({ sort: 'registered', dir: 'desc' })).toEqual(['Eva', 'Dirk', 'Carla', 'Bram', 'Anna']);
    expect(await names({ sort: 'place' })).toEqual(['Carla', 'Anna', 'Eva', 'Bram', 'Dirk']);
    expect(await names({ sort: 'status' })).toEqual(['Bram', 'Eva', 'Anna', 'Carla', 'Dirk']);
    // Unknown availability last, whichever way.
    expect(await names({ sort: 'availableFrom' })).toEqual(['Dirk', 'Anna', 'Bram', 'Carla', 'Eva']);
    expect(await names({ sort: 'availableFrom', dir: 'desc' })).toEqual(['Bram', 'Anna', 'Dirk', 'Eva', 'Carla']);
  });
  it('pages in the database, with the total of all pages', async () => {
    const page1 = await listJobSeekers(handle.db, { ...base, pageSize: 2 });
    const page3 = await listJobSeekers(handle.db, { ...base, pageSize: 2, page: 3 });
    const page4 = await listJobSeekers(handle.db, { ...base, pageSize: 2, page: 4 });
    expect(page1.rows.map((r) => r.firstName)).toEqual(['Eva', 'Bram']);
    expect(page3.rows.map((r) => r.firstName)).toEqual(['Carla']);
    expect(page4.rows).toEqual([]);
    expect([page1.total, page3.total, page4.total]).toEqual([5, 5, 5]);
  });
});
