import { Suspense } from 'react';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';

/** The header of pages for people who are not signed in (sign-in, forgot password, set password). */
export function GuestHeader({ lng }: { lng: Lng }) {
  const common = getT(lng);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <span className="brand">
          <span className="brand-name">{common('appName')}</span>
          <span className="brand-tagline">{common('tagline')}</span>
        </span>
        <Suspense>
          <LanguageSwitcher />
        </Suspense>
      </div>
    </header>
  );
}
