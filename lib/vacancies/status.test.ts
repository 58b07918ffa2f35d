import { describe, expect, it } from 'vitest';
import { vacancyStatuses, type VacancyStatus } from '@/db/schema/enums';
import { allowedActions, effectiveStatus, isEditable, nextStatus, opensVacancy, vacancyActions, type VacancyAction } from './status';
import { todayInAppZone } from '@/lib/time/zoned';

describe('vacancy status rules', () => {
  // The whole table: every status x every action, so a changed rule shows up here.
  const table: Record<VacancyStatus, Partial<Record<VacancyAction, VacancyStatus>>> = {
    draft: { publish: 'open', close: 'closed' },
    open: { pause: 'paused', fill: 'filled', close: 'closed' },
    paused: { reopen: 'open', fill: 'filled', close: 'closed' },
    filled: { reopen: 'open', close: 'closed' },
    closed: {},
  };
  for (const from of vacancyStatuses) {
    for (const action of vacancyActions) {
      const expected = table[from][action] ?? null;
      it(`${from} --${action}--> ${expected ?? 'refused'}`, () => {
        expect(nextStatus(from, action)).toBe(expected);
      });
    }
  }

  it('lists the possible actions per status', () => {
    expect(allowedActions('draft')).toEqual(['publish', 'close']);
    expect(allowedActions('open')).toEqual(['pause', 'fill', 'close']);
    expect(allowedActions('closed')).toEqual([]);
  });

  it('knows which actions open a vacancy and which statuses are editable', () => {
    expect(vacancyActions.filter(opensVacancy)).toEqual(['publish', 'reopen']);
    expect(vacancyStatuses.filter(isEditable)).toEqual(['draft', 'open', 'paused']);
  });

  it('an open vacancy past its closing date is expired; the closing day itself still counts', () => {
    expect(effectiveStatus('open', '2026-03-01', '2026-03-02')).toBe('expired');
    expect(effectiveStatus('open', '2026-03-02', '2026-03-02')).toBe('open');
    expect(effectiveStatus('open', null, '2026-03-02')).toBe('open');
    expect(effectiveStatus('paused', '2020-01-01', '2026-03-02')).toBe('paused');
  });

  it("today's date is taken in Germany", () => {
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(todayInAppZone(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayInAppZone(new Date('2026-06-15T12:00:00Z'))).toBe('2026-06-15');
  });
});
