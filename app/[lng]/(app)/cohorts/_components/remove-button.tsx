'use client';

import { ConfirmActionButton } from '@/app/_components/ui/confirm-action-button';
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
  return (
    <ConfirmActionButton
      label={t('remove.button')}
      pendingLabel={t('remove.removing')}
      ariaLabel={t(`remove.${target.kind}Named`, { name })}
      confirmText={t(`remove.${target.kind}Confirm`, { name })}
      run={() => remove(target)}
      testId={testId}
    />
  );
}
