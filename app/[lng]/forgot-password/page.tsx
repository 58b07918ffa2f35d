import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { GuestHeader } from '@/app/_components/account/guest-header';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';
import { ForgotPasswordForm } from './forgot-password-form';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'account')('forgot.title') };
}

/** "Wachtwoord vergeten" / "Passwort vergessen": for visitors; signed-in users go home. */
export default async function ForgotPasswordPage({ params }: Props) {
  const lng = pageLng((await params).lng);
  if (await getCurrentUser()) redirect(`/${lng}`);
  const t = getT(lng, 'account');
  return (
    <>
      <GuestHeader lng={lng} />
      <main id="main" className="page page-narrow" tabIndex={-1}>
        <h1>{t('forgot.title')}</h1>
        <p>{t('forgot.intro')}</p>
        <ForgotPasswordForm />
        <p>
          <Link href={`/${lng}/login`}>{t('forgot.backToSignIn')}</Link>
        </p>
      </main>
    </>
  );
}
