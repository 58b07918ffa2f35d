'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { FormMessage, TextAreaField } from '@/app/_components/ui/fields';
import { CheckboxGroup, RadioGroupField } from '@/app/_components/ui/choice-fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { claimMilestoneAction, decideClaimAction } from '@/lib/actions/sib';
import { useT } from '@/lib/i18n/client';
import { claimMilestoneSchema, decideClaimSchema, type ClaimMilestoneInput, type DecideClaimInput } from '@/lib/validation/sib';

// The checkboxes give strings; the action gets the document ids as numbers.
const claimFormSchema = claimMilestoneSchema.omit({ documentIds: true, placementId: true, milestone: true }).extend({
  documentIds: z.array(z.string(), { error: 'sib.evidenceRequired' }).min(1, 'sib.evidenceRequired'),
});
type ClaimForm = z.input<typeof claimFormSchema>;

/** A claim that the milestone was reached, resting on evidence documents of this placement. */
export function ClaimForm({
  placementId,
  milestone,
  name,
  evidence,
}: {
  placementId: number;
  milestone: ClaimMilestoneInput['milestone'];
  name: string;
  evidence: { id: number; title: string }[];
}) {
  const t = useT('sib');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const id = `claim-${milestone}`;
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ClaimForm, unknown, z.output<typeof claimFormSchema>>({ resolver: zodResolver(claimFormSchema), defaultValues: { documentIds: [], note: '' } });

  async function onSubmit() {
    setMessage(null);
    const values = getValues();
    const result = await claimMilestoneAction({ placementId, milestone, documentIds: values.documentIds.map(Number), note: values.note });
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof ClaimForm, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form sib-claim-form" aria-label={t('claim.formLabel', { name })}>
      {message ? (
        <FormMessage kind={message.kind} testId={`${id}-message`}>
          {message.text}
        </FormMessage>
      ) : null}
      <CheckboxGroup
        id={`${id}-documents`}
        legend={t('claim.documents')}
        options={evidence.map((d) => ({ value: String(d.id), label: d.title }))}
        registration={register('documentIds')}
        error={errorText(errors.documentIds?.message ?? errors.documentIds?.root?.message)}
      />
      <TextAreaField
        schema={claimFormSchema}
        id={`${id}-note`}
        label={t('claim.note')}
        rows={2}
        registration={register('note')}
        error={errorText(errors.note?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : t('claim.submit')}
      </button>
    </form>
  );
}

/** A manager's or admin's decision on someone else's claim: verified, or denied with the reason. */
export function DecideForm({ claimId, name }: { claimId: number; name: string }) {
  const t = useT('sib');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const id = `decide-${claimId}`;
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecideClaimInput, unknown, z.output<typeof decideClaimSchema>>({
    resolver: zodResolver(decideClaimSchema),
    defaultValues: { claimId, decision: undefined, reason: '' },
  });

  async function onSubmit() {
    setMessage(null);
    const result = await decideClaimAction({ ...getValues(), claimId });
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof DecideClaimInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form sib-claim-form" aria-label={t('decide.formLabel', { name })}>
      {message ? (
        <FormMessage kind={message.kind} testId={`${id}-message`}>
          {message.text}
        </FormMessage>
      ) : null}
      <RadioGroupField
        id={`${id}-decision`}
        legend={t('decide.decision')}
        required
        registration={register('decision')}
        options={[
          { value: 'verified', label: t('decide.verified') },
          { value: 'denied', label: t('decide.denied') },
        ]}
        error={errorText(errors.decision?.message)}
      />
      <TextAreaField
        schema={decideClaimSchema}
        id={`${id}-reason`}
        label={t('decide.reason')}
        hint={t('decide.reasonHint')}
        rows={2}
        registration={register('reason')}
        error={errorText(errors.reason?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : t('decide.submit')}
      </button>
    </form>
  );
}
