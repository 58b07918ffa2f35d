import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReasonList, ScoreMeter } from '@/app/_components/matching/reason-list';
import { matchesForSeeker } from '@/db/queries/matching';
import { formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { todayInAppZone } from '@/lib/time/zoned';
import { ProposalConfirmations, ProposeToVacancy } from './_components/propose-to-vacancy';
import { mayUseAction } from '@/lib/security/access-matrix';
import { gatePersonRead } from '@/lib/pages/person-read';
import { ReadRefusal } from '../../_components/read-refusal';
import { UnlinkedPostingNote } from '@/app/_components/ba/unlinked-posting-note';
import { ButtonLink } from '@/app/_components/ui/button';
import { StatusBadge } from '@/app/_components/ui/status-badge';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  // No name: titles end up in browser history and tab lists (the profile's title has none either).
  return { title: getT(lng === 'de' ? 'de' : 'nl', 'pipeline')('matches.findVacancies') };
}

/** Staff: the best open vacancies for one job seeker, with reasons. */
export default async function SeekerMatchesPage({ params }: Props) {
  const page = await loadIdPage(params, '/[lng]/job-seekers/[id]/matches', 'pipeline');
  const { lng, t, user, db, id, audit } = page;
  const gate = await gatePersonRead(page, 'profile');
  if (gate.decision.state !== 'ok') return <ReadRefusal lng={lng} t={t} gate={gate} />;
  const result = await matchesForSeeker(db, id, { today: todayInAppZone() });
  if (!result) notFound();
  await audit({
    action: 'matches.view_for_job_seeker',
    objectType: 'job_seeker',
    objectId: id,
    jobSeekerId: id,
  });
  const { seeker, matches } = result;
  const name = `${seeker.firstName} ${seeker.lastName}`;
  const blockers = [
    ...(seeker.facts.consentValid ? [] : [{ code: 'noConsent', tone: 'bad' as const }]),
    ...(seeker.facts.hasActivePlacement || seeker.facts.status === 'placed' ? [{ code: 'alreadyPlaced', tone: 'bad' as const }] : []),
    ...(seeker.facts.status === 'withdrawn' ? [{ code: 'withdrawn', tone: 'bad' as const }] : []),
  ];
  const canPropose = mayUseAction('proposal.create', user.role) && blockers.length === 0;
  return (
    <>
      <h1>{t('matches.titleForSeeker', { name })}</h1>
      <p className="page-intro">{t('matches.introSeeker')}</p>
      <p>
        <Link href={`/${lng}/job-seekers/${id}`}>{t('proposal.profileLink')}</Link>
      </p>
      {blockers.length ? (
        <div className="form-message form-message-error" data-testid="seeker-blockers">
          <p>{t('matches.blockedPerson')}</p>
          <ReasonList reasons={blockers} t={t} lng={lng} />
        </div>
      ) : null}
      {matches.length === 0 ? (
        <p className="card">{t('matches.noneSeeker')}</p>
      ) : (
        <ProposalConfirmations>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption>{t('matches.captionSeeker', { count: matches.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('matches.vacancy')}</th>
                  <th scope="col">{t('matches.employer')}</th>
                  <th scope="col">{t('matches.workplace')}</th>
                  <th scope="col" className="numeric">
                    {t('matches.distance')}
                  </th>
                  <th scope="col">{t('matches.score')}</th>
                  <th scope="col">{t('matches.why')}</th>
                  {canPropose ? <th scope="col">{t('matches.proposeOne')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {matches.map(({ item, match }) => (
                  <tr key={`${item.kind}-${item.id}`} data-testid={item.kind === 'ba_posting' ? `ba-posting-match-${item.id}` : `vacancy-match-${item.id}`}>
                    <th scope="row">
                      <Link
                        href={item.kind === 'ba_posting' ? `/${lng}/ba-postings/${item.id}?for=${id}` : `/${lng}/vacancies/${item.id}`}
                        lang={item.textLanguage}
                      >
                        {item.title}
                      </Link>
                      {item.kind === 'ba_posting' ? (
                        <span className="ba-unlinked">
                          <StatusBadge status="active">
                            <abbr title={t('vacancies:ba.markTitle')}>{t('vacancies:ba.mark')}</abbr>
                          </StatusBadge>
                        </span>
                      ) : null}
                    </th>
                    <td lang={item.anonymous ? undefined : 'de'}>{item.anonymous ? t('vacancies:ba.anonymous') : item.employerName}</td>
                    <td>{item.placeName}</td>
                    <td className="numeric">{item.distanceKm == null ? '' : t('matches.km', { km: formatNumber(lng, Math.round(item.distanceKm)) })}</td>
                    <td>
                      <ScoreMeter score={match.score} label={t('matches.scoreOf', { score: match.score })} />
                    </td>
                    <td>
                      <ReasonList reasons={match.reasons} t={t} lng={lng} />
                    </td>
                    {canPropose ? (
                      <td>
                        {item.kind === 'ba_posting' ? (
                          // No vacancy yet, so nothing to propose to: the way to link the employer instead.
                          item.anonymous ? (
                            <UnlinkedPostingNote lng={lng} t={t} postingId={item.id} anonymous forPerson={id} />
                          ) : (
                            <span data-testid={`ba-link-first-${item.id}`}>
                              {t('vacancies:ba.unlinked.note')}{' '}
                              <ButtonLink appearance="secondary" href={`/${lng}/ba-postings/${item.id}?for=${id}`}>
                                {t('vacancies:ba.unlinked.proposeFirst')}
                              </ButtonLink>
                            </span>
                          )
                        ) : (
                          <ProposeToVacancy vacancyId={item.id} jobSeekerId={id} vacancyTitle={item.title} />
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ProposalConfirmations>
      )}
    </>
  );
}
