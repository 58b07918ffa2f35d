import type { Role } from '@/db/schema/enums';

/**
 * The demo logins, one per role. README lists the same table; `npm start` prints it.
 * Demo data only: a real installation creates its own accounts through the admin screen.
 */
export const demoAccounts = [
  { email: 'admin@grenzeloos.demo', password: 'Admin-Demo-2026', role: 'admin', name: 'Fatima El Amrani', locale: 'nl' },
  { email: 'manager@grenzeloos.demo', password: 'Manager-Demo-2026', role: 'manager', name: 'Henk Oude Egberink', locale: 'nl' },
  { email: 'caseworker@grenzeloos.demo', password: 'Casework-Demo-2026', role: 'caseworker', name: 'Sanne Kuipers', locale: 'nl' },
  { email: 'pflege@sonnenhof-gronau.demo', password: 'Arbeitgeber-Demo-2026', role: 'employer', name: 'Birgit Schulte', locale: 'de' },
] as const satisfies ReadonlyArray<{ email: string; password: string; role: Role; name: string; locale: 'nl' | 'de' }>;

/** The employer the demo employer user belongs to. */
export const demoEmployerName = 'Seniorenzentrum Sonnenhof Gronau';

/**
 * Known TOTP secrets of the demo admin and manager (their roles require a second factor), so a
 * tester needs no authenticator app: `npm run demo:totp -- <email>` prints the current code, or
 * add the secret to any app. Demo data only: a real account's secret is random and sealed.
 */
export const demoTotpSecrets: Readonly<Record<string, string>> = {
  'admin@grenzeloos.demo': 'GZDEMOADMINSECRETKEYFORTOTPTESTS',
  'manager@grenzeloos.demo': 'GZDEMOMANAGERSECRETKEYFORTOTPTST',
};
