import { describe, expect, it } from 'vitest';
import { placementPhase } from './placements';

describe('placementPhase', () => {
  const today = '2026-12-01';
  it('is upcoming before the first working day', () => {
    expect(placementPhase({ startDate: '2026-12-02', endDate: null }, today)).toBe('upcoming');
    expect(placementPhase({ startDate: '2027-01-04', endDate: '2027-06-30' }, today)).toBe('upcoming');
  });
  it('is working from the start day up to and including the end day', () => {
    expect(placementPhase({ startDate: today, endDate: null }, today)).toBe('working');
    expect(placementPhase({ startDate: '2026-03-01', endDate: today }, today)).toBe('working');
  });
  it('is ended the day after the last working day', () => {
    expect(placementPhase({ startDate: '2026-03-01', endDate: '2026-11-30' }, today)).toBe('ended');
  });
});
