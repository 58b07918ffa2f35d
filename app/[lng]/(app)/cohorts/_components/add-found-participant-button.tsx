'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/app/_components/ui/button';
import { useOutcome } from '@/app/_components/ui/outcome-region';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { addFoundParticipantAction } from '@/lib/actions/cohorts';
import { useT } from '@/lib/i18n/client';

/** One tap on a person found by name: invited into the cohort (a full cohort or a second time is said in words). */
export function AddFoundParticipantButton({ cohortId, jobSeekerId, name }: { cohortId: number; jobSeekerId: number; name: string }) {
  const t = useT('cohorts');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  // Once added, the person's row says "already in the group" instead of this button.
  const showOutcome = useOutcome();
  return (
    <>
      <Button
        appearance="secondary"
        small
        aria-label={t('search.addNamed', { name })}
        disabled={pending}
        data-testid={`add-found-${jobSeekerId}`}
        onClick={() => {
          setMessage(null);
          showOutcome(null);
          startTransition(async () => {
            const result = await addFoundParticipantAction({ cohortId, jobSeekerId });
            if (!result.ok) setMessage({ kind: 'error', text: errorText(result.code)! });
            else {
              showOutcome({ kind: 'success', text: t('participants.added') });
              router.refresh();
            }
          });
        }}
      >
        {t('search.add')}
      </Button>
      {message ? (
        <span className={message.kind === 'error' ? 'field-error' : 'field-hint'} role="status" data-testid={`add-found-${jobSeekerId}-message`}>
          {message.text}
        </span>
      ) : null}
    </>
  );
}
