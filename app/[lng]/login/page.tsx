import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { redirect } from 'next/navigation';
import { Brand } from '@/app/_components/brand';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { SiteFooter } from '@/app/_components/site-footer';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n/settings';
import { SignInForm } from './_components/sign-in-form';

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'auth')('signIn.title') };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ lng: string }>;
  searchParams: Promise<{ signedOut?: string; expired?: string; passwordSet?: string }>;
}) {
  const { lng: raw } = await params;
  const lng: Lng = isLng(raw) ? raw : 'nl';
  if (await getCurrentUser()) redirect(`/${lng}`);
  const { signedOut, expired, passwordSet } = await searchParams;
  const t = getT(lng, 'auth');
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <Brand lng={lng} />
          <Suspense>
            <LanguageSwitcher />
          </Suspense>
        </div>
      </header>
      <main id="main" className="page page-narrow" tabIndex={-1}>
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.intro')}</p>
        {signedOut ? (
          <p role="status" className="form-message form-message-success">
            {t('signIn.signedOut')}
          </p>
        ) : null}
        {expired && !signedOut ? (
          <p role="status" className="form-message form-message-success">
            {t('signIn.expired')}
          </p>
        ) : null}
        {passwordSet ? (
          <p role="status" className="form-message form-message-success" data-testid="password-set">
            {t('signIn.passwordSet')}
          </p>
        ) : null}
        <Suspense>
          <SignInForm />
        </Suspense>
        <p>
          <Link href={`/${lng}/forgot-password`}>{t('signIn.forgotLink')}</Link>
        </p>
      </main>
      <SiteFooter lng={lng} />
    </>
  );
}
