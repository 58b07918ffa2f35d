import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoRawKeys, signInAs, type DemoRole } from './helpers';
import { quarterOf } from '@/lib/domain/sib';
import { todayInAppZone } from '@/lib/time/zoned';

const pdf = (marker: string) => Buffer.from(`%PDF-1.4\n% ${marker}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

async function signedInPage(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, 'nl', role);
  return page;
}

test('a caseworker claims with evidence; a manager denies, the caseworker claims again, the manager verifies; the ledger shows it', async ({ browser }) => {
  test.setTimeout(180_000);
  const caseworker = await signedInPage(browser, 'caseworker');
  const manager = await signedInPage(browser, 'manager');

  // The work list of all placements (any staff member may claim): a milestone due to claim.
  await caseworker.goto('/nl/sib/work?all=1');
  await expect(caseworker.getByRole('heading', { level: 1 })).toHaveText('SIB-werklijst');
  const due = caseworker.locator('[data-testid="work-claim"] tr[data-status="due"]');
  expect(await due.count(), 'the demo data has a milestone to claim').toBeGreaterThan(0);
  const row = due.nth(Math.floor(Math.random() * (await due.count())));
  const [, placementId, milestone] = /^work-(\d+)-(\w+)$/.exec((await row.getAttribute('data-testid'))!)!;
  const dueOn = (await row.getAttribute('data-due'))!;
  await expectNoRawKeys(caseworker);

  // Upload the evidence on the placement and claim with it.
  await caseworker.goto(`/nl/placements/${placementId}`);
  const stamp = Date.now().toString(36);
  const upload = caseworker.getByRole('form', { name: 'Document toevoegen' });
  await upload.getByLabel('Titel').fill(`Loonstrook ${stamp}`);
  await upload.getByLabel('Bestand').setInputFiles({ name: `loonstrook-${stamp}.pdf`, mimeType: 'application/pdf', buffer: pdf(stamp) });
  await upload.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(caseworker.getByTestId('evidence')).toContainText(`Loonstrook ${stamp}`);
  const mine = caseworker.getByTestId(`milestone-${milestone}`);
  // Claiming without choosing evidence is refused in words; nothing is claimed.
  await mine.getByRole('button', { name: 'Claimen' }).click();
  await expect(mine).toContainText('Kies minstens één bewijsstuk.');
  await mine.getByLabel(`Loonstrook ${stamp}`).check();
  await mine.getByLabel('Toelichting').fill('Eerste loonstrook ontvangen');
  await mine.getByRole('button', { name: 'Claimen' }).click();
  await expect(caseworker.getByTestId(`milestone-${milestone}-status`)).toHaveText('Geclaimd');
  // A caseworker does not decide.
  await expect(mine.getByRole('form', { name: /Beoordeling van de claim/ })).toHaveCount(0);

  // The manager denies with a reason.
  await manager.goto(`/nl/placements/${placementId}`);
  const decide = manager.getByTestId(`milestone-${milestone}`).getByRole('form', { name: /Beoordeling van de claim/ });
  await decide.getByRole('radio', { name: 'Afgewezen' }).check();
  await decide.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(decide).toContainText('Vul de reden van de afwijzing in.');
  await decide.getByLabel('Reden').fill('Loonstrook van de laatste week ontbreekt');
  await decide.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(manager.getByTestId(`milestone-${milestone}-status`)).toHaveText('Afgewezen, opnieuw te claimen');

  // The caseworker claims again; the manager verifies.
  await caseworker.reload();
  await expect(caseworker.getByTestId(`milestone-${milestone}-claims`)).toContainText('Loonstrook van de laatste week ontbreekt');
  await mine.getByLabel(`Loonstrook ${stamp}`).check();
  await mine.getByRole('button', { name: 'Claimen' }).click();
  await expect(caseworker.getByTestId(`milestone-${milestone}-status`)).toHaveText('Geclaimd');
  await manager.reload();
  await decide.getByRole('radio', { name: 'Geverifieerd' }).check();
  await decide.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(manager.getByTestId(`milestone-${milestone}-status`)).toHaveText('Geverifieerd');
  await expect(manager.getByTestId(`milestone-${milestone}-claims`).locator('li')).toHaveCount(2);
  await expectNoRawKeys(manager);

  // The ledger of the quarter it fell due in lists it as verified, denied once before.
  await manager.goto(`/nl/sib?quarter=${quarterOf(dueOn)}&status=verified`);
  const ledgerRow = manager.getByTestId(`ledger-${placementId}-${milestone}`);
  await expect(ledgerRow).toContainText('Geverifieerd');
  await expect(ledgerRow).toContainText('Eerder 1 keer afgewezen');
  await expect(manager.getByTestId('ledger-totals')).toContainText('€');
  await expectNoRawKeys(manager);
});

test('a manager reads the contract and its outcomes; a wrong amount is refused in words and the input stays', async ({ page }) => {
  await signInAs(page, 'nl', 'manager');
  await page.goto('/nl/sib/contracts');
  await page.getByTestId('sib-contracts').getByRole('link').first().click();
  await expect(page.getByTestId('contract-outcomes')).toContainText('Werkt na 13 weken');
  await expect(page.getByTestId('outcome-weeks_13')).toContainText('€ 3.000');
  await expect(page.getByTestId('outcome-benefit_ended')).toContainText('Eenmaal per persoon');
  const form = page.getByRole('form', { name: 'Contract wijzigen' });
  await form.getByLabel('Plafond (euro)').fill('zeshonderd');
  await form.getByRole('button', { name: 'Contract opslaan' }).click();
  await expect(form).toContainText('Vul een bedrag in euro in');
  await expect(form.getByLabel('Plafond (euro)')).toHaveValue('zeshonderd');
  await expectNoRawKeys(page);
});

test('the investor report of a year: figures, cohorts and people under pseudonyms only, the filters off paper', async ({ page }) => {
  await signInAs(page, 'nl', 'manager');
  const year = new Date().getUTCFullYear() - 1;
  await page.goto(`/nl/sib/report?period=${year}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`rapport ${year}`);
  await expect(page.getByTestId('report-figures')).toContainText('Ingestroomd');
  await expect(page.getByTestId('report-figures')).toContainText('€');
  const pseudonyms = page.getByTestId('report-people-table').locator('tbody th');
  expect(await pseudonyms.count()).toBeGreaterThan(0);
  for (const text of await pseudonyms.allTextContents()) expect(text).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
  // The same report again: the same pseudonyms.
  const first = await pseudonyms.allTextContents();
  await page.reload();
  expect(await pseudonyms.allTextContents()).toEqual(first);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('form', { name: 'Rapport kiezen' })).toBeHidden();
  await expectNoRawKeys(page);
});

