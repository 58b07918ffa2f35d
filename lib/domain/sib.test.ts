import { describe, expect, it } from 'vitest';
import { contractPeriods, periodDays, quarterDays, quarterOf } from './sib';

describe('SIB periods', () => {
  it('names the quarter of a day', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-06-30')).toBe('2026-Q2');
    expect(quarterOf('2026-10-01')).toBe('2026-Q4');
  });

  it('gives first and last day of quarters and years, nothing for other text', () => {
    expect(quarterDays('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterDays('2026-Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodDays('2027')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(periodDays('2026-Q5')).toBeNull();
    expect(periodDays('')).toBeNull();
  });

  it('lists the quarters a contract runs through, with its years when asked', () => {
    const contract = { startsOn: '2026-03-01', endsOn: '2027-02-28' };
    expect(contractPeriods(contract)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
    expect(contractPeriods(contract, true).slice(0, 6)).toEqual(['2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027']);
  });
});
