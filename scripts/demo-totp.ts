import { demoTotpSecrets } from '@/db/seed/demo-accounts';
import { TOTP_PERIOD_SECONDS, totpCode } from '@/lib/auth/totp';

/**
 * `npm run demo:totp -- <email>`: the current second-factor code of a demo account, for testers
 * without an authenticator app. Only the demo accounts' known secrets; a real account's secret
 * is random and never leaves the database sealed.
 */
const email = process.argv[2]?.trim().toLowerCase();
const secret = email ? demoTotpSecrets[email] : undefined;
if (!secret) {
  console.error(`Usage: npm run demo:totp -- <email>, for one of: ${Object.keys(demoTotpSecrets).join(', ')}`);
  process.exit(1);
}
const left = TOTP_PERIOD_SECONDS - (Math.floor(Date.now() / 1000) % TOTP_PERIOD_SECONDS);
console.log(`${totpCode(secret)}  (${email}, valid for ${left} more seconds; each code works once)`);
