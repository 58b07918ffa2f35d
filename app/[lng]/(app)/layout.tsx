import type { ReactNode } from 'react';
import { Suspense } from 'react';
import Link from 'next/link';
import { Brand } from '@/app/_components/brand';
import { SiteFooter } from '@/app/_components/site-footer';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { MainNav } from '@/app/_components/main-nav';
import { UnreadCount } from '@/app/_components/notifications/unread-count';
import { SignOutButton } from '@/app/_components/sign-out-button';
import { requireUser } from '@/lib/auth/guards';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { navigationFor } from '@/lib/navigation';

/** The signed-in shell. Pages still check their own role: a layout is not a guard. */
export default async function AppLayout({ children, params }: { children: ReactNode; params: Promise<{ lng: string }> }) {
  const { lng: raw } = await params;
  const lng = isLng(raw) ? raw : 'nl';
  const user = await requireUser(lng);
  const t = getT(lng);
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <Brand lng={lng} href={`/${lng}`} />
          <MainNav items={navigationFor(user.role)}>
            <div className="user-box">
              <span className="user-name">{t('user.signedInAs', { name: user.name, role: t(`domain:role.${user.role}`) })}</span>
              <UnreadCount lng={lng} userId={user.id} />
              <Link href={`/${lng}/account`} className="user-account-link">
                {t('account:mine.link')}
              </Link>
              <Suspense>
                <LanguageSwitcher />
              </Suspense>
              <SignOutButton />
            </div>
          </MainNav>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter lng={lng} />
    </>
  );
}
