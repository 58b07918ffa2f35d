'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextAreaField, TextField } from '@/app/_components/ui/fields';
import { RadioGroupField } from '@/app/_components/ui/choice-fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { createContractAction, saveOutcomeAction, updateContractAction } from '@/lib/actions/sib';
import { useT } from '@/lib/i18n/client';
import { createContractSchema, saveOutcomeSchema, type CreateContractInput, type SaveOutcomeInput } from '@/lib/validation/sib';
import type { z } from 'zod';

type Message = { kind: 'error' | 'success'; text: string } | null;

/** Contract terms: a new contract (no contractId) or the one shown, guarded by its version. */
export function ContractForm({ initial, contractId, version }: { initial: CreateContractInput; contractId?: number; version?: number }) {
  const t = useT('sib');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const prefix = contractId ? `contract-${contractId}` : 'new-contract';
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateContractInput, unknown, z.output<typeof createContractSchema>>({ resolver: zodResolver(createContractSchema), defaultValues: initial });

  async function onSubmit() {
    setMessage(null);
    const values = getValues();
    const result = contractId ? await updateContractAction({ ...values, contractId, version }) : await createContractAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof CreateContractInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({ kind: 'success', text: contractId ? t('contract.saved') : t('contract.created', { name: values.name.trim() }) });
    if (!contractId) reset(initial);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby={`${prefix}-title`}>
      {message ? (
        <FormMessage kind={message.kind} testId={`${prefix}-message`}>
          {message.text}
        </FormMessage>
      ) : null}
      <TextField id={`${prefix}-name`} label={t('contract.name')} required registration={register('name')} error={errorText(errors.name?.message)} />
      <TextField
        id={`${prefix}-investor`}
        label={t('contract.investor')}
        required
        registration={register('investor')}
        error={errorText(errors.investor?.message)}
      />
      <TextField
        id={`${prefix}-starts`}
        type="date"
        label={t('contract.startsOn')}
        hint={t('contract.periodHint')}
        required
        registration={register('startsOn')}
        error={errorText(errors.startsOn?.message)}
      />
      <TextField
        id={`${prefix}-ends`}
        type="date"
        label={t('contract.endsOn')}
        required
        registration={register('endsOn')}
        error={errorText(errors.endsOn?.message)}
      />
      <TextField
        id={`${prefix}-cap`}
        label={t('contract.cap')}
        hint={t('contract.capHint')}
        inputMode="decimal"
        required
        registration={register('cap')}
        error={errorText(errors.cap?.message)}
      />
      <TextField
        id={`${prefix}-window`}
        label={t('contract.claimWindowWeeks')}
        hint={t('contract.claimWindowHint')}
        inputMode="numeric"
        required
        registration={register('claimWindowWeeks')}
        error={errorText(errors.claimWindowWeeks?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : contractId ? t('contract.save') : t('contract.create')}
      </button>
    </form>
  );
}

/** One payable outcome of a contract: a new one (kinds to choose from) or an existing one. */
export function OutcomeForm({
  contractId,
  version,
  outcomeId,
  initial,
  kinds,
  label,
}: {
  contractId: number;
  version: number;
  outcomeId: number | null;
  initial: Omit<SaveOutcomeInput, 'contractId' | 'version' | 'outcomeId'>;
  /** Milestone kinds not yet in the contract (new outcome only). */
  kinds?: string[];
  label: string;
}) {
  const t = useT('sib');
  const p = useT('placements');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const prefix = outcomeId ? `outcome-${outcomeId}` : 'new-outcome';
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SaveOutcomeInput, unknown, z.output<typeof saveOutcomeSchema>>({
    resolver: zodResolver(saveOutcomeSchema),
    defaultValues: { ...initial, contractId, version, outcomeId },
  });

  async function onSubmit() {
    setMessage(null);
    const result = await saveOutcomeAction({ ...getValues(), contractId, version, outcomeId });
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof SaveOutcomeInput, { message: code }, { shouldFocus: true });
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    setMessage({ kind: 'success', text: t('outcome.saved') });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-label={label}>
      {message ? (
        <FormMessage kind={message.kind} testId={`${prefix}-message`}>
          {message.text}
        </FormMessage>
      ) : null}
      {kinds ? (
        <SelectField
          id={`${prefix}-milestone`}
          label={t('outcome.milestone')}
          required
          registration={register('milestone')}
          options={kinds.map((k) => ({ value: k, label: p(`milestones.names.${k}`) }))}
          error={errorText(errors.milestone?.message)}
        />
      ) : null}
      <TextField
        id={`${prefix}-weeks`}
        label={t('outcome.weeksAfterStart')}
        inputMode="numeric"
        required
        registration={register('weeksAfterStart')}
        error={errorText(errors.weeksAfterStart?.message)}
      />
      <TextField
        id={`${prefix}-hours`}
        label={t('outcome.minHoursPerWeek')}
        inputMode="numeric"
        required
        registration={register('minHoursPerWeek')}
        error={errorText(errors.minHoursPerWeek?.message)}
      />
      <TextField
        id={`${prefix}-price`}
        label={t('outcome.price')}
        hint={t('contract.capHint')}
        inputMode="decimal"
        required
        registration={register('price')}
        error={errorText(errors.price?.message)}
      />
      <RadioGroupField
        id={`${prefix}-per`}
        legend={t('outcome.countsPer')}
        required
        registration={register('countsPer')}
        options={[
          { value: 'placement', label: t('outcome.per.placement') },
          { value: 'person', label: t('outcome.per.person') },
        ]}
        error={errorText(errors.countsPer?.message)}
      />
      <TextAreaField
        schema={saveOutcomeSchema}
        id={`${prefix}-evidence`}
        label={t('outcome.evidenceNeeded')}
        required
        rows={2}
        registration={register('evidenceNeeded')}
        error={errorText(errors.evidenceNeeded?.message)}
      />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : outcomeId ? t('outcome.save') : t('outcome.add')}
      </button>
    </form>
  );
}
