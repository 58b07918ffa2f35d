import { staffRoles } from '@/db/schema/enums';
import type { FeatureAccess } from '../access-matrix';

/**
 * Training cohorts (project "Zorg"): staff run them (create and edit, participants and their state,
 * sessions and attendance, German levels, recognition steps) and read the cohort's dashboard.
 * Cohorts hold personal data of job seekers: an employer user reaches no page and no action,
 * not even for a cohort its company is linked to. See lib/security/access-matrix.ts.
 */
const staff = staffRoles;

export const cohortAccess: FeatureAccess = {
  pages: [
    { route: '/[lng]/cohorts', access: staff, sample: '/cohorts' },
    { route: '/[lng]/cohorts/new', access: staff, sample: '/cohorts/new' },
    { route: '/[lng]/cohorts/[id]', access: staff, sample: '/cohorts/:cohortId' },
    { route: '/[lng]/cohorts/[id]/edit', access: staff, sample: '/cohorts/:cohortId/edit' },
  ],
  actions: [
    {
      module: 'lib/actions/cohorts',
      export: 'createCohortAction',
      name: 'cohort.create',
      roles: staff,
      sample: (ids) => ({
        name: `Zorg ${ids.unique}`,
        provider: 'ROC van Twente',
        startDate: '2140-02-01',
        endDate: '2140-06-30',
        capacity: '12',
        employerIds: [String(ids.employerId)],
      }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'addParticipantAction',
      name: 'cohort.add_participant',
      roles: staff,
      sample: (ids) => ({ cohortId: ids.more.cohortId, clientNumber: `CO-${ids.more.cohortNewSeekerId}` }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'addFoundParticipantAction',
      name: 'cohort.add_found_participant',
      roles: staff,
      sample: (ids) => ({ cohortId: ids.more.cohortId, jobSeekerId: ids.more.cohortNewSeekerId }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'updateParticipantAction',
      name: 'cohort.update_participant',
      roles: staff,
      sample: (ids) => ({
        cohortId: ids.more.cohortId,
        participantId: ids.more.cohortParticipantId,
        version: 1,
        state: 'dropped',
        dropReason: 'health',
        germanLevelStart: 'A2',
        germanLevelEnd: '',
      }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'addSessionAction',
      name: 'cohort.add_session',
      roles: staff,
      sample: (ids) => ({ cohortId: ids.more.cohortId, sessionDate: '2140-02-10', topic: 'Deutsch für die Pflege' }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'saveAttendanceAction',
      name: 'cohort.save_attendance',
      roles: staff,
      sample: (ids) => ({ cohortId: ids.more.cohortId, sessionId: String(ids.more.cohortSessionId), present: [String(ids.more.cohortParticipantId)] }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'recordRecognitionAction',
      name: 'cohort.record_recognition',
      roles: staff,
      sample: (ids) => ({ cohortId: ids.more.cohortId, participantId: String(ids.more.cohortParticipantId), step: 'applied', stepDate: '2026-01-15' }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'updateCohortAction',
      name: 'cohort.update',
      roles: staff,
      sample: (ids) => ({
        cohortId: ids.more.cohortId,
        name: `Zorg ${ids.unique}`,
        provider: 'ROC van Twente',
        startDate: '2140-01-15',
        endDate: '2140-07-31',
        capacity: '20',
        employerIds: [String(ids.employerId)],
      }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'removeParticipantAction',
      name: 'cohort.remove_participant',
      roles: staff,
      sample: (ids) => ({ cohortId: ids.more.cohortId, participantId: ids.more.cohortParticipantId }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'removeSessionAction',
      name: 'cohort.remove_session',
      roles: staff,
      sample: (ids) => ({ cohortId: ids.more.cohortId, sessionId: ids.more.cohortSessionId }),
    },
    {
      module: 'lib/actions/cohorts',
      export: 'removeRecognitionAction',
      name: 'cohort.remove_recognition',
      roles: staff,
      sample: (ids) => ({ cohortId: ids.more.cohortId, participantId: ids.more.cohortTrainedParticipantId, step: 'applied' }),
    },
  ],
  routeHandlers: [],
};
