'use client';

import { useId, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { TextAreaField } from '@/app/_components/form/fields';
import { useErrorText } from '@/app/_components/form/use-error-text';
import { proposeCandidatesAction } from '@/lib/actions/proposals';
import { useT } from '@/lib/i18n/client';
import { proposeCandidatesSchema } from '@/lib/validation/proposals';

/** Propose this person to one vacancy, with an optional motivation, without leaving the list. */
export function ProposeToVacancy({ vacancyId, jobSeekerId, vacancyTitle }: { vacancyId: number; jobSeekerId: number; vacancyTitle: string }) {
  const t = useT('pipeline');
  const errorText = useErrorText();
  const router = useRouter();
  const id = useId();
  const { register, getValues } = useForm<{ motivation: string }>({ defaultValues: { motivation: '' } });
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function propose() {
    startTransition(async () => {
      const result = await proposeCandidatesAction({ vacancyId, jobSeekerIds: [jobSeekerId], motivation: getValues('motivation') });
      if (!result.ok) setMessage(errorText(result.fieldErrors ? Object.values(result.fieldErrors)[0] : result.code)!);
      else if (result.data.refused.length) setMessage(errorText(result.data.refused[0]!.code)!);
      else {
        setMessage(t('matches.proposed', { count: 1 }));
        router.refresh();
      }
    });
  }

  return (
    <details>
      <summary>
        {t('matches.proposeOne')}
        <span className="visually-hidden">: {vacancyTitle}</span>
      </summary>
      <div className="form">
        <TextAreaField schema={proposeCandidatesSchema} id={`${id}-motivation`} label={t('matches.motivation')} lang="de" rows={3} registration={register('motivation')} />
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
