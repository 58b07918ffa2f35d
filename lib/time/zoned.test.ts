import { describe, expect, it } from 'vitest';
import { todayInAppZone, utcToZonedLocal, zonedLocalToUtc } from './zoned';

describe('zoned time', () => {
  it('reads local wall-clock time in winter and summer', () => {
    expect(zonedLocalToUtc('2026-12-01T10:30').toISOString()).toBe('2026-12-01T09:30:00.000Z');
    expect(zonedLocalToUtc('2026-07-01T10:30').toISOString()).toBe('2026-07-01T08:30:00.000Z');
  });
  it('round-trips', () => {
    expect(utcToZonedLocal(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29T03:30');
    expect(utcToZonedLocal(zonedLocalToUtc('2026-10-25T12:00'))).toBe('2026-10-25T12:00');
  });
  it('knows today in the Netherlands, not in UTC', () => {
    expect(todayInAppZone(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});
