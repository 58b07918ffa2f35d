import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';
import './site-header.css';

/** The logo mark: the favicon's drawing (app/icon.svg), a path crossing the dashed border. */
function LogoMark() {
  return (
    <svg className="brand-logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#003d4c" />
      <path d="M16 3v4M16 11v4M16 19v4M16 27v2" stroke="#e3f1f4" strokeWidth="2" strokeLinecap="round" />
      <path d="M6 21c4-9 10-11 20-10" fill="none" stroke="#ffbf47" strokeWidth="3.5" strokeLinecap="round" />
      <path d="M21 6.5l5.5 4.5-6 3.8" fill="none" stroke="#ffbf47" strokeWidth="3.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Logo, name and tagline; a link home when signed in. */
export function Brand({ lng, href }: { lng: Lng; href?: string }) {
  const t = getT(lng);
  const content = (
    <>
      <LogoMark />
      <span className="brand-text">
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-tagline">{t('tagline')}</span>
      </span>
    </>
  );
  return href ? (
    <Link href={href} className="brand">
      {content}
    </Link>
  ) : (
    <span className="brand">{content}</span>
  );
}
