'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormMessage, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { formatTime } from '@/lib/i18n/format';
import { useLng, useT } from '@/lib/i18n/client';
import { requestPasswordResetSchema, type RequestPasswordResetInput } from '@/lib/validation/my-account';

export function ForgotPasswordForm() {
  const lng = useLng();
  const t = useT('account');
  const errorText = useErrorText();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RequestPasswordResetInput>({ resolver: zodResolver(requestPasswordResetSchema), defaultValues: { email: '', lng } });

  async function onSubmit(values: RequestPasswordResetInput) {
    setMessage(null);
    try {
      const response = await fetch('/api/account/password-reset', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      });
      const body = (await response.json()) as { ok: boolean; code?: string; until?: string };
      if (body.ok) setMessage({ kind: 'success', text: t('forgot.sent') });
      else if (body.code === 'throttled' && body.until)
        setMessage({ kind: 'error', text: t('forgot.throttled', { time: formatTime(lng, new Date(body.until)) }) });
      else setMessage({ kind: 'error', text: t('forgot.failed') });
    } catch {
      setMessage({ kind: 'error', text: t('forgot.failed') });
    }
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {message ? (
        <FormMessage kind={message.kind} testId="forgot-password-message">
          {message.text}
        </FormMessage>
      ) : null}
      <TextField
        id="email"
        label={t('forgot.email')}
        type="email"
        required
        autoComplete="username"
        registration={register('email')}
        error={errorText(errors.email?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? t('forgot.submitting') : t('forgot.submit')}
      </button>
    </form>
  );
}
