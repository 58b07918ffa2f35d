import { expect, test } from '@playwright/test';
import { demoTotpSecrets } from '@/db/seed/demo-accounts';
import { demo, enterCode, expectNoRawKeys, signIn, signInAs, signOut, unusedTotpCode, type DemoRole, type Lng } from './helpers';
import { mailTo, passwordLinkPath } from './mail';

const navByRole: Record<DemoRole, { visible: Record<Lng, string[]>; hidden: Record<Lng, string[]> }> = {
  admin: {
    visible: {
      nl: ['Overzicht', 'Vacatures', 'Werkgevers', 'Accounts', 'Werkgeversaccounts', 'Audittrail'],
      de: ['Übersicht', 'Stellenangebote', 'Arbeitgeber', 'Konten', 'Arbeitgeberkonten', 'Protokoll'],
    },
    hidden: { nl: ['Bedrijfsprofiel'], de: ['Unternehmensprofil'] },
  },
  manager: {
    visible: { nl: ['Overzicht', 'Vacatures', 'Audittrail'], de: ['Übersicht', 'Stellenangebote', 'Protokoll'] },
    hidden: { nl: ['Accounts', 'Werkgevers', 'Werkgeversaccounts'], de: ['Konten', 'Arbeitgeber', 'Arbeitgeberkonten'] },
  },
  caseworker: {
    visible: { nl: ['Overzicht', 'Vacatures', 'Werkgevers'], de: ['Übersicht', 'Stellenangebote', 'Arbeitgeber'] },
    hidden: { nl: ['Accounts', 'Werkgeversaccounts', 'Audittrail'], de: ['Konten', 'Arbeitgeberkonten', 'Protokoll'] },
  },
  employer: {
    visible: { nl: ['Overzicht', 'Onze vacatures', 'Bedrijfsprofiel'], de: ['Übersicht', 'Unsere Stellenangebote', 'Unternehmensprofil'] },
    hidden: { nl: ['Accounts', 'Werkgevers', 'Vacatures', 'Audittrail'], de: ['Konten', 'Arbeitgeber', 'Stellenangebote', 'Protokoll'] },
  },
};

test('the root sends visitors to their browser language, Dutch when unsure', async ({ browser }) => {
  for (const [locale, lng] of [
    ['de-DE', 'de'],
    ['nl-NL', 'nl'],
    ['fr-FR', 'nl'],
  ] as const) {
    // The context's locale is what Chromium sends as Accept-Language.
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${lng}/login`));
    await expect(page.locator('html')).toHaveAttribute('lang', lng);
    await context.close();
  }
});

test('health answers 200 with the database reachable', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok' });
});

for (const lng of ['nl', 'de'] as const) {
  for (const role of ['admin', 'manager', 'caseworker', 'employer'] as const) {
    test(`${role} signs in and out in ${lng} and sees the right navigation`, async ({ page }) => {
      await signInAs(page, lng, role);
      await expect(page).toHaveURL(new RegExp(`/${lng}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      const nav = page.getByRole('navigation', { name: lng === 'nl' ? 'Hoofdmenu' : 'Hauptmenü' });
      for (const label of navByRole[role].visible[lng]) await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
      for (const label of navByRole[role].hidden[lng]) await expect(nav.getByRole('link', { name: label, exact: true })).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(demo(role).name.split(' ')[0]!);
      await expectNoRawKeys(page);
      await signOut(page, lng);
    });
  }
}

