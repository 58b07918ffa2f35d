import { expect, test } from '@playwright/test';
import { demo, signInAs } from './helpers';
import { mailTo } from './mail';

/**
 * The home page leads with what waits on the user. A caseworker proposes a candidate to the
 * demo care home; its employer user finds "new candidate" at the top of the German home page,
 * hides it, and it stays hidden after a reload (it would also go once the candidate is opened).
 */
test('an employer finds a new candidate at the top of the home page and hides it (de)', async ({ page }) => {
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl/vacancies?q=Sonnenhof&sector=elderly_care&status=open');
  // A vacancy, not an imported posting of the same firma whose employer is not linked yet.
  const row = page.getByTestId('vacancy-list').locator('[data-testid^="vacancy-row-"]').filter({ hasText: 'Altenpflegehelfer' }).first();
  const title = (await row.getByRole('link').first().innerText()).trim();
  await row.getByRole('link').first().click();
  await page.getByRole('link', { name: 'Passende kandidaten zoeken' }).click();
  await page.locator('tbody tr[data-testid^="match-"]').first().getByRole('checkbox').check();
  const motivation = `Startseite ${Date.now()}`;
  await page.getByLabel('Motivatie voor de werkgever (in het Duits)').fill(motivation);
  await page.getByRole('button', { name: 'Geselecteerde kandidaten voordragen' }).click();
  await expect(page.getByTestId('propose-message').first()).toHaveText('Voorgedragen kandidaten: 1.');
  // The proposal's id, from the mail the employer gets.
  const employer = demo('employer');
  const mail = await mailTo(employer.email, /^Neuer Vorschlag/, motivation);
  const proposalId = mail.text?.match(/\/de\/proposals\/(\d+)/)?.[1];
  expect(proposalId).toBeTruthy();

  await page.context().clearCookies();
  await signInAs(page, 'de', 'employer');
  await page.goto('/de');
  const todos = page.getByTestId('home-todos');
  await expect(todos.getByRole('heading', { level: 2 })).toHaveText('Zu erledigen');
  const item = todos.getByTestId(`todo-candidate:${proposalId}`);
  await expect(item).toContainText(`Neuer Kandidat für „${title}“`);
  await expect(item.getByRole('link', { name: 'Öffnen' })).toHaveAttribute('href', `/de/proposals/${proposalId}`);
  await item.getByRole('button', { name: /^Ausblenden/ }).click();
  await expect(item).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('home-todos')).toBeVisible();
  await expect(page.getByTestId(`todo-candidate:${proposalId}`)).toHaveCount(0);
});

/** A caseworker's due placement checks lead the Dutch home page; "Gedaan" ticks one off for good. */
test('a caseworker ticks a due placement check off on the home page (nl)', async ({ page }) => {
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl');
  const todos = page.getByTestId('home-todos');
  await expect(todos.getByRole('heading', { level: 2 })).toHaveText('Te doen');
  const check = todos.locator('[data-testid^="todo-check:"]').first();
  await expect(check).toContainText(/\d+-maandencheck van .+, uiterlijk/);
  const key = await check.getAttribute('data-testid');
  await expect(check.getByRole('link', { name: 'Openen' })).toHaveAttribute('href', /^\/nl\/placements\/\d+$/);
  await check.getByRole('button', { name: /^Gedaan/ }).click();
  await expect(page.getByTestId(key!)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('home-todos')).toBeVisible();
  await expect(page.getByTestId(key!)).toHaveCount(0);
});
