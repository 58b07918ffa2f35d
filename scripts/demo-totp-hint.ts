import { demoTotpSecrets } from '@/db/seed/demo-accounts';

/** Printed under the demo logins: the admin and manager also need a code (second factor). */
export function printDemoSecondFactors(): void {
  console.log('\nThe demo admin and manager also need a code from an authenticator app (second factor):');
  for (const [email, secret] of Object.entries(demoTotpSecrets)) console.log(`  ${email}  TOTP secret ${secret}`);
  console.log('  No app at hand? `npm run demo:totp -- <email>` prints the current code.');
}
