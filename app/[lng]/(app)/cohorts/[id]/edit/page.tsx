import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cohortById, cohortEmployerChoices } from '@/db/queries/cohorts';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadIdPage } from '@/lib/pages/load-page';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CohortForm } from '../../_components/cohort-form';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'cohorts')('edit') };
}

/** Changing a cohort's facts and linked employers (no personal data on this page). */
export default async function EditCohortPage({ params }: Props) {
  const { lng, t, db, id } = await loadIdPage(params, '/[lng]/cohorts/[id]/edit', 'cohorts');
  const [cohort, employers] = await Promise.all([cohortById(db, id), cohortEmployerChoices(db)]);
  if (!cohort) notFound();
  const values = {
    name: cohort.name,
    provider: cohort.provider,
    startDate: cohort.startDate,
    endDate: cohort.endDate,
    capacity: String(cohort.capacity),
    employerIds: cohort.employers.map((e) => String(e.id)),
  };
  return (
    <>
      <PageHeader
        lng={lng}
        title={t('edit')}
        breadcrumbs={[
          { href: `/${lng}/cohorts`, label: t('title') },
          { href: `/${lng}/cohorts/${id}`, label: cohort.name },
        ]}
      />
      <CohortForm employers={employers} cohort={{ id, values }} />
    </>
  );
}
