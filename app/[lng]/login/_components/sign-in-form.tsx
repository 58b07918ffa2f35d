'use client';

import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useSearchParams } from 'next/navigation';
import { Button } from '@/app/_components/ui/button';
import { FormMessage, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { safeCallbackPath } from '@/lib/auth/safe-redirect';
import { formatTime } from '@/lib/i18n/format';
import { useLng, useT } from '@/lib/i18n/client';
import { signInCodeSchema, signInSchema, type SignInCodeInput, type SignInInput } from '@/lib/validation/sign-in';

export function SignInForm() {
  const lng = useLng();
  const t = useT('auth');
  const errorText = useErrorText();
  const callbackUrl = useSearchParams().get('callbackUrl');
  const [failure, setFailure] = useState<string | null>(null);
  // After a right password for an account with a second factor: the code step, with the
  // e-mail and password kept in memory (never in the page) for the second request.
  const [credentials, setCredentials] = useState<SignInInput | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });
  const codeForm = useForm<SignInCodeInput>({ resolver: zodResolver(signInCodeSchema), defaultValues: { code: '' } });
  const { setFocus } = codeForm;
  // The password form is replaced by the code form: keyboard and screen reader users land on the field.
  useEffect(() => {
    if (credentials) setFocus('code');
  }, [credentials, setFocus]);

  async function onSubmit(values: SignInInput) {
    await attempt({ email: values.email, password: values.password, code: '' });
  }

  async function onSubmitCode(values: SignInCodeInput) {
    if (credentials) await attempt({ ...credentials, code: values.code });
  }

  async function attempt(values: { email: string; password: string; code: string }) {
    setFailure(null);
    const result = await signIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      const code = result?.error ?? '';
      if (code === 'second_factor') {
        setCredentials({ email: values.email, password: values.password });
      } else if (code === 'second_factor_invalid') {
        codeForm.reset({ code: '' });
        setFailure(t('signIn.codeInvalid'));
      } else if (code.startsWith('locked:')) {
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

  if (credentials) {
    return (
      <form method="post" onSubmit={codeForm.handleSubmit(onSubmitCode)} noValidate className="form" aria-labelledby="sign-in-code-title">
        <h2 id="sign-in-code-title">{t('signIn.codeTitle')}</h2>
        <p>{t('signIn.codeIntro')}</p>
        {failure ? (
          <FormMessage kind="error" testId="sign-in-error">
            {failure}
          </FormMessage>
        ) : null}
        <TextField
          id="code"
          label={t('signIn.code')}
          hint={t('signIn.codeHint')}
          autoComplete="one-time-code"
          required
          registration={codeForm.register('code')}
          error={errorText(codeForm.formState.errors.code?.message)}
        />
        <Button type="submit" disabled={codeForm.formState.isSubmitting}>
          {codeForm.formState.isSubmitting ? t('signIn.submitting') : t('signIn.codeSubmit')}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            setCredentials(null);
            setFailure(null);
          }}
        >
          {t('signIn.codeBack')}
        </Button>
      </form>
    );
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
