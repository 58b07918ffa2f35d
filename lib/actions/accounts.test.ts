import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { checkSignIn } from '@/lib/auth/sign-in';
import { auditEvents, users } from '@/db/schema';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { changeAccountRoleAction, createAccountAction, setAccountActiveAction } from './accounts';
import { createEmployerWithUserAction } from './employers';

withTestDatabase();

const validAccount = { name: 'Nieuwe Collega', email: 'nieuw@werkplein.nl', role: 'caseworker', employerId: '', locale: 'nl', password: 'twaalf-tekens-lang' };

/** Each admin action with an input that would succeed for an admin. */
async function actionsFor(target: { id: number }) {
  const employerId = await makeEmployer(handle.db, 'Ziel GmbH');
  return {
    'account.create': () => createAccountAction({ ...validAccount, email: `n${Math.random()}@werkplein.nl` }),
    'account.set_active': () => setAccountActiveAction({ userId: target.id, active: false }),
    'account.change_role': () => changeAccountRoleAction({ userId: target.id, role: 'manager' }),
    'employer.create_with_user': () =>
      createEmployerWithUserAction({
        name: 'Neue Pflege GmbH',
        street: '',
        postcode: '48599',
        placeId: '1',
        sector: 'elderly_care',
        website: '',
        userName: 'Erika Muster',
        userEmail: `e${employerId}${Math.random()}@pflege.de`,
        userLocale: 'de',
        userPassword: 'zwölf-zeichen-lang',
      }),
  };
}

describe('admin actions: role x action', () => {
  const expected = { admin: true, manager: false, caseworker: false, employer: false } as const;
  for (const [role, allowed] of Object.entries(expected) as [keyof typeof expected, boolean][]) {
    it(`${role}: ${allowed ? 'allowed' : 'refused'} on every admin action`, async () => {
      const actor = await makeUser(handle.db, role);
      const target = await makeUser(handle.db, 'caseworker');
      signedInAs(actor);
      for (const [name, run] of Object.entries(await actionsFor(target))) {
        const result = await run();
        if (allowed) expect(result, name).toMatchObject({ ok: true });
        else expect(result, name).toEqual({ ok: false, code: 'forbidden' });
      }
      if (!allowed) {
        const [stillThere] = await handle.db.select().from(users).where(eq(users.id, target.id));
        expect(stillThere!.active).toBe(true);
        expect(stillThere!.role).toBe('caseworker');
        const denied = await handle.db.select().from(auditEvents).where(eq(auditEvents.result, 'denied'));
        expect(denied.length).toBe(4);
      }
    });
  }

  it('nobody signed in: every admin action says unauthenticated and changes nothing', async () => {
    const target = await makeUser(handle.db, 'caseworker');
    const actions = await actionsFor(target);
    signedInAs(null);
    for (const [name, run] of Object.entries(actions)) {
      expect(await run(), name).toEqual({ ok: false, code: 'unauthenticated' });
    }
    expect((await handle.db.select().from(users)).length).toBe(1);
  });
});

