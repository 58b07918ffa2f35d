import { expect, test, type Browser, type Page } from '@playwright/test';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';
import { signInAs, type DemoRole, type Lng } from './helpers';
import { readSampleIds } from './sample-ids';

/** Issue 10, "small things that make it look unfinished", as a user meets them. */

async function signedInPage(browser: Browser, role: DemoRole, lng: Lng = 'nl'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, lng, role);
  return page;
}

test('proposing from a person’s match list confirms in place, and the user stays there', async ({ browser }) => {
  const page = await signedInPage(browser, 'caseworker');
  // Someone who may be proposed: a candidate on a vacancy's match list (consent, not placed).
  await page.goto(`/nl/vacancies/${readSampleIds().vacancyId!.own}/matches`);
  const candidate = (await page.locator('tbody tr[data-testid^="match-"]').first().getAttribute('data-testid'))!.replace('match-', '');
  const path = `/nl/job-seekers/${candidate}/matches`;
  await page.goto(path);
  await expect(page).toHaveTitle(/^Passende vacatures · /);
  const row = page.locator('tbody tr[data-testid^="vacancy-match-"]').first();
  const vacancy = (await row.getByRole('rowheader').innerText()).trim();
  const rowId = (await row.getAttribute('data-testid'))!;
  await row.locator('summary').click();
  await row.getByRole('button', { name: 'Voordragen', exact: true }).click();
  const confirmation = page.getByTestId('proposed-to-vacancy');
  await expect(confirmation).toHaveText(`Voorgedragen voor ${vacancy}. De voordracht staat nu bij de werkgever.`);
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  // Proposed for real: the vacancy leaves the person's matches.
  await expect(page.locator(`tbody tr[data-testid="${rowId}"]`)).toHaveCount(0);
});

test('a placement logged before its first day says when it starts, not that the person works', async ({ browser }) => {
  const page = await signedInPage(browser, 'caseworker');
  const start = addDays(todayInAppZone(), 10);
  await page.goto('/nl/placements/new');
  const person = page.getByRole('combobox', { name: 'Werkzoekende', exact: true });
  const options = (await person.locator('option').allTextContents()).filter((l) => l !== 'Kies een werkzoekende' && !l.includes('SIB-cohort'));
  await person.selectOption({ label: options.at(-1)! });
  const personId = await person.inputValue();
  await page.getByLabel('Zoek werkgever (naam)').fill('Sonnenhof');
  await page.getByRole('button', { name: /Zoek werkgever/ }).click();
  const employer = page.getByRole('combobox', { name: 'Werkgever', exact: true });
  await expect(employer.locator('option', { hasText: 'Sonnenhof' })).toHaveCount(1);
  await employer.selectOption({ label: ((await employer.locator('option', { hasText: 'Sonnenhof' }).textContent()) ?? '').trim() });
  await page.getByLabel('Startdatum').fill(start);
  await page.getByRole('radio', { name: 'Regulier', exact: true }).check();
  await page.getByLabel('Functie').fill('Altenpflegehelferin');
  await page.getByLabel('Uren per week').fill('32');
  await page.getByRole('button', { name: 'Plaatsing registreren' }).click();
  await expect(page).toHaveURL(/\/nl\/placements\/\d+\?created=1$/);
  const placementPath = new URL(page.url()).pathname;
  await expect(page.getByTestId('placement-status')).toHaveText(/^Begint op /);

  await page.goto(`/de${placementPath.slice(3)}`);
  await expect(page.getByTestId('placement-status')).toHaveText(/^Beginnt am /);

  await page.goto('/nl/placements?status=upcoming');
  const listed = page.getByRole('row').filter({ has: page.locator(`a[href="${placementPath}"]`) });
  await expect(listed.locator('.badge')).toHaveText(/^Begint op /);
  await page.goto('/nl/placements?status=working');
  await expect(page.locator(`a[href="${placementPath}"]`)).toHaveCount(0);

  await page.goto(`/nl/job-seekers/${personId}`);
  await expect(page.getByTestId('placements')).toContainText('begint op');
  await expect(page.getByTestId('placements').locator('li').filter({ hasText: 'begint op' })).not.toContainText('gestart op');
  await page.goto(`/de/job-seekers/${personId}`);
  await expect(page.getByTestId('placements')).toContainText('beginnt am');
});

