import { expect, test, type Page } from '@playwright/test';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';
import { expectNoRawKeys, signedInPage } from './helpers';

/**
 * Training cohorts from end to end, in both languages: a caseworker (nl) creates a cohort (refused
 * first: the end before the start), adds a job seeker and is refused a second one (the cohort is
 * full), adds a lesson day, ticks the attendance and records a recognition step; a manager (de)
 * does the same in German and drops a participant with a coded reason. The dashboard counts it.
 * Then both change a cohort (refused below its participants, and around its lesson days), take
 * off a recognition step, a lesson day and a participant, and invite someone found by name.
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

/** The last name of a seeded person further down the register (its name cell reads "Last, First"). */
async function registerLastName(page: Page, lng: 'nl' | 'de'): Promise<string> {
  await page.goto(`/${lng}/job-seekers?caseworker=all&sort=name&dir=desc`);
  return (await page.locator('main tbody th').first().innerText()).split(',')[0]!.trim();
}

/** On a cohort page: find a person by their last name and invite them with one tap. */
async function addByName(page: Page, lng: 'nl' | 'de', lastName: string) {
  await page.getByLabel(lng === 'nl' ? 'Of zoek op naam' : 'Oder nach Namen suchen').fill(lastName);
  await page
    .getByTestId('participant-search-form')
    .getByRole('button', { name: lng === 'nl' ? 'Zoeken' : 'Suchen', exact: true })
    .click();
  const person = page.getByTestId('participant-search-results').getByRole('listitem').filter({ hasText: lastName }).first();
  await expect(person).toBeVisible();
  await hydrated(page);
  await person.getByRole('button', { name: lng === 'nl' ? /uitnodigen$/ : /einladen$/ }).click();
  await expect(page.getByTestId('cohort-participants')).toContainText(lastName);
  await expect(person).toContainText(lng === 'nl' ? 'Zit al in de groep' : 'Schon in der Gruppe');
}

/** A cohort of `capacity` from today with the given people invited, on its page. */
async function cohortWith(page: Page, lng: 'nl' | 'de', people: string[], capacity: string): Promise<string> {
  await page.goto(`/${lng}/cohorts/new`);
  await hydrated(page);
  const name = `Zorg e2e ${unique()}`;
  const start = todayInAppZone();
  const label =
    lng === 'nl'
      ? ['Naam van de groep', 'Opleider', 'Eerste lesdag', 'Laatste lesdag', 'Maximaal aantal deelnemers']
      : ['Name der Gruppe', 'Bildungsträger', 'Erster Unterrichtstag', 'Letzter Unterrichtstag', 'Höchstzahl der Teilnehmenden'];
  await page.getByLabel(label[0]!).fill(name);
  await page.getByLabel(label[1]!).fill('ROC van Twente');
  await page.getByLabel(label[2]!).fill(start);
  await page.getByLabel(label[3]!).fill(addDays(start, 60));
  await page.getByLabel(label[4]!).fill(capacity);
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await hydrated(page);
  for (const person of people) {
    await page.getByLabel(lng === 'nl' ? 'Klantnummer' : 'Kundennummer').fill(person);
    await page.getByTestId('add-participant-submit').click();
    await expect(page.getByTestId('add-participant-message')).toContainText(lng === 'nl' ? 'uitgenodigd' : 'eingeladen');
  }
  return name;
}

