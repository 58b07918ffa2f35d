'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextAreaField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { breakGlassReasons, type BreakGlassReason } from '@/db/schema/enums';
import { breakGlassAction } from '@/lib/actions/break-glass';
import { useT } from '@/lib/i18n/client';
import { breakGlassSchema } from '@/lib/validation/break-glass';

const formSchema = breakGlassSchema.omit({ id: true });
type FormInput = { reasonCode: string; reasonText: string };

/** "Break the glass": the reason a caseworker gives before opening someone else's client. */
export function BreakGlassForm({ id }: { id: number }) {
  const t = useT('jobSeekers');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<FormInput, unknown, { reasonCode: BreakGlassReason; reasonText: string }>({
    resolver: zodResolver(formSchema),
    defaultValues: { reasonCode: '', reasonText: '' },
  });
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="break-glass-form-title"
      data-testid="break-glass-form"
      onSubmit={handleSubmit(async () => {
        setMessage(null);
        const result = await breakGlassAction({ id, ...getValues() });
        if (!result.ok) {
          const fields = Object.entries(result.fieldErrors ?? {});
          if (fields.length === 0) setMessage(errorText(result.code) ?? null);
          for (const [i, [field, code]] of fields.entries()) setError(field as keyof FormInput, { message: code }, { shouldFocus: i === 0 });
          return;
        }
        router.refresh();
      })}
    >
      <h2 id="break-glass-form-title">{t('breakGlass.formTitle')}</h2>
      {message ? <FormMessage kind="error">{message}</FormMessage> : null}
      <SelectField
        id="break-glass-code"
        label={t('breakGlass.reasonCode')}
        required
        placeholder={t('breakGlass.choose')}
        options={breakGlassReasons.map((r) => ({ value: r, label: t(`breakGlass.reason.${r}`) }))}
        registration={register('reasonCode')}
        error={errorText(formState.errors.reasonCode?.message)}
      />
      <TextAreaField
        schema={formSchema}
        id="break-glass-text"
        label={t('breakGlass.reasonText')}
        hint={t('breakGlass.reasonTextHint')}
        required
        rows={3}
        registration={register('reasonText')}
        error={errorText(formState.errors.reasonText?.message)}
      />
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {t('breakGlass.submit')}
      </button>
    </form>
  );
}
