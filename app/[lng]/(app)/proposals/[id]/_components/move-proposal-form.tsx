'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import type { ProposalStage } from '@/db/schema/enums';
import { FormMessage, SelectField, TextField } from '@/app/_components/form/fields';
import { TextAreaField } from '@/app/_components/form/fields';
import { useErrorText } from '@/app/_components/form/use-error-text';
import { moveProposalAction } from '@/lib/actions/proposals';
import { useT } from '@/lib/i18n/client';
import { moveProposalSchema, type MoveProposalInput } from '@/lib/validation/proposals';

export function MoveProposalForm({ proposalId, version, options, interviewAt }: { proposalId: number; version: number; options: ProposalStage[]; interviewAt: string }) {
  const t = useT('pipeline');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
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
    setMessage({ kind: 'success', text: t('proposal.moved', { stage: t(`domain:proposalStage.${values.to}`) }) });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {message ? (
        <FormMessage kind={message.kind} testId="move-message">
          {message.text}
        </FormMessage>
      ) : null}
      <SelectField
        id="move-to"
        label={t('proposal.to')}
        required
        placeholder={t('proposal.chooseStage')}
        registration={register('to')}
        options={options.map((s) => ({ value: s, label: t(`domain:proposalStage.${s}`) }))}
        error={errorText(errors.to?.message)}
      />
      {to === 'interview' || to === 'trial_day' ? (
        <TextField id="move-interview-at" label={t('proposal.interviewAt')} type="datetime-local" registration={register('interviewAt')} error={errorText(errors.interviewAt?.message)} />
      ) : null}
      <TextAreaField schema={moveProposalSchema} id="move-reason" label={t('proposal.reason')} rows={3} registration={register('reason')} error={errorText(errors.reason?.message)} />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? t('proposal.moving') : t('proposal.move')}
      </button>
    </form>
  );
}
