'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useState } from 'react';
import { useLng, useT } from '@/lib/i18n/client';
import type { NavItem } from '@/lib/navigation';
import './site-header.css';

/**
 * The main menu and, beside it, `children` (who is signed in, the language, sign out). On a
 * phone both fold away behind one "Menu" button (a disclosure: aria-expanded) that closes again
 * after each navigation; until React runs they show unfolded, so the menu works without script.
 */
export function MainNav({ items, children }: { items: NavItem[]; children?: ReactNode }) {
  const lng = useLng();
  const t = useT();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu
  useEffect(() => setOpen(false), [pathname]);
  return (
    <div className="site-menu" data-open={open ? 'true' : 'false'}>
      <button type="button" className="site-menu__toggle" aria-expanded={open} aria-controls="site-menu-panel" onClick={() => setOpen(!open)}>
        <span className="site-menu__icon" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      <div id="site-menu-panel" className="site-menu__panel">
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
        {children}
      </div>
    </div>
  );
}
