'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLng, useT } from '@/lib/i18n/client';
import type { NavItem } from '@/lib/navigation';
import './site-header.css';

const DESKTOP = '(min-width: 48.01rem)';

/**
 * The main menu and, beside it, `children` (who is signed in, the language, sign out). On a
 * phone both fold away in a native <details> behind its "Menu" summary (works before and
 * without script, no flash of an open menu); a navigation closes it again. From 48rem the
 * summary is hidden and the content shown, and once React runs the <details> is opened there.
 */
export function MainNav({ items, children }: { items: NavItem[]; children?: ReactNode }) {
  const lng = useLng();
  const t = useT();
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new page closes the phone menu
  useEffect(() => {
    const desktop = window.matchMedia(DESKTOP);
    const sync = () => {
      if (menu.current) menu.current.open = desktop.matches;
    };
    sync();
    desktop.addEventListener('change', sync);
    return () => desktop.removeEventListener('change', sync);
  }, [pathname]);
  return (
    <details ref={menu} className="site-menu">
      <summary className="site-menu__toggle">
        <span className="site-menu__icon" aria-hidden="true" />
        {t('nav.menu')}
      </summary>
      <div className="site-menu__panel">
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
    </details>
  );
}
