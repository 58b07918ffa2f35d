/**
 * How long a session lives. Idle timeout: no request for this long ends the session.
 * Absolute lifetime: a session ends this long after sign-in, however active it is.
 * Defaults follow the municipality's baseline (BIO / ASVS L2): 30 minutes idle, 12 hours.
 */
export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, maxHours: 12 };

/** Last-activity time is written at most this often per session. */
export const SESSION_TOUCH_SECONDS = 60;

function positive(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) {
    // A typo must not silently give endless sessions: refuse to start with a clear message.
    throw new Error(`${name}="${value}" is not valid: expected a number above 0 and at most ${max}.`);
  }
  return n;
}

/** SESSION_IDLE_MINUTES and SESSION_MAX_HOURS, validated. */
export function sessionPolicyFromEnv(env: Record<string, string | undefined> = process.env): SessionPolicy {
  return {
    idleMinutes: positive('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, DEFAULT_SESSION_POLICY.idleMinutes, 24 * 60),
    maxHours: positive('SESSION_MAX_HOURS', env.SESSION_MAX_HOURS, DEFAULT_SESSION_POLICY.maxHours, 24 * 30),
  };
}
