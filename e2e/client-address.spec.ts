import { expect, test } from '@playwright/test';
import { signIn, signInAs } from './helpers';

/**
 * The audit trail and the sign-in throttle record the address the trusted proxy saw, never one
 * the client wrote into X-Forwarded-For. The e2e server trusts only this machine (e2e/serve.ts:
 * TRUSTED_PROXIES); the specs play the proxy. lib/security/ip.test.ts covers untrusted peers.
 */
test('a forged X-Forwarded-For entry in front of the proxy’s own is never recorded', async ({ browser }) => {
  const seen = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
  const forged = '198.51.100.66';
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `${forged}, ${seen}` } });
  const page = await context.newPage();
  await signIn(page, 'nl', `forged-${seen}@nowhere.demo`, 'Wrong-Password-1');
  await expect(page.getByTestId('sign-in-error')).toBeVisible();
  await context.close();

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signInAs(manager, 'nl', 'manager');
  await manager.goto('/nl/audit?action=sign_in.failed');
  await expect(manager.locator('table.audit-table tbody tr').filter({ hasText: seen }).first()).toBeVisible();
  await expect(manager.locator('table.audit-table tbody tr').filter({ hasText: forged })).toHaveCount(0);
  await managerContext.close();
});
