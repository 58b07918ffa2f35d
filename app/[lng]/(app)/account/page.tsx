import type { Metadata } from 'next';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';
import { secondFactorState } from '@/lib/auth/second-factor';
import { loadPage } from '@/lib/pages/load-page';
import { ChangeLanguageForm } from './_components/change-language-form';
import { ChangePasswordForm } from './_components/change-password-form';
import { SecondFactorSection } from './_components/second-factor-section';
import './account.css';

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
      <PageHeader lng={lng} title={t('mine.title')} intro={t('mine.intro', { name: me.name, email: me.email })} />
      {languageSaved ? (
        <Alert type="ok" testId="language-saved">
          {t('mine.languageSaved')}
        </Alert>
      ) : null}
      <div className="account-cards">
        <SecondFactorSection lng={lng} t={t} state={factor} required={me.mustEnrolSecondFactor} />
        <Card title={t('mine.passwordTitle')} id="password">
          <p className="field-hint">{t('mine.passwordIntro')}</p>
          <ChangePasswordForm email={me.email} />
        </Card>
        <Card title={t('mine.languageTitle')} id="language">
          <p className="field-hint">{t('mine.languageIntro')}</p>
          <ChangeLanguageForm locale={me.locale} />
        </Card>
      </div>
    </>
  );
}
