import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoRawKeys, signInAs, type DemoRole, type Lng } from './helpers';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';

const today = todayInAppZone();
const year = Number(today.slice(0, 4));

/** A day of this year up to today, random so that a retry never hits its own earlier placement. */
function randomDayThisYear(): string {
  const jan1 = `${year}-01-01`;
  const span = Math.round((Date.parse(today) - Date.parse(jan1)) / 86_400_000);
  return addDays(jan1, Math.floor(Math.random() * (span + 1)));
}

async function signedInPage(browser: Browser, role: DemoRole, lng: Lng = 'nl'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, lng, role);
  return page;
}

async function dashboardCounts(page: Page): Promise<{ regular: number; sib: number; total: number }> {
  await page.goto(`/nl/targets?year=${year}`);
  const read = async (id: string) => Number((await page.getByTestId(`stream-${id}-counted`).innerText()).replace(/\D/g, ''));
  return { regular: await read('regular'), sib: await read('sib'), total: await read('total') };
}

/** Picks the first person of the caseload list whose cohort is as asked; returns the option label. */
async function choosePerson(page: Page, sibCohort: boolean, skip = 0): Promise<string> {
  const select = page.getByRole('combobox', { name: 'Werkzoekende', exact: true });
  const labels = (await select.locator('option').allTextContents()).filter((l) => l !== 'Kies een werkzoekende');
  const matching = labels.filter((l) => l.includes('SIB-cohort') === sibCohort);
  expect(matching.length, 'caseload has people of this kind').toBeGreaterThan(skip);
  const label = matching[Math.floor(Math.random() * (matching.length - skip)) + skip]!;
  await select.selectOption({ label });
  return label;
}

async function chooseEmployer(page: Page, search: string) {
  await page.getByLabel('Zoek werkgever (naam)').fill(search);
  await page.getByRole('button', { name: /Zoek werkgever/ }).click();
  const select = page.getByRole('combobox', { name: 'Werkgever', exact: true });
  await expect(select.locator('option', { hasText: search })).toHaveCount(1);
  const label = ((await select.locator('option', { hasText: search }).textContent()) ?? '').trim();
  await select.selectOption({ label });
}

async function fillJob(page: Page, startDate: string, funding: 'Regulier' | 'SIB') {
  await page.getByLabel('Startdatum').fill(startDate);
  await page.getByRole('radio', { name: funding, exact: true }).check();
  await page.getByLabel('Functie').fill('Altenpflegehelferin');
  await page.getByLabel('Uren per week').fill('32');
}

test('a caseworker logs a regular and a SIB placement; the manager’s dashboard moves by exactly one in each stream', async ({ browser }) => {
  const manager = await signedInPage(browser, 'manager');
  const before = await dashboardCounts(manager);

  const page = await signedInPage(browser, 'caseworker');
  await page.goto('/nl/placements');
  await page.getByRole('link', { name: 'Plaatsing registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plaatsing registreren' })).toBeVisible();

  // Regular: first try SIB for someone outside the cohort; the form refuses it in words.
  await choosePerson(page, false);
  await chooseEmployer(page, 'Sonnenhof');
  const regularDay = randomDayThisYear();
  await fillJob(page, regularDay, 'SIB');
  await page.getByRole('button', { name: 'Plaatsing registreren' }).click();
  await expect(page.locator('#placement-funding-error')).toHaveText(/SIB kan alleen voor werkzoekenden in het SIB-cohort/);
  const personId = await page.getByRole('combobox', { name: 'Werkzoekende', exact: true }).inputValue();
  const employerId = await page.getByRole('combobox', { name: 'Werkgever', exact: true }).inputValue();
  await page.getByRole('radio', { name: 'Regulier', exact: true }).check();
  await page.getByRole('button', { name: 'Plaatsing registreren' }).click();
  await expect(page).toHaveURL(/\/nl\/placements\/\d+\?created=1$/);
  await expect(page.getByTestId('placement-created')).toBeVisible();
  await expect(page.getByTestId('placement-funding')).toHaveText('Regulier');
  await expect(page.getByRole('heading', { name: 'SIB-mijlpalen' })).toHaveCount(0);

  // The same person, employer and start day again (prefilled from the URL): refused by the database, in words.
  await page.goto(`/nl/placements/new?jobSeekerId=${personId}&employerId=${employerId}`);
  await expect(page.getByRole('combobox', { name: 'Werkzoekende', exact: true })).toHaveValue(personId);
  await expect(page.getByRole('combobox', { name: 'Werkgever', exact: true })).toHaveValue(employerId);
  await fillJob(page, regularDay, 'Regulier');
  await page.getByRole('button', { name: 'Plaatsing registreren' }).click();
  await expect(page.locator('#placement-start-error')).toHaveText('Deze werkzoekende heeft al een plaatsing bij deze werkgever met deze startdatum.');
  await expect(page).toHaveURL(/\/nl\/placements\/new/);

  // SIB, for someone in the cohort.
  await page.goto('/nl/placements/new');
  await choosePerson(page, true);
  await expect(page.getByText('Deze werkzoekende hoort bij het SIB-cohort')).toBeVisible();
  await chooseEmployer(page, 'Vechteblick');
  await fillJob(page, randomDayThisYear(), 'SIB');
  await page.getByRole('button', { name: 'Plaatsing registreren' }).click();
  await expect(page).toHaveURL(/\/nl\/placements\/\d+\?created=1$/);
  await expect(page.getByTestId('placement-funding')).toHaveText('SIB');
  await expect(page.getByRole('heading', { name: 'SIB-mijlpalen' })).toBeVisible();
  // Its milestones come from the demo SIB contract in force on the start: 26 weeks pays EUR 4,000.
  await expect(page.getByTestId('milestone-weeks_26')).toContainText('€ 4.000');
  await expect(page.getByTestId('milestone-weeks_26-status')).toBeVisible();
  await expectNoRawKeys(page);

  const after = await dashboardCounts(manager);
  expect(after).toEqual({ regular: before.regular + 1, sib: before.sib + 1, total: before.total + 2 });
  await expectNoRawKeys(manager);
});

