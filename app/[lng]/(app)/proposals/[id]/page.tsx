import { loadIdPage } from '@/lib/pages/load-page';
import { pageRoles } from '@/lib/security/access-matrix';
import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { vacancyForMatching } from '@/db/queries/matching';
import { employerHasAccounts, moveProposal, proposalById, proposalHistory, sharedCandidates } from '@/db/queries/proposals';
import { DocumentTable } from '@/app/_components/documents/document-table';
import { documentsForEmployer } from '@/db/queries/documents';
import { todayInAppZone } from '@/lib/time/zoned';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { visibleProposalVacancyTitle } from '@/lib/pages/titles';
import { routeId } from '@/lib/params';
import { isDeliberateView } from '@/lib/proposals/deliberate-view';
import { nextStages } from '@/lib/proposals/stages';
import { utcToZonedLocal } from '@/lib/time/zoned';
import { MoveProposalForm } from './_components/move-proposal-form';
import { mayUseAction } from '@/lib/security/access-matrix';

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The title makes its own ownership check (lib/pages/titles.ts): another company's id and a
// missing one both get no title, so the two 404 pages stay alike.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id: rawId } = await params;
  const id = routeId(rawId);
  const vacancy = id === null ? null : await visibleProposalVacancyTitle(id, pageRoles('/[lng]/proposals/[id]'));
  return vacancy === null ? {} : { title: getT(isLng(lng) ? lng : 'nl', 'pipeline')('proposal.pageTitle', { vacancy }) };
}

