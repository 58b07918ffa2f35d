import { expect, test } from '@playwright/test';
import net from 'node:net';
import { TINY_JPEG } from '@/lib/testing/documents';
import { expectNoRawKeys, giveReasonIfAsked, signInAs, signOut } from './helpers';

const pdf = (marker: string) => Buffer.from(`%PDF-1.4\n% ${marker}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('a caseworker uploads a CV and a diploma and proposes; the employer gets the CV only; withdrawn consent hides both', async ({ page }) => {
  // One long flow through two roles and about twenty pages: on a busy machine it takes over a minute.
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const lastName = `Documenten ${stamp.toLowerCase()}`;
  await signInAs(page, 'nl', 'caseworker');

  // Register someone who shares the profile and the CV, not the diplomas.
  await page.goto('/nl/job-seekers/new');
  const form = page.locator('form.job-seeker-form');
  await form.getByRole('textbox', { name: 'Klantnummer', exact: true }).fill(`DOC-${stamp}`);
  await form.getByLabel('Voornaam').fill('Dana');
  await form.getByLabel('Achternaam').fill(lastName);
  await form.getByLabel('Geboortedatum').fill('1986-05-04');
  await form.getByLabel('Postcode').fill('7511 AB');
  await form.getByLabel('Woonplaats').selectOption({ label: 'Enschede (7511)' });
  await form.getByRole('combobox', { name: 'Niveau taal 1', exact: true }).selectOption('C2');
  await form.getByRole('combobox', { name: 'Niveau taal 2', exact: true }).selectOption('B2');
  await form.getByLabel('Ouderenzorg (Altenpflege)').check();
  await form.getByLabel('Uren per week, minimaal').fill('24');
  await form.getByLabel('Uren per week, maximaal').fill('38');
  await form.getByLabel('Maximale reisafstand (km)').fill('60');
  await form.getByLabel('Toestemming gegeven op').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  const scope = form.getByRole('group', { name: 'Wat mag gedeeld worden' });
  await scope.getByLabel('Profiel').check();
  await scope.getByLabel('CV').check();
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  await expect(page.getByTestId('saved-message')).toHaveText('De werkzoekende is ingeschreven.');
  const seekerId = /\/job-seekers\/(\d+)/.exec(page.url())![1]!;

  // Upload: a disguised file is refused with words and the title stays typed.
  const upload = page.getByRole('form', { name: 'Document toevoegen' });
  await upload.getByLabel('Soort').selectOption({ label: 'Cv' });
  await upload.getByLabel('Titel').fill('Lebenslauf Dana');
  await upload.getByLabel('Bestand').setInputFiles({ name: 'Lebenslauf.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') });
  await upload.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(page.getByTestId('document-file-error')).toContainText('geen PDF, JPEG, PNG of Word-document');
  await expect(upload.getByLabel('Titel')).toHaveValue('Lebenslauf Dana');
  await upload.getByLabel('Bestand').setInputFiles({ name: 'Lebenslauf Dana.pdf', mimeType: 'application/pdf', buffer: pdf(stamp) });
  await upload.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(page.getByTestId('document-message')).toHaveText('Het document is toegevoegd.');
  await expect(page.getByTestId('documents')).toContainText('Lebenslauf Dana');
  await upload.getByLabel('Soort').selectOption({ label: 'Diploma' });
  await upload.getByLabel('Titel').fill('Diploma MBO 3');
  await upload.getByLabel('Bestand').setInputFiles({ name: 'diploma.png', mimeType: 'image/png', buffer: png });
  await upload.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(page.getByTestId('documents')).toContainText('Diploma MBO 3');
  await expectNoRawKeys(page);
  const diplomaHref = await page.getByRole('link', { name: 'Diploma MBO 3 downloaden' }).getAttribute('href');
  // A photo of the CV as well: images have a preview on the page, PDFs only their download.
  await upload.getByLabel('Soort').selectOption({ label: 'Cv' });
  await upload.getByLabel('Titel').fill('Lebenslauf Foto');
  await upload.getByLabel('Bestand').setInputFiles({ name: 'lebenslauf.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG) });
  await upload.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(page.getByTestId('documents')).toContainText('Lebenslauf Foto');
  await expect(page.getByRole('link', { name: 'Lebenslauf Dana bekijken' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Diploma MBO 3 bekijken' }).click();
  const staffPreview = page.getByTestId('documents-preview').getByRole('img', { name: 'Voorbeeld van Diploma MBO 3' });
  await expect(staffPreview).toBeVisible();
  expect(await staffPreview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const diplomaPreview = await staffPreview.getAttribute('src');
  await page.getByRole('link', { name: 'Voorbeeld sluiten' }).click();
  await expect(page.getByTestId('documents-preview')).toHaveCount(0);

  // Propose to a Sonnenhof vacancy from the person's matches.
  await page.goto(`/nl/job-seekers/${seekerId}/matches`);
  const row = page.locator('tr[data-testid^="vacancy-match-"]').filter({ hasText: 'Sonnenhof' }).first();
  await row.getByText('Voordragen').first().click();
  await row.getByRole('button', { name: 'Voordragen' }).click();
  await expect(page.getByText(/Voorgedragen voor/)).toBeVisible();
  await signOut(page, 'nl');

  // Employer, German: the CV is there and downloads as an attachment; the diploma is not.
  await signInAs(page, 'de', 'employer');
  await page.goto('/de/candidates');
  await page.getByRole('link', { name: /^Dana/ }).first().click();
  const documents = page.getByTestId('employer-documents');
  await expect(documents).toContainText('Lebenslauf Dana');
  await expect(documents).toContainText('Lebenslauf');
  await expect(documents).not.toContainText('Diploma MBO 3');
  await expectNoRawKeys(page);
  const proposalUrl = page.url();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Lebenslauf Dana herunterladen' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Lebenslauf Dana.pdf');
  const cvHref = await page.getByRole('link', { name: 'Lebenslauf Dana herunterladen' }).getAttribute('href');
  const cv = await page.request.get(cvHref!);
  expect(cv.status()).toBe(200);
  expect(cv.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(cv.headers()['x-content-type-options']).toBe('nosniff');
  expect((await page.request.get(diplomaHref!)).status()).toBe(404);
  expect((await page.request.get(diplomaPreview!)).status()).toBe(404);
  // The photo of the CV shows on the page, in German.
  await expect(page.getByRole('link', { name: 'Lebenslauf Dana ansehen' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Lebenslauf Foto ansehen' }).click();
  const employerPreview = page.getByTestId('employer-documents-preview').getByRole('img', { name: 'Vorschau von Lebenslauf Foto' });
  await expect(employerPreview).toBeVisible();
  expect(await employerPreview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const photoPreview = await employerPreview.getAttribute('src');
  await expectNoRawKeys(page);
  await signOut(page, 'de');

  // Withdrawing the consent hides both at once.
  await signInAs(page, 'nl', 'caseworker');
  await page.goto(`/nl/job-seekers/${seekerId}`);
  await page.getByLabel('Reden van intrekken').fill('Op eigen verzoek');
  await page.getByRole('button', { name: 'Toestemming intrekken' }).click();
  await expect(page.getByTestId('consent-state')).not.toHaveText('Toestemming geldig.');
  await signOut(page, 'nl');
  await signInAs(page, 'de', 'employer');
  await page.goto(proposalUrl);
  await expect(page.getByTestId('employer-documents')).toHaveCount(0);
  expect((await page.request.get(cvHref!)).status()).toBe(404);
  expect((await page.request.get(diplomaHref!)).status()).toBe(404);
  expect((await page.request.get(photoPreview!)).status()).toBe(404);
});

test('an upload cut off halfway stores nothing: the form says so and keeps the title, the server drops the half file', async ({ page, baseURL }) => {
  const stamp = Date.now().toString(36);
  const title = `Afgebroken ${stamp}`;
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl/job-seekers');
  const hrefs = await page.locator('main a[href^="/nl/job-seekers/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const seekerId = hrefs.map((h) => /^\/nl\/job-seekers\/(\d+)$/.exec(h)?.[1]).find(Boolean)!;
  await page.goto(`/nl/job-seekers/${seekerId}`);
  await giveReasonIfAsked(page);

  // The browser loses the connection while sending: the form tells what happened, in Dutch.
  await page.route('**/api/job-seekers/*/documents', (route) => route.abort('connectionreset'));
  const upload = page.getByRole('form', { name: 'Document toevoegen' });
  await upload.getByLabel('Soort').selectOption({ label: 'Cv' });
  await upload.getByLabel('Titel').fill(title);
  await upload.getByLabel('Bestand').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${stamp}\n%%EOF\n`) });
  await upload.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(page.getByTestId('document-message')).toHaveText('Het uploaden is afgebroken. Er is niets opgeslagen; probeer het opnieuw.');
  await expect(upload.getByLabel('Titel')).toHaveValue(title);
  await page.unroute('**/api/job-seekers/*/documents');

  // The server's side: a real connection that announces 3 MB, sends 1 MB and is gone.
  const port = new URL(baseURL!).port;
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const boundary = `----grenzeloos${stamp}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ncv\r\n--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.write(
        `POST /api/job-seekers/${seekerId}/documents HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\nCookie: ${cookie}\r\n` +
          `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${3 * 1024 * 1024}\r\n\r\n`,
      );
      socket.write(head);
      socket.write(Buffer.alloc(1024 * 1024, 0x25), () =>
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 300),
      );
    });
    socket.on('error', reject);
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Documenten' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(title);
  // And the app is still there for the next upload.
  expect((await page.request.get('/api/health')).status()).toBe(200);
});
