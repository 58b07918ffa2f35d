import { expect, type Page, test } from '@playwright/test';
import { enterCode, signIn, signInAs, signOut, unusedTotpCode } from './helpers';

/**
 * The second factor end to end, with codes computed here from the secret the page shows (as an
 * authenticator app would): enrol, sign in with a code and with a recovery code, wrong and
 * reused codes refused, the admin's reset, and a role that must enrol before anything else.
 */

async function createAccount(admin: Page, input: { name: string; email: string; role: 'caseworker' | 'manager'; password: string }) {
  await admin.goto('/nl/admin/accounts');
  const form = admin.locator('form', { has: admin.getByRole('button', { name: 'Account aanmaken' }) });
  await form.getByLabel('Naam').fill(input.name);
  await form.getByLabel('E-mailadres').fill(input.email);
  await form.getByLabel('Rol').selectOption(input.role);
  await form.getByLabel('Eerste wachtwoord (leeg laten: uitnodiging per e-mail)').fill(input.password);
  await form.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(admin.getByTestId('create-account-message')).toContainText(input.email);
}

/** Starts the enrolment on My account, reads the secret under the QR code, confirms with a code. */
async function enrol(
  page: Page,
  labels: { start: string; code: string; confirm: string; done: string },
  email: string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const section = page.getByTestId('second-factor');
  await section.getByRole('button', { name: labels.start }).click();
  await expect(section.locator('svg')).toBeVisible();
  const secret = (await section.getByTestId('second-factor-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await section.getByLabel(labels.code).fill('000000');
  await section.getByRole('button', { name: labels.confirm }).click();
  await expect(section.getByText(/klopt niet|ist falsch/)).toBeVisible();
  await section.getByLabel(labels.code).fill(await unusedTotpCode(email, secret));
  await section.getByRole('button', { name: labels.confirm }).click();
  const list = section.getByTestId('recovery-codes');
  await expect(list).toBeVisible();
  const recoveryCodes = await list.getByRole('listitem').allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  await list.getByRole('button', { name: labels.done }).click();
  await expect(section.getByTestId('second-factor-active')).toBeVisible();
  return { secret, recoveryCodes };
}

const nlLabels = { start: 'Tweestapsverificatie instellen', code: 'Code uit de app', confirm: 'Bevestigen', done: 'Ik heb de codes bewaard' };
const deLabels = { start: 'Zwei-Faktor-Authentifizierung einrichten', code: 'Code aus der App', confirm: 'Bestätigen', done: 'Ich habe die Codes aufbewahrt' };

test('a caseworker enrols an authenticator app, signs in with codes and a recovery code, and an admin resets it (Dutch)', async ({ browser }) => {
  const email = `tweestap-${Date.now()}@werkplein.demo`;
  const password = 'Twee-stappen-2026!';
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, 'nl', 'admin');
  await createAccount(admin, { name: 'Tess Tweestap', email, role: 'caseworker', password });

  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'nl', email, password);
  await expect(page.getByText('Ingelogd als Tess Tweestap (Klantmanager)')).toBeVisible();
  await page.goto('/nl/account');
  const { secret, recoveryCodes } = await enrol(page, nlLabels, email);
  await signOut(page, 'nl');

  // The password alone no longer signs in: the code step comes; a wrong code is refused.
  await signIn(page, 'nl', email, password);
  await expect(page.getByRole('heading', { name: 'Tweede stap: code' })).toBeVisible();
  await enterCode(page, 'nl', '123456');
  await expect(page.getByTestId('sign-in-error')).toHaveText(/Deze code klopt niet of is al gebruikt/);
  // A recovery code works once.
  await enterCode(page, 'nl', recoveryCodes[0]!);
  await expect(page.getByText('Ingelogd als Tess Tweestap (Klantmanager)')).toBeVisible();
  await signOut(page, 'nl');
  await signIn(page, 'nl', email, password);
  await enterCode(page, 'nl', recoveryCodes[0]!);
  await expect(page.getByTestId('sign-in-error')).toHaveText(/Deze code klopt niet of is al gebruikt/);
  // A fresh code from the app works, and the same code a second time does not.
  const code = await unusedTotpCode(email, secret);
  await enterCode(page, 'nl', code);
  await expect(page.getByText('Ingelogd als Tess Tweestap (Klantmanager)')).toBeVisible();
  await signOut(page, 'nl');
  await signIn(page, 'nl', email, password);
  await enterCode(page, 'nl', code);
  await expect(page.getByTestId('sign-in-error')).toHaveText(/Deze code klopt niet of is al gebruikt/);

  // The admin sees the factor and resets it (audited); the password alone then signs in again.
  await admin.goto('/nl/admin/accounts');
  const row = admin.getByTestId(`account-${email}`);
  await expect(row.getByTestId(`second-factor-${email}`)).toHaveText('Tweestapsverificatie aan');
  admin.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: /Tweestapsverificatie resetten/ }).click();
  await expect(row.getByRole('status')).toContainText('is gereset');
  await expect(row.getByTestId(`second-factor-${email}`)).toHaveText('Geen tweestapsverificatie');
  await admin.goto('/nl/audit?action=second_factor.reset');
  await expect(admin.getByRole('main')).toContainText('second_factor.reset');

  await page.goto('/nl/login');
  await signIn(page, 'nl', email, password);
  await expect(page.getByText('Ingelogd als Tess Tweestap (Klantmanager)')).toBeVisible();
  await admin.context().close();
  await page.context().close();
});

test('a manager without a second factor must enrol before any other page (German)', async ({ browser }) => {
  const email = `zwei-faktor-${Date.now()}@werkplein.demo`;
  const password = 'Zwei-Faktoren-2026!';
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, 'nl', 'admin');
  await createAccount(admin, { name: 'Maren Pflicht', email, role: 'manager', password });
  await admin.context().close();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'de', email, password);
  await expect(page).toHaveURL(/\/de\/account\?secondFactor=required$/);
  await expect(page.getByTestId('second-factor-required')).toContainText('Für Ihre Rolle ist die Zwei-Faktor-Authentifizierung Pflicht');
  // Every other page sends back here.
  for (const path of ['/de/targets', '/de/audit', '/de']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/de\/account\?secondFactor=required$/);
  }
  await enrol(page, deLabels, email);
  await page.goto('/de/targets');
  await expect(page).toHaveURL(/\/de\/targets$/);
  await page.context().close();
});
