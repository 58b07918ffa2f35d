import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * TOTP (RFC 6238) as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps.
 * A code of the step before or after also counts (clocks drift); which step it was is returned,
 * so the caller can refuse a code of a step already used (replay).
 */
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Grenzeloos';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, label = 'Grenzeloos'): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, accountEmail: string): string {
  return totpFor(secretBase32, accountEmail).toString();
}

export function timeStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The current code: for the demo script and for tests that sign in as a demo account. */
export function totpCode(secretBase32: string, now: Date = new Date()): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}

/** The time step the code belongs to (now, one before or one after), or null for a wrong code. */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : timeStep(now) + delta;
}

/** Looks like a TOTP code (digits) rather than a recovery code (letters). */
export function isTotpShaped(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

// Recovery codes: 10 characters from an alphabet without look-alikes (0/O, 1/I/L), shown as xxxxx-xxxxx.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What is stored of a recovery code: the SHA-256 of its normalised form (case and dash do not matter). */
export function recoveryCodeHash(code: string): string {
  const normal = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return createHash('sha256').update(normal).digest('hex');
}

/**
 * The key that encrypts TOTP secrets at rest: derived (HKDF-SHA256) from MFA_ENCRYPTION_KEY, or
 * from NEXTAUTH_SECRET when that is not set. Losing or changing it makes every enrolled
 * authenticator unusable (admins then reset the second factors); keep it out of the database backups.
 */
export function secretKeyFrom(env: Record<string, string | undefined>): Buffer {
  const material = env.MFA_ENCRYPTION_KEY?.trim() || env.NEXTAUTH_SECRET?.trim() || (env.VITEST ? 'vitest-only-mfa-key' : '');
  if (!material) throw new Error('MFA_ENCRYPTION_KEY or NEXTAUTH_SECRET must be set to store second factors');
  return Buffer.from(hkdfSync('sha256', material, 'grenzeloos', 'totp-secret-v1', 32));
}

/** AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>", base64url; the user id is bound as associated data. */
export function sealSecret(key: Buffer, userId: number, secretBase32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const body = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

/** The secret back, or null when the ciphertext was made with another key or for another user. */
export function openSecret(key: Buffer, userId: number, sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`user:${userId}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
