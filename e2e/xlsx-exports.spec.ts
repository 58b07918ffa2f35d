import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInAs, type DemoRole, type Lng } from './helpers';
import { todayInAppZone } from '@/lib/time/zoned';

const year = Number(todayInAppZone().slice(0, 4));

async function signedInPage(browser: Browser, role: DemoRole, lng: Lng): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, lng, role);
  return page;
}

/** Clicks a download link and parses the file it gives, as Excel would open it. */
async function downloadWorkbook(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ name: string; book: ExcelJS.Workbook }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const book = new ExcelJS.Workbook();
  const bytes = readFileSync((await download.path())!);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { name: download.suggestedFilename(), book };
}

const cases = {
  nl: { placements: 'Exporteren naar Excel (.xlsx)', sheet: 'Plaatsingen', start: 'Startdatum', sib: 'Downloaden (Excel, .xlsx)', figures: 'Kerncijfers' },
  de: { placements: 'Nach Excel exportieren (.xlsx)', sheet: 'Vermittlungen', start: 'Beginn', sib: 'Herunterladen (Excel, .xlsx)', figures: 'Kennzahlen' },
} as const;

for (const lng of ['nl', 'de'] as const) {
  test(`Excel downloads open, in ${lng}: placements with the filters on screen, the ledger, the investor's report`, async ({ browser }) => {
    const words = cases[lng];
    const page = await signedInPage(browser, 'manager', lng);

    await page.goto(`/${lng}/placements?year=${year}&funding=sib`);
    const placements = await downloadWorkbook(page, page.getByRole('link', { name: words.placements }));
    expect(placements.name).toMatch(new RegExp(`-${year}-sib\\.xlsx$`));
    const ws = placements.book.worksheets[0]!;
    expect(ws.name).toBe(words.sheet);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(2).value).toBe(words.start);
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row, n) => n > 1 && rows.push(row));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.getCell(2).value).toBeInstanceOf(Date);
      expect(row.getCell(3).value).toBe(year);
    }

    await page.goto(`/${lng}/sib`);
    const ledger = await downloadWorkbook(page, page.getByRole('link', { name: words.sib }));
    expect(ledger.name).toMatch(/^sib-register-\d{4}-Q[1-4]\.xlsx$/);
    expect(ledger.book.worksheets[0]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    await page.goto(`/${lng}/sib/report?period=${year}`);
    const report = await downloadWorkbook(page, page.getByRole('link', { name: words.sib }));
    expect(report.name).toBe(`${lng === 'nl' ? 'sib-rapport' : 'sib-bericht'}-${year}.xlsx`);
    expect(report.book.worksheets[0]!.name).toBe(words.figures);
    const figures = report.book.worksheets[0]!;
    expect(typeof figures.getRow(2).getCell(2).value).toBe('number');
  });
}
