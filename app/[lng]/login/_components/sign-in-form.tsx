'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useSearchParams } from 'next/navigation';
import { FormMessage, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { safeCallbackPath } from '@/lib/auth/safe-redirect';
import { formatTime } from '@/lib/i18n/format';
import { useLng, useT } from '@/lib/i18n/client';
import { signInSchema, type SignInInput } from '@/lib/validation/sign-in';

export function SignInForm() {
  const lng = useLng();
  const t = useT('auth');
  const errorText = useErrorText();
  const callbackUrl = useSearchParams().get('callbackUrl');
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });

  async function onSubmit(values: SignInInput) {
    setFailure(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      const code = result?.error ?? '';
      if (code.startsWith('locked:')) {
        setFailure(t('signIn.locked', { time: formatTime(lng, new Date(code.slice('locked:'.length))) }));
      } else if (code.startsWith('address_locked:')) {
        setFailure(t('signIn.addressLocked', { time: formatTime(lng, new Date(code.slice('address_locked:'.length))) }));
      } else if (code === 'invalid' || code === 'CredentialsSignin') {
        setFailure(t('signIn.invalid'));
      } else {
        setFailure(t('signIn.failed'));
      }
      return;
    }
    // A full navigation so that every server component renders with the new session.
    window.location.assign(safeCallbackPath(callbackUrl, lng));
  }

  return (
    // method="post": should scripts ever fail to load, a native submit must not put the
    // password into the URL (history, logs, Referer).
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? (
        <FormMessage kind="error" testId="sign-in-error">
          {failure}
        </FormMessage>
      ) : null}
      <TextField
        id="email"
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        required
        registration={register('email')}
        error={errorText(errors.email?.message)}
      />
      <TextField
        id="password"
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        required
        registration={register('password')}
        error={errorText(errors.password?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
