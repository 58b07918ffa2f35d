import type { Metadata } from 'next';
import { cohortEmployerChoices } from '@/db/queries/cohorts';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadPage } from '@/lib/pages/load-page';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CohortForm } from '../_components/cohort-form';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'cohorts')('new') };
}

export default async function NewCohortPage({ params }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/cohorts/new', 'cohorts');
  const employers = await cohortEmployerChoices(db);
  return (
    <>
      <PageHeader lng={lng} title={t('new')} breadcrumbs={[{ href: `/${lng}/cohorts`, label: t('title') }]} />
      <CohortForm employers={employers} />
    </>
  );
}
