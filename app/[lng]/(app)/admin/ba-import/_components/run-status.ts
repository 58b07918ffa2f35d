import type { BadgeStatus } from '@/app/_components/ui/status-badge';

export function runStatusBadge(status: string): BadgeStatus {
  if (status === 'done') return 'safe';
  if (status === 'failed') return 'danger';
  return 'active';
}

export function runDurationSeconds(startedAt: Date | string | null, finishedAt: Date | string | null): number | null {
  if (!startedAt || !finishedAt) return null;
  return Math.max(0, (new Date(finishedAt).getTime() - new Date(startedAt).getTime()) / 1000);
}
