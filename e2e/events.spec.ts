import { expect, test, type Page } from '@playwright/test';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';
import { expectNoRawKeys, signedInPage } from './helpers';

/**
 * Events from end to end: a caseworker creates a job fair (refused first: a start in the past),
 * adds an employer's stand, registers a job seeker and a walk-in lead (refused first: no way to
 * contact; then the event is full), checks the lead in at the door on a phone; after the demo's
 * past fair a conversation becomes a proposal (in German), the employer sees its own event, its
 * stand and only the attendees who agreed, and the manager's report counts it.
 */
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const hydrated = (page: Page) => page.locator('html[data-hydrated="true"]').waitFor();

async function demoFairId(page: Page, lng: 'nl' | 'de'): Promise<string> {
  await page.goto(`/${lng}/events`);
  const href = await page.getByRole('link', { name: 'Banenmarkt Grenzeloos Werken' }).getAttribute('href');
  return href!.split('/').pop()!;
}

test('a caseworker creates an event, registers a job seeker and a walk-in, and checks the walk-in in on a phone', async ({ browser }) => {
  const page = await signedInPage(browser, 'caseworker', 'nl');
  // A client number of a person from the register.
  await page.goto('/nl/job-seekers');
  // Seeded client numbers are WP- and six digits (db/seed/plan-job-seekers.ts); people other tests register have other numbers.
  const clientNumber = (await page.locator('main').innerText()).match(/\bWP-\d{6}\b/)![0];

  await page.goto('/nl/events/new');
  await hydrated(page);
  const title = `Banenmarkt e2e ${unique()}`;
  await page.getByLabel('Soort').selectOption('job_fair');
  await page.getByLabel('Naam van het evenement').fill(title);
  const yesterday = addDays(todayInAppZone(), -1);
  await page.getByLabel('Begint op').fill(`${yesterday}T13:00`);
  await page.getByLabel('Eindigt op').fill(`${yesterday}T17:00`);
  await page.getByLabel('Locatie').fill('De Gieterij');
  await page.getByRole('combobox', { name: /^Plaats/ }).selectOption({ label: 'Hengelo' });
  await page.getByLabel('Maximaal aantal aanmeldingen').fill('2');
  await page.getByLabel('Beschrijving in het Nederlands').fill('Duitse werkgevers stellen zich voor.');
  await page.getByLabel('Beschrijving in het Duits').fill('Deutsche Arbeitgeber stellen sich vor.');
  await page.getByTestId('event-submit').click();
  await expect(page.getByText('Dit tijdstip ligt in het verleden.')).toBeVisible();
  // What was typed stays.
  await expect(page.getByLabel('Naam van het evenement')).toHaveValue(title);
  const tomorrow = addDays(todayInAppZone(), 1);
  await page.getByLabel('Begint op').fill(`${tomorrow}T13:00`);
  await page.getByLabel('Eindigt op').fill(`${tomorrow}T17:00`);
  await page.getByTestId('event-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await hydrated(page);

  // An employer's stand.
  await page.getByRole('combobox', { name: /^Werkgever/ }).selectOption({ label: 'Seniorenzentrum Sonnenhof Gronau' });
  await page.getByRole('textbox', { name: /^Stand/ }).fill('B 12');
  await page.getByTestId('participant-form').getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('event-employers').getByRole('cell', { name: 'B 12' })).toBeVisible();

  // A job seeker by client number.
  await page.getByLabel('Klantnummer').fill(clientNumber);
  await page.getByTestId('register-seeker-form').getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByTestId('register-seeker-message')).toContainText('Aangemeld');

  // A walk-in without a way to contact: refused, in words.
  const lead = page.getByTestId('register-lead-form');
  const leadName = `Inloop ${unique()}`;
  await lead.getByLabel('Naam').fill(leadName);
  await lead.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(lead.getByText('Vul een telefoonnummer of een e-mailadres in')).toBeVisible();
  await lead.getByLabel('Telefoon').fill('06-12345678');
  await lead.getByLabel('Mag contact met de persoon opnemen').check();
  await lead.getByLabel('Seniorenzentrum Sonnenhof Gronau').check();
  await lead.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByTestId('register-lead-message')).toContainText('Aangemeld');
  await expect(page.getByTestId('event-capacity')).toContainText('2 van 2');

  // The event is full now.
  await lead.getByLabel('Naam').fill('Nog Iemand');
  await lead.getByLabel('Telefoon').fill('06-87654321');
  await lead.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByTestId('register-lead-message')).toContainText('Het evenement is vol');
  await expectNoRawKeys(page);

  // The door, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('check-in-link').click();
  await expect(page.getByTestId('check-in-counts')).toContainText('0 van 2');
  await page.getByLabel('Zoek op naam').fill(leadName.split(' ')[1]!);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await hydrated(page);
  await page.getByRole('button', { name: `${leadName} inchecken` }).click();
  await expect(page.getByText(/Ingecheckt om/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('check-in-counts')).toContainText('1 van 2');
  await expect(page.getByRole('button', { name: `${leadName} inchecken` })).toHaveCount(0);
  await page.close();
});

