import type { Metadata } from 'next';
import Link from 'next/link';
import { SOON_DAYS, workList } from '@/db/queries/sib-ledger';
import { loadPage } from '@/lib/pages/load-page';
import { formatDate, formatEuroCents } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'sib')('work.title') };
}

/**
 * The SIB work list: milestones to claim (due within two weeks, overdue, or denied and open
 * again) and claims to verify. A caseworker sees their own placements unless they ask for all.
 */
export default async function SibWorkPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/sib/work', 'sib');
  const p = getT(lng, 'placements');
  const all = (await searchParams).all === '1' || user.role !== 'caseworker';
  const today = todayInAppZone();
  const items = await workList(db, { today, caseworkerId: all ? null : user.id });
  const toClaim = items.filter((i) => i.status !== 'claimed');
  const toVerify = items.filter((i) => i.status === 'claimed');
  const section = (id: string, title: string, rows: typeof items, verify: boolean) => (
    <section aria-labelledby={id} className="dashboard-section">
      <h2 id={id}>{title}</h2>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid={id}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ledger.dueOn')}</th>
              <th scope="col">{t('ledger.person')}</th>
              <th scope="col">{t('outcome.milestone')}</th>
              <th scope="col" className="numeric">
                {t('outcome.price')}
              </th>
              <th scope="col">{verify ? t('work.claimedBy') : t('work.claimBy')}</th>
              <th scope="col">{t('ledger.caseworker')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6}>{t('work.none')}</td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={`${r.placementId}-${r.milestone}`} data-testid={`work-${r.placementId}-${r.milestone}`} data-due={r.dueOn} data-status={r.status}>
                  <td>
                    {formatDate(lng, r.dueOn)}
                    <div className="field-hint">{t(`status.${r.status}`)}</div>
                  </td>
                  <th scope="row">
                    <Link href={`/${lng}/placements/${r.placementId}#milestones-title`}>{r.personName ?? p('anonymised')}</Link>
                  </th>
                  <td>{p(`milestones.names.${r.milestone}`)}</td>
                  <td className="numeric">{formatEuroCents(lng, r.priceCents)}</td>
                  <td>{verify ? (r.claimedByName ?? '—') : formatDate(lng, r.claimBy)}</td>
                  <td>{r.caseworkerName ?? '—'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );

  return (
    <>
      <p>
        <Link href={`/${lng}/sib`}>{t('ledger.title')}</Link>
      </p>
      <h1>{t('work.title')}</h1>
      <p className="page-intro">{t('work.intro', { days: SOON_DAYS })}</p>
      {user.role === 'caseworker' ? (
        <p>{all ? <Link href={`/${lng}/sib/work`}>{t('work.mine')}</Link> : <Link href={`/${lng}/sib/work?all=1`}>{t('work.all')}</Link>}</p>
      ) : null}
      {section('work-claim', t('work.toClaim'), toClaim, false)}
      {section('work-verify', t('work.toVerify'), toVerify, true)}
    </>
  );
}
