'use client';

import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextAreaField, TextField } from '@/app/_components/ui/fields';
import { RadioGroupField } from '@/app/_components/ui/choice-fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { recordCheckAction } from '@/lib/actions/placements';
import { useT } from '@/lib/i18n/client';
import { recordCheckSchema, type RecordCheckInput } from '@/lib/validation/placements';
import { endReasonOptions } from './end-reason-options';

/** Answers one retention check: still working, or ended (with the end date and reason). */
export function CheckForm({ placementId, version, months, startDate }: { placementId: number; version: number; months: 1 | 3 | 6 | 12; startDate: string }) {
  const t = useT('placements');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const id = `check-${months}`;
  const {
    register,
    handleSubmit,
    getValues,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RecordCheckInput>({
    resolver: zodResolver(recordCheckSchema),
    defaultValues: { placementId, version, months, outcome: 'still_working', startDate, endDate: '', endReasonCode: '', endReason: '', note: '' },
  });
  const outcome = watch('outcome');

  async function onSubmit() {
    setMessage(null);
    const result = await recordCheckAction(getValues());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof RecordCheckInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage(errorText(result.code)!);
      return;
    }
    router.refresh();
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="form check-form"
      aria-label={t('checks.formLabel', { after: t(`checks.monthLabel.${months}`) })}
    >
      {message ? <FormMessage kind="error">{message}</FormMessage> : null}
      <RadioGroupField
        id={`${id}-outcome`}
        legend={t('checks.question', { after: t(`checks.monthLabel.${months}`) })}
        registration={register('outcome')}
        options={[
          { value: 'still_working', label: t('checks.stillWorking') },
          { value: 'ended', label: t('checks.ended') },
        ]}
        error={errorText(errors.outcome?.message)}
      />
      {outcome === 'ended' ? (
        <>
          <TextField
            id={`${id}-end`}
            label={t('end.endDate')}
            type="date"
            required
            registration={register('endDate')}
            error={errorText(errors.endDate?.message)}
          />
          <SelectField
            id={`${id}-reason-code`}
            label={t('end.endReasonCode')}
            required
            placeholder={t('end.chooseReason')}
            options={endReasonOptions(t)}
            registration={register('endReasonCode')}
            error={errorText(errors.endReasonCode?.message)}
          />
          <TextAreaField
            schema={recordCheckSchema}
            id={`${id}-reason`}
            label={t('end.endReason')}
            rows={2}
            registration={register('endReason')}
            error={errorText(errors.endReason?.message)}
          />
        </>
      ) : null}
      <TextAreaField
        schema={recordCheckSchema}
        id={`${id}-note`}
        label={t('checks.note')}
        rows={2}
        registration={register('note')}
        error={errorText(errors.note?.message)}
      />
      <button type="submit" className="button button-small" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : t('checks.submit')}
      </button>
    </form>
  );
}

/** One click on the "Te controleren" list: still working. */
export function QuickStillWorking({ placementId, version, months, label }: { placementId: number; version: number; months: 1 | 3 | 6 | 12; label: string }) {
  const t = useT('placements');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="inline-form">
      <button
        type="button"
        className="button button-small"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await recordCheckAction({
              placementId,
              version,
              months,
              outcome: 'still_working',
              startDate: '',
              endDate: '',
              endReasonCode: '',
              endReason: '',
              note: '',
            });
            if (result.ok) router.refresh();
            else setMessage(errorText(result.code)!);
          })
        }
      >
        {t('checks.stillWorking')}
        <span className="visually-hidden">: {label}</span>
      </button>
      {message ? (
        <p role="alert" className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}