describe('admin actions: rules', () => {
  it('re-validates on the server with the form schema', async () => {
    signedInAs(await makeUser(handle.db, 'admin'));
    const result = await createAccountAction({ ...validAccount, email: 'geen-email', password: 'kort' });
    expect(result).toEqual({ ok: false, code: 'invalid', fieldErrors: { email: 'email', password: 'passwordTooShort' } });
    expect(await createAccountAction({ ...validAccount, role: 'employer', employerId: '' })).toMatchObject({
      ok: false,
      fieldErrors: { employerId: 'employerRequired' },
    });
  });

  it('refuses a second account with the same e-mail, whatever its case', async () => {
    signedInAs(await makeUser(handle.db, 'admin'));
    expect(await createAccountAction(validAccount)).toMatchObject({ ok: true });
    expect(await createAccountAction({ ...validAccount, email: 'NIEUW@werkplein.nl' })).toEqual({
      ok: false,
      code: 'invalid',
      fieldErrors: { email: 'emailTaken' },
    });
  });

  it('an admin cannot deactivate or demote themselves', async () => {
    const admin = await makeUser(handle.db, 'admin');
    signedInAs(admin);
    expect(await setAccountActiveAction({ userId: admin.id, active: false })).toEqual({ ok: false, code: 'notYourself' });
    expect(await changeAccountRoleAction({ userId: admin.id, role: 'caseworker' })).toEqual({ ok: false, code: 'notYourself' });
  });

  it('deactivating and re-roling end the open sessions (session version bumps)', async () => {
    signedInAs(await makeUser(handle.db, 'admin'));
    const target = await makeUser(handle.db, 'caseworker');
    const before = (await handle.db.select().from(users).where(eq(users.id, target.id)))[0]!.sessionVersion;
    await changeAccountRoleAction({ userId: target.id, role: 'manager' });
    await setAccountActiveAction({ userId: target.id, active: false });
    const after = (await handle.db.select().from(users).where(eq(users.id, target.id)))[0]!;
    expect(after.sessionVersion).toBe(before + 2);
    expect(after.role).toBe('manager');
    expect(after.active).toBe(false);
  });

  it('an employer account keeps its role: it cannot be turned into staff', async () => {
    signedInAs(await makeUser(handle.db, 'admin'));
    const employerUser = await makeUser(handle.db, 'employer');
    expect(await changeAccountRoleAction({ userId: employerUser.id, role: 'manager' })).toEqual({ ok: false, code: 'invalid' });
  });

  it('invites the first user of a new employer when no password is typed: one mail job, audited in the same transaction', async () => {
    const admin = await makeUser(handle.db, 'admin');
    signedInAs(admin);
    const input = {
      name: 'Einladung Pflege GmbH',
      street: '',
      postcode: '48599',
      placeId: '1',
      sector: 'elderly_care',
      website: '',
      userName: 'Erika Einladung',
      userEmail: 'erika.einladung@pflege.de',
      userLocale: 'de',
      userPassword: '',
    };
    expect(await createEmployerWithUserAction({ ...input, userPassword: 'Passwort1234' })).toMatchObject({
      ok: false,
      fieldErrors: { userPassword: 'passwordGuessable' },
    });
    const result = await createEmployerWithUserAction(input);
    expect(result).toMatchObject({ ok: true, data: { invited: true } });
    if (!result.ok) return;
    const jobs = await handle.db.execute(sql`select data from pgboss.job where name = 'mail'`);
    const mails = ((Array.isArray(jobs) ? jobs : (jobs as { rows: unknown[] }).rows) as { data: { kind: string; userId: number } }[]).map((r) => r.data);
    expect(mails).toEqual([expect.objectContaining({ kind: 'accountInvite', userId: result.data.userId, invitedBy: admin.id })]);
    const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorId, admin.id));
    expect(audit.map((r) => r.action).sort()).toEqual(['account.create', 'employer.create']);
    expect(audit.find((r) => r.action === 'account.create')!.details).toMatchObject({ role: 'employer', invited: true });
    // No password works until the person chose one through the mailed link.
    expect(await checkSignIn(handle.db, { email: input.userEmail, password: '' })).toMatchObject({ ok: false });
  });

  it('creates an employer and its first user together, or neither', async () => {
    signedInAs(await makeUser(handle.db, 'admin'));
    const taken = (await makeUser(handle.db, 'caseworker')).email;
    const result = await createEmployerWithUserAction({
      name: 'Halbfertig GmbH',
      street: '',
      postcode: '48599',
      placeId: '1',
      sector: 'logistics',
      website: '',
      userName: 'Doppelt',
      userEmail: taken,
      userLocale: 'de',
      userPassword: 'zwölf-zeichen-lang',
    });
    expect(result).toEqual({ ok: false, code: 'invalid', fieldErrors: { userEmail: 'emailTaken' } });
    const { employers } = await import('@/db/schema');
    expect((await handle.db.select().from(employers).where(eq(employers.name, 'Halbfertig GmbH'))).length).toBe(0);
  });
});
