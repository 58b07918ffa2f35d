import type { VacancyScope } from '@/db/queries/vacancies';
import type { SessionUser } from '@/lib/auth/current-user';

/** Employer users work inside their own company; staff see every employer's vacancies. */
export function vacancyScopeFor(user: Pick<SessionUser, 'role' | 'employerId'>): VacancyScope {
  if (user.role !== 'employer') return { kind: 'staff' };
  // The database guarantees an employer user has an employer (users_employer_role_ck); never widen the scope.
  if (user.employerId == null) throw new Error('employer user without employer');
  return { kind: 'employer', employerId: user.employerId };
}
