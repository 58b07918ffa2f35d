'use client';

import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextAreaField, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { endPlacementAction, reopenPlacementAction } from '@/lib/actions/placements';
import { useT } from '@/lib/i18n/client';
import { endPlacementSchema, type EndPlacementInput } from '@/lib/validation/placements';
import { endReasonOptions } from './end-reason-options';

export function EndPlacementForm({ placementId, version, startDate }: { placementId: number; version: number; startDate: string }) {
  const t = useT('placements');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EndPlacementInput>({ resolver: zodResolver(endPlacementSchema), defaultValues: { placementId, version, startDate, endDate: '', endReason: '' } });

  async function onSubmit() {
    setMessage(null);
    const result = await endPlacementAction(getValues());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof EndPlacementInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage(errorText(result.code)!);
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="end-placement-title">
      {message ? <FormMessage kind="error">{message}</FormMessage> : null}
      <TextField
        id="end-date"
        label={t('end.endDate')}
        type="date"
        required
        hint={t('end.endDateHint')}
        registration={register('endDate')}
        error={errorText(errors.endDate?.message)}
      />
      <SelectField
        id="end-reason-code"
        label={t('end.endReasonCode')}
        required
        placeholder={t('end.chooseReason')}
        options={endReasonOptions(t)}
        registration={register('endReasonCode')}
        error={errorText(errors.endReasonCode?.message)}
      />
      <TextAreaField
        schema={endPlacementSchema}
        id="end-reason"
        label={t('end.endReason')}
        rows={3}
        registration={register('endReason')}
        error={errorText(errors.endReason?.message)}
      />
      <button type="submit" className="button button-secondary" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : t('end.submit')}
      </button>
    </form>
  );
}

export function ReopenPlacementButton({ placementId, version }: { placementId: number; version: number }) {
  const t = useT('placements');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="inline-form">
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await reopenPlacementAction({ placementId, version });
            if (result.ok) router.refresh();
            else setMessage(errorText(result.code)!);
          })
        }
      >
        {t('end.reopen')}
      </button>
      {message ? (
        <p role="alert" className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}