test('switching language with typed, unsaved input asks first; an untouched form does not', async ({ browser }) => {
  const page = await signedInPage(browser, 'caseworker');
  const switcher = page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Deutsch' });

  // Untouched: no question (an unanswered one would be dismissed and keep the Dutch page).
  await page.goto('/nl/job-seekers/new');
  await switcher.click();
  await expect(page).toHaveURL(/\/de\/job-seekers\/new$/);

  await page.goto('/nl/job-seekers/new');
  await page.getByLabel('Voornaam').fill('Anouk');
  let question = '';
  page.once('dialog', async (dialog) => {
    question = dialog.message();
    await dialog.dismiss();
  });
  await switcher.click();
  await expect.poll(() => question).toContain('nog niet zijn opgeslagen');
  await expect(page).toHaveURL(/\/nl\/job-seekers\/new$/);
  await expect(page.getByLabel('Voornaam')).toHaveValue('Anouk');

  page.once('dialog', (dialog) => dialog.accept());
  await switcher.click();
  await expect(page).toHaveURL(/\/de\/job-seekers\/new$/);
});

test('vacancy, board, proposal and match pages have titles of their own', async ({ browser }) => {
  const ids = readSampleIds();
  const employer = await signedInPage(browser, 'employer', 'de');
  await employer.goto(`/de/vacancies/${ids.vacancyId!.own}`);
  const title = (await employer.getByRole('heading', { level: 1 }).innerText()).trim();
  await expect(employer).toHaveTitle(`${title} · Grenzeloos`);
  await employer.goto(`/de/vacancies/${ids.pipelineVacancyId!.own}/pipeline`);
  await expect(employer).toHaveTitle(`${(await employer.getByRole('heading', { level: 1 }).innerText()).trim()} · Grenzeloos`);
  await expect(employer).toHaveTitle(/^Vorschläge für /);
  await employer.goto(`/de/proposals/${ids.proposalId!.own}`);
  const forVacancy = (await employer.locator('dl.details-list a[href*="/vacancies/"]').first().innerText()).trim();
  await expect(employer).toHaveTitle(`Vorschlag für ${forVacancy} · Grenzeloos`);
  // Another company's rows: the same title as a missing one (the access walk compares whole pages).
  for (const path of [`/de/vacancies/${ids.vacancyId!.foreign}`, `/de/proposals/${ids.proposalId!.foreign}`]) {
    await employer.goto(path);
    await expect(employer).toHaveTitle('Grenzeloos');
  }

  const caseworker = await signedInPage(browser, 'caseworker');
  await caseworker.goto(`/nl/vacancies/${ids.vacancyId!.own}/matches`);
  await expect(caseworker).toHaveTitle(/^Kandidaten voor .+ · Grenzeloos$/);
});

test('the chart ends today and its caption says what the pro-rata card says', async ({ browser }) => {
  const page = await signedInPage(browser, 'manager');
  await page.goto('/nl/targets');
  const card = page.getByTestId('stream-total');
  const counted = (await page.getByTestId('stream-total-counted').innerText()).trim();
  const expected = (await card.locator('dt', { hasText: 'Pro rata vandaag' }).locator('xpath=following-sibling::dd[1]').innerText()).trim();
  const caption = page.locator('figure.chart figcaption .field-hint');
  await expect(caption).toContainText(/^Vandaag \(/);
  await expect(caption).toContainText(`${counted} plaatsingen geteld`);
  await expect(caption).toContainText(`hadden het er vandaag ${expected} moeten zijn`);
});

test('the audit trail names each action once in words, with room for the details', async ({ browser }) => {
  const page = await signedInPage(browser, 'manager');
  await page.goto('/nl/audit');
  await page.goto('/nl/audit');
  const rows = page.locator('table.audit-table tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  for (const row of await rows.all()) {
    const lines = (await row.locator('td').nth(2).innerText())
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines, 'words first, the code once below').toHaveLength(2);
    expect(lines[0]).not.toMatch(/^[a-z_]+(\.[a-z_]+)?$/);
  }
  const details = page.locator('td.audit-details-cell').filter({ hasText: 'filters' }).first();
  expect((await details.boundingBox())!.width).toBeGreaterThan(200);

  // The other lane walks pages at the same time, so the newest row need not be this visit.
  await page.goto('/de/audit');
  await expect(page.locator('table.audit-table tbody tr').filter({ hasText: 'audit.view' }).first().locator('td').nth(2)).toContainText('Protokoll eingesehen');
});
