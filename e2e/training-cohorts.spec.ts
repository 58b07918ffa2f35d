import { expect, test, type Page } from '@playwright/test';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';
import { expectNoRawKeys, signedInPage } from './helpers';

/**
 * Training cohorts from end to end, in both languages: a caseworker (nl) creates a cohort (refused
 * first: the end before the start), adds a job seeker and is refused a second one (the cohort is
 * full), adds a lesson day, ticks the attendance and records a recognition step; a manager (de)
 * does the same in German and drops a participant with a coded reason. The dashboard counts it.
 */
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const hydrated = (page: Page) => page.locator('html[data-hydrated="true"]').waitFor();

/** Two client numbers of seeded people (WP- and six digits, db/seed/plan-job-seekers.ts). */
async function clientNumbers(page: Page, lng: 'nl' | 'de'): Promise<[string, string]> {
  await page.goto(`/${lng}/job-seekers`);
  const found = [...new Set((await page.locator('main').innerText()).match(/\bWP-\d{6}\b/g) ?? [])];
  return [found[0]!, found[1]!];
}

test('a caseworker creates a cohort, adds a participant, ticks attendance and records a recognition step (nl)', async ({ browser }) => {
  const page = await signedInPage(browser, 'caseworker', 'nl');
  const [first, second] = await clientNumbers(page, 'nl');
  await page.goto('/nl');
  await page.getByRole('navigation').getByRole('link', { name: 'Opleidingsgroepen' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opleidingsgroepen' })).toBeVisible();
  await page.getByRole('link', { name: 'Nieuwe opleidingsgroep' }).click();
  await hydrated(page);

  const name = `Zorg e2e ${unique()}`;
  const start = todayInAppZone();
  await page.getByLabel('Naam van de groep').fill(name);
  await page.getByLabel('Opleider').fill('ROC van Twente');
  await page.getByLabel('Eerste lesdag').fill(start);
  await page.getByLabel('Laatste lesdag').fill(addDays(start, -1));
  await page.getByLabel('Maximaal aantal deelnemers').fill('0');
  await page.getByLabel('Seniorenzentrum Sonnenhof Gronau').check();
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByText('De laatste lesdag mag niet vóór de eerste liggen.')).toBeVisible();
  await expect(page.getByText('Vul een heel getal in, van 1 tot en met 500.')).toBeVisible();
  // What was typed stays.
  await expect(page.getByLabel('Naam van de groep')).toHaveValue(name);
  await page.getByLabel('Laatste lesdag').fill(addDays(start, 90));
  await page.getByLabel('Maximaal aantal deelnemers').fill('1');
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await hydrated(page);

  // A job seeker by client number; the second one does not fit.
  await page.getByLabel('Klantnummer').fill(first);
  await page.getByTestId('add-participant-submit').click();
  await expect(page.getByTestId('add-participant-message')).toContainText('uitgenodigd');
  await expect(page.getByTestId('cohort-capacity')).toContainText('1 van 1');
  await page.getByLabel('Klantnummer').fill(second);
  await page.getByTestId('add-participant-submit').click();
  await expect(page.getByTestId('add-participant-message')).toContainText('De groep is vol');

  // Enrolled, with German at the start.
  const update = page.getByTestId('update-participant-form');
  await update.getByRole('combobox', { name: /^Deelnemer/ }).selectOption({ index: 1 });
  await update.getByLabel('Status').selectOption('active');
  await update.getByLabel('Duits bij de start').selectOption('A2');
  await update.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('update-participant-message')).toContainText('bijgewerkt');
  await expect(page.getByTestId('cohort-participants')).toContainText('Volgt de opleiding');

  // A lesson day outside the period is refused; then one on the first day.
  await page.getByTestId('add-session-form').getByLabel('Datum').fill(addDays(start, 100));
  await page.getByLabel('Onderwerp').fill('Deutsch für die Pflege');
  await page.getByTestId('add-session-submit').click();
  await expect(page.getByText('Deze datum ligt buiten de periode van de groep.')).toBeVisible();
  await page.getByTestId('add-session-form').getByLabel('Datum').fill(start);
  await page.getByTestId('add-session-submit').click();
  await expect(page.getByTestId('cohort-sessions')).toContainText('Deutsch für die Pflege');

  // Attendance: pick the day, tick, save once.
  const attendance = page.getByTestId('attendance-form');
  await attendance.getByLabel('Lesdag').selectOption({ index: 1 });
  await attendance.getByRole('checkbox').first().check();
  await attendance.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(page.getByTestId('attendance-message')).toContainText('1 aanwezig');
  await expect(page.getByTestId('cohort-participants')).toContainText('1 / 1');

  // A recognition step with its date.
  const recognition = page.getByTestId('recognition-form');
  await recognition.getByRole('combobox', { name: /^Deelnemer/ }).selectOption({ index: 1 });
  await recognition.getByRole('combobox', { name: 'Stap' }).selectOption('applied');
  await recognition.getByRole('button', { name: 'Stap vastleggen' }).click();
  await expect(page.getByTestId('recognition-message')).toContainText('vastgelegd');
  await expect(page.getByTestId('cohort-participants')).toContainText('Aanvraag ingediend');
  await expect(page.getByTestId('funnel-active')).toContainText('1');
  await expectNoRawKeys(page);
});

