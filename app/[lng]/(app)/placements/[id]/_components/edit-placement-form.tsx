'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { RadioGroupField } from '@/app/_components/ui/choice-fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { contractTypes } from '@/db/schema/enums';
import { updatePlacementAction } from '@/lib/actions/placements';
import { useT } from '@/lib/i18n/client';
import { updatePlacementSchema, type UpdatePlacementInput } from '@/lib/validation/placements';

/** Edits what may change after logging; a save based on an older version is refused. */
export function EditPlacementForm({ initial }: { initial: UpdatePlacementInput }) {
  const t = useT('placements');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<UpdatePlacementInput, unknown, z.output<typeof updatePlacementSchema>>({ resolver: zodResolver(updatePlacementSchema), defaultValues: initial });

  async function onSubmit() {
    setMessage(null);
    const result = await updatePlacementAction(getValues());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof UpdatePlacementInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({ kind: 'success', text: t('detail.saved') });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="edit-placement-title">
      {message ? (
        <FormMessage kind={message.kind} testId="edit-placement-message">
          {message.text}
        </FormMessage>
      ) : null}
      <TextField
        id="edit-start"
        label={t('form.startDate')}
        type="date"
        required
        hint={t('detail.startDateHint')}
        registration={register('startDate')}
        error={errorText(errors.startDate?.message)}
      />
      <RadioGroupField
        id="edit-funding"
        legend={t('form.funding')}
        required
        hint={initial.sibCohort ? t('detail.fundingHintCohort') : t('detail.fundingHintNoCohort')}
        registration={register('funding')}
        options={[
          { value: 'regular', label: t('domain:funding.regular') },
          { value: 'sib', label: t('domain:funding.sib') },
        ]}
        error={errorText(errors.funding?.message)}
      />
      <TextField id="edit-title" label={t('form.jobTitle')} required registration={register('jobTitle')} error={errorText(errors.jobTitle?.message)} />
      <TextField
        id="edit-hours"
        label={t('form.hoursPerWeek')}
        inputMode="numeric"
        required
        registration={register('hoursPerWeek')}
        error={errorText(errors.hoursPerWeek?.message)}
      />
      <SelectField
        id="edit-contract"
        label={t('form.contract')}
        required
        registration={register('contract')}
        options={contractTypes.map((c) => ({ value: c, label: t(`domain:contract.${c}`) }))}
        error={errorText(errors.contract?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting || !isDirty}>
        {isSubmitting ? common('actions.saving') : t('detail.saveChanges')}
      </button>
    </form>
  );
}
