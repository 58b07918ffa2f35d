import { describe, expect, it } from 'vitest';
import { createContractSchema, parseEuroCents, saveOutcomeSchema } from './sib';

describe('parseEuroCents', () => {
  it('reads euro amounts as people type them into whole cents', () => {
    expect(parseEuroCents('2000')).toBe(200_000);
    expect(parseEuroCents('2.000')).toBe(200_000);
    expect(parseEuroCents('€ 3.000,00')).toBe(300_000);
    expect(parseEuroCents('1.234,5')).toBe(123_450);
    expect(parseEuroCents('0,07')).toBe(7);
    expect(parseEuroCents('650.000')).toBe(65_000_000);
  });
  it('refuses what is not an amount (no floats, no English decimals, no negatives)', () => {
    for (const bad of ['', '2,000.00', '-5', '1,234', '12.34', '1e5', 'abc', '2.00', '1.2345,00']) expect(parseEuroCents(bad)).toBeNull();
  });
});

describe('contract schemas', () => {
  it('an end before the start is refused on the end field', () => {
    const r = createContractSchema.safeParse({
      name: 'SIB',
      investor: 'Fonds',
      startsOn: '2026-01-01',
      endsOn: '2025-12-31',
      cap: '100.000',
      claimWindowWeeks: '13',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['endsOn', 'sib.periodOrder']]);
  });
  it('an outcome price above the maximum or a fraction of a cent is refused', () => {
    const base = {
      contractId: 1,
      version: 1,
      outcomeId: null,
      milestone: 'weeks_13',
      weeksAfterStart: '13',
      minHoursPerWeek: '16',
      countsPer: 'placement',
      evidenceNeeded: 'Loonstroken',
    };
    expect(saveOutcomeSchema.safeParse({ ...base, price: '3.000' }).data?.price).toBe(300_000);
    expect(saveOutcomeSchema.safeParse({ ...base, price: '3.000,001' }).success).toBe(false);
    expect(saveOutcomeSchema.safeParse({ ...base, price: '2.000.000' }).success).toBe(false);
  });
});
