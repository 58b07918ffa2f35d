'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { FieldRow } from '@/app/_components/ui/choice-fields';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { recognitionSteps } from '@/db/schema/enums';
import { recordRecognitionAction } from '@/lib/actions/cohorts';
import { useT } from '@/lib/i18n/client';
import { recordRecognitionSchema, type RecordRecognitionInput } from '@/lib/validation/cohorts';
import { type Message, showResult } from './form-result';

/** A step of a participant's diploma recognition on a date; recording a step again corrects its date. */
export function RecognitionForm({ cohortId, participants, today }: { cohortId: number; participants: { id: number; name: string }[]; today: string }) {
  const t = useT('cohorts');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RecordRecognitionInput, unknown, z.output<typeof recordRecognitionSchema>>({
    resolver: zodResolver(recordRecognitionSchema),
    defaultValues: { cohortId, participantId: '', step: 'applied', stepDate: today },
  });

  async function onSubmit() {
    setMessage(null);
    if (!showResult(await recordRecognitionAction(getValues()), setError, setMessage, errorText)) return;
    setMessage({ kind: 'success', text: t('recognition.saved') });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="recognition-title" data-testid="recognition-form">
      {message ? (
        <FormMessage kind={message.kind} testId="recognition-message">
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id="recognition-participant"
        label={t('participants.person')}
        required
        placeholder={t('field.choose')}
        registration={register('participantId')}
        options={participants.map((p) => ({ value: String(p.id), label: p.name }))}
        error={errorText(errors.participantId?.message)}
      />
      <FieldRow>
        <SelectField
          id="recognition-step"
          label={t('recognition.step')}
          required
          registration={register('step')}
          options={recognitionSteps.map((s) => ({ value: s, label: t(`step.${s}`) }))}
          error={errorText(errors.step?.message)}
        />
        <TextField
          id="recognition-date"
          type="date"
          label={t('recognition.date')}
          required
          registration={register('stepDate')}
          error={errorText(errors.stepDate?.message)}
        />
      </FieldRow>
      <Button type="submit" disabled={isSubmitting} data-testid="recognition-submit">
        {t('recognition.save')}
      </Button>
    </form>
  );
}
