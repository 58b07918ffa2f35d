import { type BadgeStatus, StatusBadge } from '@/app/_components/ui/status-badge';
import type { LedgerStatus } from '@/lib/domain/sib';

/** A tone per state: settled and paid, settled and lost, waiting on someone, or not yet due. */
const tone: Record<LedgerStatus, BadgeStatus> = {
  upcoming: 'neutral',
  due: 'warning',
  claimed: 'active',
  verified: 'safe',
  denied: 'danger',
  lapsed: 'inactive',
};

/** A SIB milestone's state in words, as the ledger, the work list and the placement page show it. */
export function LedgerStatusBadge({ status, label, testId }: { status: LedgerStatus; label: string; testId?: string }) {
  return (
    <StatusBadge status={tone[status]} testId={testId}>
      {label}
    </StatusBadge>
  );
}
