import { expect, test } from '@playwright/test';
import { signedInPage } from './helpers';

/** The audit trail as staff read it. */

test('the audit trail names each action once in words, with room for the details', async ({ browser }) => {
  const page = await signedInPage(browser, 'manager');
  await page.goto('/nl/audit');
  await page.goto('/nl/audit');
  const rows = page.locator('table.audit-table tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  for (const row of await rows.all()) {
    const lines = (await row.locator('td.audit-action-cell').innerText())
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines, 'words first, the code once below').toHaveLength(2);
    expect(lines[0]).not.toMatch(/^[a-z_]+(\.[a-z_]+)?$/);
  }
  const details = page.locator('td.audit-details-cell').filter({ hasText: 'filters' }).first();
  expect((await details.boundingBox())!.width).toBeGreaterThan(200);

  // The other lane walks pages at the same time, so the newest row need not be this visit.
  await page.goto('/de/audit');
  await expect(page.locator('table.audit-table tbody tr').filter({ hasText: 'audit.view' }).first().locator('td.audit-action-cell')).toContainText(
    'Protokoll eingesehen',
  );
});
