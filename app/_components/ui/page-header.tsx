import Link from 'next/link';
import type { ReactNode } from 'react';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';
import '@utrecht/breadcrumb-nav-css';
import './page-header.css';

export interface Crumb {
  href: string;
  label: ReactNode;
}

/** The top of a page: breadcrumbs (the way back), the one h1, its main actions and an intro. */
export function PageHeader({
  lng,
  title,
  breadcrumbs,
  actions,
  intro,
  titleLang,
}: {
  lng: Lng;
  title: ReactNode;
  breadcrumbs?: Crumb[];
  actions?: ReactNode;
  intro?: ReactNode;
  titleLang?: string;
}) {
  const t = getT(lng);
  return (
    <div className="gz-page-header">
      {breadcrumbs?.length ? (
        <nav aria-label={t('kit.breadcrumb')} className="utrecht-breadcrumb-nav gz-breadcrumbs no-print">
          <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
            {breadcrumbs.map((crumb, i) => (
              <li key={crumb.href} className="utrecht-breadcrumb-nav__item">
                <Link href={crumb.href} className={`utrecht-breadcrumb-nav__link${i === 0 ? ' utrecht-breadcrumb-nav__link--first' : ''}`}>
                  {crumb.label}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="gz-page-header__row">
        <h1 lang={titleLang}>{title}</h1>
        {actions ? <div className="gz-page-header__actions">{actions}</div> : null}
      </div>
      {intro ? <p className="gz-page-header__intro">{intro}</p> : null}
    </div>
  );
}
