import type { EffectiveVacancyStatus } from '@/lib/vacancies/status';

/** A vacancy's status as a badge; the label is already translated. */
export function StatusBadge({ status, label }: { status: EffectiveVacancyStatus; label: string }) {
  return (
    <span className={`badge badge-vacancy-${status}`} data-status={status}>
      {label}
    </span>
  );
}
