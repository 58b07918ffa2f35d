'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import type { ProposalStage } from '@/db/schema/enums';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { TextAreaField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { moveProposalAction } from '@/lib/actions/proposals';
import { useT } from '@/lib/i18n/client';
import { moveProposalSchema, type MoveProposalInput } from '@/lib/validation/proposals';

export function MoveProposalForm({
  proposalId,
  version,
  stage,
  options,
  interviewAt,
}: {
  proposalId: number;
  version: number;
  /** The stage the proposal is in: choosing it again sets a new date for its appointment. */
  stage: ProposalStage;
  options: ProposalStage[];
  interviewAt: string;
}) {
  const t = useT('pipeline');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<MoveProposalInput>({
    resolver: zodResolver(moveProposalSchema),
    defaultValues: { proposalId, expectedVersion: version, to: '' as ProposalStage, reason: '', interviewAt },
  });
  const to = watch('to');

  async function onSubmit(values: MoveProposalInput) {
    setMessage(null);
    const result = await moveProposalAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof MoveProposalInput, { message: code });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({
      kind: 'success',
      text: values.to === stage ? t('proposal.rescheduled') : t('proposal.moved', { stage: t(`domain:proposalStage.${values.to}`) }),
    });
    // The form now stands on the saved state: its new version, nothing chosen, the appointment
    // as stored. Otherwise the next save would send the old version and hear "someone else".
    const appointment = values.to === 'interview' || values.to === 'trial_day' ? values.interviewAt : interviewAt;
    reset({ proposalId, expectedVersion: result.data.version, to: '' as ProposalStage, reason: '', interviewAt: appointment });
    router.refresh();
  }

  const shownMessage = message ? (
    <FormMessage kind={message.kind} testId="move-message">
      {message.text}
    </FormMessage>
  ) : null;
  if (options.length === 0) {
    return (
      <>
        {shownMessage}
        <p>{t('proposal.noNextStep')}</p>
      </>
    );
  }
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {shownMessage}
      <SelectField
        id="move-to"
        label={t('proposal.to')}
        required
        placeholder={t('proposal.chooseStage')}
        registration={register('to')}
        options={options.map((s) => ({
          value: s,
          label: s === stage ? t('proposal.reschedule', { stage: t(`domain:proposalStage.${s}`) }) : t(`domain:proposalStage.${s}`),
        }))}
        error={errorText(errors.to?.message)}
      />
      {to === 'interview' || to === 'trial_day' ? (
        <TextField
          id="move-interview-at"
          label={t('proposal.interviewAt')}
          type="datetime-local"
          registration={register('interviewAt')}
          error={errorText(errors.interviewAt?.message)}
        />
      ) : null}
      <TextAreaField
        schema={moveProposalSchema}
        id="move-reason"
        label={t('proposal.reason')}
        rows={3}
        registration={register('reason')}
        error={errorText(errors.reason?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? t('proposal.moving') : t('proposal.move')}
      </button>
    </form>
  );
}
