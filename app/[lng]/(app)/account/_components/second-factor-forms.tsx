'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { Button, type ButtonAppearance } from '@/app/_components/ui/button';
import { FormMessage, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { confirmSecondFactorAction, startSecondFactorAction } from '@/lib/actions/second-factor';
import { useT } from '@/lib/i18n/client';
import type { Lng } from '@/lib/i18n/settings';
import { confirmSecondFactorSchema, type ConfirmSecondFactorInput } from '@/lib/validation/second-factor';

/** Starts (or restarts) an enrolment; the page then shows the QR code of the new secret. */
export function StartSecondFactorButton({ label, appearance = 'primary' }: { label: string; appearance?: ButtonAppearance }) {
  const router = useRouter();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      {error ? (
        <FormMessage kind="error" testId="second-factor-start-error">
          {error}
        </FormMessage>
      ) : null}
      <Button
        appearance={appearance}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await startSecondFactorAction({ start: true });
          setBusy(false);
          if (!result.ok) setError(errorText(result.code) ?? null);
          else router.refresh();
        }}
      >
        {label}
      </Button>
    </div>
  );
}

/** The first code confirms the enrolment; the recovery codes are shown this once. */
export function ConfirmSecondFactorForm({ lng }: { lng: Lng }) {
  const t = useT('account');
  const errorText = useErrorText();
  const [message, setMessage] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ConfirmSecondFactorInput>({ resolver: zodResolver(confirmSecondFactorSchema), defaultValues: { code: '' } });

  async function onSubmit(values: ConfirmSecondFactorInput) {
    setMessage(null);
    const result = await confirmSecondFactorAction(values);
    if (!result.ok) {
      if (result.fieldErrors?.code) setError('code', { message: result.fieldErrors.code });
      else setMessage(errorText(result.code) ?? null);
      return;
    }
    setRecoveryCodes(result.data.recoveryCodes);
  }

  if (recoveryCodes) {
    return (
      <div role="status" data-testid="recovery-codes">
        <h3>{t('secondFactor.recoveryTitle')}</h3>
        <p>{t('secondFactor.recoveryIntro')}</p>
        <ul className="second-factor-codes">
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {/* A full navigation: every page renders again with the factor in place. */}
        <Button onClick={() => window.location.assign(`/${lng}/account`)}>{t('secondFactor.recoveryDone')}</Button>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {message ? (
        <FormMessage kind="error" testId="second-factor-confirm-error">
          {message}
        </FormMessage>
      ) : null}
      <TextField
        id="second-factor-code"
        label={t('secondFactor.code')}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        registration={register('code')}
        error={errorText(errors.code?.message)}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('secondFactor.confirm')}
      </Button>
    </form>
  );
}
