import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { POST as setPasswordRoute } from '@/app/api/account/password/route';
import { POST as resetRoute } from '@/app/api/account/password-reset/route';
import { createAccountToken } from '@/db/queries/account-tokens';
import { RESET_POLICY } from '@/db/queries/my-account';
import { auditEvents, userSessions, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { checkSignIn } from '@/lib/auth/sign-in';
import { makeUser, TEST_PASSWORD } from '@/lib/testing/users';
import { createAccountAction } from './accounts';
import { changeLanguageAction, changePasswordAction } from './my-account';

withTestDatabase();

async function mailJobs(): Promise<{ kind: string; userId: number; invitedBy?: number }[]> {
  const result = await handle.db.execute(sql`select data from pgboss.job where name = 'mail' order by created_on`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { data: { kind: string; userId: number } }[];
  return rows.map((r) => r.data);
}

const post = (route: (r: Request) => Promise<Response>, body: unknown, contentType = 'application/json') =>
  route(new Request('http://localhost/api/account', { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) }));

describe('My account', () => {
  it('counts wrong current passwords like wrong sign-ins: five lock the account, also against the right one', async () => {
    const me = await makeUser(handle.db, 'caseworker');
    signedInAs(me);
    const attempt = (currentPassword: string) =>
      changePasswordAction({ currentPassword, password: 'Nieuw-Wachtwoord-2026', confirmPassword: 'Nieuw-Wachtwoord-2026' });

    for (let i = 0; i < 3; i++) expect(await attempt('not my password')).toMatchObject({ fieldErrors: { currentPassword: 'currentPasswordWrong' } });
    const [afterThree] = await handle.db.select().from(users).where(eq(users.id, me.id));
    expect(afterThree!.failedSignIns).toBe(3);
    expect(await attempt('still not it')).toMatchObject({ fieldErrors: { currentPassword: 'currentPasswordWrong' } });
    expect(await attempt('the fifth wrong one')).toMatchObject({ fieldErrors: { currentPassword: 'currentPasswordLocked' } });

    expect(await attempt(TEST_PASSWORD)).toMatchObject({ fieldErrors: { currentPassword: 'currentPasswordLocked' } });
    const [row] = await handle.db.select().from(users).where(eq(users.id, me.id));
    expect(await verifyPassword(row!.passwordHash, TEST_PASSWORD)).toBe(true);
    expect(await checkSignIn(handle.db, { email: me.email, password: TEST_PASSWORD })).toMatchObject({ ok: false, code: 'locked' });

    const rows = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorId, me.id));
    const reasons = rows.filter((r) => r.action.startsWith('sign_in.')).map((r) => [r.action, (r.details as { reason?: string }).reason]);
    expect(reasons).toEqual([
      ...Array(4).fill(['sign_in.failed', 'wrong_current_password']),
      ['sign_in.locked', 'wrong_current_password'],
      ['sign_in.failed', 'locked_current_password'],
      ['sign_in.failed', 'locked'],
    ]);
  });

  it('a right current password clears earlier wrong ones', async () => {
    const me = await makeUser(handle.db, 'manager');
    signedInAs(me);
    const attempt = (currentPassword: string) =>
      changePasswordAction({ currentPassword, password: 'Nieuw-Wachtwoord-2026', confirmPassword: 'Nieuw-Wachtwoord-2026' });
    for (let i = 0; i < 4; i++) await attempt('not my password');
    expect(await attempt(TEST_PASSWORD)).toMatchObject({ ok: true });
    const [row] = await handle.db.select().from(users).where(eq(users.id, me.id));
    expect(row!.failedSignIns).toBe(0);
  });

  it('changes the password only with the current one, refuses a guessable one, ends the other sessions', async () => {
    const me = await makeUser(handle.db, 'caseworker', { name: 'Kees Klant' });
    signedInAs(me);
    await handle.db.insert(userSessions).values([{ userId: me.id }, { userId: me.id }]);

    const wrong = await changePasswordAction({
      currentPassword: 'not my password',
      password: 'Nieuw-Wachtwoord-2026',
      confirmPassword: 'Nieuw-Wachtwoord-2026',
    });
    expect(wrong).toEqual({ ok: false, code: 'invalid', fieldErrors: { currentPassword: 'currentPasswordWrong' } });
    const weak = await changePasswordAction({ currentPassword: TEST_PASSWORD, password: 'Wachtwoord2026', confirmPassword: 'Wachtwoord2026' });
    expect(weak).toEqual({ ok: false, code: 'invalid', fieldErrors: { password: 'passwordGuessable' } });
    const ownName = await changePasswordAction({ currentPassword: TEST_PASSWORD, password: 'KeesKlant2026!', confirmPassword: 'KeesKlant2026!' });
    expect(ownName).toMatchObject({ ok: false, fieldErrors: { password: 'passwordGuessable' } });
    const mismatch = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      password: 'Nieuw-Wachtwoord-2026',
      confirmPassword: 'Nieuw-Wachtwoord-2025',
    });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: 'passwordMismatch' } });

    const done = await changePasswordAction({ currentPassword: TEST_PASSWORD, password: 'Nieuw-Wachtwoord-2026', confirmPassword: 'Nieuw-Wachtwoord-2026' });
    expect(done).toEqual({ ok: true, data: { endedSessions: 2 } });
    const [row] = await handle.db.select().from(users).where(eq(users.id, me.id));
    expect(await verifyPassword(row!.passwordHash, 'Nieuw-Wachtwoord-2026')).toBe(true);
    expect(
      await handle.db
        .select()
        .from(userSessions)
        .where(and(eq(userSessions.userId, me.id), isNull(userSessions.endedAt))),
    ).toEqual([]);
    expect(await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'account.password_change'))).toHaveLength(1);
  });

  it('changes the language of the own account', async () => {
    const me = await makeUser(handle.db, 'manager');
    signedInAs(me);
    expect(await changeLanguageAction({ locale: 'de' })).toEqual({ ok: true, data: { locale: 'de' } });
    const [row] = await handle.db.select().from(users).where(eq(users.id, me.id));
    expect(row!.locale).toBe('de');
  });
});

