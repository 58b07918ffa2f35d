import type { Metadata } from 'next';
import { DataList } from '@/app/_components/ui/data-list';
import { DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { notFound } from 'next/navigation';
import { getContract, listMilestoneKinds } from '@/db/queries/sib-contracts';
import { loadIdPage } from '@/lib/pages/load-page';
import { formatDate, formatDateTime, formatEuroCents, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { centsToInput, type SaveOutcomeInput } from '@/lib/validation/sib';
import { ContractForm, OutcomeForm } from '../../_components/contract-forms';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'sib')('contract.title') };
}

/** One contract: its terms and payable outcomes, each editable; verified milestones keep the terms they were verified on. */
export default async function SibContractPage({ params }: Props) {
  const { lng, id, db } = await loadIdPage(params, '/[lng]/sib/contracts/[id]', 'sib');
  const [contract, kinds] = await Promise.all([getContract(db, id), listMilestoneKinds(db)]);
  if (!contract) notFound();
  const t = getT(lng, 'sib');
  const p = getT(lng, 'placements');
  const unused = kinds.filter((k) => !contract.outcomeRows.some((o) => o.milestone === k));
  const newOutcome: Omit<SaveOutcomeInput, 'contractId' | 'version' | 'outcomeId'> = {
    milestone: (unused[0] ?? 'started') as SaveOutcomeInput['milestone'],
    weeksAfterStart: '',
    minHoursPerWeek: '16',
    price: '',
    countsPer: 'placement',
    evidenceNeeded: '',
  };

  return (
    <>
      <PageHeader lng={lng} breadcrumbs={[{ href: `/${lng}/sib/contracts`, label: t('contracts.title') }]} title={contract.name} />
      <DataList
        items={[
          { key: 'investor', label: t('contract.investor'), value: contract.investor },
          {
            key: 'period',
            label: t('contract.period'),
            value: t('contract.periodValue', { from: formatDate(lng, contract.startsOn), to: formatDate(lng, contract.endsOn) }),
          },
          { key: 'cap', label: t('contract.cap'), value: formatEuroCents(lng, contract.capCents), testId: 'contract-cap' },
          { key: 'placements', label: t('contracts.placements'), value: formatNumber(lng, contract.placements) },
          {
            key: 'updated',
            label: t('contracts.updated'),
            value: t('contracts.updatedBy', { time: formatDateTime(lng, contract.updatedAt), name: contract.updatedByName ?? '—' }),
          },
        ]}
      />

      <section aria-labelledby="outcomes-title" className="dashboard-section">
        <h2 id="outcomes-title">{t('outcome.heading')}</h2>
        <p className="field-hint">{t('outcome.intro')}</p>
        <DataTable
          lng={lng}
          testId="contract-outcomes"
          caption={t('outcome.heading')}
          captionHidden
          rows={contract.outcomeRows}
          rowKey={(o) => o.id}
          rowTestId={(o) => `outcome-${o.milestone}`}
          empty={t('outcome.none')}
          columns={[
            { key: 'milestone', header: t('outcome.milestone'), rowHeader: true, cell: (o) => p(`milestones.names.${o.milestone}`) },
            { key: 'weeks', header: t('outcome.weeksAfterStart'), numeric: true, cell: (o) => formatNumber(lng, o.weeksAfterStart) },
            { key: 'hours', header: t('outcome.minHoursPerWeek'), numeric: true, cell: (o) => formatNumber(lng, o.minHoursPerWeek) },
            { key: 'price', header: t('outcome.price'), numeric: true, cell: (o) => formatEuroCents(lng, o.priceCents) },
            { key: 'countsPer', header: t('outcome.countsPer'), cell: (o) => t(`outcome.per.${o.countsPer}`) },
            { key: 'evidence', header: t('outcome.evidenceNeeded'), className: 'text-multiline', cell: (o) => o.evidenceNeeded },
            {
              key: 'milestones',
              header: t('outcome.milestones'),
              numeric: true,
              cell: (o) => t('outcome.milestonesValue', { all: formatNumber(lng, o.milestones), verified: formatNumber(lng, o.verified) }),
            },
          ]}
        />
      </section>

      <div className="two-columns dashboard-section">
        <section className="card" aria-labelledby={`contract-${contract.id}-title`}>
          <h2 id={`contract-${contract.id}-title`}>{t('contract.edit')}</h2>
          <ContractForm
            key={contract.version}
            contractId={contract.id}
            version={contract.version}
            initial={{
              name: contract.name,
              investor: contract.investor,
              startsOn: contract.startsOn,
              endsOn: contract.endsOn,
              cap: centsToInput(contract.capCents),
              claimWindowWeeks: String(contract.claimWindowWeeks),
            }}
          />
        </section>
        <div className="stack">
          {contract.outcomeRows.map((o) => {
            const name = p(`milestones.names.${o.milestone}`);
            return (
              <details key={`${o.id}-${contract.version}`} className="card">
                <summary>{t('outcome.editOne', { name })}</summary>
                <p className="field-hint">{t('outcome.editHint')}</p>
                <OutcomeForm
                  contractId={contract.id}
                  version={contract.version}
                  outcomeId={o.id}
                  label={t('outcome.editOne', { name })}
                  initial={{
                    milestone: o.milestone as SaveOutcomeInput['milestone'],
                    weeksAfterStart: String(o.weeksAfterStart),
                    minHoursPerWeek: String(o.minHoursPerWeek),
                    price: centsToInput(o.priceCents),
                    countsPer: o.countsPer,
                    evidenceNeeded: o.evidenceNeeded,
                  }}
                />
              </details>
            );
          })}
          {unused.length > 0 ? (
            <section className="card" aria-labelledby="new-outcome-title">
              <h2 id="new-outcome-title">{t('outcome.addTitle')}</h2>
              <OutcomeForm
                key={`new-${contract.version}`}
                contractId={contract.id}
                version={contract.version}
                outcomeId={null}
                kinds={unused}
                label={t('outcome.addTitle')}
                initial={newOutcome}
              />
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