test('pages are closed to visitors and to roles that may not use them', async ({ page }) => {
  const response = await page.goto('/de/admin/accounts');
  await expect(page).toHaveURL(/\/de\/login\?callbackUrl=%2Fde%2Fadmin%2Faccounts/);
  expect(response?.status()).toBe(200);

  // After signing in, the visitor lands where they wanted to go.
  await page.getByLabel('E-Mail-Adresse').fill(demo('admin').email);
  await page.getByLabel('Passwort').fill(demo('admin').password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  // The admin has a second factor: the code step comes, and after it the wanted page.
  await enterCode(page, 'de', await unusedTotpCode(demo('admin').email, demoTotpSecrets[demo('admin').email]!));
  await expect(page).toHaveURL(/\/de\/admin\/accounts$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Konten' })).toBeVisible();
  await signOut(page, 'de');

  for (const role of ['caseworker', 'manager', 'employer'] as const) {
    await signInAs(page, 'nl', role);
    for (const path of ['/nl/admin/accounts', '/nl/admin/employers']) {
      const refused = await page.goto(path);
      expect(refused?.status(), `${role} on ${path}`).toBe(403);
      await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
    }
    await page.goto('/nl');
    await signOut(page, 'nl');
  }
});

test('the language switcher keeps the page and remembers the choice', async ({ page }) => {
  await signInAs(page, 'nl', 'admin');
  await page.goto('/nl/admin/employers');
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/admin\/employers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Arbeitgeber' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/de$/);
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl$/);
});

test('admin creates an employer with its first user, who then signs in in German', async ({ page }) => {
  const email = `hr-${Date.now()}@pflege-ahaus.demo`;
  await signInAs(page, 'nl', 'admin');
  await page.goto('/nl/admin/employers');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Werkgever en account aanmaken' }) });

  // Bad input first: clear messages in Dutch, and nothing typed is lost.
  await form.getByLabel('Naam van de organisatie').fill('Pflegezentrum St. Anna Ahaus');
  await form.getByLabel('Postcode (Duits: 5 cijfers)').fill('7511');
  // Empty means "invite by e-mail"; a typed first password must still be long enough.
  await form.getByLabel('Eerste wachtwoord (leeg laten: uitnodiging per e-mail)').fill('kort');
  await form.getByRole('button', { name: 'Werkgever en account aanmaken' }).click();
  await expect(form.getByText('Een Duitse postcode bestaat uit 5 cijfers, bijvoorbeeld 48599.')).toBeVisible();
  await expect(form.getByText('Het wachtwoord moet minstens 12 tekens lang zijn.')).toBeVisible();
  await expect(form.getByLabel('Naam van de organisatie')).toHaveValue('Pflegezentrum St. Anna Ahaus');

  await form.getByLabel('Postcode (Duits: 5 cijfers)').fill('48683');
  await form.getByLabel('Plaats').selectOption({ label: 'Ahaus' });
  await form.getByLabel('Sector').selectOption({ label: 'Ouderenzorg (Altenpflege)' });
  await form.getByLabel('Straat en huisnummer').fill('Wüllener Straße 12');
  await form.getByRole('textbox', { name: 'Naam', exact: true }).fill('Jürgen Große-Weßeling');
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Eerste wachtwoord (leeg laten: uitnodiging per e-mail)').fill('Ahaus-Pflege-2026!');
  await form.getByRole('button', { name: 'Werkgever en account aanmaken' }).click();
  await expect(page.getByTestId('create-employer-message')).toContainText('Pflegezentrum St. Anna Ahaus is aangemaakt');
  await expect(page.getByRole('row', { name: /Pflegezentrum St\. Anna Ahaus/ })).toBeVisible();

  // The same e-mail twice is refused, in words.
  await form.getByLabel('Naam van de organisatie').fill('Doppelt GmbH');
  await form.getByLabel('Postcode (Duits: 5 cijfers)').fill('48683');
  await form.getByLabel('Plaats').selectOption({ label: 'Ahaus' });
  await form.getByLabel('Sector').selectOption({ label: 'Logistiek' });
  await form.getByRole('textbox', { name: 'Naam', exact: true }).fill('Zweite Person');
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Eerste wachtwoord (leeg laten: uitnodiging per e-mail)').fill('Ahaus-Pflege-2026!');
  await form.getByRole('button', { name: 'Werkgever en account aanmaken' }).click();
  await expect(form.getByText('Er bestaat al een account met dit e-mailadres.')).toBeVisible();
  await signOut(page, 'nl');

  await signIn(page, 'de', email, 'Ahaus-Pflege-2026!');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jürgen');
  await expect(page.getByText('Angemeldet als Jürgen Große-Weßeling (Arbeitgeber)')).toBeVisible();
  await expect(page.getByText('Ihr Unternehmen hat noch keine Stellenangebote.')).toBeVisible();
});

test('admin creates, re-roles and deactivates an account; deactivation ends the open session', async ({ browser }) => {
  const email = `nieuw-${Date.now()}@werkplein.demo`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, 'nl', 'admin');
  await admin.goto('/nl/admin/accounts');
  const form = admin.locator('form', { has: admin.getByRole('button', { name: 'Account aanmaken' }) });
  await form.getByLabel('Naam').fill('Nieuwe Klantmanager');
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Rol').selectOption('caseworker');
  await form.getByLabel('Eerste wachtwoord (leeg laten: uitnodiging per e-mail)').fill('Nieuw-wachtwoord-2026');
  await form.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(admin.getByTestId('create-account-message')).toContainText(email);

  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signIn(user, 'nl', email, 'Nieuw-wachtwoord-2026');
  await expect(user.getByText('Ingelogd als Nieuwe Klantmanager (Klantmanager)')).toBeVisible();

  const row = admin.getByTestId(`account-${email}`);
  await row.getByLabel('Nieuwe rol voor Nieuwe Klantmanager').selectOption('manager');
  await row.getByRole('button', { name: /Rol wijzigen/ }).click();
  await expect(row.getByRole('status')).toContainText('Teamleider');

  await row.getByRole('button', { name: /Deactiveren/ }).click();
  await expect(row.getByText('Gedeactiveerd', { exact: true })).toBeVisible();

  await user.goto('/nl');
  await expect(user).toHaveURL(/\/nl\/login/);
  await signIn(user, 'nl', email, 'Nieuw-wachtwoord-2026');
  await expect(user.getByTestId('sign-in-error')).toContainText('Het e-mailadres of het wachtwoord klopt niet');
  await adminContext.close();
  await userContext.close();
});

