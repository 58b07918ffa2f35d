'use client';

import { useOptimistic, useState, useTransition } from 'react';
import { useForm, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextAreaField, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { jobSeekerStatuses, type CrossBorderCheck, type JobSeekerStatus } from '@/db/schema/enums';
import {
  addJobSeekerNoteAction,
  changeJobSeekerStatusAction,
  eraseJobSeekerAction,
  handOverJobSeekerAction,
  setJobSeekerCheckAction,
  withdrawConsentAction,
} from '@/lib/actions/job-seekers';
import type { ActionResult } from '@/lib/domain/result';
import { useLng, useT } from '@/lib/i18n/client';
import { addNoteSchema, changeStatusSchema, eraseSchema, handOverSchema, withdrawConsentSchema } from '@/lib/validation/job-seekers';

type Message = { kind: 'error' | 'success'; text: string } | null;

/** Shows a server refusal at its fields (input kept) or as a form message. */
function useRefusal<T extends FieldValues>(setError: UseFormSetError<T>, setMessage: (m: Message) => void) {
  const errorText = useErrorText();
  return (result: Exclude<ActionResult<unknown>, { ok: true }>) => {
    const fields = Object.entries(result.fieldErrors ?? {});
    if (fields.length === 0) {
      setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    for (const [i, [field, code]] of fields.entries()) setError(field as Path<T>, { message: code }, { shouldFocus: i === 0 });
  };
}

const statusFormSchema = changeStatusSchema.omit({ id: true });
type StatusFormInput = { status: string; reason: string };

export function StatusForm({ id, current }: { id: number; current: JobSeekerStatus }) {
  const t = useT('jobSeekers');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<StatusFormInput, unknown, { status: JobSeekerStatus; reason: string }>({
    resolver: zodResolver(statusFormSchema),
    defaultValues: { status: current, reason: '' },
  });
  const refuse = useRefusal(setError, setMessage);
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="status-title"
      onSubmit={handleSubmit(async () => {
        setMessage(null);
        const values = getValues();
        const result = await changeJobSeekerStatusAction({ id, ...values });
        if (!result.ok) return refuse(result);
        reset({ status: values.status, reason: '' });
        setMessage({ kind: 'success', text: t('status.changed', { status: t(`domain:jobSeekerStatus.${values.status}`) }) });
        router.refresh();
      })}
    >
      <h3 id="status-title">{t('status.title')}</h3>
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <SelectField
        id="status-new"
        label={t('status.newStatus')}
        required
        options={jobSeekerStatuses.map((s) => ({ value: s, label: t(`domain:jobSeekerStatus.${s}`) }))}
        registration={register('status')}
        error={errorText(formState.errors.status?.message)}
      />
      <TextAreaField
        schema={statusFormSchema}
        id="status-reason"
        label={t('status.reason')}
        required
        rows={2}
        registration={register('reason')}
        error={errorText(formState.errors.reason?.message)}
      />
      <button type="submit" className="button button-secondary" disabled={formState.isSubmitting}>
        {t('status.submit')}
      </button>
    </form>
  );
}

const handOverFormSchema = handOverSchema.omit({ id: true });
type HandOverFormInput = { caseworkerId: string; reason: string };

/**
 * The hand-over section. It stays mounted when the signed-in caseworker stops being the owner, so
 * the "handed over to ..." confirmation survives the refresh that replaces the form by the
 * not-owner text (before, the message vanished with the form).
 */
export function HandOverForm({
  id,
  caseworkers,
  currentId,
  mayHandOver,
}: {
  id: number;
  caseworkers: { id: number; name: string }[];
  currentId: number | null;
  mayHandOver: boolean;
}) {
  const t = useT('jobSeekers');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<HandOverFormInput, unknown, { caseworkerId: number; reason: string }>({
    resolver: zodResolver(handOverFormSchema),
    defaultValues: { caseworkerId: '', reason: '' },
  });
  const refuse = useRefusal(setError, setMessage);
  if (!mayHandOver) {
    return (
      <>
        <h3>{t('handover.title')}</h3>
        {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
        <p data-testid="handover-not-owner">{t('handover.notOwner')}</p>
      </>
    );
  }
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="handover-title"
      onSubmit={handleSubmit(async () => {
        setMessage(null);
        const values = getValues();
        const result = await handOverJobSeekerAction({ id, ...values });
        if (!result.ok) return refuse(result);
        const name = caseworkers.find((c) => String(c.id) === values.caseworkerId)?.name ?? '';
        reset({ caseworkerId: '', reason: '' });
        setMessage({ kind: 'success', text: t('handover.done', { name }) });
        router.refresh();
      })}
    >
      <h3 id="handover-title">{t('handover.title')}</h3>
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <SelectField
        id="handover-to"
        label={t('handover.to')}
        required
        placeholder={t('handover.choose')}
        options={caseworkers.filter((c) => c.id !== currentId).map((c) => ({ value: String(c.id), label: c.name }))}
        registration={register('caseworkerId')}
        error={errorText(formState.errors.caseworkerId?.message)}
      />
      <TextAreaField
        schema={handOverFormSchema}
        id="handover-reason"
        label={t('handover.reason')}
        required
        rows={2}
        registration={register('reason')}
        error={errorText(formState.errors.reason?.message)}
      />
      <button type="submit" className="button button-secondary" disabled={formState.isSubmitting}>
        {t('handover.submit')}
      </button>
    </form>
  );
}

const withdrawFormSchema = withdrawConsentSchema.omit({ id: true });

export function WithdrawConsentForm({ id }: { id: number }) {
  const t = useT('jobSeekers');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<{ reason: string }>({
    resolver: zodResolver(withdrawFormSchema),
    defaultValues: { reason: '' },
  });
  const refuse = useRefusal(setError, setMessage);
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="withdraw-title"
      onSubmit={handleSubmit(async () => {
        setMessage(null);
        const result = await withdrawConsentAction({ id, ...getValues() });
        if (!result.ok) return refuse(result);
        router.refresh();
      })}
    >
      <h3 id="withdraw-title">{t('consent.withdrawTitle')}</h3>
      <p className="field-hint">{t('consent.withdrawHint')}</p>
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <TextAreaField
        schema={withdrawFormSchema}
        id="withdraw-reason"
        label={t('consent.withdrawReason')}
        required
        rows={2}
        registration={register('reason')}
        error={errorText(formState.errors.reason?.message)}
      />
      <button type="submit" className="button button-secondary" disabled={formState.isSubmitting}>
        {t('consent.withdraw')}
      </button>
    </form>
  );
}

