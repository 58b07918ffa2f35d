import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import { listEmployerOptions } from '@/db/queries/employers';
import { listAccounts } from '@/db/queries/users';
import { formatDateTime } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { AccountRowActions } from './_components/account-row-actions';
import { CreateAccountForm } from './_components/create-account-form';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'admin')('accounts.title') };
}

export default async function AccountsPage({ params }: Props) {
  const { lng, t, user: me, db } = await loadPage(params, '/[lng]/admin/accounts', 'admin');
  const [accounts, employerOptions] = await Promise.all([listAccounts(db), listEmployerOptions(db)]);
  const now = new Date();
  return (
    <>
      <h1>{t('accounts.title')}</h1>
      <p className="page-intro">{t('accounts.intro')}</p>
      <div className="stack">
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption>{t('accounts.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.email')}</th>
                <th scope="col">{t('accounts.role')}</th>
                <th scope="col">{t('accounts.status')}</th>
                <th scope="col">{t('accounts.lastSignIn')}</th>
                <th scope="col">{t('accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id} data-testid={`account-${a.email}`}>
                  <th scope="row">{a.name}</th>
                  <td>{a.email}</td>
                  <td>
                    {t(`domain:role.${a.role}`)}
                    {a.employerName ? (
                      // Employer names are German: marked so screen readers pronounce them right on Dutch pages.
                      <div className="field-hint" lang="de">
                        {a.employerName}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    {a.active ? (
                      <span className="badge badge-ok">{t('accounts.active')}</span>
                    ) : (
                      <span className="badge badge-off">{t('accounts.inactive')}</span>
                    )}
                    {a.lockedUntil && a.lockedUntil > now ? (
                      <div className="field-hint">{t('accounts.locked', { time: formatDateTime(lng, a.lockedUntil) })}</div>
                    ) : null}
                  </td>
                  <td>{a.lastSignInAt ? formatDateTime(lng, a.lastSignInAt) : t('accounts.never')}</td>
                  <td>{a.id === me.id ? null : <AccountRowActions account={{ id: a.id, name: a.name, role: a.role, active: a.active }} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <section className="card form-column" aria-labelledby="create-account-title">
          <h2 id="create-account-title">{t('accounts.create.title')}</h2>
          <p className="field-hint">{t('accounts.create.intro')}</p>
          <CreateAccountForm employers={employerOptions} />
        </section>
      </div>
    </>
  );
}
