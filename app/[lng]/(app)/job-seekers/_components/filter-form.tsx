'use client';

import type { ReactNode } from 'react';
import { useRouter } from 'next/navigation';

/**
 * The list's filter form: a plain GET form (works without JavaScript), which with JavaScript
 * leaves empty fields out of the URL so bookmarks stay short and readable.
 */
export function FilterForm({ action, labelledBy, children }: { action: string; labelledBy: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <form
      method="get"
      action={action}
      className="filter-form"
      aria-labelledby={labelledBy}
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
      {children}
    </form>
  );
}
