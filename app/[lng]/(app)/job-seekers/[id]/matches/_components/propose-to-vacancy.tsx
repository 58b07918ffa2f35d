'use client';

import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, useTransition, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { TextAreaField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { proposeCandidatesAction } from '@/lib/actions/proposals';
import { useT } from '@/lib/i18n/client';
import { proposeCandidatesSchema } from '@/lib/validation/proposals';

const ConfirmContext = createContext<(text: string) => void>(() => {});

/**
 * Holds the confirmation of a proposal made from this list. It cannot live in the row: the
 * action revalidates the page, the proposed vacancy drops out of the matches and its row (with
 * any message in it) goes. This wrapper stays, and shows the message at the bottom of the
 * viewport (sticky) so that the user reads it where they are; focus moves to it without
 * scrolling, since the button that had it is gone.
 */
export function ProposalConfirmations({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null);
  const region = useRef<HTMLParagraphElement>(null);
  const confirm = useCallback((text: string) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 })), []);
  useEffect(() => {
    if (message) region.current?.focus({ preventScroll: true });
  }, [message]);
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <p
        role="status"
        tabIndex={-1}
        ref={region}
        className={message ? 'form-message form-message-success propose-confirmation' : 'visually-hidden'}
        data-testid="proposed-to-vacancy"
      >
        {message?.text}
      </p>
    </ConfirmContext.Provider>
  );
}

/** Propose this person to one vacancy, with an optional motivation, without leaving the list. */
export function ProposeToVacancy({ vacancyId, jobSeekerId, vacancyTitle }: { vacancyId: number; jobSeekerId: number; vacancyTitle: string }) {
  const t = useT('pipeline');
  const errorText = useErrorText();
  const confirm = useContext(ConfirmContext);
  const id = useId();
  const { register, getValues } = useForm<{ motivation: string }>({ defaultValues: { motivation: '' } });
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function propose() {
    startTransition(async () => {
      const result = await proposeCandidatesAction({ vacancyId, jobSeekerIds: [jobSeekerId], motivation: getValues('motivation') });
      if (!result.ok) setMessage(errorText(result.fieldErrors ? Object.values(result.fieldErrors)[0] : result.code)!);
      else if (result.data.refused.length) setMessage(errorText(result.data.refused[0]!.code)!);
      else confirm(t('matches.proposedTo', { vacancy: vacancyTitle }));
    });
  }

  return (
    <details>
      <summary>
        {t('matches.proposeOne')}
        <span className="visually-hidden">: {vacancyTitle}</span>
      </summary>
      <div className="form">
        <TextAreaField
          schema={proposeCandidatesSchema}
          id={`${id}-motivation`}
          label={t('matches.motivation')}
          lang="de"
          rows={3}
          registration={register('motivation')}
        />
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
