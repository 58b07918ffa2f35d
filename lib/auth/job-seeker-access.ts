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

/**
 * Need-to-know: a caseworker opens the full profile and export of their own caseload. Someone
 * else's client needs a stated reason first ("break the glass", lib/auth/need-to-know.ts).
 * A person without an owner is nobody's caseload yet (a new registration waiting to be picked
 * up), so any caseworker may open them. Managers and admins have no caseload: they oversee
 * (hand-overs, erasure, SIB verification, complaints) and read without a reason, under the same
 * hourly limits and the same audit trail (and, from part A of the issue, a second factor).
 */
export function needsReasonToRead(user: { id: number; role: Role }, ownerId: number | null): boolean {
  return user.role === 'caseworker' && ownerId !== null && ownerId !== user.id;
}