test('a caseworker answers a retention check and records the end; the placement keeps counting', async ({ browser }) => {
  const page = await signedInPage(browser, 'caseworker');
  await page.goto('/nl/placements/new');
  await choosePerson(page, false);
  await chooseEmployer(page, 'Grenzland');
  // Forty days ago: the 1-month check is due.
  await fillJob(page, addDays(today, -40), 'Regulier');
  await page.getByRole('button', { name: 'Plaatsing registreren' }).click();
  await expect(page).toHaveURL(/\/nl\/placements\/\d+\?created=1$/);
  const placementUrl = page.url().replace(/\?.*$/, '');

  const check = page.getByTestId('check-1');
  await check.getByRole('radio', { name: 'Werkt nog' }).check();
  await check.getByLabel('Notitie (optioneel)').fill('Werkgever tevreden, 32 uur bevestigd.');
  await check.getByRole('button', { name: 'Controle vastleggen' }).click();
  await expect(check.locator('.gz-status-badge')).toHaveText('Werkt nog');
  await expect(check).toContainText('Werkgever tevreden, 32 uur bevestigd.');

  // The reason is chosen from the coded list; without one the form refuses and keeps the date.
  await page.getByLabel('Laatste werkdag').fill(addDays(today, -3));
  await page.getByRole('button', { name: 'Einde vastleggen' }).click();
  await expect(page.locator('#end-reason-code-error')).toHaveText('Kies de reden van het einde.');
  await expect(page.getByLabel('Laatste werkdag')).toHaveValue(addDays(today, -3));
  await page.getByRole('combobox', { name: 'Reden' }).selectOption({ label: 'Proeftijd niet doorstaan' });
  await page.getByLabel('Toelichting (optioneel)').fill('Werkgever zocht meer ervaring met dementie.');
  await page.getByRole('button', { name: 'Einde vastleggen' }).click();
  await expect(page.getByTestId('placement-status')).toContainText('Beëindigd op');
  await expect(page.getByTestId('placement-status')).toContainText('Proeftijd niet doorstaan — Werkgever zocht meer ervaring met dementie.');
  await expect(page.getByTestId('check-3').locator('.gz-status-badge')).toHaveText('Beëindigd');
  await expect(page.getByText('Deze plaatsing blijft meetellen in het jaar van de startdatum.')).toBeVisible();

  // The due list no longer holds this placement's checks.
  await page.goto('/nl/placements/checks');
  await expect(page.getByRole('heading', { level: 1, name: 'Te controleren' })).toBeVisible();
  await expect(page.locator(`a[href$="${new URL(placementUrl).pathname}#checks"]`)).toHaveCount(0);
});

