import { chromium, type Browser } from '@playwright/test';
import { count } from 'drizzle-orm';
import { jobSeekers } from '@/db/schema';
import type { BenchCase, BenchContext } from '../types';
import { benchAccounts } from '../types';
import { matchesForSeekerCase } from './matches';

/**
 * First-load JS and CSS per page in the browser: Chromium loads the targets dashboard, the
 * job-seeker list and a person's matches page with an empty cache and counts the bytes sent
 * over the wire (compressed, as `next start` serves them) per resource type. Goal of issue 11:
 * under 200 kB of JS and 60 kB of CSS per page. app_ms is the time to load all three.
 * The figures go on their own lines: `bench page-weight <page> js_kb=<n> css_kb=<n> html_kb=<n>`.
 */
const port = process.env.BENCH_PORT ?? '3200';
const base = `http://localhost:${port}`;
let browser: Browser | undefined;
let reported = false;

const pages = (ctx: BenchContext) => [
  ['dashboard', '/nl/targets'],
  ['job-seeker-list', '/nl/job-seekers'],
  ['matches', `/nl/job-seekers/${ctx.ids.matchSeekerId}/matches`],
];

async function weigh(ctx: BenchContext): Promise<{ name: string; js: number; css: number; doc: number }[]> {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/nl/login`);
    await page.getByLabel('E-mailadres').fill(benchAccounts.caseworker.email);
    await page.getByLabel('Wachtwoord').fill(benchAccounts.caseworker.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    const results: { name: string; js: number; css: number; doc: number }[] = [];
    for (const [name, path] of pages(ctx)) {
      // A fresh page with the cache off: what a first visit of this page costs.
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const types = new Map<string, string>();
      let js = 0;
      let css = 0;
      let doc = 0;
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
      cdp.on('Network.loadingFinished', (e) => {
        const type = types.get(e.requestId);
        if (type === 'Script') js += e.encodedDataLength;
        if (type === 'Stylesheet') css += e.encodedDataLength;
        // The HTML, with the server components' payload (and the page language's texts) inside.
        if (type === 'Document') doc += e.encodedDataLength;
      });
      const response = await tab.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) throw new Error(`page-weight ${name}: HTTP ${response?.status()}`);
      results.push({ name: name!, js, css, doc });
      await tab.close();
    }
    return results;
  } finally {
    await context.close();
  }
}

export const pageWeightCase: BenchCase = {
  name: 'page-weight',
  role: 'caseworker',
  fill: (ctx) => matchesForSeekerCase.fill!(ctx),
  async sql({ db }) {
    // No query floor for bytes: the count of people behind the list, for the record.
    await db.select({ n: count() }).from(jobSeekers);
    return pages({ db, ids: {} }).length;
  },
  async app(ctx) {
    const results = await weigh(ctx);
    if (!reported) {
      reported = true;
      for (const r of results)
        console.log(`bench page-weight ${r.name} js_kb=${(r.js / 1024).toFixed(1)} css_kb=${(r.css / 1024).toFixed(1)} html_kb=${(r.doc / 1024).toFixed(1)}`);
    }
    return results.length;
  },
};

process.on('exit', () => {
  void browser?.close();
});
