import type { ReactNode } from 'react';
import '@utrecht/data-list-css';
import './data-list.css';

export interface DataListItem {
  key: string;
  label: ReactNode;
  value: ReactNode;
  /** Text typed with line breaks, shown as typed. */
  multiline?: boolean;
  testId?: string;
}

/** Label/value facts about one thing (a person, a vacancy): a <dl>, label above value on a phone. */
export function DataList({ items, className, testId }: { items: DataListItem[]; className?: string; testId?: string }) {
  return (
    <dl className={`utrecht-data-list utrecht-data-list--rows gz-data-list${className ? ` ${className}` : ''}`} data-testid={testId}>
      {items.map((item) => (
        <div key={item.key} className="utrecht-data-list__item" data-testid={item.testId}>
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd
            className={`utrecht-data-list__item-value utrecht-data-list__item-value--html-dd${item.multiline ? ' utrecht-data-list__item-value--multiline' : ''}`}
          >
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
