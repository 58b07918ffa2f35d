import type { Role } from '@/db/schema/enums';

export interface NavItem {
  /** Path after /{lng}. */
  href: string;
  /** Key in the common namespace, or "ns:key". */
  labelKey: string;
  roles: readonly Role[];
}

/** The main menu per role. Only pages that exist and work are listed here. */
const navigation: readonly NavItem[] = [
  { href: '', labelKey: 'nav.home', roles: ['admin', 'manager', 'caseworker', 'employer'] },
  { href: '/job-seekers', labelKey: 'nav.jobSeekers', roles: ['caseworker', 'manager', 'admin'] },
  // Employers see their own company's vacancies and profile; staff see all vacancies (managers read only).
  { href: '/vacancies', labelKey: 'nav.ourVacancies', roles: ['employer'] },
  { href: '/company', labelKey: 'nav.company', roles: ['employer'] },
  { href: '/vacancies', labelKey: 'nav.vacancies', roles: ['admin', 'manager', 'caseworker'] },
  { href: '/employers', labelKey: 'nav.employers', roles: ['admin', 'caseworker'] },
  { href: '/proposals', labelKey: 'pipeline:nav.proposals', roles: ['caseworker'] },
  { href: '/candidates', labelKey: 'pipeline:nav.candidates', roles: ['employer'] },
  { href: '/placements', labelKey: 'nav.placements', roles: ['admin', 'manager', 'caseworker'] },
  // Caseworkers may read the dashboard (read-only); managers and admins also set the targets.
  { href: '/targets', labelKey: 'nav.targets', roles: ['admin', 'manager', 'caseworker'] },
  { href: '/reports', labelKey: 'nav.reports', roles: ['admin', 'manager'] },
  { href: '/admin/accounts', labelKey: 'nav.accounts', roles: ['admin'] },
  { href: '/admin/employers', labelKey: 'nav.employerAccounts', roles: ['admin'] },
  { href: '/audit', labelKey: 'nav.audit', roles: ['admin', 'manager'] },
];

export function navigationFor(role: Role): NavItem[] {
  return navigation.filter((item) => item.roles.includes(role));
}
