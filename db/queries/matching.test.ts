import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { placements, proposals } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { matchesForSeeker, matchesForVacancy } from './matching';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());
beforeEach(async () => resetDatabase(handle));

const today = '2026-11-23';
const recognised = { code: 'mbo3_verzorgende_ig', recognition: 'recognised' as const };

describe('matchesForVacancy', () => {
  it('ranks the suitable, explains why, and leaves out the blocked and the already proposed', async () => {
    const db = handle.db;
    const employerId = await makeEmployer(db, 'Haus Sonnenblick');
    const vacancyId = await makeVacancy(db, employerId, careVacancy);
    const caseworker = await makeUser(db, 'caseworker');

    const perfect = await makeJobSeeker(db, { qualification: recognised, lastName: 'Perfect' }); // Enschede -> Gronau ~ 10 km
    const weakGerman = await makeJobSeeker(db, { german: 'A2', qualification: recognised, lastName: 'WeakGerman' });
    const far = await makeJobSeeker(db, { place: 'Almelo', maxCommuteKm: 15, qualification: recognised, lastName: 'Far' });
    const noDiploma = await makeJobSeeker(db, { lastName: 'NoDiploma' });
    await makeJobSeeker(db, { consent: false, qualification: recognised, lastName: 'NoConsent' });
    await makeJobSeeker(db, { status: 'withdrawn', qualification: recognised, lastName: 'Withdrawn' });
    const placed = await makeJobSeeker(db, { qualification: recognised, lastName: 'Placed' });
    await db.insert(placements).values({
      jobSeekerId: placed,
      employerId,
      startDate: '2026-06-01',
      funding: 'regular',
      jobTitle: 'Pflegehelfer',
      hoursPerWeek: 30,
      contract: 'permanent',
    });
    const proposed = await makeJobSeeker(db, { qualification: recognised, lastName: 'Proposed' });
    await db.insert(proposals).values({ vacancyId, jobSeekerId: proposed, proposedBy: caseworker.id });

    const result = await matchesForVacancy(db, vacancyId, { today });
    const ids = result!.matches.map((m) => m.item.id);
    expect(ids).toEqual([perfect, weakGerman, far, noDiploma]);
    const top = result!.matches[0]!;
    expect(top.match.score).toBe(100);
    expect(top.item.distanceKm).toBeGreaterThan(8);
    expect(top.item.distanceKm).toBeLessThan(12);
    expect(result!.matches[1]!.match.reasons).toContainEqual({ code: 'germanBelow', tone: 'warn', params: { have: 'A2', need: 'B1' } });
    expect(result!.matches[3]!.match.reasons).toContainEqual({ code: 'qualificationMissing', tone: 'bad', params: { need: 'mbo3_verzorgende_ig' } });
  });

  it('answers null for a vacancy that does not exist', async () => {
    expect(await matchesForVacancy(handle.db, 999, { today })).toBeNull();
  });
});

describe('matchesForSeeker', () => {
  it('ranks open vacancies for one person and skips closed, expired, draft and already proposed ones', async () => {
    const db = handle.db;
    const employerId = await makeEmployer(db, 'Pflege Nordhorn');
    const caseworker = await makeUser(db, 'caseworker');
    const near = await makeVacancy(db, employerId, { ...careVacancy, title: 'Nah' });
    const farAway = await makeVacancy(db, employerId, { ...careVacancy, place: 'Osnabrück', title: 'Weit' });
    const needsC1 = await makeVacancy(db, employerId, { ...careVacancy, germanLevel: 'C1', title: 'C1' });
    await makeVacancy(db, employerId, { ...careVacancy, status: 'closed', title: 'Zu' });
    await makeVacancy(db, employerId, { ...careVacancy, status: 'draft', title: 'Entwurf' });
    await makeVacancy(db, employerId, { ...careVacancy, closingDate: '2026-11-01', title: 'Abgelaufen' });
    const already = await makeVacancy(db, employerId, { ...careVacancy, title: 'Schon vorgeschlagen' });
    const person = await makeJobSeeker(db, { german: 'B1', qualification: recognised });
    await db.insert(proposals).values({ vacancyId: already, jobSeekerId: person, proposedBy: caseworker.id });

    const result = await matchesForSeeker(db, person, { today });
    expect(result!.matches.map((m) => m.item.id)).toEqual([near, farAway, needsC1]);
    expect(result!.matches[0]!.match.score).toBe(100);
    expect(result!.matches[2]!.match.reasons).toContainEqual({ code: 'germanBelow', tone: 'bad', params: { have: 'B1', need: 'C1' } });
  });
});
