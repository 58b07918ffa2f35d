import type { ReactNode } from 'react';
import '@utrecht/alert-css';
import './alert.css';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message on the page. Errors are announced assertively (role alert), the rest politely
 * (role status); `live={false}` for a message that is there on load and need not be announced.
 */
export function Alert({
  type = 'info',
  children,
  testId,
  live = true,
  title,
}: {
  type?: AlertType;
  children: ReactNode;
  testId?: string;
  live?: boolean;
  title?: ReactNode;
}) {
  const role = !live ? undefined : type === 'error' ? 'alert' : 'status';
  return (
    <div className={`utrecht-alert utrecht-alert--${type} gz-alert`} role={role} data-testid={testId}>
      <div className="utrecht-alert__content">
        {title ? <p className="gz-alert__title">{title}</p> : null}
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
