import { expect, test } from '@playwright/test';
import { expectNoRawKeys, signInAs, signOut } from './helpers';

test.describe.configure({ mode: 'serial' });

/**
 * From match to hire, end to end: a caseworker finds matches for an Altenpflege vacancy of the demo
 * care home and proposes two people; the employer, in German, invites one and rejects the
 * other with a reason; the caseworker sees both, records the hire and lands on the
 * placement form, prefilled.
 */
test('from matching to hire, in Dutch and German', async ({ page }) => {
  // Caseworker, Dutch: find the vacancy, open its matches.
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl/vacancies?q=Sonnenhof&sector=elderly_care&status=open');
  // A vacancy, not an imported posting of the same firma whose employer is not linked yet.
  const row = page.getByTestId('vacancy-list').locator('[data-testid^="vacancy-row-"]').filter({ hasText: 'Altenpflegehelfer' }).first();
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/nl\/vacancies\/\d+$/);
  const vacancyId = page.url().match(/vacancies\/(\d+)/)![1]!;
  await page.getByRole('link', { name: 'Passende kandidaten zoeken' }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/vacancies/${vacancyId}/matches$`));
  await expectNoRawKeys(page);

  // The list is ranked, each row says why.
  const rows = page.locator('tbody tr[data-testid^="match-"]');
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await expect(rows.first().locator('.reason').first()).toBeVisible();
  const names = [(await rows.nth(0).getByRole('rowheader').innerText()).trim(), (await rows.nth(1).getByRole('rowheader').innerText()).trim()];
  const firstNames = names.map((n) => n.split(' ')[0]!);

  // Proposing nobody is refused in words; then two at once.
  await page.getByRole('button', { name: 'Geselecteerde kandidaten voordragen' }).click();
  await expect(page.getByText('Kies minstens één kandidaat.')).toBeVisible();
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await page.getByLabel('Motivatie voor de werkgever (in het Duits)').fill('Beide haben Erfahrung in der Altenpflege und wohnen in Enschede.');
  await page.getByRole('button', { name: 'Geselecteerde kandidaten voordragen' }).click();
  await expect(page.getByTestId('propose-message').first()).toHaveText('Voorgedragen kandidaten: 2.');
  // Proposed people leave the list of matches.
  await expect(page.getByRole('rowheader', { name: names[0]!, exact: true })).toHaveCount(0);
  await signOut(page, 'nl');

  // Employer, German: both candidates wait on the vacancy.
  await signInAs(page, 'de', 'employer');
  await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Kandidaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  await expectNoRawKeys(page);
  await expect(page.getByRole('table', { name: /Altenpflegehelfer/ }).first()).toBeVisible();
  // On the vacancy's board, both wait as proposed. Opening a candidate marks them seen.
  await page.goto(`/de/vacancies/${vacancyId}/pipeline`);
  await expectNoRawKeys(page);
  const proposedColumn = page.getByTestId('stage-proposed');
  await expect(proposedColumn.getByRole('link', { name: new RegExp(firstNames[0]!) })).toBeVisible();
  await expect(proposedColumn.getByRole('link', { name: new RegExp(firstNames[1]!) })).toBeVisible();
  await proposedColumn.getByRole('link', { name: new RegExp(firstNames[0]!) }).click();
  await expect(page.getByTestId('proposal-stage')).toHaveText('Vom Arbeitgeber gesehen');
  await expect(page.getByRole('definition').filter({ hasText: 'Beide haben Erfahrung in der Altenpflege' })).toBeVisible();
  await page.getByLabel('Neue Phase').selectOption({ label: 'Vorstellungsgespräch' });
  await page.getByLabel('Datum und Uhrzeit von Gespräch oder Probearbeit').fill(`${inDays(2)}T10:30`);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('move-message')).toHaveText('Die Phase ist jetzt: Vorstellungsgespräch.');
  await expect(page.getByTestId('proposal-history')).toContainText('Vorstellungsgespräch');
  // The employer cannot withdraw a candidate: that step is the caseworker's.
  await expect(page.getByLabel('Neue Phase').locator('option', { hasText: 'Zurückgezogen' })).toHaveCount(0);

  await page.goto(`/de/vacancies/${vacancyId}/pipeline`);
  await expect(page.getByTestId('stage-interview').getByRole('link', { name: new RegExp(firstNames[0]!) })).toBeVisible();
  await page
    .getByTestId('stage-proposed')
    .getByRole('link', { name: new RegExp(firstNames[1]!) })
    .click();
  await page.getByLabel('Neue Phase').selectOption({ label: 'Abgelehnt' });
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Bitte geben Sie einen Grund an.')).toBeVisible();
  await page.getByLabel('Grund oder Erläuterung (Pflicht bei Absage oder Rückzug)').fill('Für den Nachtdienst suchen wir mehr Erfahrung.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('move-message')).toHaveText('Die Phase ist jetzt: Abgelehnt.');
  // A final step leaves no next one: the refreshed page says so and the confirmation stays.
  await expect(page.getByTestId('proposal-stage')).toHaveText('Abgelehnt');
  await expect(page.getByText('In dieser Phase gibt es für Sie keinen nächsten Schritt.')).toBeVisible();
  await expect(page.getByTestId('move-message')).toBeVisible();
  await signOut(page, 'de');

  // Caseworker sees both updates on the vacancy's board and records the hire.
  await signInAs(page, 'nl', 'caseworker');
  await page.goto(`/nl/vacancies/${vacancyId}/pipeline`);
  await expectNoRawKeys(page);
  await expect(page.getByTestId('stage-interview').getByRole('link', { name: new RegExp(names[0]!) })).toBeVisible();
  await expect(page.getByTestId('stage-interview')).toContainText('Gesprek:');
  await page
    .getByTestId('stage-rejected')
    .getByRole('link', { name: new RegExp(names[1]!) })
    .click();
  await expect(page.getByTestId('proposal-stage')).toHaveText('Afgewezen');
  await expect(page.getByTestId('proposal-history')).toContainText('Für den Nachtdienst suchen wir mehr Erfahrung.');
  await page.goto(`/nl/vacancies/${vacancyId}/pipeline`);
  await page
    .getByTestId('stage-interview')
    .getByRole('link', { name: new RegExp(names[0]!) })
    .click();
  await page.getByLabel('Nieuwe fase').selectOption({ label: 'Aangenomen' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('proposal-stage')).toHaveText('Aangenomen');
  await page.getByRole('link', { name: 'Plaatsing registreren' }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/placements/new\\?.*vacancyId=${vacancyId}`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).toContainText(names[0]!);
});

function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}
