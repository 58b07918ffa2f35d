import { createHash, randomBytes } from 'node:crypto';

/**
 * API key secrets: 32 random bytes from the operating system's CSPRNG (256 bits), as
 * base64url behind a recognisable "gzk_" (so a leaked key is found by secret scanners and
 * people). Stored as SHA-256 only: a secret this random cannot be found from its hash by
 * trying, so the slow salted hash that passwords need buys nothing, and a plain hash lets
 * each request find its key through a unique index in one lookup.
 */
const PREFIX = 'gzk_';
/** Characters shown in lists and the audit trail: the marker and 8 of the random part. */
const SHOWN_PREFIX_LENGTH = PREFIX.length + 8;

export function newApiSecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, SHOWN_PREFIX_LENGTH), hash: hashApiSecret(secret) };
}

export function hashApiSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The secret of an `Authorization: Bearer <secret>` header, or null when it is not one. */
export function bearerSecret(header: string | null): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{10,100})$/.exec(header?.trim() ?? '');
  return match ? match[1]! : null;
}
