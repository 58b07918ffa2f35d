import { expect, test } from '@playwright/test';
import { demo, signInAs } from './helpers';
import { mailTo } from './mail';

/**
 * A caseworker proposes a candidate to a vacancy of the demo care home; the employer's users
 * get a mail in German (here: the .eml the e2e server writes), with only what the candidate
 * agreed to share and a link to the candidate in the app.
 */
test('a new proposal reaches the employer by mail, in German, with a link to the candidate', async ({ page }) => {
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl/vacancies?q=Sonnenhof&sector=elderly_care&status=open');
  // A vacancy, not an imported posting of the same firma whose employer is not linked yet.
  const row = page.getByTestId('vacancy-list').locator('[data-testid^="vacancy-row-"]').filter({ hasText: 'Altenpflegehelfer' }).first();
  const title = (await row.getByRole('link').first().innerText()).trim();
  await row.getByRole('link').first().click();
  await page.getByRole('link', { name: 'Passende kandidaten zoeken' }).click();
  const match = page.locator('tbody tr[data-testid^="match-"]').first();
  await match.getByRole('checkbox').check();
  await page.getByLabel('Motivatie voor de werkgever (in het Duits)').fill('Erfahrung in der häuslichen Pflege, wohnt in Enschede.');
  await page.getByRole('button', { name: 'Geselecteerde kandidaten voordragen' }).click();
  await expect(page.getByTestId('propose-message').first()).toHaveText('Voorgedragen kandidaten: 1.');

  const employer = demo('employer');
  // Other tests propose to this care home at the same time: wait for the mail about this vacancy.
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mail = await mailTo(
    employer.email,
    new RegExp(`^Neuer Vorschlag für Ihre Stelle „${escaped}“`),
    'Erfahrung in der häuslichen Pflege, wohnt in Enschede.',
  );
  expect(mail.headers.get('content-language')).toBe('de');
  expect(mail.subject).toContain(title);
  expect(mail.text).toContain(`Guten Tag ${employer.name},`);
  expect(mail.text).toContain('Erfahrung in der häuslichen Pflege, wohnt in Enschede.');
  expect(mail.text).not.toMatch(/\b(?:WP|T)-\d/);
  const link = mail.text?.match(/https?:\/\/[^\s/]+(\/de\/proposals\/\d+)/)?.[1];
  expect(link).toBeTruthy();

  // The link opens the candidate for the employer, in German.
  await page.context().clearCookies();
  await signInAs(page, 'de', 'employer');
  await page.goto(link!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Erfahrung in der häuslichen Pflege, wohnt in Enschede.' })).toBeVisible();

  // In the app: the unread count in the header, the list, mark read.
  await expect(page.getByTestId('unread-count')).toHaveAttribute('aria-label', /Benachrichtigungen, \d+ ungelesen/);
  await page.getByTestId('unread-count').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benachrichtigungen');
  const item = page.getByTestId('notification-list').getByRole('listitem').filter({ hasText: title }).first();
  await expect(item).toContainText('Neuer Vorschlag für Ihre Stelle');
  await item.getByRole('button', { name: 'Gelesen' }).click();
  await expect(item.getByRole('button', { name: 'Gelesen' })).toHaveCount(0);
});
