'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { FormMessage, TextField } from '@/app/_components/ui/fields';
import { CheckboxField, CheckboxGroup } from '@/app/_components/ui/choice-fields';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { registerJobSeekerAction, registerLeadAction } from '@/lib/actions/events';
import { useT } from '@/lib/i18n/client';
import { registerJobSeekerSchema, registerLeadSchema, type RegisterJobSeekerInput, type RegisterLeadInput } from '@/lib/validation/events';

type Message = { kind: 'error' | 'success'; text: string } | null;

/** An existing job seeker, by client number: one field. */
export function RegisterJobSeekerForm({ eventId }: { eventId: number }) {
  const t = useT('events');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const initial = { eventId, clientNumber: '' };
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RegisterJobSeekerInput, unknown, z.output<typeof registerJobSeekerSchema>>({
    resolver: zodResolver(registerJobSeekerSchema),
    defaultValues: initial,
  });

  async function onSubmit() {
    setMessage(null);
    const result = await registerJobSeekerAction(getValues());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof RegisterJobSeekerInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({ kind: 'success', text: t('registrations.registered') });
    reset(initial);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="register-seeker-title" data-testid="register-seeker-form">
      {message ? (
        <FormMessage kind={message.kind} testId="register-seeker-message">
          {message.text}
        </FormMessage>
      ) : null}
      <TextField
        id="register-client-number"
        label={t('registrations.clientNumber')}
        hint={t('registrations.clientNumberHint')}
        required
        registration={register('clientNumber')}
        error={errorText(errors.clientNumber?.message)}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('registrations.register')}
      </Button>
    </form>
  );
}

/** A walk-in lead: name, a phone number or an e-mail address, interest, consent, when to erase. */
export function RegisterLeadForm({
  eventId,
  eraseAfter,
  employers,
  idPrefix = 'lead',
}: {
  eventId: number;
  eraseAfter: string;
  employers: { id: number; name: string }[];
  idPrefix?: string;
}) {
  const t = useT('events');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const initial: RegisterLeadInput = { eventId, name: '', phone: '', email: '', interest: '', contactConsent: false, eraseAfter, shareWith: [] };
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RegisterLeadInput, unknown, z.output<typeof registerLeadSchema>>({ resolver: zodResolver(registerLeadSchema), defaultValues: initial });

  async function onSubmit() {
    setMessage(null);
    const values = getValues();
    const result = await registerLeadAction({ ...values, shareWith: values.shareWith ?? [] });
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof RegisterLeadInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({ kind: 'success', text: t('registrations.registered') });
    reset(initial);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby={`${idPrefix}-title`} data-testid="register-lead-form">
      {message ? (
        <FormMessage kind={message.kind} testId="register-lead-message">
          {message.text}
        </FormMessage>
      ) : null}
      <p className="field-hint">{t('registrations.leadHint')}</p>
      <TextField
        id={`${idPrefix}-name`}
        label={t('registrations.leadName')}
        autoComplete="off"
        required
        registration={register('name')}
        error={errorText(errors.name?.message)}
      />
      <TextField
        id={`${idPrefix}-phone`}
        type="tel"
        label={t('registrations.phone')}
        autoComplete="off"
        registration={register('phone')}
        error={errorText(errors.phone?.message)}
      />
      <TextField
        id={`${idPrefix}-email`}
        type="email"
        label={t('registrations.email')}
        autoComplete="off"
        registration={register('email')}
        error={errorText(errors.email?.message)}
      />
      <TextField
        id={`${idPrefix}-interest`}
        label={t('registrations.leadInterest')}
        hint={t('registrations.leadInterestHint')}
        registration={register('interest')}
        error={errorText(errors.interest?.message)}
      />
      <CheckboxField id={`${idPrefix}-consent`} label={t('registrations.contactConsent')} registration={register('contactConsent')} />
      {employers.length > 0 ? (
        <CheckboxGroup
          id={`${idPrefix}-share`}
          legend={t('registrations.shareWith')}
          hint={t('registrations.shareWithHint')}
          options={employers.map((e) => ({ value: String(e.id), label: e.name }))}
          registration={register('shareWith')}
          error={errorText(errors.shareWith?.message)}
        />
      ) : null}
      <TextField
        id={`${idPrefix}-erase-after`}
        type="date"
        label={t('registrations.eraseAfterField')}
        hint={t('registrations.eraseAfterHint')}
        required
        registration={register('eraseAfter')}
        error={errorText(errors.eraseAfter?.message)}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('registrations.register')}
      </Button>
    </form>
  );
}
