import { type Browser, expect, type Page } from '@playwright/test';
import { demoAccounts } from '@/db/seed/demo-accounts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Lng = 'nl' | 'de';
export type DemoRole = (typeof demoAccounts)[number]['role'];

export function demo(role: DemoRole) {
  return demoAccounts.find((a) => a.role === role)!;
}

const labels = {
  nl: { email: 'E-mailadres', password: 'Wachtwoord', submit: 'Inloggen', signOut: 'Uitloggen' },
  de: { email: 'E-Mail-Adresse', password: 'Passwort', submit: 'Anmelden', signOut: 'Abmelden' },
} as const;

export async function signIn(page: Page, lng: Lng, email: string, password: string) {
  await page.goto(`/${lng}/login`);
  await page.getByLabel(labels[lng].email).fill(email);
  await page.getByLabel(labels[lng].password).fill(password);
  await page.getByRole('button', { name: labels[lng].submit }).click();
}

export async function signInAs(page: Page, lng: Lng, role: DemoRole) {
  const account = demo(role);
  await signIn(page, lng, account.email, account.password);
  await expect(page.getByRole('button', { name: labels[lng].signOut })).toBeVisible();
}

export async function signOut(page: Page, lng: Lng) {
  await page.getByRole('button', { name: labels[lng].signOut }).click();
  await expect(page).toHaveURL(new RegExp(`/${lng}/login`));
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
