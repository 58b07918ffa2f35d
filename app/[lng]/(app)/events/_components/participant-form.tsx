'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { CheckboxGroup } from '@/app/_components/ui/choice-fields';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { saveParticipantAction } from '@/lib/actions/events';
import { useT } from '@/lib/i18n/client';
import { saveParticipantSchema, type SaveParticipantInput } from '@/lib/validation/events';

/** An employer at the event: its stand and the open vacancies it brings (chosen after picking it). */
export function ParticipantForm({
  eventId,
  choices,
  current,
}: {
  eventId: number;
  choices: { id: number; name: string; vacancies: { id: number; title: string }[] }[];
  current: { employerId: number; stand: string; vacancyIds: number[] }[];
}) {
  const t = useT('events');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const initial: SaveParticipantInput = { eventId, employerId: '', stand: '', vacancyIds: [] };
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<SaveParticipantInput, unknown, z.output<typeof saveParticipantSchema>>({ resolver: zodResolver(saveParticipantSchema), defaultValues: initial });
  const chosen = choices.find((c) => String(c.id) === watch('employerId'));
  const employerField = register('employerId', {
    onChange: (e: { target: { value: string } }) => {
      // Picking an employer that takes part already fills in what it has.
      const existing = current.find((c) => String(c.employerId) === e.target.value);
      setValue('stand', existing?.stand ?? '');
      setValue('vacancyIds', (existing?.vacancyIds ?? []).map(String));
    },
  });

  async function onSubmit() {
    setMessage(null);
    const values = getValues();
    const result = await saveParticipantAction({ ...values, vacancyIds: values.vacancyIds ?? [] });
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof SaveParticipantInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({ kind: 'success', text: t('employers.saved') });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="participant-title" data-testid="participant-form">
      {message ? (
        <FormMessage kind={message.kind} testId="participant-message">
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id="participant-employer"
        label={t('employers.employer')}
        hint={t('employers.addHint')}
        required
        placeholder={t('field.choose')}
        registration={employerField}
        options={choices.map((c) => ({ value: String(c.id), label: c.name, lang: 'de' }))}
        error={errorText(errors.employerId?.message)}
      />
      <TextField id="participant-stand" label={t('employers.stand')} required registration={register('stand')} error={errorText(errors.stand?.message)} />
      {chosen && chosen.vacancies.length > 0 ? (
        <CheckboxGroup
          id="participant-vacancies"
          legend={t('employers.chooseVacancies')}
          options={chosen.vacancies.map((v) => ({ value: String(v.id), label: v.title }))}
          registration={register('vacancyIds')}
          error={errorText(errors.vacancyIds?.message)}
        />
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {t('employers.save')}
      </Button>
    </form>
  );
}
