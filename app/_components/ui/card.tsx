import type { ReactNode } from 'react';
import './card.css';

/** A framed section of a page with its own heading (h2 by default). */
export function Card({
  title,
  headingLevel = 2,
  actions,
  children,
  testId,
  id,
  tone,
  className,
}: {
  title?: ReactNode;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
  id?: string;
  tone?: 'danger';
  /** A page's own class (its layout, or no-print for a card that is only a form). */
  className?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section
      className={`gz-card${tone ? ` gz-card--${tone}` : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      id={id}
      aria-labelledby={title ? headingId : undefined}
    >
      {title || actions ? (
        <div className="gz-card__head">
          {title ? (
            <Heading id={headingId} className="gz-card__title">
              {title}
            </Heading>
          ) : null}
          {actions ? <div className="gz-card__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
