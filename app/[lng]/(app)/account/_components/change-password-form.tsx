'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormMessage, TextField } from '@/app/_components/ui/fields';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { changePasswordAction } from '@/lib/actions/my-account';
import { useT } from '@/lib/i18n/client';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/validation/my-account';

const empty: ChangePasswordInput = { currentPassword: '', password: '', confirmPassword: '' };

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useT('account');
  const errorText = useErrorText();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: empty });

  async function onSubmit(values: ChangePasswordInput) {
    setMessage(null);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof ChangePasswordInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    reset(empty);
    setMessage({ kind: 'success', text: t('mine.changed', { count: result.data.endedSessions }) });
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-describedby="password-title">
      {message ? (
        <FormMessage kind={message.kind} testId="change-password-message">
          {message.text}
        </FormMessage>
      ) : null}
      {/* For password managers: which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="current-password"
        label={t('mine.current')}
        type="password"
        required
        autoComplete="current-password"
        registration={register('currentPassword')}
        error={errorText(errors.currentPassword?.message)}
      />
      <TextField
        id="new-password"
        label={t('mine.new')}
        hint={t('setPassword.passwordHint')}
        type="password"
        required
        autoComplete="new-password"
        registration={register('password')}
        error={errorText(errors.password?.message)}
      />
      <TextField
        id="confirm-password"
        label={t('mine.confirm')}
        type="password"
        required
        autoComplete="new-password"
        registration={register('confirmPassword')}
        error={errorText(errors.confirmPassword?.message)}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('mine.submit')}
      </Button>
    </form>
  );
}
