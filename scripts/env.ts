import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * next-auth needs a secret. A new user should not have to make one: the first start writes
 * a random one to .env.local (git-ignored; Next reads it too). Set NEXTAUTH_SECRET to override.
 */
export function ensureAuthSecret(root = process.cwd()): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, '.env.local');
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const match = existing.match(/^NEXTAUTH_SECRET=(.+)$/m);
  if (match?.[1]) return match[1].trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}NEXTAUTH_SECRET=${secret}\n`, { mode: 0o600 });
  return secret;
}