const noteFormSchema = addNoteSchema.omit({ id: true });

export function NoteForm({ id }: { id: number }) {
  const t = useT('jobSeekers');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<{ body: string }>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { body: '' },
  });
  const refuse = useRefusal(setError, setMessage);
  return (
    <form
      className="form"
      noValidate
      aria-label={t('timeline.addNote')}
      onSubmit={handleSubmit(async () => {
        setMessage(null);
        const result = await addJobSeekerNoteAction({ id, ...getValues() });
        if (!result.ok) return refuse(result);
        reset({ body: '' });
        setMessage({ kind: 'success', text: t('timeline.noteAdded') });
        router.refresh();
      })}
    >
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <TextAreaField
        schema={noteFormSchema}
        id="note-body"
        label={t('timeline.note')}
        required
        rows={3}
        registration={register('body')}
        error={errorText(formState.errors.body?.message)}
      />
      <button type="submit" className="button button-secondary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('timeline.adding') : t('timeline.addNote')}
      </button>
    </form>
  );
}

/** The cross-border checklist: each tick is saved at once. */
export function Checklist({ id, items }: { id: number; items: { item: CrossBorderCheck; label: string; done: boolean; doneText: string | null }[] }) {
  const t = useT('jobSeekers');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  // The tick shows at once; the server's answer (router.refresh) then confirms or undoes it.
  const [shown, setShown] = useOptimistic(items, (current, change: { item: CrossBorderCheck; done: boolean }) =>
    current.map((i) => (i.item === change.item ? { ...i, done: change.done } : i)),
  );
  return (
    <>
      {message ? <FormMessage kind="error">{message}</FormMessage> : null}
      <ul className="checklist" aria-busy={pending || undefined}>
        {shown.map((i) => (
          <li key={i.item}>
            <div className="checkbox-row">
              <input
                id={`check-${i.item}`}
                type="checkbox"
                checked={i.done}
                aria-describedby={i.doneText ? `check-${i.item}-done` : undefined}
                onChange={(e) => {
                  const done = e.target.checked;
                  startTransition(async () => {
                    setShown({ item: i.item, done });
                    setMessage(null);
                    const result = await setJobSeekerCheckAction({ id, item: i.item, done });
                    if (!result.ok) setMessage(errorText(result.code)!);
                    router.refresh();
                  });
                }}
              />
              <label htmlFor={`check-${i.item}`}>{i.label}</label>
            </div>
            {i.doneText ? (
              <p id={`check-${i.item}-done`} className="field-hint">
                {i.doneText}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {pending ? (
        <p role="status" className="field-hint">
          {t('checks.saving')}
        </p>
      ) : null}
    </>
  );
}

const eraseFormSchema = eraseSchema.omit({ id: true });

/** Erasing cannot be undone: the person's client number must be typed to confirm. */
export function EraseForm({ id, clientNumber }: { id: number; clientNumber: string }) {
  const lng = useLng();
  const t = useT('jobSeekers');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<{ confirm: string }>({
    resolver: zodResolver(eraseFormSchema),
    defaultValues: { confirm: '' },
  });
  const refuse = useRefusal(setError, setMessage);
  return (
    <form
      className="form"
      noValidate
      aria-labelledby="erase-title"
      onSubmit={handleSubmit(async () => {
        setMessage(null);
        const result = await eraseJobSeekerAction({ id, ...getValues() });
        if (!result.ok) return refuse(result);
        router.push(`/${lng}/job-seekers?erased=1`);
      })}
    >
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p>{t('erase.explain')}</p>
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <TextField
        id="erase-confirm"
        label={t('erase.confirmLabel', { clientNumber })}
        autoComplete="off"
        required
        registration={register('confirm')}
        error={errorText(formState.errors.confirm?.message)}
      />
      <button type="submit" className="button button-danger" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('erase.erasing') : t('erase.submit')}
      </button>
    </form>
  );
}