/** One candidate on one vacancy: what may be shared, the history, and the next step. */
export default async function ProposalPage({ params, searchParams }: Props) {
  const { lng, t, user, db, id, audit } = await loadIdPage(params, '/[lng]/proposals/[id]', 'pipeline');
  let proposal = await proposalById(db, id);
  if (!proposal || (user.role === 'employer' && proposal.employerId !== user.employerId)) notFound();
  const actor = { id: user.id, role: user.role, email: user.email };
  const preview = (await searchParams).preview;
  const previewId = typeof preview === 'string' ? routeId(preview) : null;

  // The employer opening a new candidate is what "seen by the employer" means: a person opening
  // it, not a prefetch nor a link followed from another site (lib/proposals/deliberate-view.ts).
  const requestHeaders = await headers();
  if (user.role === 'employer' && proposal.stage === 'proposed' && isDeliberateView((name) => requestHeaders.get(name))) {
    const moved = await moveProposal(
      db,
      { proposalId: id, expectedVersion: proposal.version, to: 'seen', reason: null, actorId: user.id },
      { actor, origin: null },
    );
    if (moved.ok) proposal = (await proposalById(db, id))!;
  }
  await audit({ action: 'proposal.view', objectType: 'proposal', objectId: id, jobSeekerId: proposal.jobSeekerId });

  const [vacancy, history, hasAccounts, sharedMap] = await Promise.all([
    vacancyForMatching(db, proposal.vacancyId),
    proposalHistory(db, id),
    employerHasAccounts(db, proposal.employerId),
    sharedCandidates(
      db,
      [
        {
          jobSeekerId: proposal.jobSeekerId,
          sharedScope: user.role === 'employer' ? proposal.sharedScope : ['profile', 'languages', 'qualifications', 'contact'],
        },
      ],
      { audience: user.role === 'employer' ? 'employer' : 'staff' },
    ),
  ]);
  const candidate = sharedMap.get(proposal.jobSeekerId)!;
  // Only what lies inside the current consent (db/queries/documents.ts); listing them is part of the audited view.
  const sharedDocuments =
    user.role === 'employer'
      ? await documentsForEmployer(db, { employerId: user.employerId!, jobSeekerId: proposal.jobSeekerId, today: todayInAppZone() })
      : [];
  const side = user.role === 'employer' ? 'employer' : 'caseworker';
  const options = mayUseAction('proposal.move', user.role) ? nextStages(proposal.stage, side, hasAccounts) : [];
  const notShared = <em>{t('proposal.notShared')}</em>;

  return (
    <>
      <h1>{candidate.consentWithdrawn ? t('proposal.titleWithdrawn') : t('proposal.title', { name: candidate.displayName })}</h1>
      <dl className="details-list card">
        <dt>{t('proposal.forVacancy')}</dt>
        <dd>
          <Link href={`/${lng}/vacancies/${proposal.vacancyId}`} lang={vacancy!.textLanguage}>
            {vacancy!.title}
          </Link>{' '}
          (<span lang="de">{vacancy!.employerName}</span>)
        </dd>
        <dt>{t('proposal.stage')}</dt>
        <dd data-testid="proposal-stage">{t(`domain:proposalStage.${proposal.stage}`)}</dd>
        {proposal.interviewAt ? (
          <>
            <dt>{t('proposal.interviewAt')}</dt>
            <dd>{formatDateTime(lng, proposal.interviewAt)}</dd>
          </>
        ) : null}
        <dt>{t('proposal.motivation')}</dt>
        <dd lang="de" className="text-multiline">
          {proposal.motivation || <em lang={lng}>{t('proposal.noMotivation')}</em>}
        </dd>
      </dl>

      <section aria-labelledby="candidate-title" className="card">
        <h2 id="candidate-title">{t('proposal.candidate')}</h2>
        {candidate.consentWithdrawn ? (
          <p className="form-message form-message-error" data-testid="consent-withdrawn">
            {t('proposal.consentWithdrawn')}
          </p>
        ) : user.role === 'employer' ? (
          <p className="field-hint">{t('proposal.sharedIntro')}</p>
        ) : (
          <p>
            <Link href={`/${lng}/job-seekers/${proposal.jobSeekerId}`}>{t('proposal.profileLink')}</Link>
          </p>
        )}
        <dl className="details-list">
          <dt>{t('proposal.place')}</dt>
          <dd>{candidate.placeName ?? notShared}</dd>
          <dt>{t('proposal.languages')}</dt>
          <dd>
            {candidate.languages
              ? candidate.languages.map((l) => `${t(`domain:language.${l.language}`, { defaultValue: l.language })} ${l.level}`).join(', ')
              : notShared}
          </dd>
          <dt>{t('proposal.qualifications')}</dt>
          <dd>
            {candidate.qualifications
              ? candidate.qualifications
                  .map(
                    (q) =>
                      `${t(`domain:qualification.${q.qualification}`, { defaultValue: q.qualification })} (${t(`domain:recognitionStatus.${q.recognitionStatus}`)})`,
                  )
                  .join('; ') || '—'
              : notShared}
          </dd>
          <dt>{t('proposal.hours')}</dt>
          <dd>
            {candidate.hoursMin != null && candidate.hoursMax != null
              ? t('proposal.hoursRange', { min: candidate.hoursMin, max: candidate.hoursMax })
              : notShared}
          </dd>
          <dt>{t('proposal.availableFrom')}</dt>
          <dd>{candidate.availableFrom ? formatDate(lng, candidate.availableFrom) : notShared}</dd>
          <dt>{t('proposal.drivingLicence')}</dt>
          <dd>{candidate.drivingLicence == null ? notShared : candidate.drivingLicence ? t('proposal.yes') : t('proposal.no')}</dd>
          <dt>{t('proposal.contact')}</dt>
          <dd>{candidate.email || candidate.phone ? [candidate.email, candidate.phone].filter(Boolean).join(', ') : notShared}</dd>
        </dl>
      </section>

      {user.role === 'employer' ? (
        <section aria-labelledby="documents-title" className="card">
          <h2 id="documents-title">{t('documents:employer.title')}</h2>
          {sharedDocuments.length === 0 ? (
            <p data-testid="employer-documents-none">{t('documents:employer.none')}</p>
          ) : (
            <DocumentTable
              lng={lng}
              t={t}
              items={sharedDocuments}
              staff={false}
              caption={t('documents:employer.title')}
              testId="employer-documents"
              pagePath={`/${lng}/proposals/${id}`}
              previewId={previewId}
            />
          )}
        </section>
      ) : null}

      <div className="two-columns">
        <section aria-labelledby="history-title" className="card">
          <h2 id="history-title">{t('proposal.history')}</h2>
          <ol className="history" data-testid="proposal-history">
            {history.map((h) => (
              <li key={h.id}>
                <strong>{t(`domain:proposalStage.${h.toStage}`)}</strong> · {formatDateTime(lng, h.at)}
                {h.actorName ? <> · {t('proposal.by', { name: h.actorName })}</> : null}
                {h.cause ? <div data-testid="history-cause">{t(`proposal.cause.${h.cause}`)}</div> : null}
                {h.interviewAt ? <div>{t('proposal.appointment', { at: formatDateTime(lng, h.interviewAt) })}</div> : null}
                {h.reason ? (
                  <div>
                    {t('proposal.reasonLabel')}: <q className="text-multiline">{h.reason}</q>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="next-title" className="card">
          <h2 id="next-title">{t('proposal.nextStep')}</h2>
          {/* Rendered also without a next step: after a final step (rejected, hired) the
              refreshed page has no options left, and the confirmation must stay in view. */}
          <MoveProposalForm
            proposalId={id}
            version={proposal.version}
            stage={proposal.stage}
            options={options}
            interviewAt={proposal.interviewAt ? utcToZonedLocal(proposal.interviewAt) : ''}
          />
          {proposal.stage === 'hired' && user.role !== 'employer' ? (
            <p>
              <Link
                className="button"
                href={`/${lng}/placements/new?jobSeekerId=${proposal.jobSeekerId}&employerId=${proposal.employerId}&vacancyId=${proposal.vacancyId}&proposalId=${id}`}
              >
                {t('proposal.logPlacement')}
              </Link>
            </p>
          ) : null}
          <p>
            <Link href={`/${lng}/vacancies/${proposal.vacancyId}/pipeline`}>{t('proposal.backToBoard')}</Link>
          </p>
        </section>
      </div>
    </>
  );
}
