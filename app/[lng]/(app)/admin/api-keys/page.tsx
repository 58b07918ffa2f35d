import type { Metadata } from 'next';
import { loadPage } from '@/lib/pages/load-page';
import { listApiKeys, type ApiKeyListRow } from '@/db/queries/api-keys';
import { listEmployerOptions } from '@/db/queries/employers';
import { ButtonLink, DownloadLink } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { DataTable, type Column } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { mayOpenPage } from '@/lib/security/access-matrix';
import { CreateApiKeyForm } from './_components/create-api-key-form';
import { RevokeApiKeyButton } from './_components/revoke-api-key-button';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'admin')('apiKeys.title') };
}

/** Admins: API keys of the open API, made for an organisation, shown once, revoked at once. */
export default async function ApiKeysPage({ params }: Props) {
  const { lng, t, db, user } = await loadPage(params, '/[lng]/admin/api-keys', 'admin');
  const [keys, employers] = await Promise.all([listApiKeys(db), listEmployerOptions(db)]);
  const now = new Date();
  const state = (k: ApiKeyListRow) => (k.revokedAt ? 'revoked' : k.expiresAt <= now ? 'expired' : 'active');
  const columns: Column<ApiKeyListRow>[] = [
    { key: 'key', header: t('apiKeys.key'), rowHeader: true, cell: (k) => <code>{k.prefix}…</code> },
    {
      key: 'organisation',
      header: t('apiKeys.organisation'),
      cell: (k) => (
        <>
          {t(`apiKeys.org.${k.organisation}`)}
          {k.employerName ? (
            <>
              : <span lang="de">{k.employerName}</span>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'scopes', header: t('apiKeys.scopes'), cell: (k) => k.scopes.map((s) => t(`apiKeys.scope.${s.replace(':', '_')}`)).join(', ') },
    { key: 'note', header: t('apiKeys.note'), cell: (k) => k.note || '—' },
    // The key works through its expiry day: the last day shown is the day before the stored instant.
    { key: 'expires', header: t('apiKeys.expires'), cell: (k) => formatDate(lng, new Date(k.expiresAt.getTime() - 1)) },
    { key: 'lastUsed', header: t('apiKeys.lastUsed'), cell: (k) => (k.lastUsedAt ? formatDateTime(lng, k.lastUsedAt) : t('apiKeys.never')) },
    {
      key: 'status',
      header: t('apiKeys.status'),
      cell: (k) => {
        const s = state(k);
        return (
          <StatusBadge status={s === 'active' ? 'safe' : 'inactive'} testId={`api-key-status-${k.prefix}`}>
            {t(`apiKeys.${s}`)}
          </StatusBadge>
        );
      },
    },
  ];
  return (
    <>
      <PageHeader
        lng={lng}
        title={t('apiKeys.title')}
        intro={t('apiKeys.intro')}
        actions={
          <>
            {mayOpenPage('/[lng]/admin/api-reference', user.role) ? (
              <ButtonLink appearance="secondary" href={`/${lng}/admin/api-reference`}>
                {t('apiKeys.reference')}
              </ButtonLink>
            ) : null}
            <DownloadLink href="/api/v1/openapi.json">{t('apiKeys.openapi')}</DownloadLink>
          </>
        }
      />
      {/* Eight columns need the page's whole width: beside the form they ran under it. */}
      <div className="stack">
        <DataTable
          lng={lng}
          caption={t('apiKeys.listCaption')}
          columns={columns}
          rows={keys}
          rowKey={(k) => k.id}
          rowTestId={(k) => `api-key-${k.prefix}`}
          empty={t('apiKeys.none')}
          actions={(k) => (state(k) === 'active' ? <RevokeApiKeyButton keyId={k.id} prefix={k.prefix} /> : null)}
          testId="api-keys"
        />
        <div className="form-column">
          <Card title={t('apiKeys.create.title')} id="create-api-key">
            <p className="field-hint">{t('apiKeys.create.intro')}</p>
            <CreateApiKeyForm employers={employers} />
          </Card>
        </div>
      </div>
    </>
  );
}
