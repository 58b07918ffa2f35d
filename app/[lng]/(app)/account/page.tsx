import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';
import { secondFactorState } from '@/lib/auth/second-factor';
import { loadPage } from '@/lib/pages/load-page';
import { ChangeLanguageForm } from './_components/change-language-form';
import { ChangePasswordForm } from './_components/change-password-form';
import { SecondFactorSection } from './_components/second-factor-section';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<{ languageSaved?: string; secondFactor?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'account')('mine.title') };
}

/** "Mijn account" / "Mein Konto": every signed-in user, for their own account only. */
export default async function MyAccountPage({ params, searchParams }: Props) {
  const { user: me, t, lng, db } = await loadPage(params, '/[lng]/account', 'account');
  const { languageSaved } = await searchParams;
  const factor = await secondFactorState(db, me);
  return (
    <>
      <h1>{t('mine.title')}</h1>
      <p className="page-intro">{t('mine.intro', { name: me.name, email: me.email })}</p>
      {languageSaved ? (
        <p role="status" className="form-message form-message-success" data-testid="language-saved">
          {t('mine.languageSaved')}
        </p>
      ) : null}
      <div className="stack">
        <SecondFactorSection lng={lng} t={t} state={factor} required={me.mustEnrolSecondFactor} />
        <section className="card form-column" aria-labelledby="password-title">
          <h2 id="password-title">{t('mine.passwordTitle')}</h2>
          <p className="field-hint">{t('mine.passwordIntro')}</p>
          <ChangePasswordForm email={me.email} />
        </section>
        <section className="card form-column" aria-labelledby="language-title">
          <h2 id="language-title">{t('mine.languageTitle')}</h2>
          <p className="field-hint">{t('mine.languageIntro')}</p>
          <ChangeLanguageForm locale={me.locale} />
        </section>
      </div>
    </>
  );
}
