import type { Role } from '@/db/schema/enums';

export interface NavItem {
  /** Path after /{lng}. */
  href: string;
  /** Key in the common namespace. */
  labelKey: string;
  roles: readonly Role[];
}

/** The main menu per role. Only pages that exist and work are listed here. */
export const navigation: readonly NavItem[] = [
  { href: '', labelKey: 'nav.home', roles: ['admin', 'manager', 'caseworker', 'employer'] },
  { href: '/admin/accounts', labelKey: 'nav.accounts', roles: ['admin'] },
  { href: '/admin/employers', labelKey: 'nav.employers', roles: ['admin'] },
  { href: '/audit', labelKey: 'nav.audit', roles: ['admin', 'manager'] },
];

export function navigationFor(role: Role): NavItem[] {
  return navigation.filter((item) => item.roles.includes(role));
}
