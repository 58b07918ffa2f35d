import { z } from 'zod';
import { sibCountsPer } from '@/db/schema/sib';
import { sibDecisions } from '@/db/schema/sib-claims';
import { isoDate, MAX_DB_ID, optionalText, recordId, requiredText } from './fields';
import { validationMessage } from './messages';
import { ledgerStatuses } from '@/lib/domain/sib';

/**
 * An amount in euro as people type it ("2.000", "2000", "1.234,56", "€ 3.000,00"), read as
 * whole cents by string arithmetic: money never passes through a float.
 */
export function parseEuroCents(raw: string): number | null {
  const v = raw.replace(/[\s\u00a0€]/g, '');
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(v);
  if (!m) return null;
  const euros = m[1]!.replace(/\./g, '');
  if (euros.length > 12) return null;
  const cents = (m[2] ?? '').padEnd(2, '0');
  return Number(euros) * 100 + Number(cents);
}

const euroAmount = (maxCents: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .transform((v, ctx) => {
      const cents = parseEuroCents(v);
      if (cents === null || cents > maxCents) {
        ctx.addIssue({ code: 'custom', message: validationMessage('sib.euroAmount', { max: maxCents / 100 }) });
        return z.NEVER;
      }
      return cents;
    });

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .regex(/^[0-9]{1,4}$/, validationMessage('sib.wholeNumber', { min, max }))
    .transform(Number)
    .pipe(z.number().int().min(min, validationMessage('sib.wholeNumber', { min, max })).max(max, validationMessage('sib.wholeNumber', { min, max })));

const contractFields = {
  name: requiredText(200),
  investor: requiredText(200),
  startsOn: isoDate,
  endsOn: isoDate,
  cap: euroAmount(100_000_000_00),
  claimWindowWeeks: wholeNumber(1, 104),
};

export const createContractSchema = z.object(contractFields).superRefine((v, ctx) => {
  if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'sib.periodOrder' });
});
export type CreateContractInput = z.input<typeof createContractSchema>;

export const updateContractSchema = z
  .object({ ...contractFields, contractId: recordId, version: z.number().int().min(1).max(MAX_DB_ID) })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'sib.periodOrder' });
  });
export type UpdateContractInput = z.input<typeof updateContractSchema>;

export const saveOutcomeSchema = z.object({
  contractId: recordId,
  version: z.number().int().min(1).max(MAX_DB_ID),
  /** Null: a new outcome of the kind in `milestone`. */
  outcomeId: recordId.nullable(),
  milestone: z.enum(['contract_signed', 'started', 'weeks_13', 'weeks_26', 'weeks_52', 'benefit_ended'], { error: 'chooseOne' }),
  weeksAfterStart: wholeNumber(0, 156),
  minHoursPerWeek: wholeNumber(1, 60),
  price: euroAmount(1_000_000_00),
  countsPer: z.enum(sibCountsPer, { error: 'chooseOne' }),
  evidenceNeeded: requiredText(500, { multiline: true }),
});
export type SaveOutcomeInput = z.input<typeof saveOutcomeSchema>;

/** Cents as the amount fields show them ("650.000", "1.234,56"): what parseEuroCents reads back. */
export function centsToInput(cents: number): string {
  const euros = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = cents % 100;
  return rest === 0 ? euros : `${euros},${String(rest).padStart(2, '0')}`;
}

export const claimMilestoneSchema = z.object({
  placementId: recordId,
  milestone: z.enum(['contract_signed', 'started', 'weeks_13', 'weeks_26', 'weeks_52', 'benefit_ended'], { error: 'invalid' }),
  documentIds: z.array(recordId, { error: 'sib.evidenceRequired' }).min(1, 'sib.evidenceRequired').max(20, 'sib.evidenceRequired'),
  note: optionalText(1000, { multiline: true }),
});
export type ClaimMilestoneInput = z.input<typeof claimMilestoneSchema>;

export const decideClaimSchema = z
  .object({
    claimId: recordId,
    decision: z.enum(sibDecisions, { error: 'chooseOne' }),
    reason: optionalText(1000, { multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'denied' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'sib.reasonRequired' });
  });
export type DecideClaimInput = z.input<typeof decideClaimSchema>;

/** The ledger's filters from the URL; anything unreadable falls back to the default. */
export const ledgerFilterSchema = z.object({
  contract: z.coerce.number().int().positive().max(MAX_DB_ID).optional().catch(undefined),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/)
    .optional()
    .catch(undefined),
  status: z.enum(ledgerStatuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
