'use client';

import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import './api-keys.css';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { CheckboxGroup } from '@/app/_components/ui/choice-fields';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { createApiKeyAction } from '@/lib/actions/api-keys';
import { useT } from '@/lib/i18n/client';
import { apiOrganisations, createApiKeySchema, scopesOf, type CreateApiKeyInput } from '@/lib/validation/api-keys';

const empty: CreateApiKeyInput = { organisation: 'municipality', employerId: '', scopes: [], expiresOn: '', note: '' };

/**
 * Makes a key and shows its secret once, in a read-only field to copy; reloading the page or
 * making another key hides it for good (the server keeps only its hash).
 */
export function CreateApiKeyForm({ employers }: { employers: { id: number; name: string }[] }) {
  const t = useT('admin');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [created, setCreated] = useState<{ prefix: string; secret: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    setValue,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateApiKeyInput>({ resolver: zodResolver(createApiKeySchema), defaultValues: empty });
  const organisation = watch('organisation');
  // Scopes of another organisation would be refused: a new organisation starts with none ticked.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is meant to run when the organisation changes
  useEffect(() => {
    setValue('scopes', []);
  }, [organisation, setValue]);

  async function onSubmit(values: CreateApiKeyInput) {
    setMessage(null);
    setCreated(null);
    const result = await createApiKeyAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) {
        setError(field as keyof CreateApiKeyInput, { message: code }, { shouldFocus: true });
      }
      if (!result.fieldErrors) setMessage(errorText(result.code)!);
      return;
    }
    setCreated({ prefix: result.data.prefix, secret: result.data.secret });
    reset(empty);
    router.refresh();
  }

  return (
    <>
      {created ? (
        <Alert type="ok" live testId="api-key-secret" title={t('apiKeys.create.secretTitle', { prefix: created.prefix })}>
          <p>{t('apiKeys.create.secretIntro')}</p>
          <label htmlFor="api-key-secret-value">{t('apiKeys.create.secretLabel')}</label>
          <input id="api-key-secret-value" className="utrecht-textbox gz-secret" readOnly value={created.secret} onFocus={(e) => e.currentTarget.select()} />
          <p className="field-hint">{t('apiKeys.create.secretUse')}</p>
        </Alert>
      ) : null}
      <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form">
        {message ? (
          <FormMessage kind="error" testId="create-api-key-message">
            {message}
          </FormMessage>
        ) : null}
        <SelectField
          id="api-key-organisation"
          label={t('apiKeys.create.organisation')}
          required
          registration={register('organisation')}
          options={apiOrganisations.map((o) => ({ value: o, label: t(`apiKeys.org.${o}`) }))}
          error={errorText(errors.organisation?.message)}
        />
        {organisation === 'employer' ? (
          <SelectField
            id="api-key-employer"
            label={t('apiKeys.create.employer')}
            required
            registration={register('employerId')}
            placeholder={t('apiKeys.create.chooseEmployer')}
            options={employers.map((e) => ({ value: String(e.id), label: e.name, lang: 'de' }))}
            error={errorText(errors.employerId?.message)}
          />
        ) : null}
        <CheckboxGroup
          id="api-key-scopes"
          legend={t('apiKeys.create.scopes')}
          hint={t('apiKeys.create.scopesHint')}
          // i18next reads ':' as its namespace separator: the texts are keyed with '_'.
          options={scopesOf[organisation].map((s) => ({ value: s, label: t(`apiKeys.scope.${s.replace(':', '_')}`) }))}
          registration={register('scopes')}
          error={errorText(errors.scopes?.message)}
        />
        <TextField
          id="api-key-expires"
          label={t('apiKeys.create.expiresOn')}
          hint={t('apiKeys.create.expiresHint')}
          type="date"
          required
          registration={register('expiresOn')}
          error={errorText(errors.expiresOn?.message)}
        />
        <TextField
          id="api-key-note"
          label={t('apiKeys.create.note')}
          hint={t('apiKeys.create.noteHint')}
          registration={register('note')}
          error={errorText(errors.note?.message)}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? common('actions.saving') : t('apiKeys.create.submit')}
        </Button>
      </form>
    </>
  );
}