describe('invitation by an admin', () => {
  it('creates the account without a usable password and queues the invitation in the same transaction', async () => {
    const admin = await makeUser(handle.db, 'admin');
    signedInAs(admin);
    const result = await createAccountAction({
      name: 'Nieuwe Collega',
      email: 'nieuw@werkplein.example',
      role: 'caseworker',
      employerId: '',
      locale: 'nl',
      password: '',
    });
    expect(result).toMatchObject({ ok: true, data: { invited: true } });
    const id = (result as { data: { id: number } }).data.id;
    expect(await mailJobs()).toEqual([{ kind: 'accountInvite', userId: id, invitedBy: admin.id }]);
    expect((await checkSignIn(handle.db, { email: 'nieuw@werkplein.example', password: '!invited' })).ok).toBe(false);
    // The same address again: refused, and no second invitation.
    const again = await createAccountAction({
      name: 'Nog een',
      email: 'NIEUW@werkplein.example',
      role: 'caseworker',
      employerId: '',
      locale: 'nl',
      password: '',
    });
    expect(again).toEqual({ ok: false, code: 'invalid', fieldErrors: { email: 'emailTaken' } });
    expect(await mailJobs()).toHaveLength(1);
  });

  it('refuses a guessable first password', async () => {
    signedInAs(await makeUser(handle.db, 'admin'));
    const result = await createAccountAction({
      name: 'X',
      email: 'x@werkplein.example',
      role: 'manager',
      employerId: '',
      locale: 'nl',
      password: 'Passwort12345',
    });
    expect(result).toEqual({ ok: false, code: 'invalid', fieldErrors: { password: 'passwordGuessable' } });
  });
});

describe('forgot password and the link', () => {
  it('answers the same for a known and an unknown address; only the known one gets a mail job', async () => {
    const user = await makeUser(handle.db, 'employer');
    const unknown = await post(resetRoute, { email: 'niemand@nowhere.example', lng: 'de' });
    const known = await post(resetRoute, { email: user.email.toUpperCase(), lng: 'de' });
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);
    expect(await unknown.json()).toEqual(await known.json());
    // A second request within the minute: still the same answer, still one mail.
    expect((await post(resetRoute, { email: user.email, lng: 'de' })).status).toBe(200);
    expect(await mailJobs()).toEqual([{ kind: 'passwordReset', userId: user.id }]);
  });

  it('throttles per client address, refuses what is not JSON', async () => {
    for (let i = 0; i < RESET_POLICY.addressMaxRequests; i++) expect((await post(resetRoute, { email: `n${i}@nowhere.example`, lng: 'nl' })).status).toBe(200);
    const over = await post(resetRoute, { email: 'n@nowhere.example', lng: 'nl' });
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ ok: false, code: 'throttled' });
    expect((await post(resetRoute, { email: 'x@nowhere.example', lng: 'nl' }, 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  it('sets the password through a link once; a second use, a forged link and a weak password are refused clearly', async () => {
    const user = await makeUser(handle.db, 'employer', { name: 'Erika Muster' });
    const { token } = await createAccountToken(handle.db, { userId: user.id, purpose: 'reset' });
    const weak = await post(setPasswordRoute, { token, password: 'Passwort12345', confirmPassword: 'Passwort12345' });
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({ fieldErrors: { password: 'passwordGuessable' } });

    const ok = await post(setPasswordRoute, { token, password: 'Ein-neues-Konto-für-Gronau', confirmPassword: 'Ein-neues-Konto-für-Gronau' });
    expect(ok.status).toBe(200);
    expect((await checkSignIn(handle.db, { email: user.email, password: 'Ein-neues-Konto-für-Gronau' })).ok).toBe(true);

    const twice = await post(setPasswordRoute, { token, password: 'Noch-ein-Passwort-2026', confirmPassword: 'Noch-ein-Passwort-2026' });
    expect(twice.status).toBe(410);
    expect(await twice.json()).toEqual({ ok: false, code: 'link_used' });
    const forged = await post(setPasswordRoute, { token: 'x'.repeat(43), password: 'Noch-ein-Passwort-2026', confirmPassword: 'Noch-ein-Passwort-2026' });
    expect(await forged.json()).toEqual({ ok: false, code: 'link_unknown' });
  });
});
