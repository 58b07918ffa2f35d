import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, readLimitsFromEnv, readWindowStart } from './read-limits';

describe('read limits from the environment', () => {
  it('defaults far above a working day', () => {
    expect(readLimitsFromEnv({})).toEqual(DEFAULT_READ_LIMITS);
    expect(DEFAULT_READ_LIMITS).toEqual({ profileViewsPerHour: 120, exportsPerHour: 20, blockMinutes: 60 });
  });
  it('reads the three settings', () => {
    expect(readLimitsFromEnv({ READ_LIMIT_PROFILE_VIEWS_PER_HOUR: '200', READ_LIMIT_EXPORTS_PER_HOUR: ' 5 ', READ_LIMIT_BLOCK_MINUTES: '15' })).toEqual({
      profileViewsPerHour: 200,
      exportsPerHour: 5,
      blockMinutes: 15,
    });
  });
  it.each(['0', '-1', '2.5', 'veel', '1e9'])('refuses %s instead of switching the brake off', (value) => {
    expect(() => readLimitsFromEnv({ READ_LIMIT_EXPORTS_PER_HOUR: value })).toThrow(/READ_LIMIT_EXPORTS_PER_HOUR/);
  });
  it('counts per clock hour', () => {
    expect(readWindowStart(new Date('2026-12-02T10:59:59.999Z'))).toEqual(new Date('2026-12-02T10:00:00Z'));
  });
});
