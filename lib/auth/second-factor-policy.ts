import { roles, type Role } from '@/db/schema/enums';

/**
 * Roles that must have a second factor (MFA_REQUIRED_ROLES, comma-separated; default admin and
 * manager; empty: nobody). A user of such a role without one is sent to enrol before any other page.
 */
export function secondFactorRequiredRoles(value: string | undefined = process.env.MFA_REQUIRED_ROLES): readonly Role[] {
  const list = (value ?? 'admin,manager')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = list.filter((r) => !(roles as readonly string[]).includes(r));
  if (unknown.length > 0) throw new Error(`MFA_REQUIRED_ROLES names unknown roles: ${unknown.join(', ')}`);
  return list as Role[];
}
