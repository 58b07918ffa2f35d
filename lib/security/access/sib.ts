import { staffRoles } from '@/db/schema/enums';
import type { FeatureAccess } from '../access-matrix';

/**
 * The SIB: contracts (what the investor pays for), the outcome ledger and its work list.
 * Contracts are configuration that decides payments: managers and admins only. Outcomes are
 * claimed by staff (in practice the caseworker, with the evidence) and verified or denied by a
 * manager or an admin who did not claim it: the four-eyes rule, held by db/queries/sib-ledger.ts
 * and by a CHECK and a trigger in the database. The ledger and the work list are for staff.
 * Employers reach none of it. See lib/security/access-matrix.ts.
 */
const MANAGERS = ['admin', 'manager'] as const;

const contractFields = { name: 'SIB Grenzeloos Werken', investor: 'Stichting Impactfonds Twente', cap: '650.000', claimWindowWeeks: '13' } as const;

export const sibAccess: FeatureAccess = {
  pages: [
    { route: '/[lng]/sib', access: staffRoles, sample: '/sib', emptySample: '/sib?quarter=2000-Q1' },
    { route: '/[lng]/sib/work', access: staffRoles, sample: '/sib/work' },
    // The investor's report: managers and admins, who send it (pseudonymised, printable).
    { route: '/[lng]/sib/report', access: MANAGERS, sample: '/sib/report', emptySample: '/sib/report?period=2000' },
    { route: '/[lng]/sib/contracts', access: MANAGERS, sample: '/sib/contracts' },
    { route: '/[lng]/sib/contracts/[id]', access: MANAGERS, sample: '/sib/contracts/:sibContractId' },
  ],
  actions: [
    {
      module: 'lib/actions/sib',
      export: 'createContractAction',
      name: 'sib_contract.create',
      roles: MANAGERS,
      // A period no sample contract covers (periods may not overlap).
      sample: () => ({ ...contractFields, startsOn: '2150-01-01', endsOn: '2150-12-31' }),
    },
    {
      module: 'lib/actions/sib',
      export: 'updateContractAction',
      name: 'sib_contract.update',
      roles: MANAGERS,
      sample: (ids) => ({ ...contractFields, contractId: ids.more.sibContractId, version: 1, startsOn: '2140-01-01', endsOn: '2142-12-31' }),
    },
    {
      module: 'lib/actions/sib',
      export: 'claimMilestoneAction',
      name: 'sib.claim',
      roles: staffRoles,
      sample: (ids) => ({
        placementId: ids.more.sibClaimPlacementId,
        milestone: 'started',
        documentIds: [ids.more.sibEvidenceId],
        note: 'Eerste loonstrook ontvangen',
      }),
    },
    {
      module: 'lib/actions/sib',
      export: 'decideClaimAction',
      name: 'sib.decide',
      // Never the claimant: the sample's claim is the sample caseworker's.
      roles: MANAGERS,
      sample: (ids) => ({ claimId: ids.more.sibOpenClaimId, decision: 'denied', reason: 'Loonstrook week 13 ontbreekt' }),
    },
    {
      module: 'lib/actions/sib',
      export: 'saveOutcomeAction',
      name: 'sib_contract.save_outcome',
      roles: MANAGERS,
      sample: (ids) => ({
        contractId: ids.more.sibContractId,
        version: 1,
        outcomeId: ids.more.sibOutcomeId,
        milestone: 'weeks_13',
        weeksAfterStart: '13',
        minHoursPerWeek: '16',
        price: '3.250',
        countsPer: 'placement',
        evidenceNeeded: 'Loonstroken tot en met week 13',
      }),
    },
  ],
  routeHandlers: [
    {
      route: '/api/reports/sib-ledger',
      methods: ['GET'],
      access: MANAGERS,
      sample: '/api/reports/sib-ledger?quarter=2026-Q1',
      why: "a quarter's outcome ledger as an Excel workbook with the page's filters (managers and admins, audited; client numbers, no names)",
    },
    {
      route: '/api/reports/sib-report',
      methods: ['GET'],
      access: MANAGERS,
      sample: '/api/reports/sib-report?period=2026',
      why: "the investor's report as an Excel workbook, pseudonymised like the page (managers and admins, audited)",
    },
  ],
};