test('repeated wrong passwords lock the account for a while, answered like an unknown address', async ({ page }) => {
  // The second demo manager, so the accounts other tests use stay unlocked.
  const email = 'annelies.terhorst@grenzeloos.demo';
  const answer = 'E-Mail-Adresse oder Passwort ist falsch, oder das Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt (15 Minuten).';
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, 'de', email, `falsch-${attempt}`);
    await expect(page.getByTestId('sign-in-error')).toHaveText(answer);
  }
  // Locked now: even the right password gets the very answer an unknown address gets, so the
  // lock does not tell which addresses have an account.
  await signIn(page, 'de', email, demo('manager').password);
  await expect(page.getByTestId('sign-in-error')).toHaveText(answer);
  for (let attempt = 1; attempt <= 2; attempt++) {
    await signIn(page, 'de', 'niemand@grenzeloos.demo', `falsch-${attempt}`);
    await expect(page.getByTestId('sign-in-error')).toHaveText(answer);
  }
});

test('forgot password, end to end in German: same answer for any address, the mailed link works once', async ({ page }) => {
  // Not the demo employer: the page walks use that account at the same time, and setting a
  // password ends every session of the account.
  const employer = { email: 'jens.bruening@haus-vechteblick.demo', password: demo('employer').password, name: 'Jens Brüning' };
  await page.goto('/de/login');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await expect(page).toHaveURL(/\/de\/forgot-password$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Passwort vergessen');

  await page.getByLabel('E-Mail-Adresse').fill('niemand@nirgendwo.example');
  await page.getByRole('button', { name: 'Link senden' }).click();
  const unknownAnswer = await page.getByTestId('forgot-password-message').textContent();
  await page.getByLabel('E-Mail-Adresse').fill(employer.email);
  await page.getByRole('button', { name: 'Link senden' }).click();
  await expect(page.getByTestId('forgot-password-message')).toHaveText(unknownAnswer!);
  await expect(page.getByTestId('forgot-password-message')).toContainText('30 Minuten');

  const mail = await mailTo(employer.email, /Passwort für Grenzeloos neu festlegen/);
  expect(mail.headers.get('content-language')).toBe('de');
  const link = passwordLinkPath(mail);
  expect(link).toMatch(/^\/de\/password\//);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neues Passwort festlegen');
  // Too weak: refused in German, what was typed stays.
  await page.getByRole('textbox', { name: 'Neues Passwort', exact: true }).fill('Passwort12345');
  await page.getByLabel('Neues Passwort wiederholen').fill('Passwort12345');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByText('Dieses Passwort ist zu leicht zu erraten')).toBeVisible();
  const fresh = 'Sonnenhof-Gronau-Frühdienst-7';
  await page.getByRole('textbox', { name: 'Neues Passwort', exact: true }).fill(fresh);
  await page.getByLabel('Neues Passwort wiederholen').fill(fresh);
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page).toHaveURL(/\/de\/login\?passwordSet=1$/);
  await expect(page.getByTestId('password-set')).toBeVisible();

  await signIn(page, 'de', employer.email, fresh);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(employer.name.split(' ')[0]!);
  // Back to the demo password through "Mein Konto", which needs the current one.
  await page.getByRole('link', { name: 'Mein Konto' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
  await page.getByLabel('Aktuelles Passwort').fill(fresh);
  await page.getByRole('textbox', { name: 'Neues Passwort', exact: true }).fill(employer.password);
  await page.getByLabel('Neues Passwort wiederholen').fill(employer.password);
  await page.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.getByTestId('change-password-message')).toContainText('Ihr Passwort wurde geändert');
  await signOut(page, 'de');

  // The link a second time: a clear message, no form.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dieser Link wurde schon verwendet');
  await expect(page.getByRole('textbox', { name: 'Neues Passwort', exact: true })).toHaveCount(0);
  await page.goto('/de/password/gefaelschter-link');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dieser Link funktioniert nicht');
});

test('an admin invites a caseworker by e-mail; the invited person chooses a password and signs in', async ({ browser }) => {
  const email = `uitgenodigd-${Date.now()}@werkplein.demo`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, 'nl', 'admin');
  await admin.goto('/nl/admin/accounts');
  const form = admin.locator('form', { has: admin.getByRole('button', { name: 'Account aanmaken' }) });
  await form.getByLabel('Naam').fill('Ingrid Uitgenodigd');
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Rol').selectOption('caseworker');
  await form.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(admin.getByTestId('create-account-message')).toContainText('de uitnodiging is onderweg');
  await adminContext.close();

  const mail = await mailTo(email, /Uw account voor Grenzeloos/);
  expect(mail.headers.get('content-language')).toBe('nl');
  expect(mail.text).toContain('Beste Ingrid Uitgenodigd,');
  expect(mail.text).toContain('48 uur');

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(passwordLinkPath(mail));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies uw wachtwoord');
  await page.getByRole('textbox', { name: 'Nieuw wachtwoord', exact: true }).fill('Ingrid-kiest-haar-eigen-zin');
  await page.getByLabel('Nieuw wachtwoord nogmaals').fill('Ingrid-kiest-haar-zin');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
  await page.getByLabel('Nieuw wachtwoord nogmaals').fill('Ingrid-kiest-haar-eigen-zin');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByTestId('password-set')).toBeVisible();
  await signIn(page, 'nl', email, 'Ingrid-kiest-haar-eigen-zin');
  await expect(page.getByText('Ingelogd als Ingrid Uitgenodigd (Klantmanager)')).toBeVisible();
  await context.close();
});
