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
  const cases: { role: 'employer' | 'caseworker'; path: string; status: number; action: string }[] = [
    { role: 'employer', path: '/de/job-seekers', status: 403, action: 'page.forbidden' },
    { role: 'employer', path: '/de/audit', status: 403, action: 'page.forbidden' },
    { role: 'employer', path: `/de/vacancies/${ids.vacancyId!.foreign}`, status: 404, action: 'page.not_found' },
    { role: 'employer', path: `/de/proposals/${ids.proposalId!.foreign}`, status: 404, action: 'page.not_found' },
    { role: 'caseworker', path: '/nl/admin/accounts', status: 403, action: 'page.forbidden' },
    { role: 'caseworker', path: '/nl/job-seekers/2000000000', status: 404, action: 'page.not_found' },
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
    await expect(page.locator('table.audit-table tbody tr'), `${c.role} ${c.path}`).toHaveCount(1);
    await expect(page.locator('table.audit-table tbody tr')).toContainText('Geweigerd');
  }
});
