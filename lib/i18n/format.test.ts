import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatNumber } from './format';

describe('locale formatting', () => {
  it('formats a stored date the Dutch and the German way, on the same day', () => {
    expect(formatDate('nl', '2026-03-01')).toBe('1 mrt 2026');
    expect(formatDate('de', '2026-03-01')).toBe('01.03.2026');
    expect(formatDate('de', '2026-03-01', 'long')).toBe('1. März 2026');
  });
  it('formats numbers and money with the reader’s separators', () => {
    expect(formatNumber('nl', 12345.5)).toBe('12.345,5');
    expect(formatNumber('de', 12345.5)).toBe('12.345,5');
    expect(formatEuro('de', 2850)).toMatch(/^2\.850\s€$/);
    expect(formatEuro('nl', 2850)).toMatch(/^€\s2\.850$/);
  });
});
