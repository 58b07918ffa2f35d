import type { FeatureAccess } from '../access-matrix';

/**
 * The SIB: contracts (what the investor pays for), the outcome ledger and the investor's
 * report. Contracts are configuration that decides payments: managers and admins only.
 * Employers reach none of it. See lib/security/access-matrix.ts.
 */
const MANAGERS = ['admin', 'manager'] as const;

const contractFields = { name: 'SIB Grenzeloos Werken', investor: 'Stichting Impactfonds Twente', cap: '650.000', claimWindowWeeks: '13' } as const;

export const sibAccess: FeatureAccess = {
  pages: [
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
  routeHandlers: [],
};
