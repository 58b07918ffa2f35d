import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

/**
 * The BA import against the fake Jobsuche API that e2e/serve.ts serves: an admin starts a run
 * by hand, follows its progress and reads the log; adds a search slice (with a refused radius
 * first). The demo already holds a run of the fixtures, so this run finds them unchanged.
 */
for (const [lng, words] of [
  [
    'nl',
    {
      start: 'Nu importeren',
      done: 'Klaar',
      log: 'Logboek van de laatste imports',
      keyword: 'Zoekwoord',
      place: 'Plaats',
      radius: 'Straal in km',
      add: 'Toevoegen',
      radiusError: 'Vul een straal in hele kilometers in',
    },
  ],
  [
    'de',
    {
      start: 'Jetzt importieren',
      done: 'Fertig',
      log: 'Protokoll der letzten Importe',
      keyword: 'Suchbegriff',
      place: 'Ort',
      radius: 'Umkreis in km',
      add: 'Hinzufügen',
      radiusError: 'Bitte geben Sie einen Umkreis',
    },
  ],
] as const) {
  test(`an admin imports BA vacancies and reads the run log (${lng})`, async ({ page }) => {
    await signInAs(page, lng, 'admin');
    await page.goto(`/${lng}/admin/ba-import`);
    await expect(page.getByTestId('ba-summary-current')).toContainText('6');
    const start = page.getByTestId('ba-start');
    await expect(start).toBeEnabled();
    await start.click();
    const progress = page.getByTestId('ba-progress');
    await expect(progress).toContainText(words.done, { timeout: 30_000 });
    // Every active slice done (30 seeded, more once the other test of this file added one); the
    // fake finds the six fixture postings for "Altenpflege" around every town.
    await expect(progress).toContainText(/(\d+) (van|von) \1 /);
    await expect(page.getByTestId('ba-progress-counts')).toContainText('6');
    const log = page.getByRole('table', { name: words.log });
    await expect(log.locator('tbody tr').first()).toContainText(words.done);
  });

  test(`an admin adds a search slice, a wrong radius refused first (${lng})`, async ({ page }) => {
    await signInAs(page, lng, 'admin');
    await page.goto(`/${lng}/admin/ba-import`);
    const keyword = `Hauswirtschaft ${lng}${Date.now().toString(36)}`;
    await page.getByRole('textbox', { name: words.keyword }).fill(keyword);
    await page.getByRole('textbox', { name: words.place }).fill('Nordhorn');
    await page.getByLabel(words.radius).fill('500');
    await page.getByRole('button', { name: words.add }).click();
    await expect(page.getByText(words.radiusError)).toBeVisible();
    await expect(page.getByRole('textbox', { name: words.keyword })).toHaveValue(keyword);
    await page.getByLabel(words.radius).fill('30');
    await page.getByRole('button', { name: words.add }).click();
    await expect(page.getByTestId('ba-slice-message')).toContainText(keyword);
    await expect(page.getByTestId('ba-slices')).toContainText(keyword);
  });
}
