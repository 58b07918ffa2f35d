import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { insertPlacement, makeEmployerAt, makePerson } from '@/lib/testing/placements';
import { placementHistory } from './target-history';
import { yearPeople } from './target-people';

/**
 * Counted by hand: for 2026 the history is 2021..2025, per stream and start month.
 *   regular 2025: Jan 2, Jun 1   regular 2021: Dec 1   regular 2020: Mar 1 (too old)
 *   sib 2025: Apr 1              sib 2026: Feb 1 (the year itself: not history)
 */
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await resetDatabase(handle);
  const db = handle.db;
  const employerId = await makeEmployerAt(db, 'Sonnenhof', 'elderly_care', 'Gronau (Westf.)');
  const rows = [
    ['2025-01-02', 'regular'],
    ['2025-01-31', 'regular'],
    ['2025-06-30', 'regular'],
    ['2021-12-31', 'regular'],
    ['2020-03-01', 'regular'],
    ['2025-04-15', 'sib'],
    ['2026-02-01', 'sib'],
  ] as const;
  for (const [startDate, funding] of rows) {
    const jobSeekerId = await makePerson(db, { sibCohort: funding === 'sib' });
    await insertPlacement(db, { jobSeekerId, employerId, startDate, funding, caseworkerId: null, endDate: null });
  }
  // 2027, people: A twice regular, B regular then SIB, C SIB: 4 placements of 3 people.
  const [a, b, c] = [await makePerson(db), await makePerson(db, { sibCohort: true }), await makePerson(db, { sibCohort: true })];
  const other = await makeEmployerAt(db, 'Logistik Nord', 'logistics', 'Nordhorn');
  await insertPlacement(db, { jobSeekerId: a, employerId, startDate: '2027-02-01', funding: 'regular', caseworkerId: null, endDate: '2027-03-01' });
  await insertPlacement(db, { jobSeekerId: a, employerId: other, startDate: '2027-05-01', funding: 'regular', caseworkerId: null, endDate: null });
  await insertPlacement(db, { jobSeekerId: b, employerId, startDate: '2027-03-01', funding: 'regular', caseworkerId: null, endDate: '2027-04-01' });
  await insertPlacement(db, { jobSeekerId: b, employerId: other, startDate: '2027-06-01', funding: 'sib', caseworkerId: null, endDate: null });
  await insertPlacement(db, { jobSeekerId: c, employerId, startDate: '2027-07-01', funding: 'sib', caseworkerId: null, endDate: null });
});

afterAll(async () => {
  await handle?.close();
});

describe('placementHistory', () => {
  it('counts the earlier years per stream and start month, only years with placements', async () => {
    const history = await placementHistory(handle.db, 2026);
    const month = (...counts: [number, number][]) => {
      const perMonth = Array<number>(12).fill(0);
      for (const [m, c] of counts) perMonth[m - 1] = c;
      return perMonth;
    };
    expect(history.regular).toEqual([
      { year: 2021, perMonth: month([12, 1]) },
      { year: 2025, perMonth: month([1, 2], [6, 1]) },
    ]);
    expect(history.sib).toEqual([{ year: 2025, perMonth: month([4, 1]) }]);
  });
});

describe('yearPeople', () => {
  it('counts each person once per stream and once in the total', async () => {
    expect(await yearPeople(handle.db, 2027)).toEqual({ regular: 2, sib: 2, total: 3 });
    expect(await yearPeople(handle.db, 2025)).toEqual({ regular: 3, sib: 1, total: 4 });
    expect(await yearPeople(handle.db, 2019)).toEqual({ regular: 0, sib: 0, total: 0 });
  });
});
