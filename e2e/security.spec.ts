import { expect, test, type Page } from '@playwright/test';
import { demo, expectNoRawKeys, signIn, signInAs, signOut } from './helpers';

/** Collects CSP violations the browser reports, from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return async () => [...fromConsole, ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[])];
}

test('security headers on pages, route handlers and static files; HSTS only over HTTPS', async ({ request, page }) => {
  const first = await request.get('/nl/login');
  const second = await request.get('/nl/login');
  const csp = first.headers()['content-security-policy']!;
  expect(csp).toBeTruthy();
  const scriptSrc = csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src'))!;
  expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  for (const directive of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) expect(csp).toContain(directive);
  expect(csp).not.toContain('unsafe-inline');
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(/'nonce-([^']+)'/.exec(second.headers()['content-security-policy']!)![1]).not.toBe(nonce);
  expect(first.headers()['x-content-type-options']).toBe('nosniff');
  expect(first.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(first.headers()['x-frame-options']).toBe('DENY');
  expect(first.headers()['strict-transport-security']).toBeUndefined();

  // Every script of the page carries this response's nonce.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);

  const overHttps = await request.get('/nl/login', { headers: { 'x-forwarded-proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
  expect(overHttps.headers()['content-security-policy']).toContain('upgrade-insecure-requests');

  const health = await request.get('/api/health');
  expect(health.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(health.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(health.headers()['x-content-type-options']).toBe('nosniff');
  const csrf = await request.get('/api/auth/csrf');
  expect(csrf.headers()['x-content-type-options']).toBe('nosniff');

  await page.goto('/nl/login');
  const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const staticFile = await request.get(asset!);
  expect(staticFile.status()).toBe(200);
  expect(staticFile.headers()['x-content-type-options']).toBe('nosniff');
});

test('the app runs under the policy: no violations, sign-in and forms work, markup in data stays text', async ({ page }) => {
  const violations = await watchCsp(page);
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await signInAs(page, 'nl', 'admin');
  for (const path of ['/nl/admin/accounts', '/nl/audit', '/de']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // Client-side validation proves the page hydrated; then a hostile name is stored and shown as text.
  await page.goto('/nl/admin/employers');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Werkgever en account aanmaken' }) });
  await form.getByRole('button', { name: 'Werkgever en account aanmaken' }).click();
  await expect(form.getByText('Vul dit veld in.').first()).toBeVisible();
  const hostile = `<img src=x onerror=alert(1)> Pflege ${Date.now()}`;
  await form.getByLabel('Naam van de organisatie').fill(hostile);
  await form.getByLabel('Postcode (Duits: 5 cijfers)').fill('48599');
  await form.getByLabel('Plaats').selectOption({ label: 'Gronau (Westf.)' });
  await form.getByLabel('Sector').selectOption({ label: 'Logistiek' });
  await form.getByRole('textbox', { name: 'Naam', exact: true }).fill('Test Person');
  await form.getByLabel('E-mailadres').fill(`xss-${Date.now()}@pflege.demo`);
  await form.getByLabel('Eerste wachtwoord (leeg laten: uitnodiging per e-mail)').fill('Hostile-Test-2026!');
  await form.getByRole('button', { name: 'Werkgever en account aanmaken' }).click();
  await expect(page.getByTestId('create-employer-message')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('rowheader', { name: hostile })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialog).toBe(false);
  expect(await violations()).toEqual([]);
});

test('after sign-in the browser stays on our host, whatever callbackUrl says', async ({ page, request }) => {
  await page.goto(`/nl/login?callbackUrl=${encodeURIComponent('https://evil.example/nl')}`);
  await page.getByLabel('E-mailadres').fill(demo('caseworker').email);
  await page.getByLabel('Wachtwoord').fill(demo('caseworker').password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/nl$/);

  // next-auth's own endpoint refuses a foreign callbackUrl too.
  const csrf = await request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: demo('caseworker').email, password: demo('caseworker').password, callbackUrl: 'https://evil.example/steal', json: 'true' },
    maxRedirects: 0,
  });
  const target = response.status() === 200 ? ((await response.json()) as { url: string }).url : response.headers().location!;
  expect(new URL(target).host).toMatch(/^localhost:\d+$/);
});

test('signing out ends the session on the server: a kept copy of the cookie no longer works', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, 'de', 'employer');
  const kept = await context.storageState();
  await signOut(page, 'de');
  await expect(page.getByText('Sie wurden abgemeldet.')).toBeVisible();

  const replay = await browser.newContext({ storageState: kept });
  // next-auth's session endpoint does not answer for it either (the token alone is still signed).
  expect(await (await replay.request.get('/api/auth/session')).json()).toEqual({});
  const again = await replay.newPage();
  await again.goto('/de');
  await expect(again).toHaveURL(/\/de\/login/);
  await replay.close();
  await context.close();
});

test('over HTTPS (a TLS proxy says so) the session cookies are Secure with __Secure- names; over HTTP they stay as they are', async ({
  playwright,
  baseURL,
}) => {
  const signInCookies = async (headers: Record<string, string>) => {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
    const setCookies = (r: { headersArray(): { name: string; value: string }[] }) =>
      r
        .headersArray()
        .filter((h) => h.name.toLowerCase() === 'set-cookie')
        .map((h) => h.value);
    const csrf = await request.get('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    // A client here talks plain HTTP to the app (the proxy would speak TLS to the browser), so the
    // Secure csrf cookie is handed back by hand, as the browser would over HTTPS.
    const csrfCookie = setCookies(csrf)
      .find((c) => c.includes('next-auth.csrf-token='))!
      .split(';')[0]!;
    const response = await request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: demo('caseworker').email, password: demo('caseworker').password, json: 'true' },
      headers: { cookie: csrfCookie },
      maxRedirects: 0,
    });
    const cookies = [...setCookies(csrf), ...setCookies(response)];
    await request.dispose();
    return cookies;
  };
  const overHttps = await signInCookies({ 'x-forwarded-proto': 'https' });
  const session = overHttps.find((c) => c.startsWith('__Secure-next-auth.session-token='));
  expect(session, overHttps.join('\n')).toBeDefined();
  expect(session).toMatch(/;\s*Secure/i);
  expect(overHttps.find((c) => c.startsWith('__Host-next-auth.csrf-token='))).toMatch(/;\s*Secure/i);

  const overHttp = await signInCookies({});
  expect(overHttp.some((c) => c.startsWith('next-auth.session-token='))).toBe(true);
  expect(overHttp.some((c) => c.startsWith('__Secure-'))).toBe(false);
});

test('too many failures from one address lock sign-in from there, and the form says until when', async ({ browser }) => {
  // The address a reverse proxy would report; each run of the suite uses a fresh one.
  const address = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
  const request = context.request;
  for (let i = 0; i < 29; i++) {
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    await request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: `spray-${i}@nowhere.demo`, password: 'Wrong-Password-1', json: 'true' },
      maxRedirects: 0,
    });
  }
  const page = await context.newPage();
  await signIn(page, 'nl', 'spray-last@nowhere.demo', 'Wrong-Password-1');
  await expect(page.getByTestId('sign-in-error')).toContainText('vanaf dit netwerkadres is inloggen tijdelijk geblokkeerd. Probeer het opnieuw na');
  // Even the right password is refused from that address now.
  await signIn(page, 'nl', demo('manager').email, demo('manager').password);
  await expect(page.getByTestId('sign-in-error')).toContainText('netwerkadres');
  await context.close();

  // The lock is in the audit trail.
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signInAs(manager, 'nl', 'manager');
  await manager.goto('/nl/audit?action=sign_in.address_locked');
  await expect(manager.getByRole('row').filter({ hasText: address }).first()).toBeVisible();
  await managerContext.close();
});

test('managers search the audit trail in both languages; viewing it is itself recorded', async ({ page }) => {
  await signInAs(page, 'nl', 'manager');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Audittrail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audittrail' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Audittrail' })).toHaveAttribute('aria-current', 'page');

  await page.getByLabel('Door wie').fill(demo('manager').email);
  await page.getByLabel('Handeling').fill('sign_in');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/actor=manager%40grenzeloos\.demo&action=sign_in/);
  const table = page.getByRole('table', { name: /Gebeurtenissen/ });
  await expect(table.getByRole('cell', { name: /^Ingelogd/ }).first()).toBeVisible();

  // The previous view is in the trail now.
  await page.getByLabel('Handeling').fill('audit.view');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(table.getByRole('cell', { name: /Audittrail ingezien/ }).first()).toBeVisible();
  await expectNoRawKeys(page);

  // Bad parameters fall back to no filter instead of an error.
  const response = await page.goto('/de/audit?from=2026-02-30&result=maybe&page=-4');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  await expect(page.getByLabel('Ab Datum')).toHaveValue('');
  await expectNoRawKeys(page);
});