test('a manager runs a cohort in German and drops a participant with a reason (de)', async ({ browser }) => {
  const page = await signedInPage(browser, 'manager', 'de');
  const [first] = await clientNumbers(page, 'de');
  await page.goto('/de/cohorts/new');
  await hydrated(page);
  const name = `Zorg e2e ${unique()}`;
  const start = addDays(todayInAppZone(), -7);
  await page.getByLabel('Name der Gruppe').fill(name);
  await page.getByLabel('Bildungsträger').fill('Euregio Akademie');
  await page.getByLabel('Erster Unterrichtstag').fill(start);
  await page.getByLabel('Letzter Unterrichtstag').fill(addDays(start, -3));
  await page.getByLabel('Höchstzahl der Teilnehmenden').fill('12');
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByText('Der letzte Unterrichtstag darf nicht vor dem ersten liegen.')).toBeVisible();
  await page.getByLabel('Letzter Unterrichtstag').fill(addDays(start, 60));
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await hydrated(page);

  await page.getByLabel('Kundennummer').fill(first);
  await page.getByTestId('add-participant-submit').click();
  await expect(page.getByTestId('add-participant-message')).toContainText('eingeladen');
  await page.getByLabel('Kundennummer').fill(first);
  await page.getByTestId('add-participant-submit').click();
  await expect(page.getByTestId('add-participant-message')).toContainText('schon in dieser Gruppe');

  const update = page.getByTestId('update-participant-form');
  await update.getByRole('combobox', { name: /^Teilnehmende Person/ }).selectOption({ index: 1 });
  await update.getByLabel('Status').selectOption('active');
  await update.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('update-participant-message')).toContainText('gespeichert');

  await page.getByTestId('add-session-form').getByLabel('Datum').fill(start);
  await page.getByLabel('Thema').fill('Pflegedokumentation');
  await page.getByTestId('add-session-submit').click();
  await expect(page.getByTestId('cohort-sessions')).toContainText('Pflegedokumentation');
  const attendance = page.getByTestId('attendance-form');
  await attendance.getByLabel('Unterrichtstag').selectOption({ index: 1 });
  await attendance.getByRole('checkbox').first().check();
  await attendance.getByRole('button', { name: 'Anwesenheit speichern' }).click();
  await expect(page.getByTestId('attendance-message')).toContainText('1 anwesend');

  const recognition = page.getByTestId('recognition-form');
  await recognition.getByRole('combobox', { name: /^Teilnehmende Person/ }).selectOption({ index: 1 });
  await recognition.getByRole('combobox', { name: 'Schritt' }).selectOption('shortfall_notice');
  await recognition.getByRole('button', { name: 'Schritt festhalten' }).click();
  await expect(page.getByTestId('recognition-message')).toContainText('festgehalten');
  await expect(page.getByTestId('cohort-participants')).toContainText('Defizitbescheid');

  // Dropping out without a reason is refused in words; with one it counts.
  await page.reload();
  await hydrated(page);
  await update.getByRole('combobox', { name: /^Teilnehmende Person/ }).selectOption({ index: 1 });
  await update.getByLabel('Status').selectOption('dropped');
  await update.getByRole('button', { name: 'Speichern' }).click();
  await expect(update.getByText('Bitte wählen Sie, warum die Person abgebrochen hat.')).toBeVisible();
  await update.getByLabel('Grund des Abbruchs').selectOption('language');
  await update.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('update-participant-message')).toContainText('gespeichert');
  await expect(page.getByTestId('cohort-participants')).toContainText('Sprache zu schwer');
  await expect(page.getByTestId('funnel-active')).toContainText('1');
  await expectNoRawKeys(page);
});
