import { expect, type Page, test } from '@playwright/test';
import { giveReasonIfAsked, signInAs } from './helpers';
import { readSampleIds } from './sample-ids';

/**
 * Imported BA postings in the app, on the demo data (one run of the fake Jobsuche API's fixtures,
 * the same fake e2e/serve.ts points BA_API_URL at): a caseworker links a posting to an employer
 * (nl: confirms the existing employer; de: creates the employer from the posting's firma), after
 * which it is a vacancy in the vacancy list with the "BA" mark, found by the source filter and
 * linking to the original ad on arbeitsagentur.de. The Chiffre ad cannot be linked.
 */
const words = {
  nl: {
    list: 'Vacatures uit de Jobbörse (BA)',
    employer: 'Werkgever',
    link: 'Koppelen',
    linked: 'Gekoppeld: de vacature staat nu in de vacaturelijst.',
    created: 'Werkgever Caritas-Altenheim St. Josef Gronau aangemaakt en gekoppeld.',
    sector: 'Sector van de werkgever',
    create: 'Caritas-Altenheim St. Josef Gronau aanmaken en koppelen',
    anonymous: 'anonieme (Chiffre-)vacature',
    source: 'Bron',
    own: 'Eigen vacatures',
    ba: 'BA (Jobbörse)',
    apply: 'Filteren',
    status: 'Status',
    anyStatus: 'Alle statussen',
  },
  de: {
    list: 'Stellenangebote aus der Jobbörse (BA)',
    employer: 'Arbeitgeber',
    link: 'Verknüpfen',
    linked: 'Verknüpft: das Angebot steht jetzt in der Liste der Stellenangebote.',
    created: 'Arbeitgeber Caritas-Altenheim St. Josef Gronau angelegt und verknüpft.',
    sector: 'Branche des Arbeitgebers',
    create: 'Caritas-Altenheim St. Josef Gronau anlegen und verknüpfen',
    anonymous: 'anonymes (Chiffre-)Angebot',
    source: 'Quelle',
    own: 'Eigene Stellenangebote',
    ba: 'BA (Jobbörse)',
    apply: 'Filtern',
    status: 'Status',
    anyStatus: 'Alle Status',
  },
} as const;

async function openPosting(page: Page, lng: 'nl' | 'de', title: string) {
  await page.goto(`/${lng}/ba-postings?link=all`);
  await expect(page.getByRole('heading', { level: 1, name: words[lng].list })).toBeVisible();
  await page.getByTestId('ba-posting-list').getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('ba-mark')).toHaveText('BA');
  await expect(page.getByTestId('ba-original')).toHaveAttribute('href', /^https:\/\/www\.arbeitsagentur\.de\/jobsuche\/jobdetail\//);
}

async function filterBySource(page: Page, lng: 'nl' | 'de', source: 'own' | 'ba') {
  await page.goto(`/${lng}/vacancies`);
  const filters = page.getByTestId('vacancy-filters');
  // On a phone the filters sit in a drawer; at desktop size they are open.
  await filters.getByLabel(words[lng].source).selectOption({ label: words[lng][source] });
  await filters.getByRole('button', { name: words[lng].apply }).click();
  await expect(page).toHaveURL(new RegExp(`source=${source}`));
}

