import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getJobSeekerLanguages, getJobSeekerPerson, getJobSeekerQualifications } from '@/db/queries/job-seekers';
import { listPlaces } from '@/db/queries/places';
import { getT } from '@/lib/i18n/server';
import { JobSeekerForm } from '../../_components/job-seeker-form';
import { pageLng } from '@/lib/params';
import { formInputOf } from '../../_lib/page-helpers';
import { gatePersonRead } from '@/lib/pages/person-read';
import { ReadRefusal } from '../../_components/read-refusal';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'jobSeekers')('edit.title') };
}

export default async function EditJobSeekerPage({ params }: Props) {
  const page = await loadIdPage(params, '/[lng]/job-seekers/[id]/edit', 'jobSeekers');
  const { lng, t, user, db, id, audit } = page;
  const gate = await gatePersonRead(page, 'profile');
  if (gate.decision.state !== 'ok') return <ReadRefusal lng={lng} t={t} gate={gate} />;
  const person = await getJobSeekerPerson(db, id);
  if (!person) notFound();
  const [languages, qualifications, dutchPlaces] = await Promise.all([getJobSeekerLanguages(db, id), getJobSeekerQualifications(db, id), listPlaces(db, 'NL')]);
  await audit({
    action: 'job_seeker.view_edit',
    objectType: 'job_seeker',
    objectId: id,
    jobSeekerId: id,
  });
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/${lng}/job-seekers`}>{t('list.title')}</Link> › <Link href={`/${lng}/job-seekers/${id}`}>{name}</Link>
      </p>
      <h1 id="job-seeker-form-title">{t('edit.heading', { name })}</h1>
      <p className="page-intro">
        {person.caseworkerId === user.id ? t('profile.ownerYou') : t('edit.owner', { name: person.caseworkerName ?? t('profile.noOwner') })}
      </p>
      <JobSeekerForm
        mode="edit"
        id={id}
        version={person.version}
        places={dutchPlaces.map((p) => ({ id: p.id, name: p.name, postcode: p.postcode }))}
        defaults={formInputOf(person, languages, qualifications)}
      />
    </>
  );
}
