'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { Button } from '@/app/_components/ui/button';
import { FormMessage, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { addBaSliceAction } from '@/lib/actions/ba-import';
import { useT } from '@/lib/i18n/client';
import { baSliceFormSchema, emptyBaSliceForm, type BaSliceForm } from '@/lib/validation/ba-import';

export function AddSliceForm() {
  const t = useT('admin');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<BaSliceForm>({
    // raw: the action gets what was typed (the radius as text) and parses it with the same schema;
    // the parsed number would fail the server's string check.
    resolver: zodResolver(baSliceFormSchema, undefined, { raw: true }) as never,
    defaultValues: emptyBaSliceForm,
  });

  async function onSubmit(values: BaSliceForm) {
    setMessage(null);
    const result = await addBaSliceAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof BaSliceForm, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code) ?? '' });
      return;
    }
    setMessage({ kind: 'success', text: t('baImport.add.added', { keyword: values.keyword.trim(), place: values.place.trim() }) });
    reset(emptyBaSliceForm);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {message ? (
        <FormMessage kind={message.kind} testId="ba-slice-message">
          {message.text}
        </FormMessage>
      ) : null}
      <TextField
        id="ba-slice-keyword"
        label={t('baImport.slices.keyword')}
        required
        registration={register('keyword')}
        error={errorText(errors.keyword?.message)}
      />
      <TextField id="ba-slice-place" label={t('baImport.slices.place')} required registration={register('place')} error={errorText(errors.place?.message)} />
      <TextField
        id="ba-slice-radius"
        label={t('baImport.slices.radiusField')}
        required
        inputMode="numeric"
        registration={register('radiusKm')}
        error={errorText(errors.radiusKm?.message)}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('baImport.add.submit')}
      </Button>
    </form>
  );
}
