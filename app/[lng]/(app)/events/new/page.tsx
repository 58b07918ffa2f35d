import type { Metadata } from 'next';
import { eventPlaceOptions } from '@/db/queries/events';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadPage } from '@/lib/pages/load-page';
import { PageHeader } from '@/app/_components/ui/page-header';
import { EventForm } from '../_components/event-form';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'events')('new') };
}

export default async function NewEventPage({ params }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/events/new', 'events');
  const places = await eventPlaceOptions(db);
  return (
    <>
      <PageHeader lng={lng} title={t('new')} breadcrumbs={[{ href: `/${lng}/events`, label: t('title') }]} />
      <EventForm
        places={places}
        initial={{ kind: 'job_fair', title: '', startsAt: '', endsAt: '', venue: '', placeId: '', capacity: '', descriptionNl: '', descriptionDe: '' }}
      />
    </>
  );
}
