import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { attendeesSharedWith, employerTakesPart, eventById, participantChoices, participantsOf, registrationsOf, type EventDetail } from '@/db/queries/events';
import { eventPhase } from '@/lib/domain/events';
import { formatDate, formatDateTime, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n/settings';
import { loadIdPage } from '@/lib/pages/load-page';
import { mayOpenPage } from '@/lib/security/access-matrix';
import { defaultEraseAfter } from '@/lib/validation/events';
import type { TFunction } from 'i18next';
import { ButtonLink } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { DataList } from '@/app/_components/ui/data-list';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import { ParticipantForm } from '../_components/participant-form';
import { RegisterJobSeekerForm, RegisterLeadForm } from '../_components/registration-forms';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'events')('title') };
}

function Facts({ lng, t, event, registered, attended }: { lng: Lng; t: TFunction; event: EventDetail; registered?: number; attended?: number }) {
  const description = lng === 'de' ? event.descriptionDe : event.descriptionNl;
  return (
    <Card title={t('detail.facts')} testId="event-facts">
      <DataList
        items={[
          { key: 'kind', label: t('field.kind'), value: t(`kind.${event.kind}`) },
          { key: 'when', label: t('detail.when'), value: `${formatDateTime(lng, event.startsAt)} – ${formatDateTime(lng, event.endsAt)}` },
          { key: 'where', label: t('detail.where'), value: `${event.venue}, ${event.placeName}` },
          ...(registered === undefined
            ? []
            : [
                {
                  key: 'capacity',
                  label: t('detail.capacity'),
                  value: t('detail.capacityValue', { registered: formatNumber(lng, registered), capacity: formatNumber(lng, event.capacity) }),
                  testId: 'event-capacity',
                },
                { key: 'attended', label: t('detail.attended'), value: formatNumber(lng, attended ?? 0), testId: 'event-attended' },
              ]),
          { key: 'description', label: t('detail.description'), value: <span lang={lng}>{description}</span>, multiline: true },
        ]}
      />
    </Card>
  );
}

/**
 * One event. Staff: facts, the employers with their stands, the registrations and the two ways to
 * register. An employer user of a company at the event: the facts, its own stand and vacancies,
 * and after the event the attendees who agreed to be shown to it; any other event is a 404.
 */
