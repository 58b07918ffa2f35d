import { expect, test } from '@playwright/test';
import { giveReasonIfAsked, signedInPage } from './helpers';
import { readSampleIds } from './sample-ids';

/** Matching: from a person’s match list to a proposal. */

test('proposing from a person’s match list confirms in place, and the user stays there', async ({ browser }) => {
  const page = await signedInPage(browser, 'caseworker');
  // Someone who may be proposed: a candidate on a vacancy's match list (consent, not placed).
  await page.goto(`/nl/vacancies/${readSampleIds().vacancyId!.own}/matches`);
  const candidate = (await page.locator('tbody tr[data-testid^="match-"]').first().getAttribute('data-testid'))!.replace('match-', '');
  const path = `/nl/job-seekers/${candidate}/matches`;
  await page.goto(path);
  await giveReasonIfAsked(page);
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
