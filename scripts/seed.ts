import { count } from 'drizzle-orm';
import { configuredDatabase, openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { employers, jobSeekers, placements, proposals, users, vacancies } from '@/db/schema';
import { demoAccounts } from '@/db/seed/demo-accounts';
import { printDemoSecondFactors } from './demo-totp-hint';
import { seedDemoData } from '@/db/seed/seed-demo-data';
import { enrolDemoSecondFactors } from './demo-second-factors';
import { ensureAuthSecret } from './env';

// The demo admin's and manager's TOTP secrets are sealed with the key the app will use.
ensureAuthSecret();

// `npm run db:seed`: migrate, then load the demo data into an empty database.
// Never run this against the folder of a running server: PGlite does not lock it.
const handle = await openDatabase({ ...configuredDatabase(), statementTimeoutMs: 0 });
try {
  await migrateDatabase(handle);
  const started = performance.now();
  const { seeded } = await seedDemoData(handle.db, { today: new Date() });
  if (seeded) await enrolDemoSecondFactors(handle.db);
  const ms = Math.round(performance.now() - started);
  if (!seeded) {
    console.log(`The database (${handle.kind}) already holds users, employers or job seekers: demo data not loaded, nothing changed.`);
  } else {
    const tally = async (table: typeof users | typeof employers | typeof vacancies | typeof jobSeekers | typeof proposals | typeof placements) =>
      (await handle.db.select({ n: count() }).from(table))[0]?.n ?? 0;
    const [u, e, v, j, p, pl] = await Promise.all([users, employers, vacancies, jobSeekers, proposals, placements].map(tally));
    console.log(
      `Demo data loaded into ${handle.kind} in ${ms} ms: ${u} users, ${e} employers, ${v} vacancies, ${j} job seekers, ${p} proposals, ${pl} placements.`,
    );
    console.log('Demo logins:');
    const width = Math.max(...demoAccounts.map((a) => a.email.length));
    for (const a of demoAccounts) console.log(`  ${a.email.padEnd(width)}  ${a.password.padEnd(22)}  ${a.role}`);
    printDemoSecondFactors();
  }
} finally {
  await handle.close();
}
