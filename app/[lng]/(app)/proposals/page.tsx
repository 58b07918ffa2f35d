import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { openProposalsOfCaseload, waitingForCaseworker } from '@/db/queries/proposals';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'pipeline')('waiting.title') };
}

/** Caseworker: what waits on me in the pipeline, and my people's open proposals. */
export default async function ProposalsPage({ params }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/proposals', 'pipeline');
  const [waiting, open] = await Promise.all([waitingForCaseworker(db, user.id, new Date()), openProposalsOfCaseload(db, user.id)]);
  return (
    <>
      <h1>{t('waiting.title')}</h1>
      <p className="page-intro">{t('waiting.intro')}</p>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="waiting-table">
          <caption>{t('waiting.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('waiting.what')}</th>
              <th scope="col">{t('waiting.who')}</th>
              <th scope="col">{t('waiting.where')}</th>
              <th scope="col">{t('waiting.when')}</th>
            </tr>
          </thead>
          <tbody>
            {waiting.length === 0 ? (
              <tr>
                <td colSpan={4}>{t('waiting.none')}</td>
              </tr>
            ) : (
              waiting.map((w) => (
                <tr key={`${w.proposalId}-${w.reason}`}>
                  <th scope="row">
                    <Link href={`/${lng}/proposals/${w.proposalId}`}>{t(`waiting.reason.${w.reason}`)}</Link>
                    <div className="field-hint">{t(`domain:proposalStage.${w.stage}`)}</div>
                  </th>
                  <td>
                    {w.firstName} {w.lastName}
                  </td>
                  <td>
                    <span lang="de">{w.vacancyTitle}</span>
                    <div className="field-hint" lang="de">
                      {w.employerName}
                    </div>
                  </td>
                  <td>{w.reason === 'interviewSoon' && w.interviewAt ? formatDateTime(lng, w.interviewAt) : formatDate(lng, w.stageChangedAt)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>{t('waiting.openCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('waiting.who')}</th>
              <th scope="col">{t('waiting.where')}</th>
              <th scope="col">{t('candidates.stage')}</th>
              <th scope="col">{t('candidates.since')}</th>
            </tr>
          </thead>
          <tbody>
            {open.length === 0 ? (
              <tr>
                <td colSpan={4}>{t('waiting.openNone')}</td>
              </tr>
            ) : (
              open.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/${lng}/proposals/${p.id}`}>
                      {p.firstName} {p.lastName}
                    </Link>
                  </th>
                  <td>
                    <span lang={p.textLanguage}>{p.vacancyTitle}</span>
                    <div className="field-hint" lang="de">
                      {p.employerName}
                    </div>
                  </td>
                  <td>{t(`domain:proposalStage.${p.stage}`)}</td>
                  <td>{formatDate(lng, p.stageChangedAt)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
