import { expect, test } from '@playwright/test';
import { demo, signInAs, signOut } from './helpers';
import { readSampleIds } from './sample-ids';

/**
 * Every refused page writes exactly one audit row (issue 20, part B): role x refused page ->
 * one `page.forbidden` (403) or `page.not_found` (404: a missing id, or another company's,
 * which answers the same) row for that path, as that user.
 */
test('each refused page is one audit row, as the user who was refused', async ({ page }) => {
  const ids = readSampleIds();
  // Ids no other test opens, so each such path has exactly one row; the walks also open the
  // fixed paths (another company's vacancy), which then have at least this test's row.
  const unseen = () => 1_900_000_000 + Math.floor(Math.random() * 99_999_999);
  const cases: { role: 'employer' | 'caseworker'; path: string; status: number; action: string; only: boolean }[] = [
    { role: 'employer', path: `/de/job-seekers/${unseen()}`, status: 403, action: 'page.forbidden', only: true },
    { role: 'employer', path: `/de/vacancies/${unseen()}`, status: 404, action: 'page.not_found', only: true },
    { role: 'employer', path: `/de/vacancies/${ids.vacancyId!.foreign}`, status: 404, action: 'page.not_found', only: false },
    { role: 'employer', path: `/de/proposals/${ids.proposalId!.foreign}`, status: 404, action: 'page.not_found', only: false },
    { role: 'caseworker', path: `/nl/sib/contracts/${unseen()}`, status: 403, action: 'page.forbidden', only: true },
    { role: 'caseworker', path: `/nl/job-seekers/${unseen()}`, status: 404, action: 'page.not_found', only: true },
  ];
  for (const role of ['employer', 'caseworker'] as const) {
    const lng = role === 'employer' ? 'de' : 'nl';
    await signInAs(page, lng, role);
    for (const c of cases.filter((x) => x.role === role)) {
      const response = await page.goto(c.path);
      expect(response?.status(), c.path).toBe(c.status);
    }
    // The refusal pages have no menu: back home to sign out.
    await page.goto(`/${lng}`);
    await signOut(page, lng);
  }
  await signInAs(page, 'nl', 'manager');
  for (const c of cases) {
    await page.goto(`/nl/audit?actor=${encodeURIComponent(demo(c.role).email)}&action=${c.action}&objectId=${encodeURIComponent(c.path)}`);
    const rows = page.locator('table.audit-table tbody tr');
    if (c.only) await expect(rows, `${c.role} ${c.path}`).toHaveCount(1);
    else await expect(rows.first(), `${c.role} ${c.path}`).toBeVisible();
    await expect(rows.first()).toContainText('Geweigerd');
  }
});
