import { expect, test } from '@playwright/test';
import { signedInPage } from './helpers';

/** Progress against the yearly target: the chart and the pro-rata figure agree. */

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
