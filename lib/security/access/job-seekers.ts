import { staffRoles } from '@/db/schema/enums';
import type { FeatureAccess, SampleIds } from '../access-matrix';

/**
 * The job-seeker register. Staff only: employers never see the pool of job seekers,
 * so there is no ownership rule; they are refused (403 / 'forbidden') before anything is read.
 * Erasing is further limited to the owning caseworker (lib/auth/job-seeker-access.ts, checked
 * inside the action: 'notOwner').
 * The matches page (/job-seekers/[id]/matches) belongs to the pipeline feature's file.
 * Written inline: this file must not import values from the matrix.
 */
const staff = staffRoles;

/** The register/edit form as the client sends it: a complete, valid person. */
const personForm = (ids: SampleIds, clientNumber: string) => ({
  clientNumber,
  firstName: 'Lotte',
  lastName: 'Oude Luttikhuis',
  email: `lotte-${ids.unique}@voorbeeld.example`,
  phone: '06-12345678',
  dateOfBirth: '1990-04-01',
  postcode: '7511 AB',
  placeId: String(ids.more.dutchPlaceId),
  languages: [
    { language: 'nl', level: 'C2' },
    { language: 'de', level: 'B1' },
  ],
  qualifications: [{ qualification: 'other', title: 'Helpende zorg en welzijn', obtainedYear: '2015', recognitionStatus: 'not_started', recognitionState: '' }],
  drivingLicence: true,
  hasCar: false,
  maxCommuteKm: '40',
  wantedSectors: ['elderly_care'],
  hoursMin: '20',
  hoursMax: '32',
  availableFrom: '',
  sibCohort: false,
  consentGivenOn: '2025-01-10',
  consentScope: ['profile'],
  consentUntil: '',
});

const module = 'lib/actions/job-seekers';

export const jobSeekerAccess: FeatureAccess = {
  pages: [
    {
      route: '/[lng]/job-seekers',
      access: staff,
      sample: '/job-seekers',
      emptySample: '/job-seekers?q=Niemand%20Zoals%20Dit',
    },
    { route: '/[lng]/job-seekers/new', access: staff, sample: '/job-seekers/new' },
    { route: '/[lng]/job-seekers/[id]', access: staff, sample: '/job-seekers/:jobSeekerId' },
    { route: '/[lng]/job-seekers/[id]/edit', access: staff, sample: '/job-seekers/:jobSeekerId/edit' },
    { route: '/[lng]/job-seekers/[id]/export', access: staff, sample: '/job-seekers/:jobSeekerId/export' },
  ],
  actions: [
    {
      module,
      export: 'registerJobSeekerAction',
      name: 'job_seeker.create',
      roles: staff,
      sample: (ids) => personForm(ids, `N-${ids.unique}`),
    },
    {
      module,
      export: 'updateJobSeekerAction',
      name: 'job_seeker.update',
      roles: staff,
      sample: (ids) => ({ ...personForm(ids, `U-${ids.unique}`), id: ids.more.jobSeekerId, version: 1 }),
    },
    {
      module,
      export: 'changeJobSeekerStatusAction',
      name: 'job_seeker.change_status',
      roles: staff,
      sample: (ids) => ({ id: ids.more.jobSeekerId, status: 'active', reason: 'Intake afgerond' }),
    },
    {
      module,
      export: 'handOverJobSeekerAction',
      name: 'job_seeker.hand_over',
      roles: staff,
      // Only the owner, a manager or an admin ('notOwnerHandOver' otherwise, audited as denied):
      // the sample person belongs to the sample caseworker.
      sample: (ids) => ({ id: ids.more.ownJobSeekerId, caseworkerId: String(ids.more.colleagueId), reason: 'Herverdeling caseload' }),
    },
    {
      module,
      export: 'withdrawConsentAction',
      name: 'job_seeker.withdraw_consent',
      roles: staff,
      sample: (ids) => ({ id: ids.more.jobSeekerId, reason: 'Op eigen verzoek' }),
    },
    {
      module,
      export: 'addJobSeekerNoteAction',
      name: 'job_seeker.add_note',
      roles: staff,
      sample: (ids) => ({ id: ids.more.jobSeekerId, body: 'Gesprek gehad over werken in Gronau.' }),
    },
    {
      module,
      export: 'setJobSeekerCheckAction',
      name: 'job_seeker.set_check',
      roles: staff,
      sample: (ids) => ({ id: ids.more.jobSeekerId, item: 'tax_treaty', done: true }),
    },
    {
      module: 'lib/actions/break-glass',
      export: 'breakGlassAction',
      name: 'job_seeker.break_glass',
      // Only caseworkers have a caseload to step outside of; managers and admins read without a
      // reason (lib/auth/job-seeker-access.ts, needsReasonToRead).
      roles: ['caseworker'],
      sample: (ids) => ({ id: ids.more.jobSeekerId, reasonCode: 'colleague_absent', reasonText: 'Collega is ziek, klant belde over een gesprek.' }),
    },
    {
      module,
      export: 'eraseJobSeekerAction',
      name: 'job_seeker.erase',
      // A caseworker may erase only their own clients ('notOwner' otherwise): the sample person
      // belongs to another caseworker, so only admin and manager can succeed with it here.
      roles: staff,
      sample: (ids) => ({ id: ids.more.erasableJobSeekerId, confirm: `WEG-${ids.more.erasableJobSeekerId}` }),
    },
  ],
  routeHandlers: [
    {
      route: '/api/job-seekers/[id]/export',
      methods: ['GET'],
      access: staff,
      // No sample: handler samples are not filled with demo ids, and staff get 200 only for a real person.
      why: "staff: 'export everything about this person' as a JSON download (data subject access request), audited; employers 403",
    },
  ],
};
