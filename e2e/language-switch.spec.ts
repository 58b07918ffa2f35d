import { expect, test } from '@playwright/test';
import { signedInPage } from './helpers';

/** Switching between Dutch and German without losing what was typed. */

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
