import { z } from 'zod';
import { proposalStages } from '@/db/schema/enums';
import { validationMessage } from './messages';

const id = z.number().int().positive();

export const proposeCandidatesSchema = z.object({
  vacancyId: id,
  jobSeekerIds: z.array(id).min(1, 'chooseCandidates').max(20, validationMessage('tooManyCandidates', { max: 20 })),
  motivation: z.string().trim().max(2000, validationMessage('tooLong', { max: 2000 })),
});
export type ProposeCandidatesInput = z.input<typeof proposeCandidatesSchema>;

/** A date-time from <input type="datetime-local"> ("2026-12-01T10:30"), read as Dutch/German local time. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'invalid')
  .refine((v) => !Number.isNaN(new Date(`${v}:00Z`).getTime()) && new Date(`${v}:00Z`).toISOString().startsWith(v), 'invalid');

export const moveProposalSchema = z
  .object({
    proposalId: id,
    expectedVersion: z.number().int().positive(),
    to: z.enum(proposalStages, { error: 'chooseOne' }),
    reason: z.string().trim().max(1000, validationMessage('tooLong', { max: 1000 })),
    interviewAt: z.union([z.literal(''), localDateTime]),
  })
  .superRefine((value, ctx) => {
    if ((value.to === 'rejected' || value.to === 'withdrawn') && value.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' });
    }
  });
export type MoveProposalInput = z.input<typeof moveProposalSchema>;