test('a SIB placement ends with a coded reason; the investor report counts it under that reason, in nl and in de', async ({ browser }) => {
  test.setTimeout(180_000);
  const today = todayInAppZone();
  const year = today.slice(0, 4);
  const manager = await signedInPage(browser, 'manager');
  const healthCount = async (lng: 'nl' | 'de') => {
    await manager.goto(`/${lng}/sib/report?period=${year}`);
    await expect(manager.getByRole('heading', { name: lng === 'nl' ? 'Uitval per reden' : 'Abbrüche nach Grund' })).toBeVisible();
    const row = manager.getByTestId('reason-health');
    return (await row.count()) === 0 ? 0 : Number((await row.locator('td').last().innerText()).replace(/\D/g, ''));
  };
  const before = await healthCount('nl');

  // A SIB placement that has started and is still running: one with a milestone due by today.
  const caseworker = await signedInPage(browser, 'caseworker');
  await caseworker.goto('/nl/sib/work?all=1');
  const rows = caseworker.locator('[data-testid="work-claim"] tr[data-due]');
  const candidates: string[] = [];
  for (const r of await rows.all())
    if ((await r.getAttribute('data-due'))! <= today) candidates.push(/^work-(\d+)-/.exec((await r.getAttribute('data-testid'))!)![1]!);
  expect(candidates.length, 'the demo data has a running SIB placement').toBeGreaterThan(0);
  // In random order (a retry must not meet its own ended placement), the first that is still running:
  // a due milestone's placement may have ended already (it shows no end form then).
  const lastDay = caseworker.getByLabel('Laatste werkdag');
  let running = false;
  for (const placementId of candidates.sort(() => Math.random() - 0.5)) {
    await caseworker.goto(`/nl/placements/${placementId}`);
    await expect(caseworker.getByTestId('placement-status')).toBeVisible();
    if ((await lastDay.count()) > 0) {
      running = true;
      break;
    }
  }
  expect(running, 'one of the due SIB placements is still running').toBe(true);
  await lastDay.fill(today);
  await caseworker.getByRole('combobox', { name: 'Reden' }).selectOption({ label: 'Gezondheid' });
  await caseworker.getByRole('button', { name: 'Einde vastleggen' }).click();
  await expect(caseworker.getByTestId('placement-status')).toContainText('Gezondheid');

  expect(await healthCount('nl')).toBe(before + 1);
  await expect(manager.getByTestId('reason-health')).toContainText('Gezondheid');
  await expectNoRawKeys(manager);
  // The manager switches to German: the same count under the German label.
  expect(await healthCount('de')).toBe(before + 1);
  await expect(manager.getByTestId('reason-health')).toContainText('Gesundheit');
  await expectNoRawKeys(manager);
});
