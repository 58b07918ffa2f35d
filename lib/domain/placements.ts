/**
 * Where a placement stands on a given day. A placement is often logged when the contract is
 * signed, weeks before the first working day: until then nobody "works" yet, and calling it
 * "working" or "started on" tells the caseworker something that has not happened.
 */
export type PlacementPhase = 'upcoming' | 'working' | 'ended';

/** The end date is the last working day: on it the person still works. */
export function placementPhase(p: { startDate: string; endDate: string | null }, today: string): PlacementPhase {
  if (p.endDate !== null && p.endDate < today) return 'ended';
  if (p.startDate > today) return 'upcoming';
  return 'working';
}
