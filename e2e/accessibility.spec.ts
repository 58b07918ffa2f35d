import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Role } from '@/db/schema/enums';
import { ALL_ROLES, mayOpen, pages } from '@/lib/security/access-matrix';
import { demo, signInAs, type Lng } from './helpers';
import { faviconProblems, isOwnNotFoundLog, layoutProblems, VIEWPORTS, watchPageHealth } from './layout';
import { fillSample, readSampleIds } from './sample-ids';

/**
 * axe (WCAG 2.0/2.1/2.2 A and AA rules) on every page of the access matrix, for every role
 * that may see it, in both languages: as loaded (with the demo data), empty where the matrix
 * names an empty state, and with form errors showing (every form with required fields is
 * submitted empty). Zero violations.
 * The same page loads get the layout checks of e2e/layout.ts at 1366x900 and 390x844 (no
 * sideways scrolling, no overlapping text, no CSP violation or console error, a favicon),
 * so the layout walk costs a resize and a few evaluations per page instead of more loads.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, state: string) {
  // Legacy mode runs axe inside the page instead of opening a helper page per run (3-4x faster
  // here); it only matters for cross-origin iframes, which Grenzeloos has none of.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe on ${page.url()} [${state}]`).toEqual([]);
}

/** Submits every form that has required fields, empty, so its error messages show. */
async function showFormErrors(page: Page): Promise<number> {
  // Forms folded into a <details> (an outcome of a SIB contract) are checked opened, as a user sees them.
  await page.locator('main details:not([open])').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
  const forms = page.locator('form:has([aria-required="true"])');
  const count = await forms.count();
  // Until React has hydrated, a click submits the plain HTML form instead of showing errors.
  if (count > 0) await page.locator('html[data-hydrated="true"]').waitFor();
  for (let i = 0; i < count; i++) {
    const form = forms.nth(i);
    // The form's own submit button; forms with several actions (a vacancy: draft or publish)
    // use plain buttons, the saving ones last (after "add a language" and the like).
    const submits = form.locator('button[type="submit"]');
    const submit = (await submits.count()) > 0 ? submits.first() : form.locator('button.button').last();
    if ((await submit.count()) === 0) continue;
    for (const field of await form.locator('input[aria-required="true"]:not([type="checkbox"]):not([type="radio"])').all()) await field.fill('');
    await submit.click();
    await expect(form.locator('[aria-invalid="true"]').first()).toBeVisible();
  }
  return count;
}

// E2E_WALK_ROLES (e.g. "admin,manager") walks only those roles ("visitor" for no sign-in): CI
// splits the roles over its two passes, which together walk every role. Default: all of them.
const walkRoles = process.env.E2E_WALK_ROLES?.split(',').map((r) => r.trim());
// E2E_WALK_PAGES (e.g. "admin/api-keys") walks only pages whose route contains one of
// the given parts: for checking one screen while working on it. CI never sets it.
const walkPages = process.env.E2E_WALK_PAGES?.split(',').map((p) => p.trim());
const rolesToWalk = ([null, ...ALL_ROLES] as (Role | null)[]).filter((role) => !walkRoles || walkRoles.includes(role ?? 'visitor'));

for (const role of rolesToWalk) {
  test(`accessibility and layout: every page open to ${role ?? 'visitors'}, both languages`, async ({ browser }) => {
    // Some 30 pages x 2 languages x (loaded, empty, errors) x 2 viewports for one role.
    test.setTimeout(600_000);
    const desktop = VIEWPORTS[0];
    const context = await browser.newContext({ viewport: { width: desktop.width, height: desktop.height } });
    const page = await context.newPage();
    const health = await watchPageHealth(context, page);
    if (role) await signInAs(page, 'nl', role);
    await health.take();
    const ids = readSampleIds();
    const visible = pages.filter((p) => mayOpen(p.access, role) === 'allowed' && (!walkPages || walkPages.some((part) => p.route.includes(part))));
    expect(visible.length).toBeGreaterThan(0);
    // Layout problems of all pages, reported together: one run lists everything to fix.
    const problems: string[] = [];
    const checkLayout = async (state: string, expectNotFound = false) => {
      const url = page.url();
      const reported = (await health.take()).filter((line) => !(expectNotFound && isOwnNotFoundLog(line, url)));
      for (const line of [...reported, ...(await faviconProblems(page)), ...(await layoutProblems(page))])
        problems.push(`${new URL(url).pathname}${new URL(url).search} [${state}] ${line}`);
    };
    for (const lng of ['nl', 'de'] as Lng[]) {
      for (const rule of visible) {
        await page.goto(`/${lng}${fillSample(rule.sample, ids, 'own')}`);
        await expect(page.locator('h1')).toHaveCount(1);
        await expectNoViolations(page, 'loaded');
        await checkLayout('loaded', rule.notFound);
        if (rule.emptySample) {
          await page.goto(`/${lng}${fillSample(rule.emptySample, ids, 'own')}`);
          await expectNoViolations(page, 'empty');
          await checkLayout('empty');
        }
        if ((await showFormErrors(page)) > 0) {
          await expectNoViolations(page, 'form errors');
          await checkLayout('form errors');
        }
      }
    }
    await context.close();
    expect(problems, `layout on the pages open to ${role ?? 'visitors'}`).toEqual([]);
  });
}

test('accessibility: the refusal page', async ({ page }) => {
  await signInAs(page, 'de', 'employer');
  for (const path of ['/de/admin/accounts', '/nl/admin/accounts']) {
    await page.goto(path);
    await expectNoViolations(page, path);
  }
});

test('keyboard only: sign in with Tab and Enter', async ({ page }) => {
  await page.goto('/nl/login');
  const account = demo('caseworker');
  // From the top of the page: the skip link, the language switch, then the form.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByLabel('E-mailadres').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByLabel('E-mailadres')).toBeFocused();
  await page.keyboard.type(account.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wachtwoord')).toBeFocused();
  await page.keyboard.type(account.password);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  await expect(page).toHaveURL(/\/nl$/);

  // The skip link is the first stop and moves focus to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('German text on Dutch pages is marked as German', async ({ page }) => {
  await signInAs(page, 'nl', 'admin');
  await page.goto('/nl/admin/employers');
  const names = page.locator('tbody th[scope="row"]');
  expect(await names.count()).toBeGreaterThan(0);
  for (const name of await names.all()) await expect(name).toHaveAttribute('lang', 'de');
  await page.goto('/nl/admin/accounts');
  const employerUser = page.getByTestId(`account-${demo('employer').email}`);
  await expect(employerUser.getByText('Seniorenzentrum Sonnenhof Gronau')).toHaveAttribute('lang', 'de');
  // The language switcher names each language in its own language.
  await expect(page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
});
