import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listDueChecks } from '@/db/queries/placements';
import { formatDate } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { QuickStillWorking } from '../[id]/_components/check-form';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'placements')('checks.listTitle') };
}

/**
 * "Te controleren": the retention checks due within a week or overdue. A caseworker sees
 * those of their own placements; managers and admins everyone's (?who=me narrows it).
 */
export default async function DueChecksPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/placements/checks', 'placements');
  const who = (await searchParams).who;
  const mine = user.role === 'caseworker' ? who !== 'all' : who === 'me';
  const today = todayInAppZone();
  const rows = await listDueChecks(db, { caseworkerId: mine ? user.id : null, today });

  return (
    <>
      <p>
        <Link href={`/${lng}/placements`}>{t('backToList')}</Link>
      </p>
      <h1>{t('checks.listTitle')}</h1>
      <p className="page-intro">{t('checks.listIntro')}</p>
      <p>
        {mine ? (
          <Link href={`/${lng}/placements/checks?who=all`}>{t('checks.showAll')}</Link>
        ) : (
          <Link href={`/${lng}/placements/checks?who=me`}>{t('checks.showMine')}</Link>
        )}
      </p>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="due-checks">
          <caption>{mine ? t('checks.captionMine') : t('checks.captionAll')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checks.due')}</th>
              <th scope="col">{t('list.person')}</th>
              <th scope="col">{t('list.employer')}</th>
              <th scope="col">{t('checks.after')}</th>
              {mine ? null : <th scope="col">{t('list.caseworker')}</th>}
              <th scope="col">{t('checks.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={mine ? 5 : 6}>{t('checks.none')}</td>
              </tr>
            ) : (
              rows.map((r) => {
                const person = r.personName ?? t('anonymised');
                const label = t('checks.rowLabel', { person, months: t(`checks.monthLabel.${r.months}`) });
                return (
                  <tr key={`${r.placementId}-${r.months}`}>
                    <td>
                      {formatDate(lng, r.dueOn)}
                      {r.dueOn < today ? <span className="badge badge-off">{t('checks.overdue')}</span> : null}
                    </td>
                    <th scope="row">
                      <Link href={`/${lng}/placements/${r.placementId}#checks`}>{person}</Link>
                    </th>
                    <td>{r.employerName}</td>
                    <td>{t(`checks.monthLabel.${r.months}`)}</td>
                    {mine ? null : <td>{r.caseworkerName ?? t('noCaseworker')}</td>}
                    <td>
                      <div className="inline-form">
                        <QuickStillWorking placementId={r.placementId} version={r.version} months={r.months as 1 | 3 | 6 | 12} label={label} />
                        <Link href={`/${lng}/placements/${r.placementId}#checks`}>
                          {t('checks.endedOrNote')}
                          <span className="visually-hidden">: {label}</span>
                        </Link>
                      </div>
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
