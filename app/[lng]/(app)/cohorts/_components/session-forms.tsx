'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { CheckboxGroup, FieldRow } from '@/app/_components/ui/choice-fields';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { addSessionAction, saveAttendanceAction } from '@/lib/actions/cohorts';
import { formatDate } from '@/lib/i18n/format';
import { useLng, useT } from '@/lib/i18n/client';
import { addSessionSchema, saveAttendanceSchema, type AddSessionInput, type SaveAttendanceInput } from '@/lib/validation/cohorts';
import { type Message, showResult } from './form-result';

/** A lesson day of the course: a date within the cohort's period and its topic. */
export function AddSessionForm({ cohortId, startDate, endDate }: { cohortId: number; startDate: string; endDate: string }) {
  const t = useT('cohorts');
  const lng = useLng();
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const initial = { cohortId, sessionDate: '', topic: '' };
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddSessionInput, unknown, z.output<typeof addSessionSchema>>({ resolver: zodResolver(addSessionSchema), defaultValues: initial });

  async function onSubmit() {
    setMessage(null);
    if (!showResult(await addSessionAction(getValues()), setError, setMessage, errorText)) return;
    setMessage({ kind: 'success', text: t('sessions.added') });
    reset(initial);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="add-session-title" data-testid="add-session-form">
      {message ? (
        <FormMessage kind={message.kind} testId="add-session-message">
          {message.text}
        </FormMessage>
      ) : null}
      <FieldRow>
        <TextField
          id="session-date"
          type="date"
          label={t('sessions.date')}
          hint={t('sessions.dateHint', { start: formatDate(lng, startDate), end: formatDate(lng, endDate) })}
          required
          registration={register('sessionDate')}
          error={errorText(errors.sessionDate?.message)}
        />
        <TextField id="session-topic" label={t('sessions.topic')} required registration={register('topic')} error={errorText(errors.topic?.message)} />
      </FieldRow>
      <Button type="submit" disabled={isSubmitting} data-testid="add-session-submit">
        {t('sessions.add')}
      </Button>
    </form>
  );
}

/**
 * The attendance of one session: pick the session, tick who was there, save once. Picking a
 * session shows the ticks saved for it; nothing to type.
 */
export function AttendanceForm({
  cohortId,
  sessions,
  participants,
  attendance,
}: {
  cohortId: number;
  sessions: { id: number; sessionDate: string; topic: string }[];
  participants: { id: number; name: string }[];
  attendance: { sessionId: number; participantId: number }[];
}) {
  const t = useT('cohorts');
  const lng = useLng();
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const presentAt = (sessionId: string) => attendance.filter((a) => String(a.sessionId) === sessionId).map((a) => String(a.participantId));
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<SaveAttendanceInput, unknown, z.output<typeof saveAttendanceSchema>>({
    resolver: zodResolver(saveAttendanceSchema),
    defaultValues: { cohortId, sessionId: '', present: [] },
  });
  const sessionField = register('sessionId', {
    onChange: (e: { target: { value: string } }) => {
      setMessage(null);
      setValue('present', presentAt(e.target.value));
    },
  });

  async function onSubmit() {
    setMessage(null);
    const values = getValues();
    const result = await saveAttendanceAction({ ...values, present: values.present || [] });
    if (!showResult(result, setError, setMessage, errorText)) return;
    if (result.ok) setMessage({ kind: 'success', text: t('attendance.saved', { n: result.data.present }) });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="attendance-title" data-testid="attendance-form">
      {message ? (
        <FormMessage kind={message.kind} testId="attendance-message">
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id="attendance-session"
        label={t('attendance.session')}
        required
        placeholder={t('field.choose')}
        registration={sessionField}
        options={sessions.map((s) => ({ value: String(s.id), label: `${formatDate(lng, s.sessionDate)}: ${s.topic}` }))}
        error={errorText(errors.sessionId?.message)}
      />
      {watch('sessionId') ? (
        <>
          {participants.length > 0 ? (
            <CheckboxGroup
              id="attendance-present"
              legend={t('attendance.present')}
              hint={t('attendance.presentHint')}
              columns
              options={participants.map((p) => ({ value: String(p.id), label: p.name }))}
              registration={register('present')}
              error={errorText(errors.present?.message)}
            />
          ) : (
            <p>{t('attendance.nobody')}</p>
          )}
          <Button type="submit" disabled={isSubmitting} data-testid="attendance-submit">
            {t('attendance.save')}
          </Button>
        </>
      ) : null}
    </form>
  );
}
