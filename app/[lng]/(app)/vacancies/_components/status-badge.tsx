import { type BadgeStatus, StatusBadge } from '@/app/_components/ui/status-badge';
import type { EffectiveVacancyStatus } from '@/lib/vacancies/status';

const look: Record<EffectiveVacancyStatus, BadgeStatus> = {
  draft: 'neutral',
  open: 'safe',
  paused: 'warning',
  expired: 'inactive',
  filled: 'active',
  closed: 'inactive',
};

/** A vacancy's status as a kit badge; the label is already translated. */
export function VacancyStatusBadge({ status, label }: { status: EffectiveVacancyStatus; label: string }) {
  return (
    <span data-status={status} className="vacancy-status">
      <StatusBadge status={look[status]}>{label}</StatusBadge>
    </span>
  );
}
