import { expect, test } from '@playwright/test';
import { expectNoRawKeys, giveReasonIfAsked, signInAs, signOut } from './helpers';

test.describe.configure({ mode: 'serial' });

/**
 * Long text keeps its line breaks (a demo vacancy saves unchanged in German), an
 * interview date must lie ahead and can be moved, and a withdrawn consent reaches the
 * employer at once.
 */

test('an employer saves a demo vacancy unchanged in German, and its paragraphs stay', async ({ page }) => {
  await signInAs(page, 'de', 'employer');
  await page.goto('/de/vacancies');
  // Other tests publish vacancies of this company at the same time (single-line ones): take the
  // first open one whose description has paragraphs, as every seeded one does.
  const ids = (
    await page
      .locator('[data-testid^="vacancy-row-"]')
      .filter({ hasText: 'Offen' })
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))
  ).map((testId) => testId!.replace('vacancy-row-', ''));
  let description = '';
  let id = '';
  for (const candidate of ids) {
    id = candidate;
    await page.goto(`/de/vacancies/${id}/edit`);
    // The form fills its fields when React has hydrated: read the value after that, not before.
    await page.locator('html[data-hydrated="true"]').waitFor();
    description = await page.getByLabel('Stellenbeschreibung').inputValue();
    if (description.includes('\n')) break;
  }
  expect(description, 'demo texts have paragraphs').toContain('\n');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByTestId('vacancy-saved')).toContainText('Das Stellenangebot ist gespeichert');
  await expect(page.getByText('Dies enthält nicht erlaubte Zeichen')).toHaveCount(0);

  // A new paragraph with a tab-separated line is stored and shown back with its breaks.
  await page.goto(`/de/vacancies/${id}/edit`);
  await page.getByLabel('Stellenbeschreibung').fill(`${description}\n\nSchichten:\nFrühdienst\t06:00`);
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByTestId('vacancy-saved')).toContainText('Das Stellenangebot ist gespeichert');
  const shown = await page.getByTestId('vacancy-text').innerText();
  expect(shown).toContain('Schichten:\nFrühdienst\t06:00');
  await expectNoRawKeys(page);
  await signOut(page, 'de');
});

test('interview dates lie ahead and can be moved; withdrawn consent hides the person from the employer at once', async ({ page }) => {
  // Caseworker, Dutch: propose the last match of a demo care-home vacancy.
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl/vacancies?q=Sonnenhof&status=open');
  // Not the Altenpflegehelfer vacancy that the pipeline flow uses.
  // A vacancy, not an imported posting of the same firma whose employer is not linked yet.
  const vacancyRow = page
    .getByTestId('vacancy-list')
    .locator('[data-testid^="vacancy-row-"]')
    .filter({ has: page.getByRole('link') })
    .filter({ hasNotText: 'Altenpflegehelfer' })
    .first();
  await vacancyRow.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/nl\/vacancies\/\d+$/);
  const vacancyId = page.url().match(/vacancies\/(\d+)/)![1]!;
  await page.goto(`/nl/vacancies/${vacancyId}/matches`);
  const match = page.locator('tbody tr[data-testid^="match-"]').last();
  const seekerId = (await match.getAttribute('data-testid'))!.replace('match-', '');
  const name = (await match.getByRole('rowheader').innerText()).trim();
  const firstName = name.split(' ')[0]!;
  await match.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Geselecteerde kandidaten voordragen' }).click();
  await expect(page.getByTestId('propose-message').first()).toHaveText('Voorgedragen kandidaten: 1.');
  await signOut(page, 'nl');

  // Employer, German: a past interview date is refused; a future one is saved, then moved
  // without reloading (the form stands on the saved version).
  await signInAs(page, 'de', 'employer');
  await page.goto(`/de/vacancies/${vacancyId}/pipeline`);
  await page
    .getByTestId('stage-proposed')
    .getByRole('link', { name: new RegExp(firstName) })
    .click();
  await expect(page).toHaveURL(/\/de\/proposals\/\d+$/);
  const proposalUrl = page.url();
  await page.getByLabel('Neue Phase').selectOption({ label: 'Vorstellungsgespräch' });
  await page.getByLabel('Datum und Uhrzeit von Gespräch oder Probearbeit').fill(`${inDays(-1)}T10:30`);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Bitte wählen Sie einen Termin in der Zukunft.')).toBeVisible();
  await page.getByLabel('Datum und Uhrzeit von Gespräch oder Probearbeit').fill(`${inDays(3)}T10:30`);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('move-message')).toHaveText('Die Phase ist jetzt: Vorstellungsgespräch.');
  await page.getByLabel('Neue Phase').selectOption({ label: 'Vorstellungsgespräch: neuer Termin' });
  await page.getByLabel('Datum und Uhrzeit von Gespräch oder Probearbeit').fill(`${inDays(5)}T14:00`);
  await page
    .getByLabel('Grund oder Erläuterung (Pflicht bei Absage oder Rückzug)')
    .fill('Die Pflegedienstleitung ist verhindert.\nNeuer Termin am Nachmittag.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('move-message')).toHaveText('Der neue Termin ist gespeichert.');
  const history = page.getByTestId('proposal-history');
  await expect(history).toContainText('Neuer Termin');
  await expect(history).toContainText('14:00');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(firstName);
  await signOut(page, 'de');

  // Caseworker, Dutch: withdraws the consent, with a reason on two lines.
  await signInAs(page, 'nl', 'caseworker');
  await page.goto(`/nl/job-seekers/${seekerId}`);
  await giveReasonIfAsked(page);
  await page.getByLabel('Reden van intrekken').fill('Wil niet meer gedeeld worden.\nBelde zelf op.');
  await page.getByRole('button', { name: 'Toestemming intrekken' }).click();
  await expect(page.getByTestId('consent-state')).toContainText('Toestemming ingetrokken.');
  expect(await page.getByTestId('timeline').innerText()).toContain('Wil niet meer gedeeld worden.\nBelde zelf op.');
  await signOut(page, 'nl');

  // Employer, German: no name, no contact, the consent is withdrawn and the proposal closed.
  await signInAs(page, 'de', 'employer');
  await page.goto('/de/candidates');
  await expect(page.locator('main')).toContainText('Einwilligung widerrufen');
  await page.goto(proposalUrl);
  await expect(page.getByTestId('consent-withdrawn')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vorschlag: Einwilligung widerrufen');
  await expect(page.getByTestId('proposal-stage')).toHaveText('Zurückgezogen');
  await expect(page.getByTestId('proposal-history')).toContainText('Die Person hat ihre Einwilligung widerrufen.');
  const main = await page.locator('main').innerText();
  expect(main).not.toContain(name);
  expect(main).not.toMatch(/@|\+31|06-/);
  await expectNoRawKeys(page);
  await signOut(page, 'de');
});

function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}
