import { staffRoles } from '@/db/schema/enums';
import type { FeatureAccess } from '../access-matrix';

/**
 * Placements, targets and reports: staff only; employers reach none of it.
 * Targets are changed by managers and admins only (SIB claims and contracts: access/sib.ts).
 * See lib/security/access-matrix.ts.
 */
const STAFF = staffRoles;
const MANAGERS = ['admin', 'manager'] as const;

const placementFields = { funding: 'regular', sibCohort: false, jobTitle: 'Pflegehelferin (m/w/d)', hoursPerWeek: '30', contract: 'permanent' } as const;

export const placementAccess: FeatureAccess = {
  pages: [
    { route: '/[lng]/placements', access: STAFF, sample: '/placements', emptySample: '/placements?year=2000' },
    { route: '/[lng]/placements/new', access: STAFF, sample: '/placements/new' },
    { route: '/[lng]/placements/checks', access: STAFF, sample: '/placements/checks' },
    { route: '/[lng]/placements/[id]', access: STAFF, sample: '/placements/:placementId' },
    { route: '/[lng]/targets', access: STAFF, sample: '/targets', emptySample: '/targets?year=2000' },
    { route: '/[lng]/targets/settings', access: MANAGERS, sample: '/targets/settings' },
    { route: '/[lng]/reports', access: STAFF, sample: '/reports' },
    { route: '/[lng]/reports/summary', access: STAFF, sample: '/reports/summary', emptySample: '/reports/summary?year=2000' },
  ],
  actions: [
    {
      module: 'lib/actions/placements',
      export: 'createPlacementAction',
      name: 'placement.create',
      roles: STAFF,
      sample: (ids) => ({
        jobSeekerId: String(ids.more.placementSeekerId),
        employerId: String(ids.employerId),
        vacancyId: '',
        proposalId: '',
        startDate: '2026-03-02',
        ...placementFields,
      }),
    },
    {
      module: 'lib/actions/placements',
      export: 'updatePlacementAction',
      name: 'placement.update',
      roles: STAFF,
      sample: (ids) => ({ placementId: ids.more.placementToEditId, version: 1, startDate: '2026-03-09', ...placementFields }),
    },
    {
      module: 'lib/actions/placements',
      export: 'endPlacementAction',
      name: 'placement.end',
      roles: STAFF,
      sample: (ids) => ({
        placementId: ids.more.placementToEndId,
        version: 1,
        startDate: '2026-01-05',
        endDate: '2026-03-31',
        endReasonCode: 'probation_failed',
        endReason: 'Proeftijd niet doorstaan',
      }),
    },
    {
      module: 'lib/actions/placements',
      export: 'reopenPlacementAction',
      name: 'placement.reopen',
      roles: STAFF,
      sample: (ids) => ({ placementId: ids.more.endedPlacementId, version: 1 }),
    },
    {
      module: 'lib/actions/placements',
      export: 'recordCheckAction',
      name: 'placement.check',
      roles: STAFF,
      sample: (ids) => ({
        placementId: ids.more.placementToCheckId,
        version: 1,
        months: 1,
        outcome: 'still_working',
        startDate: '',
        endDate: '',
        endReason: '',
        note: 'Werkgever tevreden',
      }),
    },
    {
      module: 'lib/actions/placements',
      export: 'searchPlacementOptionsAction',
      name: 'placement.search_options',
      roles: STAFF,
      // A search stores nothing, so the query text is left out (it defaults to ''): the
      // hostile-input test's "stored exactly" check does not apply to it.
      sample: () => ({ kind: 'employer' }),
    },
    {
      module: 'lib/actions/targets',
      export: 'setYearlyTargetAction',
      name: 'target.set',
      roles: MANAGERS,
      // 2099 has no stored target: the manager saw none (null).
      sample: () => ({ year: 2099, funding: 'regular', target: '55', expectedTarget: null, reason: 'Besluit stuurgroep' }),
    },
    {
      module: 'lib/actions/targets',
      export: 'createProgrammeTargetAction',
      name: 'programme_target.create',
      roles: MANAGERS,
      sample: (ids) => ({ name: `Twente-breed ${ids.unique}`, fromYear: '2026', toYear: '2028', funding: '', target: '200' }),
    },
    {
      module: 'lib/actions/targets',
      export: 'deleteProgrammeTargetAction',
      name: 'programme_target.delete',
      roles: MANAGERS,
      sample: (ids) => ({ id: ids.more.programmeTargetId }),
    },
  ],
  routeHandlers: [
    {
      route: '/api/reports/placements',
      methods: ['GET'],
      access: STAFF,
      sample: '/api/reports/placements?year=2026',
      why: 'CSV export of the placements list with its filters (staff only, audited; no names)',
    },
    {
      route: '/api/reports/year-summary',
      methods: ['GET'],
      access: STAFF,
      sample: '/api/reports/year-summary?year=2026',
      why: 'CSV of the year summary for the council and Excel (staff only, audited)',
    },
    {
      route: '/api/reports/placements/xlsx',
      methods: ['GET'],
      access: STAFF,
      sample: '/api/reports/placements/xlsx?year=2026',
      why: 'the placements list with its filters as an Excel workbook, streamed (staff only, like the CSV; audited; no names)',
    },
    {
      route: '/api/reports/year-summary/xlsx',
      methods: ['GET'],
      access: STAFF,
      sample: '/api/reports/year-summary/xlsx?year=2026',
      why: 'the year summary as an Excel workbook (staff only, audited)',
    },
  ],
};