export default async function EventPage({ params }: Props) {
  const { lng, t, user, db, id, audit } = await loadIdPage(params, '/[lng]/events/[id]', 'events');
  const event = await eventById(db, id);
  if (!event) notFound();
  const phase = eventPhase(event);
  const crumbs = [{ href: `/${lng}/events`, label: t('title') }];

  if (user.role === 'employer') {
    const employerId = user.employerId ?? -1;
    if (!(await employerTakesPart(db, id, employerId))) notFound();
    const [[own], attendees] = await Promise.all([participantsOf(db, id, employerId), attendeesSharedWith(db, id, employerId)]);
    if (phase === 'over') await audit({ action: 'event.view_attendees', objectType: 'event', objectId: id, details: { shown: attendees.length } });
    return (
      <>
        <PageHeader lng={lng} title={event.title} breadcrumbs={crumbs} />
        <div className="two-columns">
          <Facts lng={lng} t={t} event={event} />
          <Card title={t('employerView.stand')} testId="employer-stand">
            <p className="event-stand">{own?.stand}</p>
            <h3>{t('employerView.vacancies')}</h3>
            {own && own.vacancies.length > 0 ? (
              <ul>
                {own.vacancies.map((v) => (
                  <li key={v.id}>{v.title}</li>
                ))}
              </ul>
            ) : (
              <p>{t('employers.noVacancies')}</p>
            )}
          </Card>
        </div>
        <Card title={t('employerView.attendees')} testId="employer-attendees">
          {phase === 'over' ? (
            <>
              <p className="field-hint">{t('employerView.attendeesIntro')}</p>
              <DataTable
                lng={lng}
                caption={t('employerView.attendees')}
                captionHidden
                rows={attendees}
                rowKey={(a) => a.registrationId}
                empty={t('employerView.noAttendees')}
                columns={[
                  { key: 'name', header: t('employerView.name'), rowHeader: true, cell: (a) => a.name },
                  { key: 'interest', header: t('employerView.interest'), cell: (a) => a.interest ?? '' },
                  {
                    key: 'contact',
                    header: t('employerView.contact'),
                    cell: (a) => [a.phone, a.email].filter(Boolean).join(', ') || t('employerView.noContact'),
                  },
                ]}
              />
            </>
          ) : (
            <p>{t('employerView.attendeesLater')}</p>
          )}
        </Card>
      </>
    );
  }

  const [participants, registrations, choices] = await Promise.all([participantsOf(db, id), registrationsOf(db, id), participantChoices(db)]);
  await audit({ action: 'event.view_registrations', objectType: 'event', objectId: id, details: { shown: registrations.length } });
  const attended = registrations.filter((r) => r.checkedInAt).length;
  type Reg = (typeof registrations)[number];
  const columns: Column<Reg>[] = [
    { key: 'name', header: t('registrations.name'), rowHeader: true, cell: (r) => r.name },
    {
      key: 'origin',
      header: t('registrations.origin'),
      cell: (r) => (
        <>
          {t(`registrations.originValue.${r.origin}`)}
          {r.eraseAfter ? <span className="field-hint"> · {t('registrations.eraseAfter', { date: formatDate(lng, r.eraseAfter) })}</span> : null}
        </>
      ),
    },
    { key: 'contact', header: t('registrations.contact'), cell: (r) => [r.phone, r.email].filter(Boolean).join(', ') },
    { key: 'interest', header: t('registrations.interest'), cell: (r) => r.interest ?? '' },
    {
      key: 'checkedIn',
      header: t('registrations.checkedIn'),
      cell: (r) => (r.checkedInAt ? <StatusBadge status="safe">{formatDateTime(lng, r.checkedInAt)}</StatusBadge> : t('registrations.notYet')),
    },
  ];
  const open = phase !== 'over';
  return (
    <>
      <PageHeader
        lng={lng}
        title={event.title}
        breadcrumbs={crumbs}
        actions={
          <>
            <ButtonLink href={`/${lng}/events/${id}/check-in`} data-testid="check-in-link">
              {t('detail.checkIn')}
            </ButtonLink>
            <ButtonLink appearance="secondary" href={`/${lng}/events/${id}/follow-up`}>
              {t('detail.followUp')}
            </ButtonLink>
            {mayOpenPage('/[lng]/events/[id]/edit', user.role) ? (
              <ButtonLink appearance="secondary" href={`/${lng}/events/${id}/edit`}>
                {t('detail.edit')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <div className="two-columns">
        <Facts lng={lng} t={t} event={event} registered={registrations.length} attended={attended} />
        <Card title={t('employers.title')} testId="event-employers">
          <DataTable
            lng={lng}
            caption={t('employers.title')}
            captionHidden
            rows={participants}
            rowKey={(p) => p.employerId}
            empty={t('employers.none')}
            columns={[
              { key: 'employer', header: t('employers.employer'), rowHeader: true, cell: (p) => <span lang="de">{p.employerName}</span> },
              { key: 'stand', header: t('employers.stand'), cell: (p) => p.stand },
              {
                key: 'vacancies',
                header: t('employers.vacancies'),
                cell: (p) => (p.vacancies.length > 0 ? p.vacancies.map((v) => v.title).join(', ') : t('employers.noVacancies')),
              },
            ]}
          />
          <h3 id="participant-title">{t('employers.add')}</h3>
          <ParticipantForm
            eventId={id}
            choices={choices}
            current={participants.map((p) => ({ employerId: p.employerId, stand: p.stand, vacancyIds: p.vacancies.map((v) => v.id) }))}
          />
        </Card>
      </div>
      <Card title={t('registrations.title')} testId="event-registrations">
        <DataTable
          lng={lng}
          caption={t('registrations.title')}
          captionHidden
          columns={columns}
          rows={registrations}
          rowKey={(r) => r.id}
          rowTestId={(r) => `registration-${r.id}`}
          empty={t('registrations.none')}
        />
      </Card>
      {open ? (
        <div className="two-columns">
          <Card title={<span id="register-seeker-title">{t('registrations.seekerForm')}</span>}>
            <RegisterJobSeekerForm eventId={id} />
          </Card>
          <Card title={<span id="lead-title">{t('registrations.leadForm')}</span>}>
            <RegisterLeadForm eventId={id} eraseAfter={defaultEraseAfter()} employers={participants.map((p) => ({ id: p.employerId, name: p.employerName }))} />
          </Card>
        </div>
      ) : null}
    </>
  );
}
