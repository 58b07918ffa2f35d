/** Where an event is in time: before it starts, while it runs, after it ends. */
export type EventPhase = 'coming' | 'running' | 'over';

export function eventPhase(event: { startsAt: Date; endsAt: Date }, now = new Date()): EventPhase {
  if (now < event.startsAt) return 'coming';
  return now < event.endsAt ? 'running' : 'over';
}
