import type { Metadata } from 'next';
import Link from 'next/link';
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
      <p>
        <Link href={`/${lng}/sib/contracts`}>{t('contract.back')}</Link>
      </p>
      <h1>{contract.name}</h1>
      <dl className="details-list">
        <dt>{t('contract.investor')}</dt>
        <dd>{contract.investor}</dd>
        <dt>{t('contract.period')}</dt>
        <dd>{t('contract.periodValue', { from: formatDate(lng, contract.startsOn), to: formatDate(lng, contract.endsOn) })}</dd>
        <dt>{t('contract.cap')}</dt>
        <dd data-testid="contract-cap">{formatEuroCents(lng, contract.capCents)}</dd>
        <dt>{t('contracts.placements')}</dt>
        <dd>{formatNumber(lng, contract.placements)}</dd>
        <dt>{t('contracts.updated')}</dt>
        <dd>{t('contracts.updatedBy', { time: formatDateTime(lng, contract.updatedAt), name: contract.updatedByName ?? '—' })}</dd>
      </dl>

      <section aria-labelledby="outcomes-title" className="dashboard-section">
        <h2 id="outcomes-title">{t('outcome.heading')}</h2>
        <p className="field-hint">{t('outcome.intro')}</p>
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="contract-outcomes">
            <caption className="visually-hidden">{t('outcome.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outcome.milestone')}</th>
                <th scope="col" className="numeric">
                  {t('outcome.weeksAfterStart')}
                </th>
                <th scope="col" className="numeric">
                  {t('outcome.minHoursPerWeek')}
                </th>
                <th scope="col" className="numeric">
                  {t('outcome.price')}
                </th>
                <th scope="col">{t('outcome.countsPer')}</th>
                <th scope="col">{t('outcome.evidenceNeeded')}</th>
                <th scope="col" className="numeric">
                  {t('outcome.milestones')}
                </th>
              </tr>
            </thead>
            <tbody>
              {contract.outcomeRows.length === 0 ? (
                <tr>
                  <td colSpan={7}>{t('outcome.none')}</td>
                </tr>
              ) : (
                contract.outcomeRows.map((o) => (
                  <tr key={o.id} data-testid={`outcome-${o.milestone}`}>
                    <th scope="row">{p(`milestones.names.${o.milestone}`)}</th>
                    <td className="numeric">{formatNumber(lng, o.weeksAfterStart)}</td>
                    <td className="numeric">{formatNumber(lng, o.minHoursPerWeek)}</td>
                    <td className="numeric">{formatEuroCents(lng, o.priceCents)}</td>
                    <td>{t(`outcome.per.${o.countsPer}`)}</td>
                    <td className="text-multiline">{o.evidenceNeeded}</td>
                    <td className="numeric">
                      {t('outcome.milestonesValue', { all: formatNumber(lng, o.milestones), verified: formatNumber(lng, o.verified) })}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
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
