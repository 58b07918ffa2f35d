import { z } from 'zod';
import { cefrLevels, contractTypes, fundingStreams, sectors, shifts, vacancyStatuses } from '@/db/schema/enums';
import { effectiveVacancyStatuses } from '@/lib/vacancies/status';

/**
 * What the open API answers, for the OpenAPI document (lib/api/openapi.ts) and the tests that
 * check every answer against it. Not input: requests are parsed with lib/validation/api.ts.
 */

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ format: 'date' });
const isoInstant = z.string().meta({ format: 'date-time' });

export const apiVacancy = z
  .object({
    id: z.number().int(),
    employer: z.object({ id: z.number().int(), name: z.string() }),
    title: z.string(),
    description: z.string().nullable(),
    textLanguage: z.enum(['nl', 'de']),
    sector: z.enum(sectors).nullable(),
    occupationCode: z.string().nullable(),
    place: z.object({ id: z.number().int(), name: z.string(), country: z.string(), postcode: z.string().nullable() }).nullable(),
    hoursMin: z.number().int().nullable(),
    hoursMax: z.number().int().nullable(),
    contract: z.enum(contractTypes).nullable(),
    payMin: z.number().int().nullable(),
    payMax: z.number().int().nullable(),
    germanLevel: z.enum(cefrLevels).nullable(),
    qualificationRequired: z.string().nullable(),
    recognitionRequired: z.boolean(),
    drivingLicenceRequired: z.boolean(),
    shifts: z.array(z.enum(shifts)),
    startDate: isoDay.nullable(),
    positions: z.number().int(),
    positionsFilled: z.number().int(),
    closingDate: isoDay.nullable(),
    status: z.enum(vacancyStatuses),
    effectiveStatus: z.enum(effectiveVacancyStatuses),
    publishedAt: isoInstant.nullable(),
    updatedAt: isoInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Vacancy' });

const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ data: z.array(item), next: z.string().nullable().meta({ description: 'Link to the next page; null on the last.' }) }).meta({ id });

export const apiVacancyPage = pageOf(apiVacancy, 'VacancyPage');

const apiProposal = z
  .object({
    id: z.number().int(),
    vacancyId: z.number().int(),
    stage: z.string(),
    stageChangedAt: isoInstant,
    interviewAt: isoInstant.nullable(),
    candidate: z
      .object({
        displayName: z.string(),
        consentWithdrawn: z.boolean(),
        placeName: z.string().nullable(),
        languages: z.array(z.object({ language: z.string(), level: z.string() })).nullable(),
        qualifications: z.array(z.object({ qualification: z.string(), recognitionStatus: z.string() })).nullable(),
        drivingLicence: z.boolean().nullable(),
        hoursMin: z.number().int().nullable(),
        hoursMax: z.number().int().nullable(),
        availableFrom: isoDay.nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      })
      .meta({ description: 'Only what the person agreed to share with employers, today and at the proposal; null fields were not shared.' }),
  })
  .meta({ id: 'Proposal' });
export const apiProposalList = z.object({ data: z.array(apiProposal) }).meta({ id: 'ProposalList' });

const apiPlacement = z
  .object({
    id: z.number().int(),
    person: z.string().meta({ description: 'Pseudonym of the person: the same for every key of this organisation, different for every other organisation.' }),
    employer: z.object({ id: z.number().int(), name: z.string() }),
    vacancyId: z.number().int().nullable(),
    startDate: isoDay,
    year: z.number().int(),
    funding: z.enum(fundingStreams),
    jobTitle: z.string(),
    hoursPerWeek: z.number().nullable(),
    contract: z.enum(contractTypes).nullable(),
    endDate: isoDay.nullable(),
  })
  .meta({ id: 'Placement' });
export const apiPlacementPage = pageOf(apiPlacement, 'PlacementPage');

export const apiTargetProgress = z
  .object({
    year: z.number().int(),
    asOf: isoDay,
    streams: z.array(
      z.object({
        funding: z.enum(fundingStreams),
        target: z.number().int(),
        counted: z.number().int(),
        startedToDate: z.number().int(),
        ended: z.number().int(),
        expectedToDate: z.number().meta({ description: 'Where the count should stand by today (target x share of the year gone).' }),
        forecast: z.number().int().nullable().meta({ description: 'Count at the end of the year at the current pace; null before the year starts.' }),
        status: z.enum(['notStarted', 'behind', 'onTrack', 'reached', 'met', 'missed']),
      }),
    ),
  })
  .meta({ id: 'TargetProgress' });

const apiPlace = z
  .object({ id: z.number().int(), name: z.string(), country: z.string(), postcode: z.string().nullable(), state: z.string().nullable() })
  .meta({ id: 'Place' });
export const apiPlaceList = z.object({ data: z.array(apiPlace) }).meta({ id: 'PlaceList' });

const apiOccupation = z
  .object({
    code: z.string().meta({ description: 'KldB 2010' }),
    isco: z.string().meta({ description: 'ISCO-08' }),
    sector: z.enum(sectors),
    name: z.object({ nl: z.string(), de: z.string() }),
  })
  .meta({ id: 'Occupation' });
export const apiOccupationList = z.object({ data: z.array(apiOccupation) }).meta({ id: 'OccupationList' });

export const apiProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

const sibContract = z.object({ id: z.number().int(), name: z.string(), investor: z.string(), startsOn: isoDay, endsOn: isoDay, capCents: z.number().int() });

export const apiSibLedger = z
  .object({
    contract: sibContract,
    quarters: z.array(
      z.object({
        quarter: z.string(),
        verified: z.number().int(),
        dueCents: z.number().int(),
        paidCents: z.number().int(),
        overCents: z.number().int(),
        remainingCents: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SibLedger', description: 'Verified outcomes and amounts per quarter against the cap (what is over the cap is shown, not paid).' });

export const apiSibReport = z
  .object({
    contract: sibContract,
    period: z.string(),
    from: isoDay,
    to: isoDay,
    peopleEntered: z.number().int(),
    placementsEntered: z.number().int(),
    claimed: z.number().int(),
    verified: z.number().int(),
    denied: z.number().int(),
    lapsed: z.number().int(),
    dueCents: z.number().int(),
    paidCents: z.number().int(),
    remainingCents: z.number().int(),
    capCents: z.number().int(),
    dropOuts: z.record(z.string(), z.number().int()),
    /** Drop-outs per coded end reason ('uncoded': ended before the codes); only the reasons that occur. */
    dropOutReasons: z.record(z.string(), z.number().int()),
    cohorts: z.array(
      z.object({
        cohort: z.string(),
        people: z.number().int(),
        placements: z.number().int(),
        verified: z.number().int(),
        amountCents: z.number().int(),
        dropOuts: z.number().int(),
      }),
    ),
    people: z.array(
      z.object({
        pseudonym: z.string(),
        cohort: z.string(),
        verified: z.array(z.string()),
        amountCents: z.number().int(),
        dropOut: z.string().nullable(),
        dropOutReason: z.string().nullable(),
      }),
    ),
    peopleTotal: z.number().int(),
  })
  .meta({ id: 'SibReport', description: 'The investor report of the app (/sib/report), the same figures and pseudonyms.' });
