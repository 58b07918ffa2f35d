import type { Role } from '@/db/schema/enums';

/**
 * Who may use the job-seeker register is the access matrix's (lib/security/access/job-seekers.ts):
 * staff only. Within it, erasing, which cannot be undone, is for the owning caseworker,
 * managers and admins: a rule about the row, so it lives here.
 * Handing a person over follows the same rule: otherwise a colleague refused the erasure could
 * hand the person to herself and then erase.
 */
export function mayErase(user: { id: number; role: Role }, ownerId: number | null): boolean {
  if (user.role === 'manager' || user.role === 'admin') return true;
  return user.role === 'caseworker' && ownerId === user.id;
}

/** Who may hand a person over to another caseworker: the owner, a manager or an admin. */
export function mayHandOver(user: { id: number; role: Role }, ownerId: number | null): boolean {
  return mayErase(user, ownerId);
}