test('after the fair: a conversation becomes a proposal (German), the employer sees only consenting attendees, the report counts', async ({ browser }) => {
  const caseworker = await signedInPage(browser, 'caseworker', 'de');
  const id = await demoFairId(caseworker, 'de');
  await caseworker.goto(`/de/events/${id}/follow-up`);
  await hydrated(caseworker);
  const conversations = caseworker.getByTestId('conversations');
  const form = conversations.locator('form').first();
  if ((await form.count()) > 0) {
    // The first conversation still without a proposal: one step.
    await form.getByLabel('Stelle').selectOption({ index: 1 });
    await form.getByLabel('Begründung').fill('Gespräch auf der Jobmesse');
    await form.getByRole('button', { name: 'Vorschlagen' }).click();
    // The row turns into a link to the proposal once the page has the new state.
    await expect(conversations.getByRole('link', { name: 'Vorschlag ansehen' }).first()).toBeVisible();
    // The form is gone with it; the confirmation stays above the table.
    await expect(caseworker.getByTestId('propose-outcome')).toHaveText('Vorgeschlagen.');
  }
  await expect(conversations.getByRole('link', { name: 'Vorschlag ansehen' }).first()).toBeVisible();
  await expectNoRawKeys(caseworker);
  await caseworker.close();

  const employer = await signedInPage(browser, 'employer', 'de');
  await employer.goto('/de/events');
  await expect(employer.getByRole('link', { name: 'Banenmarkt Grenzeloos Werken' })).toBeVisible();
  // The Gronau meeting is another company's: not listed.
  await expect(employer.getByRole('link', { name: 'Informatiebijeenkomst werken in Duitsland' })).toHaveCount(0);
  await employer.getByRole('link', { name: 'Banenmarkt Grenzeloos Werken' }).click();
  await expect(employer.getByTestId('employer-stand')).toContainText('A 1');
  const attendees = employer.getByTestId('employer-attendees');
  await expect(attendees.getByText('Marloes Veldkamp')).toBeVisible();
  await expect(attendees.getByText('Sevda Yilmaz')).toHaveCount(0);
  await expect(attendees.getByText('Henk Brinkhuis')).toHaveCount(0);
  await expectNoRawKeys(employer);
  await employer.close();

  for (const lng of ['nl', 'de'] as const) {
    const manager = await signedInPage(browser, 'manager', lng);
    await manager.goto(`/${lng}/events/report`);
    const row = manager.getByTestId(`report-row-${id}`);
    // Seeded: 8 registered, 7 checked in, 3 walk-ins; at least the one proposal made above.
    await expect(row.getByRole('cell').nth(0)).toHaveText('8');
    await expect(row.getByRole('cell').nth(1)).toHaveText('7');
    await expect(row.getByRole('cell').nth(3)).toHaveText('3');
    expect(Number(await row.getByRole('cell').nth(5).innerText())).toBeGreaterThanOrEqual(1);
    await expectNoRawKeys(manager);
    await manager.close();
  }
});
