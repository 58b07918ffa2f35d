import type { Role } from '@/db/schema/enums';
import { addDays } from '@/lib/time/days';
import { demoAccounts } from './demo-accounts';
import { demoEmployerUsers, demoStaff } from './demo-employers';
import type { Context, PlannedUser, Staff } from './plan-model';

/** The demo's people who sign in: staff and the employers' own accounts. */

const account = (role: Role) => {
  const a = demoAccounts.find((x) => x.role === role);
  if (!a) throw new Error(`no demo account for ${role}`);
  return a;
};

export function planStaff({ rng, today, at }: Context): Staff {
  const caseworkers = [account('caseworker').email, ...demoStaff.filter((s) => s.role === 'caseworker').map((s) => s.email)];
  const managers = [account('manager').email, ...demoStaff.filter((s) => s.role === 'manager').map((s) => s.email)];
  const employerUserOf = new Map<string, string>([['sonnenhof', account('employer').email], ...demoEmployerUsers.map((u) => [u.employer, u.email] as const)]);
  const staffSince = addDays(today, -2 * 365);
  const users: PlannedUser[] = [
    ...demoAccounts.map((a) => ({
      email: a.email,
      name: a.name,
      password: a.password,
      role: a.role,
      locale: a.locale,
      employer: a.role === 'employer' ? 'sonnenhof' : null,
      createdAt: at(staffSince),
    })),
    ...demoStaff.map((s) => ({
      email: s.email,
      name: s.name,
      password: s.role === 'manager' ? account('manager').password : account('caseworker').password,
      role: s.role,
      locale: 'nl' as const,
      employer: null,
      createdAt: at(addDays(staffSince, rng.int(10, 200))),
    })),
    ...demoEmployerUsers.map((u) => ({
      email: u.email,
      name: u.name,
      password: account('employer').password,
      role: 'employer' as const,
      locale: 'de' as const,
      employer: u.employer,
      createdAt: at(addDays(today, -rng.int(120, 500))),
    })),
  ];
  return { users, caseworkers, managers, employerUserOf };
}
