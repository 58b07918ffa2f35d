'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { FormMessage, SelectField, TextAreaField, TextField } from '@/app/_components/ui/fields';
import { FieldRow } from '@/app/_components/ui/choice-fields';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { eventKinds } from '@/db/schema/enums';
import { createEventAction, updateEventAction } from '@/lib/actions/events';
import { useLng, useT } from '@/lib/i18n/client';
import { createEventSchema, updateEventSchema, type EventFormInput } from '@/lib/validation/events';

/**
 * A new event, or the one shown (guarded by its version). Both languages' descriptions are
 * asked: caseworkers read Dutch, employers German. The server checks the same schema again.
 */
export function EventForm({
  initial,
  places,
  eventId,
  version,
}: {
  initial: EventFormInput;
  places: { id: number; name: string }[];
  eventId?: number;
  version?: number;
}) {
  const t = useT('events');
  const errorText = useErrorText();
  const router = useRouter();
  const lng = useLng();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EventFormInput, unknown, z.output<typeof createEventSchema>>({
    // Editing: the same fields plus the id and version (values of the form, not inputs); no "in the past" rule.
    resolver: zodResolver((eventId ? updateEventSchema : createEventSchema) as typeof createEventSchema),
    defaultValues: eventId ? ({ ...initial, eventId, version } as EventFormInput) : initial,
  });

  async function onSubmit() {
    setMessage(null);
    const values = getValues();
    const result = eventId ? await updateEventAction({ ...values, eventId, version }) : await createEventAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof EventFormInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    if (eventId) {
      setMessage({ kind: 'success', text: t('field.saved') });
      router.refresh();
    } else if ('id' in result.data) router.push(`/${lng}/events/${result.data.id}`);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-label={eventId ? t('field.edit') : t('new')}>
      {message ? (
        <FormMessage kind={message.kind} testId="event-form-message">
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id="event-kind"
        label={t('field.kind')}
        required
        registration={register('kind')}
        options={eventKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        error={errorText(errors.kind?.message)}
      />
      <TextField id="event-title" label={t('field.title')} required registration={register('title')} error={errorText(errors.title?.message)} />
      <FieldRow>
        <TextField
          id="event-starts"
          type="datetime-local"
          label={t('field.startsAt')}
          hint={t('field.timeHint')}
          required
          registration={register('startsAt')}
          error={errorText(errors.startsAt?.message)}
        />
        <TextField
          id="event-ends"
          type="datetime-local"
          label={t('field.endsAt')}
          required
          registration={register('endsAt')}
          error={errorText(errors.endsAt?.message)}
        />
      </FieldRow>
      <FieldRow>
        <TextField
          id="event-venue"
          label={t('field.venue')}
          hint={t('field.venueHint')}
          required
          registration={register('venue')}
          error={errorText(errors.venue?.message)}
        />
        <SelectField
          id="event-place"
          label={t('field.place')}
          required
          placeholder={t('field.choose')}
          registration={register('placeId')}
          options={places.map((p) => ({ value: String(p.id), label: p.name }))}
          error={errorText(errors.placeId?.message)}
        />
      </FieldRow>
      <TextField
        id="event-capacity"
        label={t('field.capacity')}
        inputMode="numeric"
        required
        registration={register('capacity')}
        error={errorText(errors.capacity?.message)}
      />
      <TextAreaField
        id="event-description-nl"
        schema={createEventSchema}
        label={t('field.descriptionNl')}
        lang="nl"
        rows={4}
        required
        registration={register('descriptionNl')}
        error={errorText(errors.descriptionNl?.message)}
      />
      <TextAreaField
        id="event-description-de"
        schema={createEventSchema}
        label={t('field.descriptionDe')}
        lang="de"
        rows={4}
        required
        registration={register('descriptionDe')}
        error={errorText(errors.descriptionDe?.message)}
      />
      <Button type="submit" disabled={isSubmitting} data-testid="event-submit">
        {eventId ? t('field.save') : t('field.create')}
      </Button>
    </form>
  );
}
