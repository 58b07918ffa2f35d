import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listPlaces } from '@/db/queries/places';
import { getVacancy } from '@/db/queries/vacancies';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { vacancyFormValues } from '@/lib/validation/vacancies';
import { routeId } from '@/lib/params';
import { vacancyScopeFor } from '@/lib/vacancies/scope';
import { visibleVacancyTitle } from '@/lib/pages/titles';
import { isEditable } from '@/lib/vacancies/status';
import { VacancyForm } from '../../_components/vacancy-form';
import { pageRoles } from '@/lib/security/access-matrix';

type Props = { params: Promise<{ lng: string; id: string }> };

// The title makes its own ownership check (lib/pages/titles.ts): another company's id and a
// missing one both get no title, so the two 404 pages stay alike.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id: rawId } = await params;
  const id = routeId(rawId);
  const title = id === null ? null : await visibleVacancyTitle(id, pageRoles('/[lng]/vacancies/[id]/edit'));
  return title === null ? {} : { title: `${getT(isLng(lng) ? lng : 'nl', 'vacancies')('form.editTitle')}: ${title}` };
}

export default async function EditVacancyPage({ params }: Props) {
  const { lng, t, user, db, id } = await loadIdPage(params, '/[lng]/vacancies/[id]/edit', 'vacancies');
  const vacancy = await getVacancy(db, vacancyScopeFor(user), id);
  if (!vacancy) notFound();
  const places = (await listPlaces(db))
    .sort((a, b) => (a.country === b.country ? a.name.localeCompare(b.name, 'de') : a.country === 'DE' ? -1 : 1))
    .map(({ id: placeId, name, country }) => ({ id: placeId, name, country }));
  return (
    <>
      <p>
        <Link href={`/${lng}/vacancies/${vacancy.id}`}>{t('form.back')}</Link>
      </p>
      <h1>{t('form.editTitle')}</h1>
      <p className="page-intro" lang={vacancy.textLanguage}>
        {vacancy.title}
      </p>
      {isEditable(vacancy.status) ? (
        <>
          <p className="field-hint">{t('form.intro')}</p>
          <VacancyForm
            vacancy={{ id: vacancy.id, version: vacancy.version, status: vacancy.status }}
            initial={vacancyFormValues(vacancy, vacancy.status === 'draft' ? 'draft' : 'save')}
            places={places}
          />
        </>
      ) : (
        <p className="note">{t('detail.readOnlyNote')}</p>
      )}
    </>
  );
}
