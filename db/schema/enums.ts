import { pgEnum } from 'drizzle-orm/pg-core';

// Values are stable codes; their words live in locales/{nl,de}/domain.json.
export const roles = ['admin', 'manager', 'caseworker', 'employer'] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum('role', roles);
/** The roles of Werkplein's own people (accounts an admin creates); the fourth role is the employer's. */
export const staffRoles = ['admin', 'manager', 'caseworker'] as const satisfies readonly Role[];

export const locales = ['nl', 'de'] as const;
export const localeEnum = pgEnum('locale', locales);

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof cefrLevels)[number];
export const cefrEnum = pgEnum('cefr_level', cefrLevels);

export const sectors = [
  'elderly_care',
  'nursing',
  'care_assistance',
  'disability_care',
  'logistics',
  'production',
  'retail',
  'hospitality',
  'cleaning',
  'construction',
  'agriculture',
  'other',
] as const;
export type Sector = (typeof sectors)[number];
export const sectorEnum = pgEnum('sector', sectors);

export const jobSeekerStatuses = ['intake', 'active', 'in_training', 'placed', 'withdrawn'] as const;
export type JobSeekerStatus = (typeof jobSeekerStatuses)[number];
export const jobSeekerStatusEnum = pgEnum('job_seeker_status', jobSeekerStatuses);

export const recognitionStatuses = ['not_needed', 'not_started', 'applied', 'shortfall_notice', 'adaptation', 'recognised'] as const;
export type RecognitionStatus = (typeof recognitionStatuses)[number];
export const recognitionStatusEnum = pgEnum('recognition_status', recognitionStatuses);

export const germanStates = ['NW', 'NI'] as const;
export const germanStateEnum = pgEnum('german_state', germanStates);

export const vacancyStatuses = ['draft', 'open', 'paused', 'filled', 'closed'] as const;
export type VacancyStatus = (typeof vacancyStatuses)[number];
export const vacancyStatusEnum = pgEnum('vacancy_status', vacancyStatuses);

export const contractTypes = ['permanent', 'fixed_term'] as const;
export type ContractType = (typeof contractTypes)[number];
export const contractTypeEnum = pgEnum('contract_type', contractTypes);

export const shifts = ['day', 'early', 'late', 'night', 'weekend'] as const;
export type Shift = (typeof shifts)[number];

export const proposalStages = ['proposed', 'seen', 'interview', 'trial_day', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export type ProposalStage = (typeof proposalStages)[number];
export const proposalStageEnum = pgEnum('proposal_stage', proposalStages);

export const fundingStreams = ['regular', 'sib'] as const;
export type FundingStream = (typeof fundingStreams)[number];
export const fundingStreamEnum = pgEnum('funding_stream', fundingStreams);

export const retentionOutcomes = ['pending', 'still_working', 'ended'] as const;
export const retentionOutcomeEnum = pgEnum('retention_outcome', retentionOutcomes);

export const milestoneStates = ['waiting', 'claimed', 'verified', 'denied'] as const;
export const milestoneStateEnum = pgEnum('milestone_state', milestoneStates);

export const auditResults = ['ok', 'denied', 'error'] as const;
export const auditResultEnum = pgEnum('audit_result', auditResults);

/** What a job seeker may agree to show German employers, field group by field group. */
export const consentScopes = ['profile', 'languages', 'qualifications', 'contact', 'cv'] as const;
export type ConsentScope = (typeof consentScopes)[number];

export const crossBorderChecks = ['social_security', 'health_insurance_s1', 'tax_treaty', 'grensinfopunt_advice', 'a1_certificate'] as const;
export type CrossBorderCheck = (typeof crossBorderChecks)[number];
export const crossBorderCheckEnum = pgEnum('cross_border_check', crossBorderChecks);

/**
 * Why a caseworker opens someone else's client ("break the glass"): coded, so managers can
 * count and compare, with free text beside it.
 */
export const breakGlassReasons = ['colleague_absent', 'shared_vacancy', 'client_contact', 'handover', 'other'] as const;
export type BreakGlassReason = (typeof breakGlassReasons)[number];
/** What kind of event: the job fair (Gieterij, Hengelo) or an information meeting (Gronau). */
export const eventKinds = ['job_fair', 'information_meeting'] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventKindEnum = pgEnum('event_kind', eventKinds);
/** A participant's way through a training cohort (project "Zorg"); 'dropped' carries a coded reason. */
export const cohortParticipantStates = ['invited', 'enrolled', 'active', 'completed', 'dropped'] as const;
export type CohortParticipantState = (typeof cohortParticipantStates)[number];
export const cohortParticipantStateEnum = pgEnum('cohort_participant_state', cohortParticipantStates);
/** Why someone left a cohort: coded, so the programme can count and compare cohorts. */
export const cohortDropReasons = ['found_work', 'language', 'health', 'family', 'motivation', 'moved', 'other'] as const;
export type CohortDropReason = (typeof cohortDropReasons)[number];
export const cohortDropReasonEnum = pgEnum('cohort_drop_reason', cohortDropReasons);
/** The steps of the recognition of a Dutch care diploma in Germany (Anerkennung), each with its date. */
export const recognitionSteps = ['applied', 'shortfall_notice', 'adaptation_course', 'knowledge_exam', 'recognised'] as const;
export type RecognitionStep = (typeof recognitionSteps)[number];
export const recognitionStepEnum = pgEnum('recognition_step', recognitionSteps);
/**
 * Why a placement ended: coded, so the investor's report counts drop-outs per reason. Chosen
 * when a placement ends; placements ended before the codes existed keep only their free text.
 */
export const placementEndReasons = [
  'other_job',
  'probation_failed',
  'dismissed',
  'resigned',
  'contract_ended',
  'health',
  'commute',
  'family',
  'moved',
  'other',
] as const;
export type PlacementEndReason = (typeof placementEndReasons)[number];
export const placementEndReasonEnum = pgEnum('placement_end_reason', placementEndReasons);
