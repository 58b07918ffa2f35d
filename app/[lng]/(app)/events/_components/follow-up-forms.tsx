'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { FormMessage, SelectField, TextAreaField, TextField } from '@/app/_components/ui/fields';
import { CheckboxField } from '@/app/_components/ui/choice-fields';
import { Button } from '@/app/_components/ui/button';
import { useOutcome } from '@/app/_components/ui/outcome-region';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { linkLeadAction, proposeFromConversationAction, recordConversationAction } from '@/lib/actions/events';
import { useT } from '@/lib/i18n/client';
import {
  linkLeadSchema,
  proposeFromConversationSchema,
  recordConversationSchema,
  type LinkLeadInput,
  type ProposeFromConversationInput,
  type RecordConversationInput,
} from '@/lib/validation/events';

type Message = { kind: 'error' | 'success'; text: string } | null;

/** Who met which employer: an attendee, an employer of the event, a note, and whether to be shown to it. */
export function ConversationForm({
  eventId,
  attendees,
  employers,
}: {
  eventId: number;
  attendees: { id: number; name: string }[];
  employers: { id: number; name: string }[];
}) {
  const t = useT('events');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const initial: RecordConversationInput = { eventId, registrationId: '', employerId: '', note: '', shareWithEmployer: false };
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RecordConversationInput, unknown, z.output<typeof recordConversationSchema>>({
    resolver: zodResolver(recordConversationSchema),
    defaultValues: initial,
  });

  async function onSubmit() {
    setMessage(null);
    const result = await recordConversationAction(getValues());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof RecordConversationInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({ kind: 'success', text: t('followUp.saved') });
    reset(initial);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="conversation-title" data-testid="conversation-form">
      {message ? (
        <FormMessage kind={message.kind} testId="conversation-message">
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id="conversation-attendee"
        label={t('followUp.attendee')}
        required
        placeholder={t('field.choose')}
        registration={register('registrationId')}
        options={attendees.map((a) => ({ value: String(a.id), label: a.name }))}
        error={errorText(errors.registrationId?.message)}
      />
      <SelectField
        id="conversation-employer"
        label={t('followUp.employer')}
        required
        placeholder={t('field.choose')}
        registration={register('employerId')}
        options={employers.map((e) => ({ value: String(e.id), label: e.name, lang: 'de' }))}
        error={errorText(errors.employerId?.message)}
      />
      <TextAreaField
        id="conversation-note"
        schema={recordConversationSchema}
        label={t('followUp.note')}
        rows={3}
        registration={register('note')}
        error={errorText(errors.note?.message)}
      />
      <CheckboxField id="conversation-share" label={t('followUp.share')} registration={register('shareWithEmployer')} />
      <Button type="submit" disabled={isSubmitting}>
        {t('followUp.save')}
      </Button>
    </form>
  );
}

/** The follow-up of one conversation in one step: a vacancy of the employer met, and a motivation. */
export function ProposeForm({
  eventId,
  conversationId,
  vacancies,
  label,
}: {
  eventId: number;
  conversationId: number;
  vacancies: { id: number; title: string }[];
  label: string;
}) {
  const t = useT('events');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const showOutcome = useOutcome();
  const prefix = `propose-${conversationId}`;
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProposeFromConversationInput, unknown, z.output<typeof proposeFromConversationSchema>>({
    resolver: zodResolver(proposeFromConversationSchema),
    defaultValues: { eventId, conversationId, vacancyId: vacancies.length === 1 ? String(vacancies[0]!.id) : '', motivation: '' },
  });

  async function onSubmit() {
    setMessage(null);
    showOutcome(null);
    const result = await proposeFromConversationAction(getValues());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof ProposeFromConversationInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    showOutcome({ kind: 'success', text: t('followUp.proposed') });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-label={label} data-testid={prefix}>
      {message ? (
        <FormMessage kind={message.kind} testId={`${prefix}-message`}>
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id={`${prefix}-vacancy`}
        label={t('followUp.vacancy')}
        required
        placeholder={t('field.choose')}
        registration={register('vacancyId')}
        options={vacancies.map((v) => ({ value: String(v.id), label: v.title, lang: 'de' }))}
        error={errorText(errors.vacancyId?.message)}
      />
      <TextAreaField
        id={`${prefix}-motivation`}
        schema={proposeFromConversationSchema}
        label={t('followUp.motivation')}
        rows={2}
        registration={register('motivation')}
        error={errorText(errors.motivation?.message)}
      />
      <Button type="submit" disabled={isSubmitting} small>
        {t('followUp.propose')}
      </Button>
    </form>
  );
}

/** A walk-in who became a job seeker: the registration linked to their client number. */
export function LinkLeadForm({ eventId, registrationId, label }: { eventId: number; registrationId: number; label: string }) {
  const t = useT('events');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const showOutcome = useOutcome();
  const prefix = `link-${registrationId}`;
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LinkLeadInput, unknown, z.output<typeof linkLeadSchema>>({
    resolver: zodResolver(linkLeadSchema),
    defaultValues: { eventId, registrationId, clientNumber: '' },
  });

  async function onSubmit() {
    setMessage(null);
    showOutcome(null);
    const result = await linkLeadAction(getValues());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof LinkLeadInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    showOutcome({ kind: 'success', text: t('followUp.linked') });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-label={label} data-testid={prefix}>
      {message ? (
        <FormMessage kind={message.kind} testId={`${prefix}-message`}>
          {message.text}
        </FormMessage>
      ) : null}
      <TextField
        id={`${prefix}-client-number`}
        label={t('registrations.clientNumber')}
        required
        registration={register('clientNumber')}
        error={errorText(errors.clientNumber?.message)}
      />
      <Button type="submit" disabled={isSubmitting} small>
        {t('followUp.link')}
      </Button>
    </form>
  );
}
