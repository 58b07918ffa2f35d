import { staffRoles } from '@/db/schema/enums';
import type { FeatureAccess } from '../access-matrix';

const staff = staffRoles;

/** Matching and proposals (a vacancy's pipeline, an employer's candidates). */
export const proposalAccess: FeatureAccess = {
  pages: [
    { route: '/[lng]/vacancies/[id]/matches', access: staff, sample: '/vacancies/:pipelineVacancyId/matches' },
    {
      route: '/[lng]/vacancies/[id]/pipeline',
      access: [...staff, 'employer'],
      ownership: 'own-employer',
      sample: '/vacancies/:pipelineVacancyId/pipeline',
    },
    { route: '/[lng]/job-seekers/[id]/matches', access: staff, sample: '/job-seekers/:matchSeekerId/matches' },
    { route: '/[lng]/proposals', access: ['caseworker'], sample: '/proposals' },
    { route: '/[lng]/proposals/[id]', access: [...staff, 'employer'], ownership: 'own-employer', sample: '/proposals/:proposalId' },
    { route: '/[lng]/candidates', access: ['employer'], sample: '/candidates' },
  ],
  actions: [
    {
      module: 'lib/actions/proposals',
      export: 'proposeCandidatesAction',
      name: 'proposal.create',
      roles: ['caseworker', 'admin'],
      sample: (ids) => ({ vacancyId: ids.more.openVacancyId, jobSeekerIds: [ids.more.proposableSeekerId], motivation: 'Passt gut.' }),
    },
    {
      module: 'lib/actions/proposals',
      export: 'moveProposalAction',
      name: 'proposal.move',
      roles: ['employer', 'caseworker', 'admin'],
      // A hire after the interview: the one step either side may record.
      sample: (ids) => ({ proposalId: ids.more.ownInterviewProposalId, expectedVersion: 1, to: 'hired', reason: '', interviewAt: '' }),
      ownership: {
        rule: 'own-employer',
        foreign: (ids) => ({ proposalId: ids.more.foreignInterviewProposalId, expectedVersion: 1, to: 'hired', reason: '', interviewAt: '' }),
        missing: (ids) => ({ proposalId: ids.missingId, expectedVersion: 1, to: 'hired', reason: '', interviewAt: '' }),
      },
    },
  ],
  routeHandlers: [],
};
