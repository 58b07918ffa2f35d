import { loadIdPage } from '@/lib/pages/load-page';
import { pageRoles } from '@/lib/security/access-matrix';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { vacancyForMatching } from '@/db/queries/matching';
import { proposalsOfVacancy, sharedCandidates } from '@/db/queries/proposals';
import { proposalStages } from '@/db/schema/enums';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { visibleVacancyTitle } from '@/lib/pages/titles';
import { routeId } from '@/lib/params';

type Props = { params: Promise<{ lng: string; id: string }> };

// The title makes its own ownership check (lib/pages/titles.ts): another company's id and a
// missing one both get no title, so the two 404 pages stay alike.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id: rawId } = await params;
  const id = routeId(rawId);
  const title = id === null ? null : await visibleVacancyTitle(id, pageRoles('/[lng]/vacancies/[id]/pipeline'));
  return title === null ? {} : { title: `${getT(isLng(lng) ? lng : 'nl', 'pipeline')('board.title')} ${title}` };
}

/** The pipeline board of one vacancy: a column per stage. Staff, and the vacancy's own employer. */
export default async function VacancyPipelinePage({ params }: Props) {
  const { lng, t, user, db, id } = await loadIdPage(params, '/[lng]/vacancies/[id]/pipeline', 'pipeline');
  const vacancy = await vacancyForMatching(db, id);
  // Another company's vacancy looks exactly like one that does not exist.
  if (!vacancy || (user.role === 'employer' && vacancy.employerId !== user.employerId)) notFound();
  const rows = await proposalsOfVacancy(db, id);
  const shared = user.role === 'employer' ? await sharedCandidates(db, rows) : null;
  const nameOf = (r: (typeof rows)[number]) => {
    if (!shared) return `${r.firstName ?? '—'} ${r.lastName ?? ''}`.trim();
    const candidate = shared.get(r.jobSeekerId);
    return candidate?.consentWithdrawn ? t('candidates.consentWithdrawn') : (candidate?.displayName ?? '—');
  };
  return (
    <>
      <h1>
        {t('board.title')} <span lang={vacancy.textLanguage}>{vacancy.title}</span>
      </h1>
      <p className="page-intro">
        <span lang="de">{vacancy.employerName}</span>
        {vacancy.placeName ? `, ${vacancy.placeName}` : ''}. {t('board.intro')}
      </p>
      {user.role === 'caseworker' || user.role === 'admin' ? (
        <p>
          <Link href={`/${lng}/vacancies/${id}/matches`} className="button button-secondary">
            {t('board.findMatches')}
          </Link>
        </p>
      ) : null}
      <div className="board">
        {proposalStages.map((stage) => {
          const inStage = rows.filter((r) => r.stage === stage);
          return (
            <section key={stage} className="board-column" aria-labelledby={`stage-${stage}`} data-testid={`stage-${stage}`}>
              <h2 id={`stage-${stage}`}>
                <span>{t(`domain:proposalStage.${stage}`)}</span>
                <span>{inStage.length}</span>
              </h2>
              {inStage.length === 0 ? (
                <p className="field-hint">{t('board.empty')}</p>
              ) : (
                <ol>
                  {inStage.map((r) => (
                    <li key={r.id} className="board-card">
                      <Link href={`/${lng}/proposals/${r.id}`} aria-label={t('board.open', { name: nameOf(r) })}>
                        {nameOf(r)}
                      </Link>
                      <div className="field-hint">{t('board.since', { date: formatDate(lng, r.stageChangedAt) })}</div>
                      {r.interviewAt && (stage === 'interview' || stage === 'trial_day') ? (
                        <div className="field-hint">{t('board.interviewAt', { date: formatDateTime(lng, r.interviewAt) })}</div>
                      ) : null}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
