import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { eventById, eventPlaceOptions } from '@/db/queries/events';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadIdPage } from '@/lib/pages/load-page';
import { utcToZonedLocal } from '@/lib/time/zoned';
import { PageHeader } from '@/app/_components/ui/page-header';
import { EventForm } from '../../_components/event-form';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'events')('field.edit') };
}

export default async function EditEventPage({ params }: Props) {
  const { lng, t, db, id } = await loadIdPage(params, '/[lng]/events/[id]/edit', 'events');
  const [event, places] = await Promise.all([eventById(db, id), eventPlaceOptions(db)]);
  if (!event) notFound();
  return (
    <>
      <PageHeader
        lng={lng}
        title={t('field.edit')}
        breadcrumbs={[
          { href: `/${lng}/events`, label: t('title') },
          { href: `/${lng}/events/${id}`, label: event.title },
        ]}
      />
      <EventForm
        eventId={id}
        version={event.version}
        places={places}
        initial={{
          kind: event.kind,
          title: event.title,
          startsAt: utcToZonedLocal(event.startsAt),
          endsAt: utcToZonedLocal(event.endsAt),
          venue: event.venue,
          placeId: String(event.placeId),
          capacity: String(event.capacity),
          descriptionNl: event.descriptionNl,
          descriptionDe: event.descriptionDe,
        }}
      />
    </>
  );
}
