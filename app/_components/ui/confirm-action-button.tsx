'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/domain/result';
import { Button } from './button';
import { useErrorText } from './use-error-text';

/**
 * A small secondary button for an action that takes something away: asks first (the browser's
 * own confirmation), runs the server action, refreshes the page when it worked and otherwise
 * says why beside the button, in the page's language.
 */
export function ConfirmActionButton({
  label,
  pendingLabel,
  ariaLabel,
  confirmText,
  run,
  testId,
}: {
  label: string;
  pendingLabel: string;
  ariaLabel: string;
  confirmText: string;
  run: () => Promise<ActionResult<unknown>>;
  testId?: string;
}) {
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        appearance="secondary"
        small
        aria-label={ariaLabel}
        disabled={pending}
        data-testid={testId}
        onClick={() => {
          if (!window.confirm(confirmText)) return;
          setError(null);
          startTransition(async () => {
            const result = await run();
            if (!result.ok) setError(errorText(result.code)!);
            else router.refresh();
          });
        }}
      >
        {pending ? pendingLabel : label}
      </Button>
      {error ? (
        <span className="field-error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      ) : null}
    </>
  );
}
