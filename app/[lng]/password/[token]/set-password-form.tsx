'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormMessage, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { useLng, useT } from '@/lib/i18n/client';
import { setPasswordSchema, type SetPasswordInput } from '@/lib/validation/my-account';

export function SetPasswordForm({ token }: { token: string }) {
  const lng = useLng();
  const t = useT('account');
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPasswordInput>({ resolver: zodResolver(setPasswordSchema), defaultValues: { token, password: '', confirmPassword: '' } });

  async function onSubmit(values: SetPasswordInput) {
    setFailure(null);
    try {
      const response = await fetch('/api/account/password', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(values),
      });
      const body = (await response.json()) as { ok: boolean; code?: string; fieldErrors?: Record<string, string> };
      if (body.ok) {
        window.location.assign(`/${lng}/login?passwordSet=1`);
        return;
      }
      if (body.fieldErrors) {
        for (const [field, code] of Object.entries(body.fieldErrors)) setError(field as keyof SetPasswordInput, { message: code }, { shouldFocus: true });
        return;
      }
      // The link went bad meanwhile (used in another tab, expired): the page says why.
      if (body.code?.startsWith('link_')) {
        window.location.reload();
        return;
      }
      setFailure(t('setPassword.failed'));
    } catch {
      setFailure(t('setPassword.failed'));
    }
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? (
        <FormMessage kind="error" testId="set-password-error">
          {failure}
        </FormMessage>
      ) : null}
      <TextField
        id="password"
        label={t('setPassword.password')}
        hint={t('setPassword.passwordHint')}
        type="password"
        required
        autoComplete="new-password"
        registration={register('password')}
        error={errorText(errors.password?.message)}
      />
      <TextField
        id="confirm"
        label={t('setPassword.confirm')}
        type="password"
        required
        autoComplete="new-password"
        registration={register('confirmPassword')}
        error={errorText(errors.confirmPassword?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? t('setPassword.submitting') : t('setPassword.submit')}
      </button>
    </form>
  );
}
