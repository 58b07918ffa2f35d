import { expect, test } from '@playwright/test';
import { expectNoRawKeys, signInAs, type Lng } from './helpers';

const words = {
  nl: {
    title: 'API-sleutels',
    organisation: 'Organisatie',
    employer: 'Werkgever',
    read: 'Vacatures lezen',
    expires: 'Geldig tot en met',
    note: 'Notitie',
    submit: 'Sleutel aanmaken',
    secret: 'Geheim van de API-sleutel',
    revoke: 'intrekken',
    revoked: 'Ingetrokken',
    reference: 'API-referentie',
    pastError: 'Kies een datum na vandaag.',
  },
  de: {
    title: 'API-Schlüssel',
    organisation: 'Organisation',
    employer: 'Arbeitgeber',
    read: 'Stellen lesen',
    expires: 'Gültig bis einschließlich',
    note: 'Notiz',
    submit: 'Schlüssel erstellen',
    secret: 'Geheimnis des API-Schlüssels',
    revoke: 'widerrufen',
    revoked: 'Widerrufen',
    reference: 'API-Referenz',
    pastError: 'Bitte wählen Sie ein Datum nach heute.',
  },
} as const;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

for (const lng of ['nl', 'de'] as Lng[]) {
  test(`an admin makes an employer key, sees its secret once, uses it and revokes it (${lng})`, async ({ page }) => {
    const w = words[lng];
    await signInAs(page, lng, 'admin');
    await page.goto(`/${lng}/admin/api-keys`);
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
    await expectNoRawKeys(page);

    await page.getByRole('combobox', { name: w.organisation, exact: true }).selectOption('employer');
    await page.getByRole('combobox', { name: w.employer, exact: true }).selectOption({ label: 'Seniorenzentrum Sonnenhof Gronau' });
    await page.getByLabel(w.read).check();
    // A date in the past is refused in the user's language, and what was typed stays.
    await page.getByLabel(w.expires).fill(inDays(-1));
    const note = `e2e ${lng} ${Date.now()}`;
    await page.getByLabel(w.note).fill(note);
    await page.getByRole('button', { name: w.submit }).click();
    await expect(page.getByText(w.pastError)).toBeVisible();
    await expect(page.getByLabel(w.note)).toHaveValue(note);

    await page.getByLabel(w.expires).fill(inDays(30));
    await page.getByRole('button', { name: w.submit }).click();
    const secretField = page.getByLabel(w.secret);
    await expect(secretField).toBeVisible();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^gzk_[A-Za-z0-9_-]{43}$/);
    const prefix = secret.slice(0, 12);
    await expect(page.getByTestId(`api-key-${prefix}`)).toContainText(note);

    // The key works against the API at once, for its own company only.
    const listed = await page.request.get('/api/v1/vacancies?limit=100', { headers: { authorization: `Bearer ${secret}` } });
    expect(listed.status()).toBe(200);
    const employers = new Set(((await listed.json()) as { data: { employer: { name: string } }[] }).data.map((v) => v.employer.name));
    expect([...employers]).toEqual(['Seniorenzentrum Sonnenhof Gronau']);

    // Shown once: after a reload the secret is nowhere on the page.
    await page.reload();
    await expect(page.getByLabel(w.secret)).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: new RegExp(`${prefix}.*${w.revoke}|${w.revoke}.*${prefix}`, 'i') }).click();
    await expect(page.getByTestId(`api-key-status-${prefix}`)).toHaveText(w.revoked);
    const refused = await page.request.get('/api/v1/vacancies', { headers: { authorization: `Bearer ${secret}` } });
    expect(refused.status()).toBe(401);
    expect(refused.headers()['content-type']).toContain('application/problem+json');
  });

  test(`the API reference renders from the OpenAPI document, without scripts of its own (${lng})`, async ({ page }) => {
    const w = words[lng];
    await signInAs(page, lng, 'admin');
    await page.goto(`/${lng}/admin/api-keys`);
    await page.getByRole('link', { name: w.reference }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.reference })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /GET \/api\/v1\/vacancies List vacancies/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Vacancy', exact: true })).toBeVisible();
    // Not expectNoRawKeys here: the document's own English text names problem types (notFound,
    // serverError...) that are also words of our locales; the page's own texts are checked above.
    await expect(page.getByRole('heading', { level: 2, name: 'Vacancies' })).toBeVisible();
    const doc = await page.request.get('/api/v1/openapi.json');
    expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
}
