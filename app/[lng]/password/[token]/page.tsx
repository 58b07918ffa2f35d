import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { GuestHeader } from '@/app/_components/account/guest-header';
import { getDb } from '@/db/client';
import { checkAccountToken } from '@/db/queries/account-tokens';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';
import { SetPasswordForm } from './set-password-form';

type Props = { params: Promise<{ lng: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'account')('setPassword.titleReset') };
}

/**
 * The page an invitation or reset link opens (public: the link is the proof). It shows the
 * form while the link is good, and otherwise says plainly why not: used, expired or unknown.
 * Nothing about the account is shown for a bad link.
 */
export default async function SetPasswordPage({ params }: Props) {
  await connection();
  const { lng: raw, token } = await params;
  const lng = pageLng(raw);
  const t = getT(lng, 'account');
  const state = await checkAccountToken(await getDb(), decodeURIComponent(token));
  return (
    <>
      <GuestHeader lng={lng} />
      <main id="main" className="page page-narrow" tabIndex={-1}>
        {state.ok ? (
          <>
            <h1>{t(state.purpose === 'invite' ? 'setPassword.titleInvite' : 'setPassword.titleReset')}</h1>
            <p>{t('setPassword.intro', { email: state.user.email })}</p>
            <SetPasswordForm token={decodeURIComponent(token)} />
          </>
        ) : (
          <>
            <h1>{t(`link.${state.reason}Title`)}</h1>
            <p data-testid="link-problem">{t(`link.${state.reason}`)}</p>
            <p>
              <Link href={`/${lng}/forgot-password`} className="button">
                {t('link.requestNew')}
              </Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
