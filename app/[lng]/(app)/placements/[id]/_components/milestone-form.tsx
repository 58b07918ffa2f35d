'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextAreaField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { decideMilestoneAction } from '@/lib/actions/placements';
import { useT } from '@/lib/i18n/client';
import { decideMilestoneSchema, milestoneStates, type DecideMilestoneInput } from '@/lib/validation/placements';

/** A manager's decision on one SIB milestone: verified or denied, with the evidence. */
export function MilestoneForm({
  placementId,
  milestone,
  state,
  evidence,
  name,
}: {
  placementId: number;
  milestone: string;
  state: 'waiting' | 'verified' | 'denied';
  evidence: string | null;
  name: string;
}) {
  const t = useT('placements');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const id = `milestone-${milestone}`;
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<DecideMilestoneInput>({
    resolver: zodResolver(decideMilestoneSchema),
    defaultValues: { placementId, milestone, expectedState: state, state, evidence: evidence ?? '' },
  });

  async function onSubmit() {
    setMessage(null);
    const result = await decideMilestoneAction(getValues());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof DecideMilestoneInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage(errorText(result.code)!);
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form milestone-form" aria-label={t('milestones.formLabel', { name })}>
      {message ? <FormMessage kind="error">{message}</FormMessage> : null}
      <SelectField
        id={`${id}-state`}
        label={t('milestones.state')}
        registration={register('state')}
        options={milestoneStates.map((s) => ({ value: s, label: t(`milestones.states.${s}`) }))}
        error={errorText(errors.state?.message)}
      />
      <TextAreaField
        schema={decideMilestoneSchema}
        id={`${id}-evidence`}
        label={t('milestones.evidence')}
        rows={2}
        registration={register('evidence')}
        error={errorText(errors.evidence?.message)}
      />
      <button type="submit" className="button button-small" disabled={isSubmitting || !isDirty}>
        {isSubmitting ? common('actions.saving') : t('milestones.submit')}
        <span className="visually-hidden">: {name}</span>
      </button>
    </form>
  );
}
