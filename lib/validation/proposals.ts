import { z } from 'zod';
import { proposalStages } from '@/db/schema/enums';
import { optionalText, recordId } from './fields';
import { zonedLocalToUtc } from '@/lib/time/zoned';
import { validationMessage } from './messages';

const id = recordId;

export const proposeCandidatesSchema = z.object({
  vacancyId: id,
  jobSeekerIds: z
    .array(id)
    .min(1, 'chooseCandidates')
    .max(20, validationMessage('tooManyCandidates', { max: 20 })),
  motivation: optionalText(2000, { multiline: true }),
});
export type ProposeCandidatesInput = z.input<typeof proposeCandidatesSchema>;

/** A date-time from <input type="datetime-local"> ("2026-12-01T10:30"), read as Dutch/German local time. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'invalid')
  .refine((v) => !Number.isNaN(new Date(`${v}:00Z`).getTime()) && new Date(`${v}:00Z`).toISOString().startsWith(v), 'invalid');

/** Stages with an appointment (a date and time in the proposal). */
export const appointmentStages = ['interview', 'trial_day'] as const;
const hasAppointment = (stage: string) => (appointmentStages as readonly string[]).includes(stage);

/**
 * A step in the pipeline. `now` is read when the form is checked: an interview or trial day
 * must lie ahead (a past one cannot be attended, and was a typo); moving to the stage the
 * proposal is in already is rescheduling its appointment.
 */
export function buildMoveProposalSchema(now: () => Date = () => new Date()) {
  return z
    .object({
      proposalId: id,
      expectedVersion: recordId,
      to: z.enum(proposalStages, { error: 'chooseOne' }),
      reason: optionalText(1000, { multiline: true }),
      interviewAt: z.union([z.literal(''), localDateTime]),
    })
    .superRefine((value, ctx) => {
      if ((value.to === 'rejected' || value.to === 'withdrawn') && value.reason === '') {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
      }
      if (hasAppointment(value.to) && localDateTime.safeParse(value.interviewAt).success && zonedLocalToUtc(value.interviewAt) <= now()) {
        ctx.addIssue({ code: 'custom', path: ['interviewAt'], message: 'appointmentInPast' });
      }
    });
}

export const moveProposalSchema = buildMoveProposalSchema();
export type MoveProposalInput = z.input<typeof moveProposalSchema>;
