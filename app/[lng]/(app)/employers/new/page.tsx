import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmployerProfileForm } from '@/app/_components/employer-profile-form';
import { getDb } from '@/db/client';
import { listPlaces } from '@/db/queries/places';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { employerProfileInput } from '@/lib/validation/employers';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'employers')('profile.newTitle') };
}

export default async function NewEmployerPage({ params }: Props) {
  const { lng, t } = await loadPage(params, '/[lng]/employers/new', 'employers');
  const places = (await listPlaces(await getDb()))
    .sort((a, b) => (a.country === b.country ? a.name.localeCompare(b.name, 'de') : a.country === 'DE' ? -1 : 1))
    .map(({ id, name, country, postcode }) => ({ id, name, country, postcode }));
  return (
    <>
      <p>
        <Link href={`/${lng}/employers`}>{t('profile.back')}</Link>
      </p>
      <h1>{t('profile.newTitle')}</h1>
      <p className="page-intro">{t('profile.newIntro')}</p>
      <div className="form-page">
        <EmployerProfileForm initial={employerProfileInput(null)} places={places} />
      </div>
    </>
  );
}
