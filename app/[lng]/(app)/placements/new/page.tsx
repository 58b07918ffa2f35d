import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import {
  employerOptionById,
  personOptionById,
  proposalPrefill,
  searchEmployersForPlacement,
  searchPeopleForPlacement,
  vacanciesForPlacement,
} from '@/db/queries/placement-options';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import type { CreatePlacementInput } from '@/lib/validation/placements';
import { PlacementForm } from './_components/placement-form';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'placements')('new.title') };
}

function idParam(value: string | string[] | undefined): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^[1-9][0-9]{0,9}$/.test(v) ? Number(v) : null;
}

/**
 * Log a placement. ?jobSeekerId=&employerId=&vacancyId=&proposalId= prefill it, so that a
 * hire in the pipeline leads straight here; a proposal brings its person, vacancy and employer.
 */
export default async function NewPlacementPage({ params, searchParams }: Props) {
  const { lng, t, user, db, audit } = await loadPage(params, '/[lng]/placements/new', 'placements');
  const query = await searchParams;

  let jobSeekerId = idParam(query.jobSeekerId);
  let employerId = idParam(query.employerId);
  let vacancyId = idParam(query.vacancyId);
  const proposalId = idParam(query.proposalId);
  let proposalFound = false;
  if (proposalId !== null) {
    const prefill = await proposalPrefill(db, proposalId);
    if (prefill) {
      proposalFound = true;
      jobSeekerId = prefill.jobSeekerId;
      vacancyId = prefill.vacancyId;
      employerId = prefill.employerId;
    }
  }

  const [caseload, chosenPerson, employerList, chosenEmployer] = await Promise.all([
    searchPeopleForPlacement(db, { q: '', caseworkerId: user.id }),
    jobSeekerId === null ? null : personOptionById(db, jobSeekerId, user.id),
    searchEmployersForPlacement(db, { q: '' }),
    employerId === null ? null : employerOptionById(db, employerId),
  ]);
  const vacancyList = chosenEmployer ? await vacanciesForPlacement(db, { employerId: chosenEmployer.id }) : [];
  const chosenVacancy = vacancyList.find((v) => v.id === vacancyId) ?? null;

  const people = chosenPerson && !caseload.some((p) => p.id === chosenPerson.id) ? [chosenPerson, ...caseload] : caseload;
  // The person picker shows personal data like the register list: one row naming who was shown.
  await audit({ action: 'job_seeker.list', details: { source: 'placement.new', shown: people.map((p) => p.id) } });
  const employers = chosenEmployer && !employerList.some((e) => e.id === chosenEmployer.id) ? [chosenEmployer, ...employerList] : employerList;
  const initial: CreatePlacementInput = {
    jobSeekerId: chosenPerson ? String(chosenPerson.id) : '',
    employerId: chosenEmployer ? String(chosenEmployer.id) : '',
    vacancyId: chosenVacancy ? String(chosenVacancy.id) : '',
    proposalId: proposalFound ? String(proposalId) : '',
    startDate: '',
    funding: chosenPerson?.sibCohort ? 'sib' : 'regular',
    sibCohort: chosenPerson?.sibCohort ?? false,
    jobTitle: chosenVacancy?.title ?? '',
    hoursPerWeek: chosenVacancy?.hoursMax ? String(chosenVacancy.hoursMax) : '',
    contract: chosenVacancy?.contract ?? 'permanent',
  };

  return (
    <>
      <p>
        <Link href={`/${lng}/placements`}>{t('backToList')}</Link>
      </p>
      <h1 id="new-placement-title">{t('new.title')}</h1>
      <p className="page-intro">{t('new.intro')}</p>
      {proposalId !== null && !proposalFound ? <p className="field-hint">{t('new.proposalNotFound')}</p> : null}
      <div className="form-column">
        <PlacementForm initial={initial} people={people} employers={employers} vacancies={vacancyList} />
      </div>
    </>
  );
}
