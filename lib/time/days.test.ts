import { describe, expect, it } from 'vitest';
import { maxDay, minDay, momentOn, nextWorkingDay, previousWorkingDay, yearOf } from './days';

describe('calendar days', () => {
  it('compares ISO days as days, not as numbers', () => {
    expect(minDay('2026-12-02', '2026-03-01', '2027-01-01')).toBe('2026-03-01');
    expect(maxDay('2026-12-02', '2026-03-01', '2027-01-01')).toBe('2027-01-01');
    expect(yearOf('2026-12-31')).toBe(2026);
  });

  it('moves a weekend day to the working day after or before, and leaves a working day alone', () => {
    // 5 December 2026 is a Saturday.
    expect(nextWorkingDay('2026-12-05')).toBe('2026-12-07');
    expect(nextWorkingDay('2026-12-06')).toBe('2026-12-07');
    expect(previousWorkingDay('2026-12-06')).toBe('2026-12-04');
    expect(nextWorkingDay('2026-12-02')).toBe('2026-12-02');
    expect(previousWorkingDay('2026-12-02')).toBe('2026-12-02');
  });

  it('places a moment on a day in UTC, whatever the machine zone', () => {
    expect(momentOn('2026-03-29', 8 * 60 + 15).toISOString()).toBe('2026-03-29T08:15:00.000Z');
  });
});
