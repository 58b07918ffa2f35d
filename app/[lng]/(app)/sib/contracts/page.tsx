import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { listContracts } from '@/db/queries/sib-contracts';
import { loadPage } from '@/lib/pages/load-page';
import { formatDate, formatDateTime, formatEuroCents, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { ContractForm } from '../_components/contract-forms';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'sib')('contracts.title') };
}

/** The SIB contracts: what the investor pays for, per period of placement starts. */
export default async function SibContractsPage({ params }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/sib/contracts', 'sib');
  const contracts = await listContracts(db);

  return (
    <>
      <PageHeader lng={lng} breadcrumbs={[{ href: `/${lng}/sib`, label: t('ledger.title') }]} title={t('contracts.title')} intro={t('contracts.intro')} />
      <DataTable
        lng={lng}
        testId="sib-contracts"
        caption={t('contracts.title')}
        captionHidden
        rows={contracts}
        rowKey={(c) => c.id}
        empty={t('contracts.none')}
        columns={[
          { key: 'name', header: t('contract.name'), rowHeader: true, cell: (c) => <Link href={`/${lng}/sib/contracts/${c.id}`}>{c.name}</Link> },
          { key: 'investor', header: t('contract.investor'), cell: (c) => c.investor },
          {
            key: 'period',
            header: t('contract.period'),
            cell: (c) => t('contract.periodValue', { from: formatDate(lng, c.startsOn), to: formatDate(lng, c.endsOn) }),
          },
          { key: 'cap', header: t('contract.cap'), numeric: true, cell: (c) => formatEuroCents(lng, c.capCents) },
          { key: 'outcomes', header: t('contracts.outcomes'), numeric: true, cell: (c) => formatNumber(lng, c.outcomes) },
          { key: 'placements', header: t('contracts.placements'), numeric: true, cell: (c) => formatNumber(lng, c.placements) },
          {
            key: 'updated',
            header: t('contracts.updated'),
            cell: (c) => t('contracts.updatedBy', { time: formatDateTime(lng, c.updatedAt), name: c.updatedByName ?? '—' }),
          },
        ]}
      />
      <section className="card dashboard-section" aria-labelledby="new-contract-title">
        <h2 id="new-contract-title">{t('contracts.new')}</h2>
        <p className="field-hint">{t('contracts.newHint')}</p>
        <ContractForm initial={{ name: '', investor: '', startsOn: '', endsOn: '', cap: '', claimWindowWeeks: '13' }} />
      </section>
    </>
  );
}
