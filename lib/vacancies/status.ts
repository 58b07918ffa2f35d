import type { VacancyStatus } from '@/db/schema/enums';

/**
 * The life of a vacancy. Pure rules, used by the pages (which buttons to show) and by the
 * server (which update to run): the update itself repeats the check with `where status = from`,
 * so two people acting at once can never both move the same vacancy.
 *
 *   draft --publish--> open --pause--> paused --reopen--> open
 *   open|paused --fill--> filled --reopen--> open
 *   draft|open|paused|filled --close--> closed (final; duplicate it to advertise again)
 */
export const vacancyActions = ['publish', 'pause', 'reopen', 'fill', 'close'] as const;
export type VacancyAction = (typeof vacancyActions)[number];

const transitions: Record<VacancyAction, { from: readonly VacancyStatus[]; to: VacancyStatus }> = {
  publish: { from: ['draft'], to: 'open' },
  pause: { from: ['open'], to: 'paused' },
  reopen: { from: ['paused', 'filled'], to: 'open' },
  fill: { from: ['open', 'paused'], to: 'filled' },
  close: { from: ['draft', 'open', 'paused', 'filled'], to: 'closed' },
};

/** The status an action leads to, or null when the action is not possible from `from`. */
export function nextStatus(from: VacancyStatus, action: VacancyAction): VacancyStatus | null {
  const rule = transitions[action];
  return rule.from.includes(from) ? rule.to : null;
}

/** Actions possible from a status, in the order the page shows them. */
export function allowedActions(from: VacancyStatus): VacancyAction[] {
  return vacancyActions.filter((action) => nextStatus(from, action) !== null);
}

/** Actions after which the vacancy is open again: they need a complete vacancy and a closing date not in the past. */
export function opensVacancy(action: VacancyAction): boolean {
  return transitions[action].to === 'open';
}

/** Content can be edited while a vacancy is a draft, open or paused; filled and closed ones are history. */
export function isEditable(status: VacancyStatus): boolean {
  return status === 'draft' || status === 'open' || status === 'paused';
}

/** What the lists show: an open vacancy past its closing date no longer counts as open. */
export type EffectiveVacancyStatus = VacancyStatus | 'expired';
export const effectiveVacancyStatuses = ['draft', 'open', 'expired', 'paused', 'filled', 'closed'] as const satisfies readonly EffectiveVacancyStatus[];

export function effectiveStatus(status: VacancyStatus, closingDate: string | null, today: string): EffectiveVacancyStatus {
  return status === 'open' && closingDate !== null && closingDate < today ? 'expired' : status;
}
