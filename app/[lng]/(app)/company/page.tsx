import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmployerProfileForm } from '@/app/_components/employer-profile-form';
import { getEmployerProfile } from '@/db/queries/employers';
import { listPlaces } from '@/db/queries/places';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { employerProfileInput } from '@/lib/validation/employers';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'employers')('profile.companyTitle') };
}

/** The employer user's own company: every user of the company sees and edits the same profile. */
export default async function CompanyPage({ params }: Props) {
  const { lng, user, db } = await loadPage(params, '/[lng]/company');
  const [profile, places] = await Promise.all([getEmployerProfile(db, user.employerId!), listPlaces(db)]);
  if (!profile) notFound();
  const t = getT(lng, 'employers');
  return (
    <>
      <h1>{t('profile.companyTitle')}</h1>
      <p className="page-intro">{t('profile.companyIntro')}</p>
      <div className="form-page">
        <EmployerProfileForm employer={{ id: profile.id }} initial={employerProfileInput(profile)} places={placeOptions(places)} />
      </div>
    </>
  );
}

function placeOptions(places: { id: number; name: string; country: string; postcode: string }[]) {
  return [...places]
    .sort((a, b) => (a.country === b.country ? a.name.localeCompare(b.name, 'de') : a.country === 'DE' ? -1 : 1))
    .map(({ id, name, country, postcode }) => ({ id, name, country, postcode }));
}
