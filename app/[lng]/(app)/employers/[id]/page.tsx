import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EmployerProfileForm } from '@/app/_components/employer-profile-form';
import { FormMessage } from '@/app/_components/ui/fields';
import { getEmployerProfile } from '@/db/queries/employers';
import { listPlaces } from '@/db/queries/places';
import { listVacancies } from '@/db/queries/vacancies';
import { formatDate } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { employerProfileInput } from '@/lib/validation/employers';
import { VacancyStatusBadge as StatusBadge } from '../../vacancies/_components/status-badge';

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'employers')('list.title') };
}

/** Staff's view of one employer: its profile to edit and its vacancies. */
export default async function EmployerPage({ params, searchParams }: Props) {
  const { lng, t, db, id } = await loadIdPage(params, '/[lng]/employers/[id]', 'employers');
  const [profile, places, vacancies] = await Promise.all([
    getEmployerProfile(db, id),
    listPlaces(db),
    listVacancies(db, { kind: 'staff' }, { employerId: id }, 10),
  ]);
  if (!profile) notFound();
  const tv = getT(lng, 'vacancies');
  const { saved } = await searchParams;
  return (
    <>
      <p>
        <Link href={`/${lng}/employers`}>{t('profile.back')}</Link>
      </p>
      <h1 lang="de">{profile.name}</h1>
      {saved ? <FormMessage kind="success">{t('profile.saved')}</FormMessage> : null}
      <div className="two-columns">
        <div className="form-page">
          <EmployerProfileForm
            employer={{ id: profile.id }}
            initial={employerProfileInput(profile)}
            places={places
              .sort((a, b) => (a.country === b.country ? a.name.localeCompare(b.name, 'de') : a.country === 'DE' ? -1 : 1))
              .map(({ id: placeId, name, country, postcode }) => ({ id: placeId, name, country, postcode }))}
          />
        </div>
        <section className="card" aria-labelledby="employer-vacancies-title">
          <h2 id="employer-vacancies-title">{t('profile.vacanciesTitle')}</h2>
          <p>
            <Link className="button" href={`/${lng}/vacancies/new?employer=${profile.id}`}>
              {t('profile.newVacancy')}
            </Link>
          </p>
          {vacancies.rows.length === 0 ? (
            <p>{tv('list.empty')}</p>
          ) : (
            <ul className="plain-list vacancy-mini-list">
              {vacancies.rows.map((v) => (
                <li key={v.id}>
                  <Link href={`/${lng}/vacancies/${v.id}`} lang={v.textLanguage}>
                    {v.title}
                  </Link>{' '}
                  <StatusBadge status={v.effectiveStatus} label={tv(`domain:vacancyStatus.${v.effectiveStatus}`)} />
                  {v.closingDate ? <span className="field-hint"> {formatDate(lng, v.closingDate)}</span> : null}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={`/${lng}/vacancies?employer=${profile.id}&status=all`}>{t('profile.allVacancies')}</Link>
          </p>
        </section>
      </div>
    </>
  );
}
