import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import { Card } from '@/app/_components/ui/card';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';
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
  type Row = (typeof accounts)[number];
  const columns: Column<Row>[] = [
    { key: 'name', header: t('accounts.name'), rowHeader: true, cell: (a) => a.name },
    { key: 'email', header: t('accounts.email'), cell: (a) => a.email },
    {
      key: 'role',
      header: t('accounts.role'),
      cell: (a) => (
        <>
          {t(`domain:role.${a.role}`)}
          {a.employerName ? (
            // Employer names are German: marked so screen readers pronounce them right on Dutch pages.
            <span className="field-hint gz-block" lang="de">
              {a.employerName}
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: 'status',
      header: t('accounts.status'),
      cell: (a) => (
        <>
          {a.active ? <StatusBadge status="safe">{t('accounts.active')}</StatusBadge> : <StatusBadge status="inactive">{t('accounts.inactive')}</StatusBadge>}
          {a.lockedUntil && a.lockedUntil > now ? (
            <span className="field-hint gz-block">{t('accounts.locked', { time: formatDateTime(lng, a.lockedUntil) })}</span>
          ) : null}
          <span className="field-hint gz-block" data-testid={`second-factor-${a.email}`}>
            {a.secondFactor ? t('accounts.secondFactorOn') : t('accounts.secondFactorOff')}
          </span>
        </>
      ),
    },
    { key: 'lastSignIn', header: t('accounts.lastSignIn'), cell: (a) => (a.lastSignInAt ? formatDateTime(lng, a.lastSignInAt) : t('accounts.never')) },
    {
      key: 'actions',
      header: t('accounts.actions'),
      cell: (a) =>
        a.id === me.id ? null : <AccountRowActions account={{ id: a.id, name: a.name, role: a.role, active: a.active, secondFactor: a.secondFactor }} />,
    },
  ];
  return (
    <>
      <PageHeader lng={lng} title={t('accounts.title')} intro={t('accounts.intro')} />
      <div className="stack">
        <DataTable
          lng={lng}
          caption={t('accounts.listCaption')}
          columns={columns}
          rows={accounts}
          rowKey={(a) => a.id}
          rowTestId={(a) => `account-${a.email}`}
          empty={t('common:table.empty')}
        />
        <Card title={t('accounts.create.title')} id="create-account">
          <p className="field-hint">{t('accounts.create.intro')}</p>
          <CreateAccountForm employers={employerOptions} />
        </Card>
      </div>
    </>
  );
}
