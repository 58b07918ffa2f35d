'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { FormMessage, TextField } from '@/app/_components/ui/fields';
import { CheckboxGroup, FieldRow } from '@/app/_components/ui/choice-fields';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { createCohortAction, updateCohortAction } from '@/lib/actions/cohorts';
import { useLng, useT } from '@/lib/i18n/client';
import { createCohortSchema, type CohortFormInput } from '@/lib/validation/cohorts';

/**
 * A cohort's name, provider, period, capacity and the employers that will hire its graduates:
 * new, or with `cohort` the one being changed. The server checks the same schema (and the
 * database the participants and lesson days already there).
 */
export function CohortForm({ employers, cohort }: { employers: { id: number; name: string }[]; cohort?: { id: number; values: CohortFormInput } }) {
  const t = useT('cohorts');
  const errorText = useErrorText();
  const router = useRouter();
  const lng = useLng();
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CohortFormInput, unknown, z.output<typeof createCohortSchema>>({
    resolver: zodResolver(createCohortSchema),
    defaultValues: cohort?.values ?? { name: '', provider: '', startDate: '', endDate: '', capacity: '', employerIds: [] },
  });

  async function onSubmit() {
    setMessage(null);
    const values = getValues();
    const input = { ...values, employerIds: values.employerIds || [] };
    const result = cohort ? await updateCohortAction({ ...input, cohortId: cohort.id }) : await createCohortAction(input);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof CohortFormInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage(errorText(result.code)!);
      return;
    }
    router.push(`/${lng}/cohorts/${cohort ? cohort.id : (result.data as { id: number }).id}`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-label={cohort ? t('edit') : t('new')} data-testid="cohort-form">
      {message ? (
        <FormMessage kind="error" testId="cohort-form-message">
          {message}
        </FormMessage>
      ) : null}
      <TextField
        id="cohort-name"
        label={t('field.name')}
        hint={t('field.nameHint')}
        required
        registration={register('name')}
        error={errorText(errors.name?.message)}
      />
      <TextField
        id="cohort-provider"
        label={t('field.provider')}
        hint={t('field.providerHint')}
        required
        registration={register('provider')}
        error={errorText(errors.provider?.message)}
      />
      <FieldRow>
        <TextField
          id="cohort-start"
          type="date"
          label={t('field.startDate')}
          required
          registration={register('startDate')}
          error={errorText(errors.startDate?.message)}
        />
        <TextField
          id="cohort-end"
          type="date"
          label={t('field.endDate')}
          required
          registration={register('endDate')}
          error={errorText(errors.endDate?.message)}
        />
      </FieldRow>
      <TextField
        id="cohort-capacity"
        label={t('field.capacity')}
        hint={t('field.capacityHint')}
        inputMode="numeric"
        required
        registration={register('capacity')}
        error={errorText(errors.capacity?.message)}
      />
      {employers.length > 0 ? (
        <CheckboxGroup
          id="cohort-employers"
          legend={t('field.employers')}
          hint={t('field.employersHint')}
          columns
          options={employers.map((e) => ({ value: String(e.id), label: e.name }))}
          registration={register('employerIds')}
          error={errorText(errors.employerIds?.message)}
        />
      ) : null}
      <Button type="submit" disabled={isSubmitting} data-testid="cohort-submit">
        {cohort ? t('field.save') : t('field.create')}
      </Button>
    </form>
  );
}
