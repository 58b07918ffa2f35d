import { type Browser, type Cookie, expect, type Page } from '@playwright/test';
import { demoAccounts, demoTotpSecrets } from '@/db/seed/demo-accounts';
import { TOTP_PERIOD_SECONDS, timeStep, totpCode } from '@/lib/auth/totp';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Lng = 'nl' | 'de';
export type DemoRole = (typeof demoAccounts)[number]['role'];

export function demo(role: DemoRole) {
  return demoAccounts.find((a) => a.role === role)!;
}

const labels = {
  nl: {
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    signOut: 'Uitloggen',
    code: 'Code uit de app of herstelcode',
    codeSubmit: 'Code controleren',
  },
  de: {
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    signOut: 'Abmelden',
    code: 'Code aus der App oder Wiederherstellungscode',
    codeSubmit: 'Code prüfen',
  },
} as const;

export async function signIn(page: Page, lng: Lng, email: string, password: string) {
  await page.goto(`/${lng}/login`);
  await page.getByLabel(labels[lng].email).fill(email);
  await page.getByLabel(labels[lng].password).fill(password);
  await page.getByRole('button', { name: labels[lng].submit }).click();
}

/** The second step of the sign-in form: a code from the app (or a recovery code). */
export async function enterCode(page: Page, lng: Lng, code: string) {
  await page.getByLabel(labels[lng].code).fill(code);
  await page.getByRole('button', { name: labels[lng].codeSubmit }).click();
}

/**
 * A TOTP code of a time step nobody in this test run has used for this account yet. The server
 * refuses a code of a step already used (replay), and both Playwright workers sign in as the
 * demo admin and manager: each step is claimed with an exclusive file create, shared by the
 * worker processes; a taken step means waiting for the next one (at most 30 s).
 */
const stepClaims = path.join(os.tmpdir(), `grenzeloos-e2e-totp-${process.env.E2E_PORT ?? '3100'}`);
export async function unusedTotpCode(email: string, secret: string): Promise<string> {
  mkdirSync(stepClaims, { recursive: true });
  for (;;) {
    const step = timeStep(new Date());
    try {
      closeSync(openSync(path.join(stepClaims, `${email}-${step}`), 'wx'));
      return totpCode(secret, new Date(step * TOTP_PERIOD_SECONDS * 1000 + 1000));
    } catch {
      await new Promise((r) => setTimeout(r, (step + 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 200));
    }
  }
}

/**
 * Session cookies of the demo accounts with a second factor, per worker. Every test that signs in
 * as the demo admin or manager would otherwise need a code of its own 30-second step; so each
 * worker signs in once through the real form (password, then code) and later tests reuse that
 * session. signOut forgets a session it ends; a session that ended otherwise is noticed (the page
 * sends to the sign-in form) and replaced by a new sign-in.
 */
const factorSessions = new Map<string, Cookie[]>();
const isSessionCookie = (c: Cookie) => c.name.endsWith('next-auth.session-token');

export async function signInAs(page: Page, lng: Lng, role: DemoRole) {
  const account = demo(role);
  const secret = demoTotpSecrets[account.email];
  if (!secret) {
    await signIn(page, lng, account.email, account.password);
    await expect(page.getByRole('button', { name: labels[lng].signOut })).toBeVisible();
    return;
  }
  const cached = factorSessions.get(account.email);
  if (cached) {
    await page.context().addCookies(cached);
    await page.goto(`/${lng}`);
    if (!new URL(page.url()).pathname.includes('/login')) {
      await expect(page.getByRole('button', { name: labels[lng].signOut })).toBeVisible();
      return;
    }
    factorSessions.delete(account.email);
    await page.context().clearCookies();
  }
  await signIn(page, lng, account.email, account.password);
  await enterCode(page, lng, await unusedTotpCode(account.email, secret));
  await expect(page.getByRole('button', { name: labels[lng].signOut })).toBeVisible();
  factorSessions.set(account.email, (await page.context().cookies()).filter(isSessionCookie));
}

export async function signOut(page: Page, lng: Lng) {
  const ending = (await page.context().cookies()).filter(isSessionCookie).map((c) => c.value);
  await page.getByRole('button', { name: labels[lng].signOut }).click();
  await expect(page).toHaveURL(new RegExp(`/${lng}/login`));
  for (const [email, cookies] of factorSessions) {
    if (cookies.some((c) => ending.includes(c.value))) factorSessions.delete(email);
  }
}

type Tree = { [key: string]: string | Tree };
function keyPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keyPaths(v, `${prefix}${k}.`)));
}

/** Translation keys that would show if a text were missing: dotted paths and camelCase leaves. */
const rawKeyCandidates = [
  ...new Set(
    readdirSync(path.join(process.cwd(), 'locales', 'nl'))
      .map((file) => JSON.parse(readFileSync(path.join(process.cwd(), 'locales', 'nl', file), 'utf8')) as Tree)
      .flatMap((ns) => keyPaths(ns))
      .filter((k) => k.includes('.') || /[a-z][A-Z]/.test(k)),
  ),
];

/** Fails when the page shows a raw i18n key instead of a text. */
export async function expectNoRawKeys(page: Page) {
  const text = await page.locator('body').innerText();
  // The audit trail shows each action's code (e.g. proposal.move) in <code> on purpose, and some
  // codes are also translation keys: a code shown as code is not a missing text.
  const codes = new Set((await page.locator('code').allInnerTexts()).map((c) => c.trim()));
  const shown = rawKeyCandidates.filter((key) => !codes.has(key) && new RegExp(`(^|[^\\w.@-])${key.replace(/\./g, '\\.')}($|[^\\w.])`).test(text));
  expect(shown, `raw i18n keys on ${page.url()}`).toEqual([]);
}

/** A fresh browser context (its own cookies) signed in as the demo account of that role. */
export async function signedInPage(browser: Browser, role: DemoRole, lng: Lng = 'nl'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, lng, role);
  return page;
}

/**
 * Need-to-know: a demo caseworker who opens a colleague's client is asked for a reason first.
 * Specs that pick "any person" from a list call this after opening the profile: when the form is
 * there, it gives a reason (e2e/need-to-know.spec.ts tests the form itself).
 */
export async function giveReasonIfAsked(page: Page, lng: Lng = 'nl') {
  const form = page.getByTestId('break-glass-form');
  if ((await form.count()) === 0) return;
  await form.getByRole('combobox', { name: lng === 'nl' ? 'Reden' : 'Grund' }).selectOption('shared_vacancy');
  await form
    .getByLabel(lng === 'nl' ? 'Toelichting' : 'Erläuterung')
    .fill(lng === 'nl' ? 'Voordracht voor een vacature (e2e).' : 'Vorschlag für eine Stelle (e2e).');
  await form.getByRole('button').click();
  await expect(form).toHaveCount(0);
}
