import { loadIdPage } from '@/lib/pages/load-page';
import { pageRoles } from '@/lib/security/access-matrix';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { matchesForVacancy } from '@/db/queries/matching';
import { describeReason } from '@/lib/matching/describe-reason';
import { formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { visibleVacancyTitle } from '@/lib/pages/titles';
import { routeId } from '@/lib/params';
import { todayInAppZone } from '@/lib/time/zoned';
import { ProposeJobSeekersForm } from './_components/propose-job-seekers-form';
import { mayUseAction } from '@/lib/security/access-matrix';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id: rawId } = await params;
  const id = routeId(rawId);
  const title = id === null ? null : await visibleVacancyTitle(id, pageRoles('/[lng]/vacancies/[id]/matches'));
  return title === null ? {} : { title: `${getT(lng === 'de' ? 'de' : 'nl', 'pipeline')('matches.titleForVacancy')} ${title}` };
}

/** Staff: the best job seekers for one vacancy, with reasons, to propose in one go. */
export default async function VacancyMatchesPage({ params }: Props) {
  const { lng, t, user, db, id, audit } = await loadIdPage(params, '/[lng]/vacancies/[id]/matches', 'pipeline');
  const result = await matchesForVacancy(db, id, { today: todayInAppZone() });
  if (!result) notFound();
  await audit({
    action: 'matches.view_for_vacancy',
    objectType: 'vacancy',
    objectId: id,
    details: { shown: result.matches.length },
  });
  const rows = result.matches.map(({ item, match }) => ({
    id: item.id,
    name: `${item.firstName} ${item.lastName}`,
    place: item.placeName ?? '',
    distance: item.distanceKm == null ? '' : t('matches.km', { km: formatNumber(lng, Math.round(item.distanceKm)) }),
    score: match.score,
    reasons: match.reasons.map((r) => ({ tone: r.tone, text: describeReason(t, lng, r) })),
  }));
  const v = result.vacancy;
  return (
    <>
      <h1>
        {t('matches.titleForVacancy')} <span lang={v.textLanguage}>{v.title}</span>
      </h1>
      <p className="page-intro">
        <span lang="de">{v.employerName}</span>
        {v.placeName ? `, ${v.placeName}` : ''}
      </p>
      <p className="page-intro">{t('matches.intro')}</p>
      <p>
        <Link href={`/${lng}/vacancies/${id}/pipeline`}>{t('matches.toPipeline')}</Link>
      </p>
      {rows.length === 0 ? (
        <p className="card">{t('matches.none')}</p>
      ) : (
        <ProposeJobSeekersForm vacancyId={id} rows={rows} canPropose={mayUseAction('proposal.create', user.role)} />
      )}
    </>
  );
}
