import { demoAccounts } from '@/db/seed/demo-accounts';
import type { Role } from '@/db/schema/enums';

/** A demo account's session cookie, signed in the way the login form does it (next-auth credentials). */
export async function signInCookie(baseUrl: string, role: Role): Promise<string> {
  const account = demoAccounts.find((a) => a.role === role);
  if (!account) throw new Error(`faults: no demo account for ${role}`);
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: 'true' }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`faults: sign-in as ${role} failed (HTTP ${response.status})`);
  return session.split(';')[0]!;
}
