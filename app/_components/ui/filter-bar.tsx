'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLng, useT } from '@/lib/i18n/client';
import { formatNumber } from '@/lib/i18n/format';
import './filter-bar.css';

const DESKTOP = '(min-width: 40rem)';

/**
 * A list's filters: a plain GET form (works without JavaScript) inside a native <details>.
 * On a phone it is a drawer, closed until asked for, its summary naming how many filters are
 * active, so the results come first; from 40rem it stays open and the summary is hidden.
 * With JavaScript, empty fields stay out of the URL so bookmarks stay short.
 */
export function FilterBar({
  action,
  title,
  activeFilters,
  children,
  actions,
  testId,
}: {
  action: string;
  /** The heading of the form (visually hidden: the fields speak for themselves). */
  title: string;
  /** How many filters are set: the drawer's summary on a phone says so ("Filters (2 actief)"). */
  activeFilters: number;
  children: ReactNode;
  /** The submit button and a link to clear the filters. */
  actions: ReactNode;
  testId?: string;
}) {
  const router = useRouter();
  const lng = useLng();
  const common = useT('common');
  const summary = activeFilters > 0 ? common('kit.filtersActive', { n: formatNumber(lng, activeFilters) }) : common('kit.filters');
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const desktop = window.matchMedia(DESKTOP);
    const sync = () => {
      if (desktop.matches && details.current) details.current.open = true;
    };
    sync();
    desktop.addEventListener('change', sync);
    return () => desktop.removeEventListener('change', sync);
  }, []);
  const titleId = `${testId ?? 'filters'}-title`;
  return (
    <details ref={details} className="gz-filter-bar" data-testid={testId}>
      <summary className="gz-filter-bar__summary">{summary}</summary>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not announced by every screen reader we support; role="search" on the form is */}
      <form
        method="get"
        action={action}
        className="gz-filter-bar__form"
        aria-labelledby={titleId}
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const query = new URLSearchParams();
          for (const [key, value] of new FormData(event.currentTarget)) {
            if (typeof value === 'string' && value.trim() !== '') query.set(key, value.trim());
          }
          const text = query.toString();
          router.push(text ? `${action}?${text}` : action);
        }}
      >
        <h2 id={titleId} className="visually-hidden">
          {title}
        </h2>
        <div className="gz-filter-bar__fields">{children}</div>
        <div className="gz-filter-bar__actions">{actions}</div>
      </form>
    </details>
  );
}
