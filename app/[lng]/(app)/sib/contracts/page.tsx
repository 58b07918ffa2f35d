import type { Metadata } from 'next';
import Link from 'next/link';
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
      <h1>{t('contracts.title')}</h1>
      <p className="page-intro">{t('contracts.intro')}</p>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="sib-contracts">
          <caption className="visually-hidden">{t('contracts.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contract.name')}</th>
              <th scope="col">{t('contract.investor')}</th>
              <th scope="col">{t('contract.period')}</th>
              <th scope="col" className="numeric">
                {t('contract.cap')}
              </th>
              <th scope="col" className="numeric">
                {t('contracts.outcomes')}
              </th>
              <th scope="col" className="numeric">
                {t('contracts.placements')}
              </th>
              <th scope="col">{t('contracts.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {contracts.length === 0 ? (
              <tr>
                <td colSpan={7}>{t('contracts.none')}</td>
              </tr>
            ) : (
              contracts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link href={`/${lng}/sib/contracts/${c.id}`}>{c.name}</Link>
                  </th>
                  <td>{c.investor}</td>
                  <td>{t('contract.periodValue', { from: formatDate(lng, c.startsOn), to: formatDate(lng, c.endsOn) })}</td>
                  <td className="numeric">{formatEuroCents(lng, c.capCents)}</td>
                  <td className="numeric">{formatNumber(lng, c.outcomes)}</td>
                  <td className="numeric">{formatNumber(lng, c.placements)}</td>
                  <td>{t('contracts.updatedBy', { time: formatDateTime(lng, c.updatedAt), name: c.updatedByName ?? '—' })}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <section className="card dashboard-section" aria-labelledby="new-contract-title">
        <h2 id="new-contract-title">{t('contracts.new')}</h2>
        <p className="field-hint">{t('contracts.newHint')}</p>
        <ContractForm initial={{ name: '', investor: '', startsOn: '', endsOn: '', cap: '', claimWindowWeeks: '13' }} />
      </section>
    </>
  );
}
