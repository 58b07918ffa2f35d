import { demoAccounts } from '@/db/seed/demo-accounts';
import type { Role } from '@/db/schema/enums';

/** A demo account's session cookie (the fault run, the two-instance check), signed in the way the login form does it (next-auth credentials). */
export async function signInCookie(baseUrl: string, role: Role): Promise<string> {
  const account = demoAccounts.find((a) => a.role === role);
  if (!account) throw new Error(`faults: no demo account for ${role}`);
  const cookie = await trySignIn(baseUrl, account.email, account.password);
  if (!cookie) throw new Error(`faults: sign-in as ${role} failed`);
  return cookie;
}

/** The session cookie of a sign-in with these credentials, or null when it was refused. */
export async function trySignIn(baseUrl: string, email: string, password: string): Promise<string | null> {
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
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  await response.arrayBuffer();
  const session = response.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  return session ? session.split(';')[0]! : null;
}
