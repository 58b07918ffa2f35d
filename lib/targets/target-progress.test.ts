import { describe, expect, it } from 'vitest';
import { lastStartOldEnough, daysInYear, isLeapYear, monthlySeries, multiYearProgress, periodProgress, yearProgress } from './target-progress';
import { addDays, addMonths } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';

describe('calendar', () => {
  it('knows leap years, including the century rules', () => {
    expect([2024, 2028, 2000].map(isLeapYear)).toEqual([true, true, true]);
    expect([2025, 2026, 2100, 1900].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2026)).toBe(365);
  });

  it('adds months like PostgreSQL: the end of a short month caps the day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('finds the last start day old enough for a retention mark, month ends included', () => {
    expect(lastStartOldEnough('2026-06-15', 3)).toBe('2026-03-15');
    // 29, 30 and 31 January + 1 month are all 28 February (2026 is no leap year).
    expect(lastStartOldEnough('2026-02-28', 1)).toBe('2026-01-31');
    expect(lastStartOldEnough('2026-02-27', 1)).toBe('2026-01-27');
    expect(lastStartOldEnough('2024-02-29', 1)).toBe('2024-01-31');
    expect(lastStartOldEnough('2026-03-31', 1)).toBe('2026-02-28');
    expect(lastStartOldEnough('2026-03-01', 12)).toBe('2025-03-01');
    for (const [today, months] of [
      ['2026-02-28', 1],
      ['2026-04-30', 6],
      ['2025-02-28', 12],
    ] as const) {
      const last = lastStartOldEnough(today, months);
      expect(addMonths(last, months) <= today).toBe(true);
      expect(addMonths(addDays(last, 1), months) > today).toBe(true);
    }
  });

  it('takes today in Dutch time: 23:30 UTC on 31 December is already the new year in Enschede', () => {
    expect(todayInAppZone(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInAppZone(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(todayInAppZone(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});

describe('yearProgress', () => {
  it('a year not started: nothing elapsed, nothing expected, no forecast', () => {
    const p = yearProgress({ year: 2027, today: '2026-12-31', target: 50, counted: 2 });
    expect(p).toMatchObject({ phase: 'future', daysElapsed: 0, elapsedFraction: 0, expectedToDate: 0, forecast: null, status: 'notStarted', remaining: 48 });
  });

  it('1 January: the first day counts as gone', () => {
    const p = yearProgress({ year: 2026, today: '2026-01-01', target: 365, counted: 0 });
    expect(p.phase).toBe('running');
    expect(p.daysElapsed).toBe(1);
    expect(p.expectedToDate).toBeCloseTo(1);
    expect(p.forecast).toBe(0);
    expect(p.status).toBe('behind');
    expect(p.early).toBe(true);
  });

  it('31 December: the whole year has run but it is not over yet', () => {
    const p = yearProgress({ year: 2026, today: '2026-12-31', target: 50, counted: 49 });
    expect(p.phase).toBe('running');
    expect(p.daysElapsed).toBe(365);
    expect(p.elapsedFraction).toBe(1);
    expect(p.expectedToDate).toBe(50);
    expect(p.forecast).toBe(49);
    expect(p.status).toBe('behind');
    expect(p.early).toBe(false);
  });

  it('a year over: the forecast is the final count, met or missed', () => {
    expect(yearProgress({ year: 2025, today: '2026-01-01', target: 50, counted: 49 })).toMatchObject({
      phase: 'over',
      daysElapsed: 365,
      forecast: 49,
      status: 'missed',
      remaining: 1,
      aheadOfProRata: -1,
    });
    expect(yearProgress({ year: 2025, today: '2030-05-05', target: 30, counted: 31 })).toMatchObject({
      status: 'met',
      remaining: 0,
      progressFraction: 31 / 30,
    });
  });

  it('pro rata on the last day of June in a common year and in a leap year', () => {
    // 2026: 181 days of 365 by 30 June; 2024: 182 of 366.
    const common = yearProgress({ year: 2026, today: '2026-06-30', target: 50, counted: 25 });
    expect(common.daysElapsed).toBe(181);
    expect(common.expectedToDate).toBeCloseTo((50 * 181) / 365, 10);
    const leap = yearProgress({ year: 2024, today: '2024-06-30', target: 50, counted: 25 });
    expect(leap.daysElapsed).toBe(182);
    expect(leap.totalDays).toBe(366);
    expect(leap.expectedToDate).toBeCloseTo((50 * 182) / 366, 10);
    // 29 February exists only in the leap year.
    expect(yearProgress({ year: 2024, today: '2024-02-29', target: 366, counted: 0 }).daysElapsed).toBe(60);
    expect(yearProgress({ year: 2024, today: '2024-03-01', target: 366, counted: 0 }).expectedToDate).toBeCloseTo(61);
  });

  it('forecast at the current pace, rounded down, with an honest on-track / behind signal', () => {
    // Half a year (2026-07-02 is day 183 of 365 = 0.5014), 25 started: pace gives 49.86 -> 49: behind.
    const behind = yearProgress({ year: 2026, today: '2026-07-02', target: 50, counted: 25 });
    expect(behind.forecast).toBe(49);
    expect(behind.status).toBe('behind');
    // 26 started: 51.86 -> 51: on track.
    const onTrack = yearProgress({ year: 2026, today: '2026-07-02', target: 50, counted: 26 });
    expect(onTrack.forecast).toBe(51);
    expect(onTrack.status).toBe('onTrack');
    expect(onTrack.aheadOfProRata).toBe(1);
  });

  it('an exact pace is on track, not lost to floating point', () => {
    // 73 days of 365 is exactly a fifth: 10 started forecasts exactly 50.
    const p = yearProgress({ year: 2026, today: '2026-03-14', target: 50, counted: 10 });
    expect(p.daysElapsed).toBe(73);
    expect(p.forecast).toBe(50);
    expect(p.status).toBe('onTrack');
  });

  it('placements logged ahead count, but the pace is measured on those already started', () => {
    // 10 started by 14 March (a fifth of the year) + 5 starting later: pace 50, never below 15.
    const p = yearProgress({ year: 2026, today: '2026-03-14', target: 50, counted: 15, startedToDate: 10 });
    expect(p.forecast).toBe(50);
    expect(p.counted).toBe(15);
    const late = yearProgress({ year: 2026, today: '2026-01-02', target: 50, counted: 12, startedToDate: 0 });
    expect(late.forecast).toBe(12);
  });

  it('reached while the year runs, and a target of 0', () => {
    expect(yearProgress({ year: 2026, today: '2026-09-01', target: 30, counted: 30 }).status).toBe('reached');
    const zero = yearProgress({ year: 2026, today: '2026-09-01', target: 0, counted: 0 });
    expect(zero.status).toBe('reached');
    expect(zero.progressFraction).toBe(1);
  });

  it('refuses nonsense', () => {
    expect(() => periodProgress({ from: '2026-01-01', until: '2026-01-01', today: '2026-01-01', target: 1, counted: 0 })).toThrow(RangeError);
    expect(() => yearProgress({ year: 2026, today: '2026-01-01', target: -1, counted: 0 })).toThrow(RangeError);
  });
});

describe('multiYearProgress', () => {
  it('spreads a programme target over its years, leap day included', () => {
    // 2025, 2026 and 2027 are common years: 1095 days; 2023..2025 holds 29 February 2024.
    const p = multiYearProgress({ fromYear: 2025, toYear: 2027, today: '2026-07-02', target: 200, counted: 90 });
    expect(p.totalDays).toBe(1095);
    expect(p.daysElapsed).toBe(365 + 183);
    expect(p.expectedToDate).toBeCloseTo((200 * 548) / 1095, 10);
    expect(p.forecast).toBe(Math.floor(90 / (548 / 1095)));
    expect(p.status).toBe('behind');
    expect(multiYearProgress({ fromYear: 2023, toYear: 2025, today: '2026-01-01', target: 200, counted: 0 }).totalDays).toBe(365 + 366 + 365);
  });
});

describe('monthlySeries', () => {
  it('accumulates per month, stops after the current month, and draws the target line by days', () => {
    const points = monthlySeries(
      2026,
      '2026-03-10',
      365,
      new Map([
        [1, 4],
        [3, 2],
        [5, 1],
      ]),
    );
    expect(points.map((p) => p.cumulative)).toEqual([4, 4, 6, null, null, null, null, null, null, null, null, null]);
    expect(points[4]!.inMonth).toBe(1);
    expect(points.map((p) => Math.round(p.targetLine))).toEqual([31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]);
  });

  it("ends the count at today in the running month, against today's pro rata (as the card does)", () => {
    const points = monthlySeries(2026, '2026-12-01', 80, { 1: 30, 11: 30 });
    const december = points[11]!;
    expect([december.cumulative, december.asOf]).toEqual([60, '2026-12-01']);
    // 335 of 365 days gone: the card's expectedToDate, not the month-end 80.
    expect(december.expectedAsOf).toBeCloseTo(yearProgress({ year: 2026, today: '2026-12-01', target: 80, counted: 60 }).expectedToDate, 9);
    expect(december.expectedAsOf).toBeCloseTo(73.42, 2);
    expect(december.position).toBeCloseTo((12 * 335) / 365, 9);
    expect(december.targetLine).toBe(80);
    // Finished months stand at their last day.
    expect(points[10]!.asOf).toBe('2026-11-30');
    expect(points[10]!.position).toBeCloseTo((12 * 334) / 365, 9);
    expect(points[10]!.expectedAsOf).toBeCloseTo(points[10]!.targetLine, 9);
  });

  it('a leap year gets its 29 February in the line; a year over has all months, a year ahead none', () => {
    const leap = monthlySeries(2024, '2025-01-01', 366, {});
    expect(leap[1]!.targetLine).toBe(60);
    expect(leap.every((p) => p.cumulative === 0)).toBe(true);
    expect(monthlySeries(2027, '2026-12-31', 50, { 1: 3 }).every((p) => p.cumulative === null)).toBe(true);
  });
});
