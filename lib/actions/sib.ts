'use server';

import { revalidatePath } from 'next/cache';
import { createContract, saveOutcome, updateContract } from '@/db/queries/sib-contracts';
import type { ActionResult } from '@/lib/domain/result';
import { claimMilestoneSchema, createContractSchema, decideClaimSchema, saveOutcomeSchema, updateContractSchema } from '@/lib/validation/sib';
import { claimMilestone, decideClaim } from '@/db/queries/sib-ledger';
import { todayInAppZone } from '@/lib/time/zoned';
import { authorizedAction } from './authorized-action';

function refresh() {
  revalidatePath('/[lng]/sib', 'layout');
  revalidatePath('/[lng]/placements', 'layout');
}

export async function createContractAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'sib_contract.create', schema: createContractSchema, input }, async (data, { db, audit }) => {
    const { cap, ...rest } = data;
    const result = await createContract(db, { ...rest, capCents: cap }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function updateContractAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return authorizedAction({ name: 'sib_contract.update', schema: updateContractSchema, input }, async (data, { db, audit }) => {
    const { cap, ...rest } = data;
    const result = await updateContract(db, { ...rest, capCents: cap }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function saveOutcomeAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return authorizedAction({ name: 'sib_contract.save_outcome', schema: saveOutcomeSchema, input }, async (data, { db, audit }) => {
    const { price, ...rest } = data;
    const result = await saveOutcome(db, { ...rest, priceCents: price }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function claimMilestoneAction(input: unknown): Promise<ActionResult<{ claimId: number }>> {
  return authorizedAction({ name: 'sib.claim', schema: claimMilestoneSchema, input }, async (data, { db, audit }) => {
    const result = await claimMilestone(db, { ...data, note: data.note || null, today: todayInAppZone() }, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function decideClaimAction(input: unknown): Promise<ActionResult<undefined>> {
  return authorizedAction({ name: 'sib.decide', schema: decideClaimSchema, input }, async (data, { db, audit }) => {
    const result = await decideClaim(db, { ...data, reason: data.reason || null }, audit);
    if (result.ok) refresh();
    return result;
  });
}
