import { z } from 'zod';
import { cefrLevels, cohortDropReasons, cohortParticipantStates, recognitionSteps } from '@/db/schema/enums';
import { isoDate, MAX_DB_ID, recordId, requiredText, selectedId } from './fields';
import { validationMessage } from './messages';

/**
 * Schemas of the training-cohort forms, shared by the forms (zodResolver) and the server actions.
 * Inputs are what HTML inputs give: strings. Messages are keys of the validation namespace.
 */

export const COHORT_CAPACITY_MAX = 500;
const capacityMessage = validationMessage('cohorts.capacityRange', { min: 1, max: COHORT_CAPACITY_MAX });
const capacity = z
  .string()
  .trim()
  .min(1, 'required')
  .regex(/^[0-9]{1,4}$/, capacityMessage)
  .transform(Number)
  .pipe(z.number().int().min(1, capacityMessage).max(COHORT_CAPACITY_MAX, capacityMessage));

export const createCohortSchema = z
  .object({
    name: requiredText(200),
    provider: requiredText(200),
    startDate: isoDate,
    endDate: isoDate,
    capacity,
    employerIds: z.array(selectedId.transform(Number)).max(50, 'invalid'),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'cohorts.endBeforeStart' });
  });
export type CohortFormInput = z.input<typeof createCohortSchema>;

/** Editing a cohort: the create form's schema, for the cohort named. */
export const updateCohortSchema = z.intersection(z.object({ cohortId: recordId }), createCohortSchema);

export const removeParticipantSchema = z.object({ cohortId: recordId, participantId: recordId });
export const removeSessionSchema = z.object({ cohortId: recordId, sessionId: recordId });
export const removeRecognitionSchema = z.object({ cohortId: recordId, participantId: recordId, step: z.enum(recognitionSteps, { error: 'chooseOne' }) });

export const addParticipantSchema = z.object({ cohortId: recordId, clientNumber: requiredText(40) });
export type AddParticipantInput = z.input<typeof addParticipantSchema>;
/** A job seeker picked from the name search on the cohort page. */
export const addFoundParticipantSchema = z.object({ cohortId: recordId, jobSeekerId: recordId });
/** The name search among job seekers on the cohort page (?q=). */
export const participantSearchSchema = z.string().trim().min(2).max(100);

const optionalLevel = z.union([z.literal('').transform(() => null), z.enum(cefrLevels, { error: 'chooseOne' })]);

/** State and German levels of one participant; a drop-out needs its coded reason. */
export const updateParticipantSchema = z
  .object({
    cohortId: recordId,
    participantId: recordId,
    version: z.number().int().min(1).max(MAX_DB_ID),
    state: z.enum(cohortParticipantStates, { error: 'chooseOne' }),
    dropReason: z.union([z.literal('').transform(() => null), z.enum(cohortDropReasons, { error: 'chooseOne' })]),
    germanLevelStart: optionalLevel,
    germanLevelEnd: optionalLevel,
  })
  .superRefine((v, ctx) => {
    if (v.state === 'dropped' && v.dropReason === null) ctx.addIssue({ code: 'custom', path: ['dropReason'], message: 'cohorts.dropReasonRequired' });
  });
export type UpdateParticipantInput = z.input<typeof updateParticipantSchema>;

export const addSessionSchema = z.object({ cohortId: recordId, sessionDate: isoDate, topic: requiredText(200) });
export type AddSessionInput = z.input<typeof addSessionSchema>;

/** One session's attendance: the ticked participants (checkbox values). */
export const saveAttendanceSchema = z.object({
  cohortId: recordId,
  sessionId: selectedId.transform(Number),
  present: z.array(selectedId.transform(Number)).max(COHORT_CAPACITY_MAX, 'invalid'),
});
export type SaveAttendanceInput = z.input<typeof saveAttendanceSchema>;

export const recordRecognitionSchema = z.object({
  cohortId: recordId,
  participantId: selectedId.transform(Number),
  step: z.enum(recognitionSteps, { error: 'chooseOne' }),
  stepDate: isoDate,
});
export type RecordRecognitionInput = z.input<typeof recordRecognitionSchema>;
