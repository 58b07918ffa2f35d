import { describe, expect, it } from 'vitest';
import { buildMoveProposalSchema } from './proposals';

describe('moveProposalSchema: appointments', () => {
  // 1 December 2026, 12:00 in Enschede and Gronau (CET, UTC+1).
  const schema = buildMoveProposalSchema(() => new Date('2026-12-01T11:00:00Z'));
  const step = (to: string, interviewAt: string) => schema.safeParse({ proposalId: 1, expectedVersion: 1, to, reason: '', interviewAt });
  const problem = (to: string, interviewAt: string) => {
    const result = step(to, interviewAt);
    return result.success ? null : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses an interview or trial day that has begun, judged in local time', () => {
    expect(problem('interview', '2026-11-30T10:00')).toEqual(['interviewAt: appointmentInPast']);
    expect(problem('trial_day', '2026-12-01T12:00')).toEqual(['interviewAt: appointmentInPast']);
    // 12:30 local is 11:30 UTC: half an hour ahead, whatever the server's own zone.
    expect(problem('interview', '2026-12-01T12:30')).toBeNull();
    expect(problem('trial_day', '2027-01-04T08:00')).toBeNull();
  });

  it('leaves the date alone for steps without an appointment, and an empty date is no date', () => {
    expect(problem('offer', '2020-01-01T10:00')).toBeNull();
    expect(problem('interview', '')).toBeNull();
  });
});
