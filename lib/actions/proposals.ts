'use server';

import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { vacancyEffectivelyOpen } from '@/db/queries/matching';
import { employerHasAccounts, moveProposal, proposalById, proposeCandidate } from '@/db/queries/proposals';
import { vacancies } from '@/db/schema';
import { checkTransition } from '@/lib/proposals/stages';
import { todayInAppZone, zonedLocalToUtc } from '@/lib/time/zoned';
import { moveProposalSchema, proposeCandidatesSchema } from '@/lib/validation/proposals';
import { authorizedAction } from './authorized-action';
import { refuse, fail, type ActionResult } from '@/lib/domain/result';

export interface ProposeResult {
  proposed: number[];
  refused: { jobSeekerId: number; code: string }[];
}

/** A caseworker proposes one or more people to an open vacancy; each person on their own. */
export async function proposeCandidatesAction(input: unknown): Promise<ActionResult<ProposeResult>> {
  return authorizedAction({ name: 'proposal.create', schema: proposeCandidatesSchema, input }, async (data, { db, user, audit }) => {
    const [vacancy] = await db
      .select({ id: vacancies.id, open: vacancyEffectivelyOpen(todayInAppZone()).mapWith(Boolean) })
      .from(vacancies)
      .where(eq(vacancies.id, data.vacancyId));
    if (!vacancy) return refuse('notFound', { objectType: 'vacancy', objectId: data.vacancyId });
    if (!vacancy.open) return fail('vacancyNotOpen');
    const result: ProposeResult = { proposed: [], refused: [] };
    for (const jobSeekerId of data.jobSeekerIds) {
      const outcome = await proposeCandidate(db, { vacancyId: data.vacancyId, jobSeekerId, motivation: data.motivation || null, actorId: user.id }, audit);
      if (outcome.ok) result.proposed.push(jobSeekerId);
      else result.refused.push({ jobSeekerId, code: outcome.code });
    }
    revalidatePath('/[lng]', 'layout');
    // One person, refused: that is the answer, not a success with nothing done.
    if (data.jobSeekerIds.length === 1 && result.refused.length === 1) return fail(result.refused[0]!.code);
    return { ok: true, data: result };
  });
}

/**
 * Moves a candidate along. An employer user acts only on proposals to its own company's
 * vacancies (anything else is "not found", so ids cannot be probed) and only on the
 * employer's steps; staff take the caseworker's steps.
 */
export async function moveProposalAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return authorizedAction({ name: 'proposal.move', schema: moveProposalSchema, input }, async (data, { db, user, audit }) => {
    const proposal = await proposalById(db, data.proposalId);
    if (!proposal || (user.role === 'employer' && proposal.employerId !== user.employerId))
      return refuse('notFound', { objectType: 'proposal', objectId: data.proposalId });
    // A form based on an older state says so, before judging the step it asks for.
    if (proposal.version !== data.expectedVersion) return fail('conflict');
    const side = user.role === 'employer' ? 'employer' : 'caseworker';
    const check = checkTransition(proposal.stage, data.to, side, {
      employerHasAccounts: await employerHasAccounts(db, proposal.employerId),
      reason: data.reason,
    });
    if (!check.ok)
      return fail(check.code === 'reasonRequired' ? 'invalid' : check.code, check.code === 'reasonRequired' ? { reason: 'reasonRequired' } : undefined);
    const outcome = await moveProposal(
      db,
      {
        proposalId: proposal.id,
        expectedVersion: data.expectedVersion,
        to: data.to,
        reason: data.reason || null,
        actorId: user.id,
        interviewAt: data.to === 'interview' || data.to === 'trial_day' ? (data.interviewAt ? zonedLocalToUtc(data.interviewAt) : null) : undefined,
      },
      audit,
    );
    if (!outcome.ok && outcome.code === 'appointmentRequired') return fail('invalid', { interviewAt: 'required' });
    if (!outcome.ok) return fail(outcome.code);
    revalidatePath('/[lng]', 'layout');
    return { ok: true, data: { version: outcome.version } };
  });
}
