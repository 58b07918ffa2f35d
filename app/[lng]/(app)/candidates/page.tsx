import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { proposalsOfEmployer, sharedCandidates } from '@/db/queries/proposals';
import { formatDate } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'pipeline')('candidates.title') };
}

/** Employer: the candidates proposed to the company's own vacancies, per vacancy. */
export default async function CandidatesPage({ params }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/candidates', 'pipeline');
  const rows = await proposalsOfEmployer(db, user.employerId!);
  const shared = await sharedCandidates(db, rows);
  const byVacancy = new Map<number, typeof rows>();
  for (const r of rows) byVacancy.set(r.vacancyId, [...(byVacancy.get(r.vacancyId) ?? []), r]);
  return (
    <>
      <h1>{t('candidates.title')}</h1>
      <p className="page-intro">{t('candidates.intro')}</p>
      {rows.length === 0 ? <p className="card">{t('candidates.none')}</p> : null}
      {[...byVacancy.entries()].map(([vacancyId, list]) => (
        <div key={vacancyId} className="table-wrap" tabIndex={0}>
          <table>
            <caption>
              <Link href={`/${lng}/vacancies/${vacancyId}/pipeline`}>
                {t('candidates.caption')} <span lang={list[0]!.textLanguage}>{list[0]!.vacancyTitle}</span>
              </Link>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('candidates.name')}</th>
                <th scope="col">{t('candidates.stage')}</th>
                <th scope="col">{t('candidates.since')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link href={`/${lng}/proposals/${r.id}`}>
                      {shared.get(r.jobSeekerId)?.consentWithdrawn ? t('candidates.consentWithdrawn') : (shared.get(r.jobSeekerId)?.displayName ?? '—')}
                    </Link>
                  </th>
                  <td>{t(`domain:proposalStage.${r.stage}`)}</td>
                  <td>{formatDate(lng, r.stageChangedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
