import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInAs } from './helpers';

/**
 * Four main flows driven with the keyboard only: Tab / Shift+Tab to move, typing, Enter,
 * Space, and the arrow keys for <select>. Locators serve only to check where focus is and
 * what the page shows; nothing is clicked or filled.
 */

// Date inputs take their digits in the browser locale's order: fix it to month/day/year.
test.use({ locale: 'en-US' });

/** Types a YYYY-MM-DD day into a focused <input type="date"> (en-US: MM DD YYYY). */
async function typeDate(page: Page, iso: string) {
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
}

async function isFocused(target: Locator): Promise<boolean> {
  if ((await target.count()) === 0) return false;
  return target.first().evaluate((el) => el === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until the target has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<number> {
  let presses = 0;
  for (; presses < max && !(await isFocused(target)); presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with ${back ? 'Shift+Tab' : 'Tab'} within ${max} presses`).toBeFocused({ timeout: 1000 });
  return presses;
}

/** Tabs to a field and types into it. */
async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.type(text);
  await expect(target).toHaveValue(text);
}

/**
 * With a closed, focused <select>: optional type-ahead, then ArrowDown until the selected
 * option's text matches. Fails at the end of the list.
 */
async function chooseWithKeys(page: Page, select: Locator, match: string | RegExp, typeAhead?: string) {
  await expect(select).toBeFocused();
  if (typeAhead) await page.keyboard.type(typeAhead);
  const state = () =>
    select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      return { text: s.selectedOptions[0]?.text.trim() ?? '', last: s.selectedIndex === s.options.length - 1 };
    });
  const ok = (text: string) => (typeof match === 'string' ? text === match : match.test(text));
  for (let i = 0; i < 400; i++) {
    const { text, last } = await state();
    if (ok(text)) return text;
    if (last) break;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option matching ${match} reached with the arrow keys`);
}

function isoDay(offsetDays: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

const stamp = Date.now().toString(36).toUpperCase();

test('keyboard only (nl): a caseworker registers a job seeker', async ({ page }) => {
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl/job-seekers/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Werkzoekende inschrijven' })).toBeVisible();

  const clientNumber = `KB-${stamp}`;
  const lastName = `Toetsenbord ${stamp.toLowerCase()}`;
  await typeInto(page, page.locator('#js-client-number'), clientNumber);
  await tabTo(page, page.locator('#js-date-of-birth'));
  await typeDate(page, '1984-03-09');
  await expect(page.locator('#js-date-of-birth')).toHaveValue('1984-03-09');
  await typeInto(page, page.locator('#js-first-name'), 'Iris');
  await typeInto(page, page.locator('#js-last-name'), lastName);
  await typeInto(page, page.locator('#js-postcode'), '7522 NB');
  await tabTo(page, page.locator('#js-place'));
  await chooseWithKeys(page, page.locator('#js-place'), 'Enschede (7511)', 'Enschede');

  // The two preset language rows need a level each.
  await tabTo(page, page.locator('#js-level-0'));
  await chooseWithKeys(page, page.locator('#js-level-0'), /^C2/);
  await tabTo(page, page.locator('#js-level-1'));
  await chooseWithKeys(page, page.locator('#js-level-1'), /^B1/);

  await typeInto(page, page.locator('#js-hours-min'), '24');
  await typeInto(page, page.locator('#js-hours-max'), '32');

  const submit = page.getByRole('button', { name: 'Inschrijven', exact: true });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('saved-message')).toHaveText('De werkzoekende is ingeschreven.');
  await expect(page).toHaveURL(/\/nl\/job-seekers\/\d+/);
  await expect(page.getByRole('heading', { level: 1, name: `Iris ${lastName}` })).toBeVisible();
  await expect(page.getByText(`Klantnummer ${clientNumber}`)).toBeVisible();
});

test('keyboard only (de): an employer saves a vacancy as a draft', async ({ page }) => {
  await signInAs(page, 'de', 'employer');
  await page.goto('/de/vacancies/new');
  const title = `Pflegefachkraft Tastatur ${stamp}`;
  await typeInto(page, page.getByLabel('Stellenbezeichnung'), title);
  const save = page.getByRole('button', { name: 'Als Entwurf speichern' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/de\/vacancies\/\d+/);
  await expect(page.getByTestId('vacancy-saved')).toContainText('Der Entwurf ist gespeichert');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('.vacancy-summary [data-status]')).toHaveText('Entwurf');
});

test('keyboard only (nl): a caseworker proposes a candidate', async ({ page }) => {
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl/vacancies?q=Sonnenhof&status=open');
  // A vacancy, not an imported posting of the same firma whose employer is not linked yet.
  const href = await page.getByTestId('vacancy-list').locator('[data-testid^="vacancy-row-"]').first().getByRole('link').first().getAttribute('href');
  expect(href).toMatch(/\/nl\/vacancies\/\d+$/);
  await page.goto(`${href}/matches`);

  const rows = page.locator('tbody tr[data-testid^="match-"]');
  await expect(rows.first()).toBeVisible();
  const name = (await rows.first().getByRole('rowheader').innerText()).trim();
  const checkbox = rows.first().getByRole('checkbox');
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();

  // Every match row has two tab stops (checkbox, name link): the motivation lies beyond them all.
  const rowCount = await rows.count();
  const motivation = page.getByLabel('Motivatie voor de werkgever (in het Duits)');
  const presses = await tabTo(page, motivation, { max: 2 * rowCount + 10 });
  console.log(`matches: ${rowCount} rows, ${presses} Tab presses from the first checkbox to the motivation`);
  await page.keyboard.type('Erfahrung in der Altenpflege, wohnt in Enschede.');
  const submit = page.getByRole('button', { name: 'Geselecteerde kandidaten voordragen' });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('propose-message').first()).toHaveText('Voorgedragen kandidaten: 1.');
  await expect(page.getByRole('rowheader', { name, exact: true })).toHaveCount(0);
});

test('keyboard only (nl): a caseworker logs a placement', async ({ page }) => {
  await signInAs(page, 'nl', 'caseworker');
  await page.goto('/nl/placements/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Plaatsing registreren' })).toBeVisible();

  // Someone of the caseload outside the SIB cohort: search by their last word, pick them.
  const personSelect = page.getByRole('combobox', { name: 'Werkzoekende', exact: true });
  const candidates = (await personSelect.locator('option').allTextContents()).filter((l) => l !== 'Kies een werkzoekende' && !l.includes('SIB-cohort'));
  expect(candidates.length, 'caseload has someone outside the SIB cohort').toBeGreaterThan(0);
  const person = candidates[0]!.trim();
  const query = person.split(/[,·(]/)[0]!.trim();

  const status = page.locator('form p.field-hint[role="status"]');
  await typeInto(page, page.getByLabel('Zoek werkzoekende (naam of klantnummer)'), query);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(/\d+ gevonden\./);
  await tabTo(page, personSelect);
  await chooseWithKeys(page, personSelect, person);

  await typeInto(page, page.getByLabel('Zoek werkgever (naam)'), 'Sonnenhof');
  await page.keyboard.press('Enter');
  const employerSelect = page.getByRole('combobox', { name: 'Werkgever', exact: true });
  await expect(employerSelect.locator('option', { hasText: 'Sonnenhof' })).toHaveCount(1);
  await tabTo(page, employerSelect);
  await chooseWithKeys(page, employerSelect, /Sonnenhof/);

  const start = page.getByLabel('Startdatum');
  await tabTo(page, start);
  const day = isoDay(-Math.floor(Math.random() * 20));
  await typeDate(page, day);
  await expect(start).toHaveValue(day);
  // Funding: Tab lands on the checked radio; the arrow keys move within the group.
  const regular = page.getByRole('radio', { name: 'Regulier', exact: true });
  await tabTo(page, page.getByRole('radio', { checked: true }));
  if (!(await regular.isChecked())) await page.keyboard.press('ArrowUp');
  await expect(regular).toBeChecked();
  await typeInto(page, page.getByLabel('Functie'), 'Altenpflegehelferin');
  await typeInto(page, page.getByLabel('Uren per week'), '32');

  const submit = page.getByRole('button', { name: 'Plaatsing registreren' });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/nl\/placements\/\d+\?created=1$/);
  await expect(page.getByTestId('placement-created')).toBeVisible();
  await expect(page.getByTestId('placement-funding')).toHaveText('Regulier');
});
