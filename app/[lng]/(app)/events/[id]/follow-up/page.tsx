import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { conversationsOf, eventById, followUpVacancies, participantsOf, registrationsOf } from '@/db/queries/events';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadIdPage } from '@/lib/pages/load-page';
import { mayUseAction } from '@/lib/security/access-matrix';
import { Card } from '@/app/_components/ui/card';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { OutcomeRegion } from '@/app/_components/ui/outcome-region';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ConversationForm, LinkLeadForm, ProposeForm } from '../../_components/follow-up-forms';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'events')('detail.followUp') };
}

/**
 * After the event: who met which employer, and per conversation the proposal in one step (the
 * pipeline's own proposal, linked to the conversation). Walk-ins who became job seekers are
 * linked here first: only a job seeker can be proposed.
 */
export default async function FollowUpPage({ params }: Props) {
  const { lng, t, user, db, id, audit } = await loadIdPage(params, '/[lng]/events/[id]/follow-up', 'events');
  const event = await eventById(db, id);
  if (!event) notFound();
  const [registrations, participants, conversations, vacancies] = await Promise.all([
    registrationsOf(db, id),
    participantsOf(db, id),
    conversationsOf(db, id),
    followUpVacancies(db, id),
  ]);
  await audit({ action: 'event.view_conversations', objectType: 'event', objectId: id, details: { shown: conversations.length } });
  const attendees = registrations.filter((r) => r.checkedInAt);
  const unlinkedLeads = attendees.filter((r) => r.origin === 'lead' && r.jobSeekerId === null);
  const mayPropose = mayUseAction('event.propose', user.role);
  type Row = (typeof conversations)[number];
  const columns: Column<Row>[] = [
    { key: 'person', header: t('followUp.person'), rowHeader: true, cell: (c) => c.personName },
    { key: 'employer', header: t('followUp.employer'), cell: (c) => <span lang="de">{c.employerName}</span> },
    { key: 'note', header: t('followUp.note'), cell: (c) => c.note ?? '' },
    {
      key: 'proposal',
      header: t('followUp.proposal'),
      cell: (c) => {
        if (c.proposalId) return <Link href={`/${lng}/proposals/${c.proposalId}`}>{t('followUp.openProposal')}</Link>;
        if (c.jobSeekerId === null) return t('followUp.leadFirst');
        if (!mayPropose) return '';
        return (
          <ProposeForm
            eventId={id}
            conversationId={c.id}
            vacancies={vacancies.filter((v) => v.employerId === c.employerId)}
            label={t('followUp.proposeLabel', { name: c.personName, employer: c.employerName })}
          />
        );
      },
    },
  ];
  return (
    <>
      <PageHeader
        lng={lng}
        title={t('followUp.title', { title: event.title })}
        intro={t('followUp.intro')}
        breadcrumbs={[
          { href: `/${lng}/events`, label: t('title') },
          { href: `/${lng}/events/${id}`, label: event.title },
        ]}
      />
      <Card title={t('followUp.conversations')} testId="conversations">
        <OutcomeRegion testId="propose-outcome">
          <DataTable
            lng={lng}
            caption={t('followUp.conversations')}
            captionHidden
            columns={columns}
            rows={conversations}
            rowKey={(c) => c.id}
            rowTestId={(c) => `conversation-${c.id}`}
            empty={t('followUp.none')}
          />
        </OutcomeRegion>
      </Card>
      <div className="two-columns">
        <Card title={<span id="conversation-title">{t('followUp.record')}</span>}>
          {attendees.length === 0 || participants.length === 0 ? (
            <p>{t('followUp.noAttendees')}</p>
          ) : (
            <ConversationForm
              eventId={id}
              attendees={attendees.map((a) => ({ id: a.id, name: a.name }))}
              employers={participants.map((p) => ({ id: p.employerId, name: p.employerName }))}
            />
          )}
        </Card>
        <Card title={t('followUp.leads')} testId="unlinked-leads">
          <p className="field-hint">{t('followUp.leadsIntro')}</p>
          <OutcomeRegion testId="link-lead-outcome">
            {unlinkedLeads.length === 0 ? (
              <p>{t('followUp.noLeads')}</p>
            ) : (
              <ul className="stack">
                {unlinkedLeads.map((r) => (
                  <li key={r.id}>
                    <strong>{r.name}</strong>
                    <LinkLeadForm eventId={id} registrationId={r.id} label={t('followUp.linkLabel', { name: r.name })} />
                  </li>
                ))}
              </ul>
            )}
          </OutcomeRegion>
        </Card>
      </div>
    </>
  );
}