test('a caseworker changes a cohort (refused below its participants and around its lesson days) and removes a step, a lesson day and a participant (nl)', async ({
  browser,
}) => {
  const page = await signedInPage(browser, 'caseworker', 'nl');
  page.on('dialog', (dialog) => void dialog.accept());
  const people = await clientNumbers(page, 'nl');
  const found = await registerLastName(page, 'nl');
  const name = await cohortWith(page, 'nl', people, '2');
  const start = todayInAppZone();
  await page.getByTestId('add-session-form').getByLabel('Datum').fill(addDays(start, 7));
  await page.getByLabel('Onderwerp').fill('Pflegedokumentation');
  await page.getByTestId('add-session-submit').click();
  await expect(page.getByTestId('cohort-sessions')).toContainText('Pflegedokumentation');
  const recognition = page.getByTestId('recognition-form');
  await recognition.getByRole('combobox', { name: /^Deelnemer/ }).selectOption({ index: 1 });
  await recognition.getByRole('combobox', { name: 'Stap' }).selectOption('applied');
  await recognition.getByRole('button', { name: 'Stap vastleggen' }).click();
  await expect(page.getByTestId('cohort-participants')).toContainText('Aanvraag ingediend');

  await page.getByTestId('cohort-edit').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opleidingsgroep wijzigen' })).toBeVisible();
  await hydrated(page);
  await expect(page.getByLabel('Naam van de groep')).toHaveValue(name);
  await page.getByLabel('Maximaal aantal deelnemers').fill('1');
  await page.getByLabel('Eerste lesdag').fill(addDays(start, 8));
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByText('Er zitten meer deelnemers in de groep dan dit aantal plaatsen.', { exact: false })).toBeVisible();
  await page.getByLabel('Maximaal aantal deelnemers').fill('3');
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByText('Er zijn lesdagen buiten deze periode.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Maximaal aantal deelnemers')).toHaveValue('3');
  await page.getByLabel('Eerste lesdag').fill(start);
  await page.getByLabel('Naam van de groep').fill(`${name} (b)`);
  await page.getByLabel('Opleider').fill('Saxion');
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} (b)` })).toBeVisible();
  await expect(page.getByTestId('cohort-facts')).toContainText('Saxion');
  await expect(page.getByTestId('cohort-capacity')).toContainText('2 van 3');
  await hydrated(page);

  // The participant with a recognition step cannot simply go; the step first, then they can.
  const participants = page.getByTestId('cohort-participants');
  const withStep = participants.locator('[data-testid^="participant-steps-"]');
  const id = (await withStep.getAttribute('data-testid'))!.replace('participant-steps-', '');
  await page.getByTestId(`remove-participant-${id}`).click();
  await expect(page.getByTestId(`remove-participant-${id}-error`)).toContainText('aanwezigheid of erkenningsstappen');
  await page.getByTestId(`remove-step-${id}-applied`).click();
  await expect(withStep).toHaveCount(0);
  await page.getByRole('button', { name: /^Lesdag .* Pflegedokumentation verwijderen$/ }).click();
  await expect(page.getByTestId('cohort-sessions')).not.toContainText('Pflegedokumentation');
  await page.getByTestId(`remove-participant-${id}`).click();
  await expect(page.getByTestId(`participant-${id}`)).toHaveCount(0);
  await expect(page.getByTestId('cohort-capacity')).toContainText('1 van 3');
  await addByName(page, 'nl', found);
  await expect(page.getByTestId('cohort-capacity')).toContainText('2 van 3');
  await expectNoRawKeys(page);
});

test('a manager changes a cohort in German and removes a participant (de)', async ({ browser }) => {
  const page = await signedInPage(browser, 'manager', 'de');
  page.on('dialog', (dialog) => void dialog.accept());
  const people = await clientNumbers(page, 'de');
  const found = await registerLastName(page, 'de');
  const name = await cohortWith(page, 'de', people, '5');
  await page.getByTestId('cohort-edit').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ausbildungsgruppe ändern' })).toBeVisible();
  await hydrated(page);
  await page.getByLabel('Höchstzahl der Teilnehmenden').fill('1');
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByText('In der Gruppe sind mehr Teilnehmende als Plätze.', { exact: false })).toBeVisible();
  await page.getByLabel('Höchstzahl der Teilnehmenden').fill('2');
  await page.getByLabel('Seniorenzentrum Sonnenhof Gronau').check();
  await page.getByTestId('cohort-submit').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('cohort-capacity')).toContainText('2 von 2');
  await expect(page.getByTestId('cohort-facts')).toContainText('Seniorenzentrum Sonnenhof Gronau');
  await hydrated(page);
  await page
    .getByTestId('cohort-participants')
    .getByRole('button', { name: /aus der Gruppe entfernen$/ })
    .first()
    .click();
  await expect(page.getByTestId('cohort-capacity')).toContainText('1 von 2');
  await addByName(page, 'de', found);
  await expect(page.getByTestId('cohort-capacity')).toContainText('2 von 2');
  await expectNoRawKeys(page);
});
