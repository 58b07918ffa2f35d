import { inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import { demoTotpSecrets } from '@/db/seed/demo-accounts';
import { enrolKnownSecret } from '@/lib/auth/second-factor';

/**
 * Enrols the demo admin and manager with their known TOTP secrets, right after the demo data is
 * loaded. Here and not in db/seed: sealing a secret needs the app's key (lib/auth/totp.ts), and the
 * seed stays free of it.
 */
export async function enrolDemoSecondFactors(db: Database): Promise<void> {
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, Object.keys(demoTotpSecrets)));
  for (const row of rows) await enrolKnownSecret(db, row.id, demoTotpSecrets[row.email]!);
}
