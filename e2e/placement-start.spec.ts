import { expect, test } from '@playwright/test';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';
import { giveReasonIfAsked, signedInPage } from './helpers';

/** A placement that has not started yet, as the caseworker sees it. */

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
  await expect(listed.locator('.gz-status-badge')).toHaveText(/^Begint op /);
  await page.goto('/nl/placements?status=working');
  await expect(page.locator(`a[href="${placementPath}"]`)).toHaveCount(0);

  await page.goto(`/nl/job-seekers/${personId}`);
  await giveReasonIfAsked(page);
  await expect(page.getByTestId('placements')).toContainText('begint op');
  await expect(page.getByTestId('placements').locator('li').filter({ hasText: 'begint op' })).not.toContainText('gestart op');
  await page.goto(`/de/job-seekers/${personId}`);
  await expect(page.getByTestId('placements')).toContainText('beginnt am');
});
