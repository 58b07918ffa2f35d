/**
 * The brake on bulk reading: how many full profiles and exports one user may open per clock
 * hour, and how long going over blocks further reads. The defaults are far above a working
 * day (a busy caseworker opens a few dozen profiles an hour) and far below what a script does
 * (the penetration test read 6,000 profiles a minute).
 */
export interface ReadLimits {
  profileViewsPerHour: number;
  exportsPerHour: number;
  blockMinutes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { profileViewsPerHour: 120, exportsPerHour: 20, blockMinutes: 60 };

function positiveInteger(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > max) {
    // A typo must not silently switch the brake off: refuse to start with a clear message.
    throw new Error(`${name}="${value}" is not valid: expected a whole number above 0 and at most ${max}.`);
  }
  return n;
}

/** READ_LIMIT_PROFILE_VIEWS_PER_HOUR, READ_LIMIT_EXPORTS_PER_HOUR and READ_LIMIT_BLOCK_MINUTES, validated. */
export function readLimitsFromEnv(env: Record<string, string | undefined> = process.env): ReadLimits {
  return {
    profileViewsPerHour: positiveInteger(
      'READ_LIMIT_PROFILE_VIEWS_PER_HOUR',
      env.READ_LIMIT_PROFILE_VIEWS_PER_HOUR,
      DEFAULT_READ_LIMITS.profileViewsPerHour,
      100_000,
    ),
    exportsPerHour: positiveInteger('READ_LIMIT_EXPORTS_PER_HOUR', env.READ_LIMIT_EXPORTS_PER_HOUR, DEFAULT_READ_LIMITS.exportsPerHour, 100_000),
    blockMinutes: positiveInteger('READ_LIMIT_BLOCK_MINUTES', env.READ_LIMIT_BLOCK_MINUTES, DEFAULT_READ_LIMITS.blockMinutes, 24 * 60),
  };
}

/** The start of the clock hour `now` falls in: the counting window. */
export function readWindowStart(now: Date): Date {
  const start = new Date(now);
  start.setUTCMinutes(0, 0, 0);
  return start;
}
