'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormMessage, SelectField } from '@/app/_components/ui/fields';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { changeLanguageAction } from '@/lib/actions/my-account';
import { useT } from '@/lib/i18n/client';
import { changeLanguageSchema, type ChangeLanguageInput } from '@/lib/validation/my-account';

export function ChangeLanguageForm({ locale }: { locale: 'nl' | 'de' }) {
  const t = useT('account');
  const common = useT('common');
  const errorText = useErrorText();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ChangeLanguageInput>({ resolver: zodResolver(changeLanguageSchema), defaultValues: { locale } });

  async function onSubmit(values: ChangeLanguageInput) {
    setMessage(null);
    const result = await changeLanguageAction(values);
    if (!result.ok) {
      setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    // The account's language is also the language of its pages: go there.
    window.location.assign(`/${result.data.locale}/account?languageSaved=1`);
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-describedby="language-title">
      {message ? (
        <FormMessage kind={message.kind} testId="change-language-message">
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id="account-language"
        label={t('mine.language')}
        registration={register('locale')}
        options={[
          { value: 'nl', label: common('language.nl') },
          { value: 'de', label: common('language.de') },
        ]}
        error={errorText(errors.locale?.message)}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('mine.languageSubmit')}
      </Button>
    </form>
  );
}
