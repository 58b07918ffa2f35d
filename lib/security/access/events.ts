import { staffRoles } from '@/db/schema/enums';
import { defaultEraseAfter } from '@/lib/validation/events';
import type { FeatureAccess } from '../access-matrix';

/**
 * Job fairs and information meetings. Staff organise them (create, employers and stands,
 * registrations, the door, conversations and follow-ups); an employer user reads only the
 * events its company takes part in, its stand, and after the event only the attendees who
 * agreed to be shown to that company: another company's event answers like a missing one.
 * The report compares events: managers and admins. See lib/security/access-matrix.ts.
 */
const staff = staffRoles;
const MANAGERS = ['admin', 'manager'] as const;

const eventFields = {
  kind: 'job_fair',
  title: 'Banenmarkt Gieterij',
  venue: 'De Gieterij',
  capacity: '200',
  descriptionNl: 'Duitse werkgevers stellen zich voor.',
  descriptionDe: 'Deutsche Arbeitgeber stellen sich vor.',
} as const;

export const eventAccess: FeatureAccess = {
  pages: [
    { route: '/[lng]/events', access: [...staff, 'employer'], sample: '/events' },
    { route: '/[lng]/events/new', access: staff, sample: '/events/new' },
    { route: '/[lng]/events/report', access: MANAGERS, sample: '/events/report' },
    { route: '/[lng]/events/[id]', access: [...staff, 'employer'], ownership: 'own-employer', sample: '/events/:eventId' },
    { route: '/[lng]/events/[id]/edit', access: staff, sample: '/events/:eventId/edit' },
    { route: '/[lng]/events/[id]/check-in', access: staff, sample: '/events/:eventId/check-in', emptySample: '/events/:eventId/check-in?q=zzzzzz' },
    { route: '/[lng]/events/[id]/follow-up', access: staff, sample: '/events/:eventId/follow-up' },
  ],
  actions: [
    {
      module: 'lib/actions/events',
      export: 'createEventAction',
      name: 'event.create',
      roles: staff,
      sample: (ids) => ({ ...eventFields, placeId: String(ids.placeId), startsAt: '2140-05-01T10:00', endsAt: '2140-05-01T16:00' }),
    },
    {
      module: 'lib/actions/events',
      export: 'updateEventAction',
      name: 'event.update',
      roles: staff,
      sample: (ids) => ({
        ...eventFields,
        eventId: ids.more.eventId,
        version: 1,
        placeId: String(ids.placeId),
        startsAt: '2140-06-01T10:00',
        endsAt: '2140-06-01T16:00',
      }),
    },
    {
      module: 'lib/actions/events',
      export: 'saveParticipantAction',
      name: 'event.save_employer',
      roles: staff,
      sample: (ids) => ({
        eventId: ids.more.eventId,
        employerId: String(ids.otherEmployerId),
        stand: 'B 7',
        vacancyIds: [String(ids.more.eventForeignVacancyId)],
      }),
    },
    {
      module: 'lib/actions/events',
      export: 'registerJobSeekerAction',
      name: 'event.register',
      roles: staff,
      sample: (ids) => ({ eventId: ids.more.eventId, clientNumber: `EV-${ids.more.eventNewSeekerId}` }),
    },
    {
      module: 'lib/actions/events',
      export: 'registerLeadAction',
      name: 'event.register_lead',
      roles: staff,
      sample: (ids) => ({
        eventId: ids.more.eventId,
        name: `Inloop ${ids.unique}`,
        phone: '06-12345678',
        email: '',
        interest: 'Altenpflege',
        contactConsent: true,
        eraseAfter: defaultEraseAfter(),
        shareWith: [String(ids.employerId)],
      }),
    },
    {
      module: 'lib/actions/events',
      export: 'checkInAction',
      name: 'event.check_in',
      roles: staff,
      sample: (ids) => ({ eventId: ids.more.eventId, registrationId: ids.more.eventRegistrationId }),
    },
    {
      module: 'lib/actions/events',
      export: 'linkLeadAction',
      name: 'event.link_lead',
      roles: staff,
      sample: (ids) => ({ eventId: ids.more.eventId, registrationId: ids.more.eventLeadId, clientNumber: `EV-${ids.more.eventNewSeekerId}` }),
    },
    {
      module: 'lib/actions/events',
      export: 'recordConversationAction',
      name: 'event.record_conversation',
      roles: staff,
      sample: (ids) => ({
        eventId: ids.more.eventId,
        registrationId: String(ids.more.eventAttendeeId),
        employerId: String(ids.employerId),
        note: 'Interesse in nachtdienst',
        shareWithEmployer: true,
      }),
    },
    {
      module: 'lib/actions/events',
      export: 'proposeFromConversationAction',
      name: 'event.propose',
      // The same roles as a proposal from the pipeline (proposal.create).
      roles: ['caseworker', 'admin'],
      sample: (ids) => ({
        eventId: ids.more.eventId,
        conversationId: ids.more.eventConversationId,
        vacancyId: String(ids.more.eventVacancyId),
        motivation: 'Gesprek op de banenmarkt',
      }),
    },
  ],
  routeHandlers: [],
};
