import { describe, expect, it } from 'vitest';
import { proposalStages } from '@/db/schema/enums';
import { checkTransition, finalStages, nextStages } from './stages';

describe('proposal stage transitions', () => {
  it('lets the employer move a candidate forward and the caseworker withdraw', () => {
    expect(checkTransition('proposed', 'seen', 'employer', { employerHasAccounts: true })).toEqual({ ok: true });
    expect(checkTransition('seen', 'interview', 'employer', { employerHasAccounts: true })).toEqual({ ok: true });
    expect(checkTransition('offer', 'hired', 'employer', { employerHasAccounts: true })).toEqual({ ok: true });
    expect(checkTransition('interview', 'withdrawn', 'caseworker', { employerHasAccounts: true, reason: 'Andere baan gevonden' })).toEqual({ ok: true });
  });

  it('refuses illegal jumps', () => {
    expect(checkTransition('proposed', 'hired', 'employer', { employerHasAccounts: true })).toEqual({ ok: false, code: 'illegalTransition' });
    expect(checkTransition('seen', 'hired', 'caseworker', { employerHasAccounts: true })).toEqual({ ok: false, code: 'illegalTransition' });
    expect(checkTransition('proposed', 'offer', 'employer', { employerHasAccounts: true })).toEqual({ ok: false, code: 'illegalTransition' });
    expect(checkTransition('seen', 'proposed', 'employer', { employerHasAccounts: true })).toEqual({ ok: false, code: 'illegalTransition' });
    expect(checkTransition('proposed', 'proposed', 'caseworker', { employerHasAccounts: true })).toEqual({ ok: false, code: 'illegalTransition' });
  });

  it('keeps each side to its own steps, unless the employer has no account', () => {
    expect(checkTransition('proposed', 'interview', 'caseworker', { employerHasAccounts: true })).toEqual({ ok: false, code: 'notYourStep' });
    expect(checkTransition('proposed', 'withdrawn', 'employer', { employerHasAccounts: true, reason: 'x' })).toEqual({ ok: false, code: 'notYourStep' });
    expect(checkTransition('proposed', 'interview', 'caseworker', { employerHasAccounts: false })).toEqual({ ok: true });
    expect(checkTransition('proposed', 'withdrawn', 'employer', { employerHasAccounts: false, reason: 'x' })).toEqual({ ok: false, code: 'notYourStep' });
  });

  it('reschedules an interview or trial day (the employer, or the caseworker for an employer without an account)', () => {
    expect(checkTransition('interview', 'interview', 'employer', { employerHasAccounts: true })).toEqual({ ok: true });
    expect(checkTransition('trial_day', 'trial_day', 'caseworker', { employerHasAccounts: false })).toEqual({ ok: true });
    expect(checkTransition('interview', 'interview', 'caseworker', { employerHasAccounts: true })).toEqual({ ok: false, code: 'notYourStep' });
    expect(checkTransition('offer', 'offer', 'employer', { employerHasAccounts: true })).toEqual({ ok: false, code: 'illegalTransition' });
    expect(nextStages('interview', 'employer', true)[0]).toBe('interview');
    expect(nextStages('seen', 'employer', true)).not.toContain('seen');
  });

  it('needs a reason to reject or withdraw', () => {
    expect(checkTransition('interview', 'rejected', 'employer', { employerHasAccounts: true })).toEqual({ ok: false, code: 'reasonRequired' });
    expect(checkTransition('interview', 'rejected', 'employer', { employerHasAccounts: true, reason: '  ' })).toEqual({ ok: false, code: 'reasonRequired' });
    expect(checkTransition('interview', 'rejected', 'employer', { employerHasAccounts: true, reason: 'Deutschkenntnisse reichen nicht' })).toEqual({
      ok: true,
    });
  });

  it('has no way out of a final stage', () => {
    for (const from of finalStages) {
      for (const to of proposalStages) {
        expect(checkTransition(from, to, 'employer', { employerHasAccounts: false, reason: 'x' }).ok).toBe(false);
        expect(checkTransition(from, to, 'caseworker', { employerHasAccounts: false, reason: 'x' }).ok).toBe(false);
      }
    }
  });

  it('lists the next steps per side', () => {
    expect(nextStages('proposed', 'employer', true)).toEqual(['seen', 'interview', 'rejected']);
    expect(nextStages('proposed', 'caseworker', true)).toEqual(['withdrawn']);
    expect(nextStages('offer', 'caseworker', false)).toEqual(['hired', 'rejected', 'withdrawn']);
    expect(nextStages('interview', 'caseworker', true)).toEqual(['hired', 'withdrawn']);
    // First the same stage: a new date for the interview.
    expect(nextStages('interview', 'employer', true)).toEqual(['interview', 'trial_day', 'offer', 'hired', 'rejected']);
  });
});