test('the CSV exports download: UTF-8 with BOM, semicolons, the filters applied', async ({ browser }) => {
  const page = await signedInPage(browser, 'manager');
  await page.goto(`/nl/reports?year=${year}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportages' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-placements').click()]);
  expect(download.suggestedFilename()).toBe(`plaatsingen-${year}.csv`);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^Plaatsing;Startdatum;Jaar;Financiering;Klantnummer;/);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((l) => l.split(';')[2] === String(year))).toBe(true);

  const [summary] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-summary').click()]);
  expect(summary.suggestedFilename()).toBe(`jaaroverzicht-${year}.csv`);
  expect(readFileSync((await summary.path())!).toString('utf8')).toContain('Stand;Doel;');

  await page.goto(`/nl/reports/summary?year=${year}`);
  await expect(page.getByRole('heading', { level: 1, name: `Jaaroverzicht plaatsingen ${year}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
});

test('a manager changes a target with a reason; the history and the dashboard show it', async ({ browser }) => {
  const page = await signedInPage(browser, 'manager');
  const future = year + 3;
  const reason = `Extra SIB-tranche (e2e ${Date.now()})`;
  await page.goto('/nl/targets');
  await page.getByRole('link', { name: 'Doelstellingen beheren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Doelstellingen beheren' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Jaar', exact: true }).selectOption(String(future));
  await page.getByRole('radio', { name: 'SIB' }).check();
  await page.getByLabel('Nieuw doel').fill('33');
  await page.getByLabel('Reden').fill(reason);
  await page.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(page.getByTestId('set-target-message')).toHaveText(`Het doel voor ${future} (SIB) is nu 33.`);
  await expect(page.getByTestId('target-history')).toContainText(reason);
  await page.goto(`/nl/targets?year=${future}`);
  await expect(page.getByTestId('stream-sib')).toContainText('van 33');
  await expect(page.getByTestId('stream-sib-status')).toHaveText('Nog niet begonnen');
});

test('an employer cannot reach any of it: 403 on every page and route', async ({ page }) => {
  await signInAs(page, 'de', 'employer');
  const nav = page.getByRole('navigation', { name: 'Hauptmenü' });
  for (const label of ['Vermittlungen', 'Zielvorgaben', 'Berichte']) await expect(nav.getByRole('link', { name: label })).toHaveCount(0);
  for (const path of [
    '/de/placements',
    '/de/placements/new',
    '/de/placements/1',
    '/de/placements/checks',
    '/de/targets',
    '/de/targets/settings',
    '/de/reports',
    `/de/reports/summary?year=${year}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
  }
  for (const path of [`/api/reports/placements?year=${year}`, `/api/reports/year-summary?year=${year}`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(403);
    expect(await response.json()).toEqual({ error: 'forbidden' });
  }
});

test('caseworkers read the dashboard but do not manage targets', async ({ page }) => {
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl/targets');
  await expect(page.getByRole('heading', { level: 1, name: `Doelstellingen ${year}` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Doelstellingen beheren' })).toHaveCount(0);
  expect((await page.goto('/nl/targets/settings'))?.status()).toBe(403);
});

test('German pass over the dashboard, the placements and the printable summary', async ({ page }) => {
  await signInAs(page, 'de', 'manager');
  await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Zielvorgaben' }).click();
  await expect(page).toHaveURL(/\/de\/targets$/);
  await expect(page.getByRole('heading', { level: 1, name: `Zielvorgaben ${year}` })).toBeVisible();
  for (const heading of [
    'Stand',
    'Verlauf nach Monaten',
    'Aufschlüsselungen',
    'Nachhaltigkeit: arbeitet noch nach 3, 6 und 12 Monaten',
    'Umwandlung der Vorschläge',
    'Programmziele',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: `Vermittlungen ${year}: kumuliert gegen die Ziellinie` })).toBeVisible();
  await expect(page.getByTestId('stream-regular')).toContainText('von');
  await expect(page.getByTestId('stream-total-status')).toHaveText(/Im Plan|Hinter dem Plan|Ziel erreicht/);
  await page.getByText('Zahlen als Tabelle anzeigen').click();
  await expect(page.getByTestId('month-table').getByRole('columnheader', { name: 'Monat' })).toBeVisible();
  await expect(page.getByTestId('breakdown-district')).toContainText('Kreis');
  await expectNoRawKeys(page);

  await page.goto('/de/placements');
  await expect(page.getByRole('heading', { level: 1, name: 'Vermittlungen' })).toBeVisible();
  await page.getByLabel('Finanzierung').selectOption('sib');
  await page.getByRole('button', { name: 'Filtern' }).click();
  await expect(page).toHaveURL(/funding=sib/);
  await expect(page.getByTestId('placements-table').locator('tbody tr').first()).toContainText('SIB');
  await expectNoRawKeys(page);

  await page.goto(`/de/reports/summary?year=${year}`);
  await expect(page.getByRole('heading', { level: 1, name: `Jahresübersicht Vermittlungen ${year}` })).toBeVisible();
  await expectNoRawKeys(page);
});
