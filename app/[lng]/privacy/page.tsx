import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { Brand } from '@/app/_components/brand';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { SiteFooter } from '@/app/_components/site-footer';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';

type Props = { params: Promise<{ lng: string }> };

const sections = ['controller', 'data', 'purpose', 'recipients', 'retention', 'rights'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng))('privacy.title') };
}

/** The privacy statement: public, for job seekers, employers' staff and visitors alike. */
export default async function PrivacyPage({ params }: Props) {
  const lng = pageLng((await params).lng);
  // Rendered per request: the CSP nonce of the page's scripts is per request.
  await connection();
  const t = getT(lng);
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <Brand lng={lng} href={`/${lng}`} />
          <Suspense>
            <LanguageSwitcher />
          </Suspense>
        </div>
      </header>
      <main id="main" className="page page-narrow" tabIndex={-1}>
        <h1>{t('privacy.title')}</h1>
        <p className="page-intro">{t('privacy.intro')}</p>
        {sections.map((s) => (
          <section key={s} aria-labelledby={`privacy-${s}`}>
            <h2 id={`privacy-${s}`}>{t(`privacy.sections.${s}.title`)}</h2>
            <p>{t(`privacy.sections.${s}.body`)}</p>
          </section>
        ))}
        <p>
          <Link href={`/${lng}`}>{t('privacy.back')}</Link>
        </p>
      </main>
      <SiteFooter lng={lng} />
    </>
  );
}
