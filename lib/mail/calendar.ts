import { createEvent } from 'ics';

/**
 * An interview or trial day as an iCalendar file (ics), attached to the mail. The time is
 * written in UTC (DTSTART:...Z), which every calendar shows in its reader's own zone: the
 * same moment for a Dutch caseworker and a German employer (both Europe/Amsterdam and
 * Europe/Berlin, CET/CEST). One UID per proposal and a rising SEQUENCE, so a moved
 * appointment replaces the earlier one in the calendar instead of adding a second.
 */
export function appointmentIcs(input: { proposalId: number; start: Date; title: string; description: string; url: string; changedAt?: Date }): string {
  const s = input.start;
  const { error, value } = createEvent({
    uid: `proposal-${input.proposalId}@grenzeloos`,
    // Minutes since 2020: grows with every change and stays a small integer.
    sequence: Math.floor(((input.changedAt ?? new Date()).getTime() - Date.UTC(2020, 0, 1)) / 60_000),
    method: 'PUBLISH',
    productId: 'grenzeloos/werkplein-twente',
    start: [s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate(), s.getUTCHours(), s.getUTCMinutes()],
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: 1 },
    title: input.title,
    description: input.description,
    url: input.url,
    status: 'CONFIRMED',
  });
  if (error || !value) throw error ?? new Error('calendar file could not be made');
  return value;
}
