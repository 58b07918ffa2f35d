import type { Role } from '@/db/schema/enums';

/**
 * Who may work with the job-seeker register: staff only. Employers never see the pool of job
 * seekers (they see only candidates proposed to their own vacancies, elsewhere).
 * Every staff member may view and edit anyone (colleagues stand in for each other; the owner is
 * shown); erasing, which cannot be undone, is for the owning caseworker, managers and admins.
 * Handing a person over follows the same rule: otherwise a colleague refused the erasure could
 * hand the person to herself and then erase.
 */
export const JOB_SEEKER_ROLES = ['caseworker', 'manager', 'admin'] as const satisfies readonly Role[];

export function mayErase(user: { id: number; role: Role }, ownerId: number | null): boolean {
  if (user.role === 'manager' || user.role === 'admin') return true;
  return user.role === 'caseworker' && ownerId === user.id;
}

/** Who may hand a person over to another caseworker: the owner, a manager or an admin. */
export function mayHandOver(user: { id: number; role: Role }, ownerId: number | null): boolean {
  return mayErase(user, ownerId);
}
