'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { removeParticipantAction, removeRecognitionAction, removeSessionAction } from '@/lib/actions/cohorts';
import type { RecognitionStep } from '@/db/schema/enums';
import { useT } from '@/lib/i18n/client';

type Target =
  | { kind: 'participant'; cohortId: number; participantId: number }
  | { kind: 'session'; cohortId: number; sessionId: number }
  | { kind: 'step'; cohortId: number; participantId: number; step: RecognitionStep };

function remove(target: Target) {
  if (target.kind === 'participant') return removeParticipantAction({ cohortId: target.cohortId, participantId: target.participantId });
  if (target.kind === 'session') return removeSessionAction({ cohortId: target.cohortId, sessionId: target.sessionId });
  return removeRecognitionAction({ cohortId: target.cohortId, participantId: target.participantId, step: target.step });
}

/** Takes a participant, a lesson day or a recognition step off the cohort, after a confirmation naming it. */
export function RemoveButton({ target, name, testId }: { target: Target; name: string; testId: string }) {
  const t = useT('cohorts');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        appearance="secondary"
        small
        aria-label={t(`remove.${target.kind}Named`, { name })}
        disabled={pending}
        data-testid={testId}
        onClick={() => {
          if (!window.confirm(t(`remove.${target.kind}Confirm`, { name }))) return;
          setError(null);
          startTransition(async () => {
            const result = await remove(target);
            if (!result.ok) setError(errorText(result.code)!);
            else router.refresh();
          });
        }}
      >
        {pending ? t('remove.removing') : t('remove.button')}
      </Button>
      {error ? (
        <span className="field-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      ) : null}
    </>
  );
}
