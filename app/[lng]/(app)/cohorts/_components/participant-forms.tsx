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
import { cefrLevels, cohortDropReasons, cohortParticipantStates, type CefrLevel, type CohortDropReason, type CohortParticipantState } from '@/db/schema/enums';
import { addParticipantAction, updateParticipantAction } from '@/lib/actions/cohorts';
import { useT } from '@/lib/i18n/client';
import { addParticipantSchema, updateParticipantSchema, type AddParticipantInput, type UpdateParticipantInput } from '@/lib/validation/cohorts';
import { type Message, showResult } from './form-result';

/** An existing job seeker, by client number: one field. A full cohort or a second time is refused with a message. */
export function AddParticipantForm({ cohortId }: { cohortId: number }) {
  const t = useT('cohorts');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const initial = { cohortId, clientNumber: '' };
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddParticipantInput, unknown, z.output<typeof addParticipantSchema>>({ resolver: zodResolver(addParticipantSchema), defaultValues: initial });

  async function onSubmit() {
    setMessage(null);
    if (!showResult(await addParticipantAction(getValues()), setError, setMessage, errorText)) return;
    setMessage({ kind: 'success', text: t('participants.added') });
    reset(initial);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="add-participant-title" data-testid="add-participant-form">
      {message ? (
        <FormMessage kind={message.kind} testId="add-participant-message">
          {message.text}
        </FormMessage>
      ) : null}
      <TextField
        id="participant-client-number"
        label={t('participants.clientNumber')}
        hint={t('participants.clientNumberHint')}
        required
        registration={register('clientNumber')}
        error={errorText(errors.clientNumber?.message)}
      />
      <Button type="submit" disabled={isSubmitting} data-testid="add-participant-submit">
        {t('participants.add')}
      </Button>
    </form>
  );
}

export interface ParticipantChoice {
  id: number;
  name: string;
  version: number;
  state: CohortParticipantState;
  dropReason: CohortDropReason | null;
  germanLevelStart: CefrLevel | null;
  germanLevelEnd: CefrLevel | null;
}

/**
 * One participant's state and German levels: pick the person, the form fills in what is known.
 * Dropping out asks for the coded reason (the reason field shows only then).
 */
export function UpdateParticipantForm({ cohortId, participants }: { cohortId: number; participants: ParticipantChoice[] }) {
  const t = useT('cohorts');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const [chosen, setChosen] = useState<ParticipantChoice | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<UpdateParticipantInput & { pick: string }, unknown, z.output<typeof updateParticipantSchema>>({
    resolver: zodResolver(updateParticipantSchema) as never,
    defaultValues: { pick: '', cohortId, participantId: 0, version: 1, state: 'invited', dropReason: '', germanLevelStart: '', germanLevelEnd: '' },
  });
  const pick = register('pick', {
    onChange: (e: { target: { value: string } }) => {
      const p = participants.find((x) => String(x.id) === e.target.value) ?? null;
      setChosen(p);
      setMessage(null);
      if (p)
        reset({
          pick: String(p.id),
          cohortId,
          participantId: p.id,
          version: p.version,
          state: p.state,
          dropReason: p.dropReason ?? '',
          germanLevelStart: p.germanLevelStart ?? '',
          germanLevelEnd: p.germanLevelEnd ?? '',
        });
    },
  });

  async function onSubmit() {
    setMessage(null);
    const { pick: _, ...values } = getValues();
    const result = await updateParticipantAction(values);
    if (!showResult(result, setError, setMessage, errorText)) return;
    if (result.ok) reset({ ...getValues(), version: result.data.version });
    setMessage({ kind: 'success', text: t('participants.saved') });
    router.refresh();
  }

  const levels = cefrLevels.map((l) => ({ value: l, label: l }));
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="update-participant-title" data-testid="update-participant-form">
      {message ? (
        <FormMessage kind={message.kind} testId="update-participant-message">
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id="update-participant"
        label={t('participants.person')}
        required
        placeholder={t('field.choose')}
        registration={pick}
        options={participants.map((p) => ({ value: String(p.id), label: p.name }))}
        error={errorText(errors.participantId?.message)}
      />
      {chosen ? (
        <>
          <FieldRow>
            <SelectField
              id="update-state"
              label={t('participants.state')}
              required
              registration={register('state')}
              options={cohortParticipantStates.map((s) => ({ value: s, label: t(`state.${s}`) }))}
              error={errorText(errors.state?.message)}
            />
            {watch('state') === 'dropped' ? (
              <SelectField
                id="update-drop-reason"
                label={t('participants.dropReason')}
                required
                placeholder={t('field.choose')}
                registration={register('dropReason')}
                options={cohortDropReasons.map((r) => ({ value: r, label: t(`dropReason.${r}`) }))}
                error={errorText(errors.dropReason?.message)}
              />
            ) : null}
          </FieldRow>
          <FieldRow>
            <SelectField
              id="update-level-start"
              label={t('participants.levelStart')}
              placeholder={t('participants.levelUnknown')}
              registration={register('germanLevelStart')}
              options={levels}
              error={errorText(errors.germanLevelStart?.message)}
            />
            <SelectField
              id="update-level-end"
              label={t('participants.levelEnd')}
              placeholder={t('participants.levelUnknown')}
              registration={register('germanLevelEnd')}
              options={levels}
              error={errorText(errors.germanLevelEnd?.message)}
            />
          </FieldRow>
          <Button type="submit" disabled={isSubmitting} data-testid="update-participant-submit">
            {t('participants.save')}
          </Button>
        </>
      ) : null}
    </form>
  );
}
