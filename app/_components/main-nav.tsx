'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useLng, useT } from '@/lib/i18n/client';
import type { NavItem } from '@/lib/navigation';

export function MainNav({ items }: { items: NavItem[] }) {
  const lng = useLng();
  const t = useT();
  const pathname = usePathname();
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {items.map((item) => {
          const href = `/${lng}${item.href}`;
          const current = item.href === '' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={item.href}>
              <Link href={href} aria-current={current ? 'page' : undefined}>
                {t(item.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
