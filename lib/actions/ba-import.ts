'use server';

import { revalidatePath } from 'next/cache';
import { addBaSlice, setBaSliceActive } from '@/db/queries/ba-import';
import { refuse, fail, type ActionResult } from '@/lib/domain/result';
import { baSliceFormSchema, setBaSliceActiveSchema } from '@/lib/validation/ba-import';
import { authorizedAction } from './authorized-action';

/** Adds a search slice (keyword x place x radius) to the BA import. */
export async function addBaSliceAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'ba_import.add_slice', schema: baSliceFormSchema, input }, async (data, { db, audit }) => {
    const outcome = await addBaSlice(db, audit, data);
    if (!outcome.ok) return fail('invalid', { keyword: 'baImport.sliceExists' });
    revalidatePath('/[lng]/admin/ba-import', 'page');
    return { ok: true, data: { id: outcome.id } };
  });
}

/** Switches a slice on or off; a slice switched off is not fetched, so its postings expire at the next run. */
export async function setBaSliceActiveAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'ba_import.set_slice_active', schema: setBaSliceActiveSchema, input }, async (data, { db, audit }) => {
    if (!(await setBaSliceActive(db, audit, data))) return refuse('notFound', { objectType: 'ba_slice', objectId: data.id });
    revalidatePath('/[lng]/admin/ba-import', 'page');
    return { ok: true, data: undefined };
  });
}
