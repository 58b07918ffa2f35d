'use client';

import Link from 'next/link';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { FormMessage } from './fields';

export type Outcome = { kind: 'error' | 'success'; text: string; link?: { href: string; label: string } } | null;

const OutcomeContext = createContext<((outcome: Outcome) => void) | null>(null);

/**
 * Where the outcome of a form shows when the form itself may be gone after it: the action's
 * revalidation re-renders the page before the form's own state could show "saved", and a form
 * that the change removes (a lead once linked, a conversation once proposed, the "create
 * employer" form once created) would take its message with it. The region stays and keeps it.
 */
export function OutcomeRegion({ testId, children }: { testId?: string; children: ReactNode }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <OutcomeContext.Provider value={setOutcome}>
      {outcome ? (
        <FormMessage kind={outcome.kind} testId={testId}>
          {outcome.text}
          {outcome.link ? (
            <>
              {' '}
              <Link href={outcome.link.href}>{outcome.link.label}</Link>
            </>
          ) : null}
        </FormMessage>
      ) : null}
      {children}
    </OutcomeContext.Provider>
  );
}

/** Shows an outcome in the enclosing OutcomeRegion (null clears it). */
export function useOutcome(): (outcome: Outcome) => void {
  const setOutcome = useContext(OutcomeContext);
  if (!setOutcome) throw new Error('useOutcome needs an enclosing <OutcomeRegion>');
  return setOutcome;
}
