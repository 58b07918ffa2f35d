'use server';

import { revalidatePath } from 'next/cache';
import { createProgrammeTarget, deleteProgrammeTarget, setYearTarget } from '@/db/queries/targets';
import { createProgrammeTargetSchema, deleteProgrammeTargetSchema, setYearlyTargetSchema } from '@/lib/validation/targets';
import { authorizedAction } from './authorized-action';
import type { ActionResult } from '@/lib/domain/result';

export async function setYearlyTargetAction(input: unknown): Promise<ActionResult<{ previous: number | null }>> {
  return authorizedAction({ name: 'target.set', schema: setYearlyTargetSchema, input }, async (data, { db, audit }) => {
    const result = await setYearTarget(db, data, audit);
    if (result.ok) revalidatePath('/[lng]/targets', 'layout');
    return result;
  });
}

export async function createProgrammeTargetAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'programme_target.create', schema: createProgrammeTargetSchema, input }, async (data, { db, audit }) => {
    const result = await createProgrammeTarget(
      db,
      { name: data.name, fromYear: data.fromYear, toYear: data.toYear, funding: data.funding === '' ? null : data.funding, target: data.target },
      audit,
    );
    if (result.ok) revalidatePath('/[lng]/targets', 'layout');
    return result;
  });
}

export async function deleteProgrammeTargetAction(input: unknown): Promise<ActionResult<undefined>> {
  return authorizedAction({ name: 'programme_target.delete', schema: deleteProgrammeTargetSchema, input }, async (data, { db, audit }) => {
    const result = await deleteProgrammeTarget(db, data.id, audit);
    if (result.ok) revalidatePath('/[lng]/targets', 'layout');
    return result;
  });
}
