import type { ContractTerms, OutcomeTerms } from '@/db/queries/sib-contracts';

/**
 * The SIB contract of the demo data: four years of placement starts (the three demo years and
 * the next), five payable outcomes at the common floor of 16 hours a week. Prices in euro
 * cents. The cap is set so that the demo's verified outcomes come near it in the current year.
 */
export function demoSibContract(year: number): ContractTerms & { outcomes: (OutcomeTerms & { milestone: string })[] } {
  return {
    name: `SIB Grenzeloos Werken ${year - 2}–${year + 1}`,
    investor: 'Stichting Impactfonds Twente',
    startsOn: `${year - 2}-01-01`,
    endsOn: `${year + 1}-12-31`,
    capCents: 65_000_000,
    claimWindowWeeks: 13,
    outcomes: [
      {
        milestone: 'started',
        weeksAfterStart: 0,
        minHoursPerWeek: 16,
        priceCents: 200_000,
        countsPer: 'placement',
        evidenceNeeded: 'Startbevestiging van de werkgever en de eerste loonstrook.',
      },
      {
        milestone: 'weeks_13',
        weeksAfterStart: 13,
        minHoursPerWeek: 16,
        priceCents: 300_000,
        countsPer: 'placement',
        evidenceNeeded: 'Loonstroken tot en met week 13.',
      },
      {
        milestone: 'weeks_26',
        weeksAfterStart: 26,
        minHoursPerWeek: 16,
        priceCents: 400_000,
        countsPer: 'placement',
        evidenceNeeded: 'Loonstroken tot en met week 26.',
      },
      {
        milestone: 'weeks_52',
        weeksAfterStart: 52,
        minHoursPerWeek: 16,
        priceCents: 600_000,
        countsPer: 'placement',
        evidenceNeeded: 'Loonstroken tot en met week 52 en een verklaring van de werkgever.',
      },
      {
        milestone: 'benefit_ended',
        weeksAfterStart: 8,
        minHoursPerWeek: 16,
        priceCents: 250_000,
        countsPer: 'person',
        evidenceNeeded: 'Besluit van de gemeente waarmee de Participatiewet-uitkering is beëindigd.',
      },
    ],
  };
}
