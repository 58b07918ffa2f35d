import type { ReactNode } from 'react';
import '@utrecht/status-badge-css';
import './status-badge.css';

export type BadgeStatus = 'neutral' | 'safe' | 'warning' | 'danger' | 'active' | 'inactive';

/** A short state in words (never colour alone): "Open", "Toestemming geldig", "SIB". */
export function StatusBadge({ status = 'neutral', children, testId, lang }: { status?: BadgeStatus; children: ReactNode; testId?: string; lang?: string }) {
  return (
    <span className={`utrecht-status-badge utrecht-status-badge--${status} gz-status-badge`} data-testid={testId} lang={lang}>
      {children}
    </span>
  );
}
