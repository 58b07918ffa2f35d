import type { Role } from '@/db/schema/enums';
import { mayOpenPage } from '@/lib/security/access-matrix';

export interface NavItem {
  /** Path after /{lng}. */
  href: string;
  /** Key in the common namespace, or "ns:key". */
  labelKey: string;
}

interface NavEntry {
  /** The page's route in the access matrix: who sees the link is who may open the page. */
  route: string;
  href: string;
  labelKey: string | ((role: Role) => string);
  /** Roles that may open the page but are not offered it in the menu, and why. */
  notInMenuFor?: { roles: readonly Role[]; why: string };
}

/** The main menu. Only pages that exist and work are listed here. */
const navigation: readonly NavEntry[] = [
  { route: '/[lng]', href: '', labelKey: 'nav.home' },
  { route: '/[lng]/job-seekers', href: '/job-seekers', labelKey: 'nav.jobSeekers' },
  // Employers see their own company's vacancies; staff see all vacancies (managers read only).
  { route: '/[lng]/vacancies', href: '/vacancies', labelKey: (role) => (role === 'employer' ? 'nav.ourVacancies' : 'nav.vacancies') },
  { route: '/[lng]/company', href: '/company', labelKey: 'nav.company' },
  { route: '/[lng]/employers', href: '/employers', labelKey: 'nav.employers' },
  { route: '/[lng]/proposals', href: '/proposals', labelKey: 'pipeline:nav.proposals' },
  { route: '/[lng]/candidates', href: '/candidates', labelKey: 'pipeline:nav.candidates' },
  { route: '/[lng]/placements', href: '/placements', labelKey: 'nav.placements' },
  { route: '/[lng]/events', href: '/events', labelKey: 'events:nav.events' },
  { route: '/[lng]/cohorts', href: '/cohorts', labelKey: 'cohorts:nav.cohorts' },
  // Caseworkers may read the dashboard (read-only); managers and admins also set the targets.
  { route: '/[lng]/targets', href: '/targets', labelKey: 'nav.targets' },
  {
    route: '/[lng]/reports',
    href: '/reports',
    labelKey: 'nav.reports',
    notInMenuFor: { roles: ['caseworker'], why: 'kept out of the caseworkers\u2019 daily menu; their dashboard links to the printable summary' },
  },
  { route: '/[lng]/sib', href: '/sib', labelKey: 'nav.sib' },
  { route: '/[lng]/admin/accounts', href: '/admin/accounts', labelKey: 'nav.accounts' },
  { route: '/[lng]/admin/employers', href: '/admin/employers', labelKey: 'nav.employerAccounts' },
  { route: '/[lng]/admin/api-keys', href: '/admin/api-keys', labelKey: 'nav.apiKeys' },
  { route: '/[lng]/admin/ba-import', href: '/admin/ba-import', labelKey: 'nav.baImport' },
  { route: '/[lng]/audit', href: '/audit', labelKey: 'nav.audit' },
];

export function navigationFor(role: Role): NavItem[] {
  return navigation
    .filter((item) => mayOpenPage(item.route, role) && !item.notInMenuFor?.roles.includes(role))
    .map((item) => ({ href: item.href, labelKey: typeof item.labelKey === 'function' ? item.labelKey(role) : item.labelKey }));
}