test('a caseworker links a BA posting to its employer and finds it as a BA vacancy (nl)', async ({ page }) => {
  const title = 'Pflegehelfer (m/w/d) ambulante Pflege & Betreuung';
  await signInAs(page, 'nl', 'caseworker');
  await openPosting(page, 'nl', title);
  const form = page.getByTestId('ba-link-form');
  const select = form.getByLabel(words.nl.employer);
  const value = await select.locator('option', { hasText: 'Ambulanter Pflegedienst Bentheimer Land GmbH' }).first().getAttribute('value');
  await select.selectOption(value!);
  await form.getByRole('button', { name: words.nl.link }).click();
  await expect(page.getByTestId('ba-link-message')).toContainText(words.nl.linked);
  await expect(page.getByTestId('ba-linked')).toBeVisible();

  await filterBySource(page, 'nl', 'ba');
  const row = page.getByTestId('vacancy-list').locator('tr, li, article').filter({ hasText: title }).first();
  await expect(row).toBeVisible();
  await expect(row.getByText('BA', { exact: true })).toBeVisible();
  await expect(row.getByRole('link', { name: /arbeitsagentur\.de/ })).toHaveAttribute('href', /^https:\/\/www\.arbeitsagentur\.de\//);
  await filterBySource(page, 'nl', 'own');
  await expect(page.getByTestId('vacancy-list')).not.toContainText(title);
});

test('a caseworker creates the employer from a BA posting in one step; a Chiffre ad stays unlinked (de)', async ({ page }) => {
  const title = 'Pflegefachkraft für Wohnbereich „Dinkelaue“';
  await signInAs(page, 'de', 'caseworker');
  await openPosting(page, 'de', title);
  const create = page.getByTestId('ba-create-form');
  await create.getByLabel(words.de.sector).selectOption('elderly_care');
  await create.getByRole('button', { name: words.de.create }).click();
  await expect(page.getByTestId('ba-link-message')).toContainText(words.de.created);
  await expect(page.getByTestId('ba-linked')).toContainText('Caritas-Altenheim St. Josef Gronau');

  await filterBySource(page, 'de', 'ba');
  const row = page.getByTestId('vacancy-list').locator('tr, li, article').filter({ hasText: title }).first();
  await expect(row).toBeVisible();
  await expect(row.getByText('BA', { exact: true })).toBeVisible();
  await filterBySource(page, 'de', 'own');
  await expect(page.getByTestId('vacancy-list')).not.toContainText(title);

  await openPosting(page, 'de', 'Examinierte Altenpflegerin / Altenpfleger');
  await expect(page.getByTestId('ba-employer-card')).toContainText(words.de.anonymous);
  await expect(page.getByTestId('ba-link-form')).toHaveCount(0);
});

test('an employer never opens the BA postings', async ({ page }) => {
  await signInAs(page, 'de', 'employer');
  const response = await page.goto('/de/ba-postings');
  expect(response?.status()).toBe(403);
  // Nor does its vacancy list show a posting without linked employer (its own company's name included).
  await page.goto('/de/vacancies?status=all');
  await expect(page.getByTestId('vacancy-list')).toBeVisible();
  await expect(page.locator('[data-testid^="ba-posting-row-"]')).toHaveCount(0);
  await expect(page.locator('a[href*="/ba-postings"]')).toHaveCount(0);
  // And the matching of people is not theirs at all.
  const matches = await page.goto(`/de/job-seekers/${readSampleIds().jobSeekerId?.own ?? 1}/matches`);
  expect(matches?.status()).toBe(403);
});

test('a caseworker finds a posting without employer in the vacancy list and a person’s matches, links it, then proposes (nl)', async ({ page }) => {
  const title = 'Altenpflegehelfer/in – Nachtdienst';
  await signInAs(page, 'nl', 'caseworker');
  // In the vacancy list, among the open vacancies, with the BA mark and the way to link it.
  await page.goto('/nl/vacancies?q=Nachtdienst');
  const listRow = page.getByTestId('vacancy-list').locator('[data-testid^="ba-posting-row-"]').filter({ hasText: title });
  await expect(listRow).toHaveCount(1);
  const postingId = (await listRow.getAttribute('data-testid'))!.replace('ba-posting-row-', '');
  await expect(listRow.getByText('BA', { exact: true })).toBeVisible();
  await expect(listRow).toContainText('Werkgever nog niet gekoppeld.');
  await expect(listRow.getByRole('link', { name: 'Werkgever koppelen' })).toHaveAttribute('href', `/nl/ba-postings/${postingId}`);
  // The source filter BA keeps it; own vacancies leave it out.
  await filterBySource(page, 'nl', 'own');
  await expect(page.locator(`[data-testid="ba-posting-row-${postingId}"]`)).toHaveCount(0);

  // In a person's matches (someone who may be proposed), with reasons, but no propose button yet.
  await page.goto(`/nl/vacancies/${readSampleIds().vacancyId!.own}/matches`);
  const candidate = (await page.locator('tbody tr[data-testid^="match-"]').first().getAttribute('data-testid'))!.replace('match-', '');
  const matchesPath = `/nl/job-seekers/${candidate}/matches`;
  await page.goto(matchesPath);
  await giveReasonIfAsked(page);
  const match = page.getByTestId(`ba-posting-match-${postingId}`);
  await expect(match).toContainText(title);
  await expect(match.getByRole('listitem').first()).toBeVisible();
  await expect(match.getByRole('button', { name: 'Voordragen' })).toHaveCount(0);
  await match.getByRole('link', { name: 'Eerst werkgever koppelen' }).click();

  // Linked on the posting's page, then back to the person's matches, where it is a vacancy to propose to.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const form = page.getByTestId('ba-link-form');
  const select = form.getByLabel(words.nl.employer);
  const value = await select.locator('option', { hasText: 'Pflegezentrum Haus Vechteblick' }).first().getAttribute('value');
  await select.selectOption(value!);
  await form.getByRole('button', { name: words.nl.link }).click();
  await expect(page.getByTestId('ba-link-message')).toContainText(words.nl.linked);
  await page.getByTestId('ba-back-to-matches').click();
  await expect(page).toHaveURL(new RegExp(`${matchesPath}$`));
  await giveReasonIfAsked(page);
  await expect(page.getByTestId(`ba-posting-match-${postingId}`)).toHaveCount(0);
  const vacancyRow = page.locator('tbody tr[data-testid^="vacancy-match-"]').filter({ hasText: title });
  await expect(vacancyRow).toHaveCount(1);
  await vacancyRow.locator('summary').click();
  await vacancyRow.getByRole('button', { name: 'Voordragen', exact: true }).click();
  await expect(page.getByTestId('proposed-to-vacancy')).toHaveText(`Voorgedragen voor ${title}. De voordracht staat nu bij de werkgever.`);
});
