import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listEmployerOptions } from '@/db/queries/employers';
import { listPlaces } from '@/db/queries/places';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { emptyVacancyForm } from '@/lib/validation/vacancies';
import { routeId } from '@/lib/params';
import { VacancyForm } from '../_components/vacancy-form';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<{ employer?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'vacancies')('form.newTitle') };
}

export default async function NewVacancyPage({ params, searchParams }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/vacancies/new', 'vacancies');
  const isEmployer = user.role === 'employer';
  const [places, employers] = await Promise.all([listPlaces(db), isEmployer ? Promise.resolve(undefined) : listEmployerOptions(db)]);
  const preselected = routeId((await searchParams).employer ?? '');
  return (
    <>
      <p>
        <Link href={`/${lng}/vacancies`}>{t('detail.back')}</Link>
      </p>
      <h1>{t('form.newTitle')}</h1>
      <p className="page-intro">{t('form.intro')}</p>
      <VacancyForm
        initial={emptyVacancyForm(user.locale)}
        places={sortPlaces(places)}
        employers={employers}
        employerId={preselected && employers?.some((e) => e.id === preselected) ? String(preselected) : ''}
      />
    </>
  );
}

/** German workplaces first (most vacancies are there), then Dutch ones. */
function sortPlaces(places: { id: number; name: string; country: string }[]) {
  return [...places]
    .sort((a, b) => (a.country === b.country ? a.name.localeCompare(b.name, 'de') : a.country === 'DE' ? -1 : 1))
    .map(({ id, name, country }) => ({ id, name, country }));
}
