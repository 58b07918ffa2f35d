'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { roles } from '@/db/schema/enums';
import { createAccountAction } from '@/lib/actions/accounts';
import { useLng, useT } from '@/lib/i18n/client';
import { createAccountSchema, type CreateAccountInput } from '@/lib/validation/accounts';

const empty: CreateAccountInput = { name: '', email: '', role: 'caseworker', employerId: '', locale: 'nl', password: '' };

export function CreateAccountForm({ employers }: { employers: { id: number; name: string }[] }) {
  const lng = useLng();
  const t = useT('admin');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const form = useForm<CreateAccountInput>({ resolver: zodResolver(createAccountSchema), defaultValues: { ...empty, locale: lng } });
  const {
    register,
    handleSubmit,
    watch,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const role = watch('role');

  async function onSubmit(values: CreateAccountInput) {
    setMessage(null);
    const result = await createAccountAction(values);
    if (!result.ok) {
      // Keep everything typed; point at the fields the server refused.
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) {
        setError(field as keyof CreateAccountInput, { message: code }, { shouldFocus: true });
      }
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    const email = values.email.trim().toLowerCase();
    setMessage({ kind: 'success', text: t(result.data.invited ? 'accounts.create.invited' : 'accounts.create.created', { email }) });
    reset({ ...empty, locale: lng });
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-describedby="create-account-title">
      {message ? (
        <FormMessage kind={message.kind} testId="create-account-message">
          {message.text}
        </FormMessage>
      ) : null}
      <TextField
        id="account-name"
        label={t('accounts.create.name')}
        required
        autoComplete="off"
        registration={register('name')}
        error={errorText(errors.name?.message)}
      />
      <TextField
        id="account-email"
        label={t('accounts.create.email')}
        type="email"
        required
        autoComplete="off"
        registration={register('email')}
        error={errorText(errors.email?.message)}
      />
      <SelectField
        id="account-role"
        label={t('accounts.create.role')}
        required
        registration={register('role')}
        options={roles.map((r) => ({ value: r, label: t(`domain:role.${r}`) }))}
        error={errorText(errors.role?.message)}
      />
      {role === 'employer' ? (
        <SelectField
          id="account-employer"
          label={t('accounts.create.employer')}
          required
          registration={register('employerId')}
          placeholder={t('accounts.create.chooseEmployer')}
          options={employers.map((e) => ({ value: String(e.id), label: e.name, lang: 'de' }))}
          error={errorText(errors.employerId?.message)}
        />
      ) : null}
      <SelectField
        id="account-locale"
        label={t('accounts.create.locale')}
        required
        registration={register('locale')}
        options={[
          { value: 'nl', label: common('language.nl') },
          { value: 'de', label: common('language.de') },
        ]}
        error={errorText(errors.locale?.message)}
      />
      <TextField
        id="account-password"
        label={t('accounts.create.password')}
        type="password"
        autoComplete="new-password"
        registration={register('password')}
        error={errorText(errors.password?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : t('accounts.create.submit')}
      </button>
    </form>
  );
}
