import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listPlaces } from '@/db/queries/places';
import { getT } from '@/lib/i18n/server';
import { emptyJobSeekerForm } from '@/lib/validation/job-seekers';
import { JobSeekerForm } from '../_components/job-seeker-form';
import { pageLng } from '@/lib/params';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'jobSeekers')('register.title') };
}

export default async function RegisterJobSeekerPage({ params }: Props) {
  const { lng, t } = await loadPage(params, '/[lng]/job-seekers/new', 'jobSeekers');
  const dutchPlaces = await listPlaces(await getDb(), 'NL');
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/${lng}/job-seekers`}>{t('list.title')}</Link>
      </p>
      <h1 id="job-seeker-form-title">{t('register.title')}</h1>
      <p className="page-intro">{t('register.intro')}</p>
      <JobSeekerForm mode="create" places={dutchPlaces.map((p) => ({ id: p.id, name: p.name, postcode: p.postcode }))} defaults={emptyJobSeekerForm} />
    </>
  );
}
