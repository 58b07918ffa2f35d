import { expect, test, type Page } from '@playwright/test';
import { expectNoRawKeys, signIn, signInAs, signOut } from './helpers';

/** A calendar day relative to today, YYYY-MM-DD. */
function day(offset: { years?: number; days?: number }): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + (offset.years ?? 0));
  d.setUTCDate(d.getUTCDate() + (offset.days ?? 0));
  return d.toISOString().slice(0, 10);
}

const mehmet = { email: 'mehmet.kaya@grenzeloos.demo', password: 'Casework-Demo-2026' };

async function profileIdFromUrl(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/job-seekers\/\d+/);
  return /\/job-seekers\/(\d+)/.exec(page.url())![1]!;
}

test('a caseworker registers, finds, edits, hands over, exports; the new owner erases (Dutch)', async ({ browser }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const clientNumber = `E2E-${stamp}`;
  const lastName = `Wolters ${stamp.toLowerCase()}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, 'nl', 'caseworker');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkzoekenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkzoekenden' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mijn caseload' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Werkzoekende inschrijven' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkzoekende inschrijven' })).toBeVisible();

  const form = page.locator('form.job-seeker-form');
  await form.getByRole('textbox', { name: 'Klantnummer', exact: true }).fill(clientNumber.toLowerCase());
  await form.getByLabel('Voornaam').fill('Iris');
  await form.getByLabel('Achternaam').fill(lastName);
  // Seventeen: refused with words, nothing typed is lost.
  await form.getByLabel('Geboortedatum').fill(day({ years: -17 }));
  await form.getByLabel('E-mailadres').fill(`iris.${stamp.toLowerCase()}@example.com`);
  await form.getByLabel('Telefoonnummer').fill('06-12345678');
  await form.getByLabel('Postcode').fill('7522nb');
  await form.getByLabel('Woonplaats').selectOption({ label: 'Enschede (7511)' });
  await form.getByRole('combobox', { name: 'Niveau taal 1', exact: true }).selectOption('C2');
  await form.getByRole('combobox', { name: 'Niveau taal 2', exact: true }).selectOption('B1');
  await form.getByRole('button', { name: 'Diploma toevoegen' }).click();
  await form.getByRole('combobox', { name: 'Diploma 1', exact: true }).selectOption({ label: 'MBO 3 Verzorgende IG' });
  await form.getByLabel('Jaar behaald').fill('2009');
  await form.getByLabel('Erkenning in Duitsland').selectOption({ label: 'Aangevraagd' });
  await form.getByLabel('Deelstaat van de erkenning').selectOption({ label: 'Noordrijn-Westfalen' });
  await form.getByLabel('Ouderenzorg (Altenpflege)').check();
  await form.getByLabel('Uren per week, minimaal').fill('24');
  await form.getByLabel('Uren per week, maximaal').fill('32');
  await form.getByLabel('Rijbewijs B').check();
  await form.getByLabel('Maximale reisafstand (km)').fill('40');
  await form.getByLabel('Toestemming gegeven op').fill(day({ days: -10 }));
  const scope = form.getByRole('group', { name: 'Wat mag gedeeld worden' });
  await scope.getByLabel('Profiel').check();
  await scope.getByLabel('Talen').check();
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  await expect(form.getByText('De werkzoekende moet minstens 18 jaar oud zijn.')).toBeVisible();
  await expect(page.getByTestId('job-seeker-form-message')).toContainText('Aantal fouten in het formulier: 1');
  await expect(form.getByLabel('Achternaam')).toHaveValue(lastName);
  await expect(form.getByLabel('Maximale reisafstand (km)')).toHaveValue('40');
  await expect(scope.getByLabel('Talen')).toBeChecked();

  await form.getByLabel('Geboortedatum').fill('1984-03-09');
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  await expect(page.getByTestId('saved-message')).toHaveText('De werkzoekende is ingeschreven.');
  const id = await profileIdFromUrl(page);
  await expect(page.getByRole('heading', { level: 1, name: `Iris ${lastName}` })).toBeVisible();
  await expect(page.getByText(`Klantnummer ${clientNumber}`)).toBeVisible();
  await expect(page.getByTestId('owner')).toHaveText('U bent de klantmanager van deze werkzoekende.');
  await expect(page.getByTestId('consent-state')).toHaveText('Toestemming geldig.');
  await expect(page.getByText('7522 NB Enschede')).toBeVisible();
  await expect(page.getByText('Nog geen voordrachten voor deze werkzoekende.')).toBeVisible();
  await expectNoRawKeys(page);

  // The same client number again is refused at the field.
  await page.goto('/nl/job-seekers/new');
  await page.getByRole('textbox', { name: 'Klantnummer', exact: true }).fill(clientNumber);
  await page.getByLabel('Voornaam').fill('Dubbel');
  await page.getByLabel('Achternaam').fill('Nummer');
  await page.getByLabel('Geboortedatum').fill('1990-01-01');
  await page.getByLabel('Postcode').fill('7511 AB');
  await page.getByLabel('Woonplaats').selectOption({ label: 'Enschede (7511)' });
  await page.getByRole('button', { name: 'Taal 2 verwijderen' }).click();
  await page.getByRole('button', { name: 'Taal 1 verwijderen' }).click();
  await page.getByLabel('Uren per week, minimaal').fill('20');
  await page.getByLabel('Uren per week, maximaal').fill('20');
  await page.getByRole('button', { name: 'Inschrijven' }).click();
  await expect(page.getByText('Er is al een werkzoekende met dit klantnummer.')).toBeVisible();

  // Find them with filters; the filters live in the URL.
  await page.goto('/nl/job-seekers');
  await page.getByLabel('Zoeken op naam of klantnummer').fill(lastName);
  await page.getByLabel('Duits minstens').selectOption('B1');
  await page.getByLabel('Gewenste sector').selectOption('elderly_care');
  await page.getByLabel('Toestemming delen').selectOption('yes');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page).toHaveURL(/german=B1/);
  await expect(page).toHaveURL(/consent=yes/);
  await expect(page.getByTestId('result-count')).toContainText('1 gevonden');
  await expect(page.getByRole('link', { name: `${lastName}, Iris` })).toBeVisible();
  const bookmark = page.url();
  await page.goto(bookmark.replace('german=B1', 'german=C1'));
  await expect(page.getByText('Niemand voldoet aan deze filters.')).toBeVisible();
  await page.goto(`/nl/job-seekers?caseworker=all&q=${encodeURIComponent(clientNumber)}&place=${'x'}&sort=nonsense`);
  await expect(page.getByRole('link', { name: `${lastName}, Iris` })).toBeVisible();
  await page.goto(bookmark);
  await page.getByRole('link', { name: `${lastName}, Iris` }).click();
  await profileIdFromUrl(page);

  // Edit; a second, stale save is refused and keeps its input.
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Iris ${lastName} bewerken` })).toBeVisible();
  const stale = await context.newPage();
  await stale.goto(`/nl/job-seekers/${id}/edit`);
  await page.getByLabel('Telefoonnummer').fill('06-87654321');
  await page.getByLabel('Uren per week, maximaal').fill('36');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByTestId('saved-message')).toHaveText('De wijzigingen zijn opgeslagen.');
  await expect(page.getByText('06-87654321')).toBeVisible();
  await stale.getByLabel('Telefoonnummer').fill('06-11111111');
  await stale.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(stale.getByTestId('job-seeker-form-message')).toContainText('Iemand anders heeft dit intussen gewijzigd');
  await expect(stale.getByLabel('Telefoonnummer')).toHaveValue('06-11111111');
  await stale.close();

  // Status, checklist and a note, each on the timeline.
  await page.getByLabel('Nieuwe status').selectOption('active');
  await page.getByLabel('Reden van de statuswijziging').fill('Intakegesprek afgerond');
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByText('De status is nu: Actief.')).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('Status gewijzigd: Intake → Actief');
  await page.getByLabel('Advies GrensInfoPunt').check();
  await expect(page.getByText(/Afgevinkt door Sanne Kuipers/)).toBeVisible();
  await page.getByLabel('Nieuwe notitie').fill('Belt volgende week over de taalcursus.');
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Belt volgende week over de taalcursus.');

  // Hand over to a colleague.
  await page.getByLabel('Nieuwe klantmanager').selectOption({ label: 'Mehmet Kaya' });
  await page.getByLabel('Reden van overdracht').fill('Mehmet heeft de contacten in Gronau.');
  await page.getByRole('button', { name: 'Overdragen', exact: true }).click();
  await expect(page.getByText('Overgedragen aan Mehmet Kaya.')).toBeVisible();
  await expect(page.getByTestId('owner')).toHaveText('Klantmanager: Mehmet Kaya');
  await expect(page.getByTestId('timeline')).toContainText('Overgedragen van Sanne Kuipers aan Mehmet Kaya');
  // No longer the owner: neither erasing nor handing over again (the erasure rule cannot be bypassed).
  await expect(page.getByText('Alleen de eigen klantmanager, een teamleider of een beheerder kan de gegevens van deze werkzoekende wissen.')).toBeVisible();
  await expect(page.getByTestId('handover-not-owner')).toHaveText(
    'Alleen de eigen klantmanager, een teamleider of een beheerder kan deze werkzoekende overdragen aan een collega.',
  );
  await expect(page.getByRole('button', { name: 'Overdragen', exact: true })).toHaveCount(0);

  // Export: readable page and JSON.
  await page.getByRole('link', { name: 'Alle gegevens exporteren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Alle gegevens over Iris ${lastName}` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Klantnummer ${clientNumber}`) })).toBeVisible();
  await expect(page.getByText('Belt volgende week over de taalcursus.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  const json = await page.request.get(`/api/job-seekers/${id}/export`);
  expect(json.status()).toBe(200);
  expect(json.headers()['content-disposition']).toContain('attachment');
  const body = await json.json();
  expect(body.person).toMatchObject({ clientNumber, firstName: 'Iris', lastName, phone: '06-87654321', caseworker: 'Mehmet Kaya' });
  expect(body.qualifications).toEqual([
    { qualification: 'mbo3_verzorgende_ig', title: null, obtainedYear: 2009, recognitionStatus: 'applied', recognitionState: 'NW' },
  ]);
  expect(body.accessLog.map((a: { action: string }) => a.action)).toContain('job_seeker.hand_over');
  await signOut(page, 'nl');

  // The new owner erases: a wrong confirmation first, then the right one.
  await signIn(page, 'nl', mehmet.email, mehmet.password);
  await expect(page.getByText('Ingelogd als Mehmet Kaya (Klantmanager)')).toBeVisible();
  await page.goto(`/nl/job-seekers/${id}`);
  await expect(page.getByTestId('owner')).toHaveText('U bent de klantmanager van deze werkzoekende.');
  await page.getByLabel(`Typ het klantnummer (${clientNumber}) ter bevestiging`).fill('WP-000');
  await page.getByRole('button', { name: 'Definitief wissen' }).click();
  await expect(page.getByText('Het klantnummer klopt niet. Er is niets gewist.')).toBeVisible();
  await page.getByLabel(`Typ het klantnummer (${clientNumber}) ter bevestiging`).fill(clientNumber);
  await page.getByRole('button', { name: 'Definitief wissen' }).click();
  await expect(page.getByTestId('erased-message')).toContainText('zijn gewist');
  await page.goto(`/nl/job-seekers?caseworker=all&q=${encodeURIComponent(clientNumber)}`);
  await expect(page.getByText('Niemand voldoet aan deze filters.')).toBeVisible();
  const gone = await page.goto(`/nl/job-seekers/${id}`);
  expect(gone?.status()).toBe(404);
  expect((await page.request.get(`/api/job-seekers/${id}/export`)).status()).toBe(404);
  await context.close();
});

test('the register in German: list, filters, profile and form messages', async ({ page }) => {
  await signInAs(page, 'de', 'caseworker');
  await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Arbeitsuchende' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Arbeitsuchende' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Meine Fälle' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Alle Arbeitsuchenden' }).click();
  await expect(page.getByRole('link', { name: 'Alle Arbeitsuchenden' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Fallmanager(in)')).toHaveValue('all');
  await page.getByLabel('Deutsch mindestens').selectOption('B2');
  await page.getByLabel('Wohnort oder Entfernung von einem Ort').selectOption({ label: 'Gronau (Westf.)' });
  await page.getByLabel('Umkreis (km)').fill('30');
  await page.getByRole('button', { name: 'Filtern' }).click();
  await expect(page).toHaveURL(/caseworker=all/);
  await expect(page).toHaveURL(/km=30/);
  await expect(page.getByTestId('result-count')).toContainText('gefunden');
  await expect(page.getByRole('table', { name: 'Arbeitsuchende' })).toBeVisible();
  await expectNoRawKeys(page);
  await page.getByRole('link', { name: 'Name' }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await page.locator('table tbody tr th a').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Persönliche Daten' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Verlauf und Notizen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Checkliste Grenzgänger' })).toBeVisible();
  await expectNoRawKeys(page);
  await page.getByRole('link', { name: 'Alle Daten exportieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Alle Daten über/ })).toBeVisible();
  await expectNoRawKeys(page);

  await page.goto('/de/job-seekers/new');
  await page.getByLabel('Postleitzahl').fill('75111');
  await page.getByRole('button', { name: 'Aufnehmen' }).click();
  await expect(page.getByText('Eine niederländische Postleitzahl hat 4 Ziffern und 2 Buchstaben').first()).toBeVisible();
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible();
  await expectNoRawKeys(page);
});

test('a manager sees all job seekers by default; employers are refused everywhere', async ({ page }) => {
  await signInAs(page, 'nl', 'manager');
  await page.goto('/nl/job-seekers');
  await expect(page.getByRole('link', { name: 'Alle werkzoekenden' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Mijn caseload' })).toHaveCount(0);
  const firstProfile = await page.locator('table tbody tr th a').first().getAttribute('href');
  const id = /\/job-seekers\/(\d+)/.exec(firstProfile!)![1]!;
  await signOut(page, 'nl');

  await signInAs(page, 'de', 'employer');
  await expect(page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Arbeitsuchende' })).toHaveCount(0);
  for (const lng of ['de', 'nl']) {
    for (const path of [
      '/job-seekers',
      '/job-seekers?caseworker=all',
      '/job-seekers/new',
      `/job-seekers/${id}`,
      `/job-seekers/${id}/edit`,
      `/job-seekers/${id}/export`,
      '/job-seekers/999999',
    ]) {
      const response = await page.goto(`/${lng}${path}`);
      expect(response?.status(), `${lng}${path}`).toBe(403);
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  const exported = await page.request.get(`/api/job-seekers/${id}/export`);
  expect(exported.status()).toBe(403);
  expect(await exported.json()).toEqual({ error: 'forbidden' });
});
