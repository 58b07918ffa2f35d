'use client';

import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextAreaField, TextField } from '@/app/_components/ui/fields';
import { RadioGroupField } from '@/app/_components/ui/choice-fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import type { FundingStream } from '@/db/schema/enums';
import { createProgrammeTargetAction, deleteProgrammeTargetAction, setYearlyTargetAction } from '@/lib/actions/targets';
import { useT } from '@/lib/i18n/client';
import { createProgrammeTargetSchema, setYearlyTargetSchema, type CreateProgrammeTargetInput } from '@/lib/validation/targets';
import { z } from 'zod';

// The form edits year and funding as strings; the action gets numbers and the seen target.
const setTargetFormSchema = setYearlyTargetSchema.omit({ year: true, expectedTarget: true }).extend({ year: z.string() });
type SetTargetForm = z.input<typeof setTargetFormSchema>;

export function SetTargetForm({
  years,
  current,
}: {
  years: number[];
  current: { year: number; funding: FundingStream; target: number; stored: number | null }[];
}) {
  const t = useT('targets');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const initialYear = String(years[Math.floor(years.length / 2)] ?? years[0]);
  const {
    register,
    handleSubmit,
    watch,
    getValues,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SetTargetForm, unknown, z.output<typeof setTargetFormSchema>>({
    resolver: zodResolver(setTargetFormSchema),
    defaultValues: { year: initialYear, funding: 'regular', target: '', reason: '' },
  });
  const year = Number(watch('year'));
  const funding = watch('funding');
  const now = current.find((c) => c.year === year && c.funding === funding);

  async function onSubmit() {
    setMessage(null);
    const values = getValues();
    const result = await setYearlyTargetAction({ ...values, year: Number(values.year), expectedTarget: now?.stored ?? null });
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof SetTargetForm, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({
      kind: 'success',
      text: t('settings.saved', { year: values.year, funding: t(`domain:funding.${values.funding}`), target: values.target.trim() }),
    });
    reset({ year: values.year, funding: values.funding, target: '', reason: '' });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="set-target-title">
      {message ? (
        <FormMessage kind={message.kind} testId="set-target-message">
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id="target-year"
        label={t('settings.year')}
        required
        registration={register('year')}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <RadioGroupField
        id="target-funding"
        legend={t('settings.funding')}
        required
        registration={register('funding')}
        options={[
          { value: 'regular', label: t('domain:funding.regular') },
          { value: 'sib', label: t('domain:funding.sib') },
        ]}
        error={errorText(errors.funding?.message)}
      />
      <TextField
        id="target-value"
        label={t('settings.newTarget')}
        hint={now ? t('settings.currentTarget', { target: now.target }) : undefined}
        inputMode="numeric"
        required
        registration={register('target')}
        error={errorText(errors.target?.message)}
      />
      <TextAreaField
        schema={setTargetFormSchema}
        id="target-reason"
        label={t('settings.reason')}
        required
        rows={2}
        registration={register('reason')}
        error={errorText(errors.reason?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : t('settings.submit')}
      </button>
    </form>
  );
}

const emptyProgramme: CreateProgrammeTargetInput = { name: '', fromYear: '', toYear: '', funding: '', target: '' };

export function ProgrammeTargetForm() {
  const t = useT('targets');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateProgrammeTargetInput, unknown, z.output<typeof createProgrammeTargetSchema>>({
    resolver: zodResolver(createProgrammeTargetSchema),
    defaultValues: emptyProgramme,
  });

  async function onSubmit() {
    setMessage(null);
    const values = getValues();
    const result = await createProgrammeTargetAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof CreateProgrammeTargetInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({ kind: 'success', text: t('settings.programmeAdded', { name: values.name.trim() }) });
    reset(emptyProgramme);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="add-programme-title">
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <TextField id="programme-name" label={t('programmes.name')} required registration={register('name')} error={errorText(errors.name?.message)} />
      <TextField
        id="programme-from"
        label={t('settings.fromYear')}
        inputMode="numeric"
        required
        registration={register('fromYear')}
        error={errorText(errors.fromYear?.message)}
      />
      <TextField
        id="programme-to"
        label={t('settings.toYear')}
        inputMode="numeric"
        required
        registration={register('toYear')}
        error={errorText(errors.toYear?.message)}
      />
      <SelectField
        id="programme-funding"
        label={t('programmes.funding')}
        registration={register('funding')}
        options={[
          { value: '', label: t('programmes.allFunding') },
          { value: 'regular', label: t('domain:funding.regular') },
          { value: 'sib', label: t('domain:funding.sib') },
        ]}
        error={errorText(errors.funding?.message)}
      />
      <TextField
        id="programme-target"
        label={t('settings.programmeTarget')}
        inputMode="numeric"
        required
        registration={register('target')}
        error={errorText(errors.target?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : t('settings.addProgramme')}
      </button>
    </form>
  );
}

export function DeleteProgrammeTargetButton({ id, name }: { id: number; name: string }) {
  const t = useT('targets');
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
        onClick={() => {
          if (!window.confirm(t('settings.confirmDelete', { name }))) return;
          startTransition(async () => {
            const result = await deleteProgrammeTargetAction({ id });
            if (result.ok) router.refresh();
            else setMessage(errorText(result.code)!);
          });
        }}
      >
        {t('settings.delete')}
        <span className="visually-hidden">: {name}</span>
      </button>
      {message ? (
        <p role="alert" className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}
