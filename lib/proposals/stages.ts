import type { ProposalStage } from '@/db/schema/enums';

/** Who takes a step: the employer decides about their candidates, the caseworker about proposing and withdrawing. */
export type StepOwner = 'employer' | 'caseworker';
/** A hire is often agreed by phone: whoever hears it first records it. */
type Owner = StepOwner | 'either';

/**
 * The pipeline's legal moves and whose they are. A step not listed is an illegal jump.
 * Hired, rejected and withdrawn are final.
 */
export const transitions: Record<ProposalStage, Partial<Record<ProposalStage, Owner>>> = {
  proposed: { seen: 'employer', interview: 'employer', rejected: 'employer', withdrawn: 'caseworker' },
  seen: { interview: 'employer', trial_day: 'employer', offer: 'employer', rejected: 'employer', withdrawn: 'caseworker' },
  interview: { trial_day: 'employer', offer: 'employer', hired: 'either', rejected: 'employer', withdrawn: 'caseworker' },
  trial_day: { interview: 'employer', offer: 'employer', hired: 'either', rejected: 'employer', withdrawn: 'caseworker' },
  offer: { hired: 'either', rejected: 'employer', withdrawn: 'caseworker' },
  hired: {},
  rejected: {},
  withdrawn: {},
};

export const finalStages: readonly ProposalStage[] = ['hired', 'rejected', 'withdrawn'];
/** Stages whose appointment may be moved to another date (a step to the same stage, kept in the history). */
export const reschedulableStages: readonly ProposalStage[] = ['interview', 'trial_day'];
/** Steps that need a reason written down. */
const stagesNeedingReason: readonly ProposalStage[] = ['rejected', 'withdrawn'];

export type TransitionCheck = { ok: true } | { ok: false; code: 'illegalTransition' | 'notYourStep' | 'reasonRequired' };

/**
 * May this actor move a proposal from one stage to another? A caseworker may also take the
 * employer's step for an employer that has no account in Grenzeloos (met at the job fair,
 * answering by phone): someone has to record what happened.
 */
export function checkTransition(
  from: ProposalStage,
  to: ProposalStage,
  actor: StepOwner,
  options: { employerHasAccounts: boolean; reason?: string | null },
): TransitionCheck {
  if (from === to) {
    // Rescheduling an interview or trial day: the employer's step (or the caseworker's for an employer without an account).
    if (!reschedulableStages.includes(from)) return { ok: false, code: 'illegalTransition' };
    return actor === 'employer' || !options.employerHasAccounts ? { ok: true } : { ok: false, code: 'notYourStep' };
  }
  const owner = transitions[from][to];
  if (!owner) return { ok: false, code: 'illegalTransition' };
  const mayAct = owner === actor || owner === 'either' || (owner === 'employer' && actor === 'caseworker' && !options.employerHasAccounts);
  if (!mayAct) return { ok: false, code: 'notYourStep' };
  if (stagesNeedingReason.includes(to) && !options.reason?.trim()) return { ok: false, code: 'reasonRequired' };
  return { ok: true };
}

export function nextStages(from: ProposalStage, actor: StepOwner, employerHasAccounts: boolean): ProposalStage[] {
  return ([from, ...Object.keys(transitions[from])] as ProposalStage[]).filter(
    (to) => checkTransition(from, to, actor, { employerHasAccounts, reason: 'x' }).ok,
  );
}
