import { expect, type Page, test } from '@playwright/test';
import { expectNoRawKeys, signIn, signInAs, signOut } from './helpers';

/**
 * Need-to-know and the brake on bulk reading (issue 20, part B): a caseworker opens a
 * colleague's client only with a reason, the manager sees that reason on the audit page, and
 * going over the export limit blocks further reads with a message in the user's language.
 */

const ilse = { email: 'ilse.nijhuis@grenzeloos.demo', password: 'Casework-Demo-2026' };

/** A client of `owner` from the whole register, as any caseworker finds them. */
async function clientOf(page: Page, lng: 'nl' | 'de', owner: string): Promise<string> {
  await page.goto(`/${lng}/job-seekers?caseworker=all`);
  // A different person per language: a reason opens one person for the rest of the day.
  const href = await page
    .locator('table tbody tr')
    .filter({ hasText: owner })
    .nth(lng === 'nl' ? 0 : 1)
    .locator('th a')
    .getAttribute('href');
  return /\/job-seekers\/(\d+)/.exec(href!)![1]!;
}

const texts = {
  nl: {
    title: 'Deze werkzoekende hoort niet bij uw caseload',
    reason: 'Reden',
    text: 'Toelichting',
    submit: 'Reden vastleggen en openen',
    choose: 'Vervanging van een afwezige collega',
    typed: 'Collega Mehmet is ziek; klant belde over het gesprek van morgen.',
    owner: 'Klantmanager: Mehmet Kaya',
    required: 'Maak een keuze.',
    short: 'Dit is te kort (minimaal 10 tekens).',
    auditTitle: 'Break the glass en leeslimieten',
  },
  de: {
    title: 'Diese Person gehört nicht zu Ihren Fällen',
    reason: 'Grund',
    text: 'Erläuterung',
    submit: 'Grund speichern und öffnen',
    choose: 'Vorschlag oder Abgleich für ein Stellenangebot',
    typed: 'Vorschlag für die Stelle in Gronau, Kollege Mehmet ist im Urlaub.',
    owner: 'Fallmanager(in): Mehmet Kaya',
    required: 'Bitte wählen Sie aus.',
    short: 'Das ist zu kurz (mindestens 10 Zeichen).',
    auditTitle: 'Break the glass und Leselimits',
  },
} as const;

for (const lng of ['nl', 'de'] as const) {
  test(`${lng}: a caseworker states a reason before opening a colleague's client; the manager sees it`, async ({ page }) => {
    const x = texts[lng];
    await signInAs(page, lng, 'caseworker');
    const id = await clientOf(page, lng, 'Mehmet Kaya');
    // The profile, the edit form and the export all ask first; nothing of the person shows.
    for (const path of [`/${lng}/job-seekers/${id}/edit`, `/${lng}/job-seekers/${id}/export`, `/${lng}/job-seekers/${id}`]) {
      await page.goto(path);
      await expect(page.getByTestId('break-glass')).toContainText(x.title);
      await expect(page.getByTestId('consent-state')).toHaveCount(0);
    }
    const api = await page.request.get(`/api/job-seekers/${id}/export`);
    expect(api.status()).toBe(403);
    expect(await api.json()).toEqual({ error: 'reasonRequired' });
    await expectNoRawKeys(page);

    // Bad input: the messages in the user's language, what was typed stays.
    const form = page.getByTestId('break-glass-form');
    await form.getByLabel(x.text).fill('kort');
    await form.getByRole('button', { name: x.submit }).click();
    await expect(form).toContainText(x.required);
    await expect(form).toContainText(x.short);
    await expect(form.getByLabel(x.text)).toHaveValue('kort');

    await form.getByRole('combobox', { name: x.reason }).selectOption({ label: x.choose });
    await form.getByLabel(x.text).fill(x.typed);
    await form.getByRole('button', { name: x.submit }).click();
    await expect(page.getByTestId('owner')).toHaveText(x.owner);
    await expect(page.getByTestId('consent-state')).toBeVisible();
    // The grant is for the rest of the day: the export opens too.
    expect((await page.request.get(`/api/job-seekers/${id}/export`)).status()).toBe(200);
    await signOut(page, lng);

    await signInAs(page, lng, 'manager');
    await page.goto(`/${lng}/audit`);
    const section = page.getByTestId('need-to-know');
    await expect(section.getByRole('heading', { name: x.auditTitle })).toBeVisible();
    const row = section.getByTestId('break-glass-grants').locator('tbody tr').filter({ hasText: x.typed });
    await expect(row).toContainText('Sanne Kuipers');
    await expect(row).toContainText(x.choose.split(' ')[0]!);
    await expect(row).toContainText('Mehmet Kaya');
    await expectNoRawKeys(page);
    // The same event in the trail, found by its action.
    await page.goto(`/${lng}/audit?action=job_seeker.break_glass&person=${id}`);
    await expect(page.locator('table.audit-table tbody')).toContainText(x.typed);
  });
}

test('going over the export limit blocks further reads, says until when in both languages, and alerts the managers', async ({ page }) => {
  await signIn(page, 'nl', ilse.email, ilse.password);
  await expect(page.getByText('Ingelogd als Ilse Nijhuis (Klantmanager)')).toBeVisible();
  await page.goto('/nl/job-seekers');
  const href = await page.locator('table tbody tr th a').first().getAttribute('href');
  const id = /\/job-seekers\/(\d+)/.exec(href!)![1]!;
  // The e2e server allows 60 exports an hour (e2e/serve.ts); a script reads far more.
  let status = 200;
  let reads = 0;
  while (status === 200 && reads < 100) {
    status = (await page.request.get(`/api/job-seekers/${id}/export`)).status();
    reads += 1;
  }
  expect(status).toBe(429);
  expect(reads).toBe(61);
  await page.goto(`/nl/job-seekers/${id}`);
  const blocked = page.getByTestId('read-blocked');
  await expect(blocked).toContainText('Te veel profielen in korte tijd');
  await expect(blocked).toContainText(/Tot \d{1,2} \w+\.? \d{4},? \d{2}:\d{2} kunt u geen profielen of exports openen/);
  await page.goto(`/de/job-seekers/${id}`);
  await expect(page.getByTestId('read-blocked')).toContainText('Zu viele Profile in kurzer Zeit');
  await expect(page.getByTestId('read-blocked')).toContainText(/Bis \d{2}\.\d{2}\.\d{4},? \d{2}:\d{2} können Sie keine Profile oder Exporte öffnen/);
  await expect(page.getByTestId('consent-state')).toHaveCount(0);
  await signOut(page, 'de');

  await signInAs(page, 'nl', 'manager');
  await page.goto('/nl/notifications');
  await expect(page.getByTestId('notification-list')).toContainText('Ilse Nijhuis heeft de leeslimiet bereikt (60 exports per uur)');
  await page.goto('/nl/audit');
  await expect(page.getByTestId('read-blocks').locator('tbody tr').first()).toContainText('Ilse Nijhuis');
  await page.goto('/nl/audit?action=job_seeker.read_limit');
  await expect(page.locator('table.audit-table tbody tr')).toHaveCount(1);
  await expect(page.locator('table.audit-table tbody')).toContainText('ilse.nijhuis@grenzeloos.demo');
});
