import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listProgrammeTargets, listTargetChanges, listYearTargets } from '@/db/queries/targets';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { DeleteProgrammeTargetButton, ProgrammeTargetForm, SetTargetForm } from './_components/target-forms';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'targets')('settings.title') };
}

/** Managers and admins set the targets; every change keeps its reason in the history. */
export default async function TargetSettingsPage({ params }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/targets/settings', 'targets');
  const year = Number(todayInAppZone().slice(0, 4));
  const [targets, changes, programmes] = await Promise.all([listYearTargets(db, year - 2, year + 3), listTargetChanges(db), listProgrammeTargets(db)]);
  const years = [...new Set(targets.map((r) => r.year))].sort((a, b) => a - b);

  return (
    <>
      <p>
        <Link href={`/${lng}/targets`}>{t('settings.back')}</Link>
      </p>
      <h1>{t('settings.title')}</h1>
      <p className="page-intro">{t('settings.intro')}</p>
      <div className="two-columns">
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="year-targets">
            <caption>{t('settings.yearTargets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.year')}</th>
                <th scope="col" className="numeric">
                  {t('domain:funding.regular')}
                </th>
                <th scope="col" className="numeric">
                  {t('domain:funding.sib')}
                </th>
                <th scope="col" className="numeric">
                  {t('breakdown.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...years].reverse().map((y) => {
                const r = targets.find((x) => x.year === y && x.funding === 'regular')!;
                const s = targets.find((x) => x.year === y && x.funding === 'sib')!;
                return (
                  <tr key={y}>
                    <th scope="row">{y}</th>
                    <td className="numeric">{formatNumber(lng, r.target)}</td>
                    <td className="numeric">{formatNumber(lng, s.target)}</td>
                    <td className="numeric">{formatNumber(lng, r.target + s.target)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <section className="card" aria-labelledby="set-target-title">
          <h2 id="set-target-title">{t('settings.change')}</h2>
          <SetTargetForm years={years} current={targets.map((r) => ({ year: r.year, funding: r.funding, target: r.target, stored: r.stored }))} />
        </section>
      </div>

      <section aria-labelledby="history-title" className="dashboard-section">
        <h2 id="history-title">{t('settings.history')}</h2>
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="target-history">
            <caption className="visually-hidden">{t('settings.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.when')}</th>
                <th scope="col">{t('settings.year')}</th>
                <th scope="col">{t('settings.funding')}</th>
                <th scope="col" className="numeric">
                  {t('settings.from')}
                </th>
                <th scope="col" className="numeric">
                  {t('settings.to')}
                </th>
                <th scope="col">{t('settings.reason')}</th>
                <th scope="col">{t('settings.by')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.length === 0 ? (
                <tr>
                  <td colSpan={7}>{t('settings.noChanges')}</td>
                </tr>
              ) : (
                changes.map((c) => (
                  <tr key={c.id}>
                    <td>{formatDateTime(lng, c.changedAt)}</td>
                    <th scope="row">{c.year}</th>
                    <td>{t(`domain:funding.${c.funding}`)}</td>
                    <td className="numeric">{c.oldTarget === null ? '–' : formatNumber(lng, c.oldTarget)}</td>
                    <td className="numeric">{formatNumber(lng, c.newTarget)}</td>
                    <td className="text-multiline">{c.reason}</td>
                    <td>{c.changedByName ?? '—'}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="programme-list-title" className="dashboard-section">
        <h2 id="programme-list-title">{t('programmes.heading')}</h2>
        <div className="two-columns">
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('programmes.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('programmes.name')}</th>
                  <th scope="col">{t('programmes.years')}</th>
                  <th scope="col">{t('programmes.funding')}</th>
                  <th scope="col" className="numeric">
                    {t('settings.programmeTarget')}
                  </th>
                  <th scope="col">{t('settings.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {programmes.length === 0 ? (
                  <tr>
                    <td colSpan={5}>{t('programmes.none')}</td>
                  </tr>
                ) : (
                  programmes.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{p.name}</th>
                      <td>{p.fromYear === p.toYear ? p.fromYear : `${p.fromYear}–${p.toYear}`}</td>
                      <td>{p.funding ? t(`domain:funding.${p.funding}`) : t('programmes.allFunding')}</td>
                      <td className="numeric">{formatNumber(lng, p.target)}</td>
                      <td>
                        <DeleteProgrammeTargetButton id={p.id} name={p.name} />
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <section className="card" aria-labelledby="add-programme-title">
            <h3 id="add-programme-title">{t('settings.addProgrammeTitle')}</h3>
            <ProgrammeTargetForm />
          </section>
        </div>
      </section>
    </>
  );
}
