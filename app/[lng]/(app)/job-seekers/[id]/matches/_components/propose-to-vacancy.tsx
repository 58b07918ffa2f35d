'use client';

import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { useErrorText } from '@/app/_components/form/use-error-text';
import { proposeCandidatesAction } from '@/lib/actions/proposals';
import { useT } from '@/lib/i18n/client';

/**
 * Propose this person to one vacancy, with an optional motivation, without leaving the list.
 * No refresh on success: the proposed vacancy would drop out of the matches and take its
 * confirmation and the user's place with it. The row stays, says it is done, and keeps focus.
 */
export function ProposeToVacancy({ vacancyId, jobSeekerId, vacancyTitle }: { vacancyId: number; jobSeekerId: number; vacancyTitle: string }) {
  const t = useT('pipeline');
  const errorText = useErrorText();
  const id = useId();
  const [motivation, setMotivation] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [proposed, setProposed] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (proposed) confirmation.current?.focus();
  }, [proposed]);
  const [pending, startTransition] = useTransition();

  function propose() {
    startTransition(async () => {
      const result = await proposeCandidatesAction({ vacancyId, jobSeekerIds: [jobSeekerId], motivation });
      if (!result.ok) setMessage(errorText(result.fieldErrors ? Object.values(result.fieldErrors)[0] : result.code)!);
      else if (result.data.refused.length) setMessage(errorText(result.data.refused[0]!.code)!);
      else setProposed(true);
    });
  }

  if (proposed) {
    return (
      <p role="status" className="form-message form-message-success" tabIndex={-1} ref={confirmation} data-testid="proposed-to-vacancy">
        {t('matches.proposedTo', { vacancy: vacancyTitle })}
      </p>
    );
  }

  return (
    <details>
      <summary>
        {t('matches.proposeOne')}
        <span className="visually-hidden">: {vacancyTitle}</span>
      </summary>
      <div className="form">
        <label htmlFor={`${id}-motivation`}>{t('matches.motivation')}</label>
        <textarea id={`${id}-motivation`} lang="de" rows={3} value={motivation} maxLength={2000} onChange={(e) => setMotivation(e.target.value)} />
        <button type="button" className="button button-small" disabled={pending} onClick={propose}>
          {pending ? t('matches.proposing') : t('matches.proposeOne')}
        </button>
        {message ? (
          <p role="status" className="field-hint">
            {message}
          </p>
        ) : null}
      </div>
    </details>
  );
}
