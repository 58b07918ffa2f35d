import { expect, test, type Page } from '@playwright/test';
import { expectNoRawKeys, signIn, signInAs, signOut } from './helpers';

/** Another seeded employer user (Haus Vechteblick, Nordhorn): same demo password. */
const otherEmployer = { email: 'jens.bruening@haus-vechteblick.demo', password: 'Arbeitgeber-Demo-2026' };

function isoInDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

const stamp = Date.now();
const title = `Pflegehilfskraft Nachtdienst ${stamp}`;
let vacancyPath = '';

async function vacancyIdFrom(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/vacancies\/\d+/);
  return page.url().match(/\/vacancies\/(\d+)/)![1]!;
}

test.describe.configure({ mode: 'serial' });

/** The names in the contact editor (inputs hold their values as properties, not attributes). */
function contactNames(page: Page): Promise<string[]> {
  return page.locator('.contact-editor input[name$=".name"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

test('an employer saves a half-filled draft, completes and publishes it, edits it and closes it, in German', async ({ page }) => {
  await signInAs(page, 'de', 'employer');
  const nav = page.getByRole('navigation', { name: 'Hauptmenü' });
  await nav.getByRole('link', { name: 'Unsere Stellenangebote' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unsere Stellenangebote' })).toBeVisible();
  await expectNoRawKeys(page);
  await page.getByRole('link', { name: 'Neues Stellenangebot' }).click();

  // Half-filled: only a title, a sector and the minimum hours.
  await page.getByLabel('Stellenbezeichnung').fill(title);
  await page.getByLabel('Branche').selectOption({ label: 'Altenpflege' });
  await page.getByLabel('Stunden pro Woche, mindestens').fill('20');
  await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
  const id = await vacancyIdFrom(page);
  vacancyPath = `/vacancies/${id}`;
  await expect(page.getByTestId('vacancy-saved')).toContainText('Der Entwurf ist gespeichert');
  await expect(page.locator('.vacancy-summary [data-status]')).toHaveText('Entwurf');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de');

  // Publishing it as it is: refused, in words.
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page.getByTestId('vacancy-status-message')).toContainText('noch nicht vollständig');

  // Nothing typed was lost; complete it. A pay range the wrong way round is refused first.
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(page.getByLabel('Stellenbezeichnung')).toHaveValue(title);
  await expect(page.getByLabel('Stunden pro Woche, mindestens')).toHaveValue('20');
  await expect(page.getByLabel('Branche')).toHaveValue('elderly_care');
  await page.getByLabel('Stellenbeschreibung').fill('Nachtdienst im Wohnbereich, zwei Nächte pro Woche, feste Einarbeitung.');
  await page.getByRole('combobox', { name: 'Beruf', exact: true }).selectOption({ label: 'Altenpflegehelfer(in)' });
  await page.getByLabel('Arbeitsort').selectOption({ label: 'Gronau (Westf.) (DE)' });
  await page.getByLabel('Stunden pro Woche, höchstens').fill('30');
  await page.getByLabel('Vertrag').selectOption({ label: 'Unbefristet' });
  await page.getByLabel('Bruttomonatsgehalt ab (Euro)').fill('3000');
  await page.getByLabel('Bruttomonatsgehalt bis (Euro)').fill('2500');
  await page.getByLabel('Erforderliche Deutschkenntnisse (GER)').selectOption('B1');
  await page.getByLabel('Nachtdienst').check();
  await page.getByLabel('Anerkennung des Abschlusses in Deutschland ist erforderlich').check();
  await page.getByLabel('Bewerbungsfrist').fill(isoInDays(30));
  await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
  await expect(page.getByText('Das Höchstgehalt darf nicht unter dem Mindestgehalt liegen.')).toBeVisible();
  await page.getByLabel('Bruttomonatsgehalt bis (Euro)').fill('3400');
  await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
  await expect(page).toHaveURL(new RegExp(`/de/vacancies/${id}\\?saved=publish`));
  await expect(page.locator('.vacancy-summary [data-status]')).toHaveText('Offen');
  const facts = page.getByTestId('vacancy-facts');
  await expect(facts).toContainText('20 bis 30 Stunden');
  await expect(facts).toContainText('Nachtdienst');
  await expectNoRawKeys(page);

  // Edit the published vacancy.
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await page.getByLabel('Stunden pro Woche, höchstens').fill('35');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByTestId('vacancy-saved')).toContainText('Das Stellenangebot ist gespeichert');
  await expect(facts).toContainText('20 bis 35 Stunden');

  // It shows in the company's list with its candidate count.
  await page.goto('/de/vacancies');
  await expect(page.getByTestId(`vacancy-row-${id}`)).toContainText('Offen');
  await expect(page.getByTestId(`vacancy-row-${id}`)).toContainText('0 (0 laufend)');

  // Close it.
  await page.goto(`/de${vacancyPath}`);
  await page.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByTestId('vacancy-status-message')).toContainText('Der Status ist jetzt: Geschlossen.');
  await expect(page.locator('.vacancy-summary [data-status]')).toHaveText('Geschlossen');
  await expect(page.getByRole('link', { name: 'Bearbeiten' })).toHaveCount(0);
  await signOut(page, 'de');
});

test("another company's employer user cannot open, edit or find the vacancy", async ({ page }) => {
  expect(vacancyPath).not.toBe('');
  await signIn(page, 'de', otherEmployer.email, otherEmployer.password);
  await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  for (const path of [vacancyPath, `${vacancyPath}/edit`]) {
    const response = await page.goto(`/de${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  }
  await page.goto('/de/vacancies');
  await expect(page.getByText(title)).toHaveCount(0);
  // Staff pages are closed to employer users altogether.
  expect((await page.goto('/de/employers'))?.status()).toBe(403);
});

test('a caseworker finds the vacancy in Dutch with filters and reads it', async ({ page }) => {
  expect(vacancyPath).not.toBe('');
  await signInAs(page, 'nl', 'caseworker');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vacatures', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures' })).toBeVisible();
  const filters = page.getByRole('search');
  await filters.getByLabel('Zoek op titel of werkgever').fill(String(stamp));
  await filters.getByLabel('Sector').selectOption({ label: 'Ouderenzorg (Altenpflege)' });
  await filters.getByLabel('Afstand gemeten vanaf').selectOption({ label: 'Enschede' });
  await filters.getByLabel('Hoogstens km (hemelsbreed)').selectOption('20');
  await filters.getByLabel('Vereist Duits hoogstens').selectOption('B1');
  await filters.getByLabel('Status').selectOption({ label: 'Gesloten' });
  await filters.getByRole('button', { name: 'Filteren' }).click();
  await expect(page).toHaveURL(/sector=elderly_care/);
  await expect(page).toHaveURL(/german=B1/);
  const list = page.getByTestId('vacancy-list');
  await expect(list.getByRole('link', { name: title })).toBeVisible();
  await expect(list.getByRole('link', { name: title })).toHaveAttribute('lang', 'de');
  await expect(list).toContainText('Gesloten');
  await expectNoRawKeys(page);

  // The same search with a lower German level finds nothing: the filter works in both directions.
  const url = new URL(page.url());
  url.searchParams.set('german', 'A2');
  await page.goto(url.toString());
  await expect(page.getByText('Geen vacatures gevonden.')).toBeVisible();

  // The vacancy page in Dutch: structured fields in Dutch, the German text marked as German.
  await page.goto(`/nl${vacancyPath}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toHaveAttribute('lang', 'de');
  const facts = page.getByTestId('vacancy-facts');
  await expect(facts).toContainText('Ouderenzorg (Altenpflege)');
  await expect(facts).toContainText('Helpende ouderenzorg (Altenpflegehelfer)');
  await expect(facts).toContainText('20 tot 35 uur');
  await expect(facts).toContainText('Vast');
  await expect(facts).toContainText('km hemelsbreed vanaf Enschede');
  await expect(facts).toContainText('Nachtdienst');
  await expect(page.getByTestId('vacancy-text')).toHaveAttribute('lang', 'de');
  await expect(page.getByText('Geschreven in het Duits')).toBeVisible();
  await expectNoRawKeys(page);
  await signOut(page, 'nl');
});

test('a manager reads vacancies but cannot change them', async ({ page }) => {
  await signInAs(page, 'nl', 'manager');
  await page.goto(`/nl${vacancyPath}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kopiëren als nieuw concept' })).toHaveCount(0);
  expect((await page.goto(`/nl${vacancyPath}/edit`))?.status()).toBe(403);
  expect((await page.goto('/nl/vacancies/new'))?.status()).toBe(403);
});

test('an employer keeps the company profile in German; colleagues see the same profile', async ({ page, browser }) => {
  await signInAs(page, 'de', 'employer');
  await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Unternehmensprofil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unternehmensprofil' })).toBeVisible();
  await expectNoRawKeys(page);

  await page.getByLabel('Postleitzahl').fill('4859');
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page.getByText('Eine deutsche Postleitzahl hat 5 Ziffern, z. B. 48599.')).toBeVisible();
  await page.getByLabel('Postleitzahl').fill('48599');

  const phone = `+49 2562 ${String(stamp).slice(-6)}`;
  await page.getByRole('group', { name: 'Unternehmen' }).getByLabel('Telefon').fill(phone);
  await page.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
  const contactCount = await page.locator('.contact-editor > li').count();
  const added = page.getByRole('group', { name: `Ansprechperson ${contactCount}` });
  await added.getByLabel('Name').fill(`Messe Kontakt ${stamp}`);
  await added.getByLabel('E-Mail-Adresse').fill('kein-email');
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(added.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein')).toBeVisible();
  await added.getByLabel('E-Mail-Adresse').fill(`messe-${stamp}@sonnenhof-gronau.demo`);
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page.getByTestId('employer-profile-message')).toHaveText('Das Profil ist gespeichert.');
  // A second save right after is no conflict.
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page.getByTestId('employer-profile-message')).toHaveText('Das Profil ist gespeichert.');

  // A caseworker sees the same profile on the staff side (the contact and the phone).
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAs(staff, 'nl', 'caseworker');
  await staff.goto('/nl/employers?q=Sonnenhof');
  await staff.getByRole('link', { name: 'Seniorenzentrum Sonnenhof Gronau' }).click();
  await expect(staff.getByRole('group', { name: 'Organisatie' }).getByLabel('Telefoon')).toHaveValue(phone);
  await expect.poll(() => contactNames(staff)).toContain(`Messe Kontakt ${stamp}`);
  await staffContext.close();

  // Remove the contact again (once the reloaded form shows it: reading the names straight after the
  // reload once found the form not yet filled).
  await page.reload();
  await expect.poll(() => contactNames(page)).toContain(`Messe Kontakt ${stamp}`);
  const index = (await contactNames(page)).indexOf(`Messe Kontakt ${stamp}`);
  expect(index).toBeGreaterThanOrEqual(0);
  await page.getByRole('button', { name: `Ansprechperson ${index + 1} entfernen` }).click();
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page.getByTestId('employer-profile-message')).toHaveText('Das Profil ist gespeichert.');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Unternehmensprofil' })).toBeVisible();
  expect(await contactNames(page)).not.toContain(`Messe Kontakt ${stamp}`);
});

test('a caseworker enters a company met at the job fair and a vacancy for it, in Dutch', async ({ page }) => {
  const company = `Messe-Bäckerei Ahaus ${stamp}`;
  await signInAs(page, 'nl', 'caseworker');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkgevers', exact: true }).click();
  await page.getByRole('link', { name: 'Nieuwe werkgever' }).click();
  await page.getByLabel('Naam van de organisatie').fill(company);
  await page.getByRole('combobox', { name: 'Plaats' }).selectOption({ label: 'Ahaus (DE)' });
  // Choosing a German place fills in its postcode.
  await expect(page.getByRole('textbox', { name: 'Postcode' })).toHaveValue('48683');
  await page.getByRole('combobox', { name: 'Sector' }).selectOption({ label: 'Detailhandel' });
  await page.getByLabel('Website').fill('www.baeckerei.demo');
  await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  await page.getByRole('group', { name: 'Contactpersoon 1' }).getByLabel('Naam').fill('Anna Terhorst');
  await page.getByRole('button', { name: 'Werkgever aanmaken' }).click();
  await expect(page.getByText('Vul een volledig webadres in, beginnend met https://.')).toBeVisible();
  await page.getByLabel('Website').fill('https://www.baeckerei.demo');
  await page.getByRole('button', { name: 'Werkgever aanmaken' }).click();
  await expect(page).toHaveURL(/\/nl\/employers\/\d+\?saved=1/);
  await expect(page.getByRole('heading', { level: 1, name: company })).toBeVisible();
  await expectNoRawKeys(page);

  await page.getByRole('link', { name: 'Nieuwe vacature voor deze werkgever' }).click();
  await expect(page.getByRole('combobox', { name: 'Werkgever' })).toHaveValue(/\d+/);
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await page.getByLabel('Functietitel').fill(`Verkäufer Backwaren ${stamp}`);
  await expect(page.getByLabel('Functietitel')).toHaveAttribute('lang', 'de');
  await page.getByLabel('Vacaturetekst').fill('Verkauf von Brot und Backwaren, Kassieren, Kundenberatung.');
  await page.getByRole('combobox', { name: 'Sector' }).selectOption({ label: 'Detailhandel' });
  await page.getByRole('combobox', { name: 'Beroep' }).selectOption({ label: 'Verkoper' });
  await page.getByRole('combobox', { name: 'Werkplaats' }).selectOption({ label: 'Ahaus (DE)' });
  await page.getByLabel('Uren per week, minimaal').fill('30');
  await page.getByLabel('Uren per week, maximaal').fill('20');
  await page.getByRole('combobox', { name: 'Contract' }).selectOption({ label: 'Tijdelijk' });
  await page.getByRole('combobox', { name: 'Vereist niveau Duits (ERK)' }).selectOption('A2');
  await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
  await expect(page.getByText('Het maximum aantal uren mag niet lager zijn dan het minimum.')).toBeVisible();
  await page.getByLabel('Uren per week, maximaal').fill('38');
  await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
  await expect(page).toHaveURL(/\/nl\/vacancies\/\d+\?saved=publish/);
  await expect(page.locator('.vacancy-summary [data-status]')).toHaveText('Open');
  await expect(page.getByTestId('vacancy-facts')).toContainText(company);
  await expect(page.getByTestId('vacancy-facts')).toContainText('30 tot 38 uur');
});
