'use server';

import { revalidatePath } from 'next/cache';
import { createEmployerFromBaPosting, linkBaPosting, unlinkBaPosting } from '@/db/queries/ba-postings';
import { fail, refuse, type ActionResult } from '@/lib/domain/result';
import { createEmployerFromBaPostingSchema, linkBaPostingSchema, unlinkBaPostingSchema } from '@/lib/validation/ba-postings';
import { authorizedAction } from './authorized-action';

type LinkResult = ActionResult<{ vacancyId: number; duplicate: boolean }>;

function answer(outcome: { ok: true; vacancyId: number; duplicate: boolean } | { ok: false; code: string }, postingId: number): LinkResult {
  if (outcome.ok) {
    revalidatePath('/[lng]/ba-postings', 'page');
    revalidatePath('/[lng]/vacancies', 'page');
    revalidatePath('/[lng]/job-seekers/[id]/matches', 'page');
    return { ok: true, data: { vacancyId: outcome.vacancyId, duplicate: outcome.duplicate } };
  }
  if (outcome.code === 'notFound') return refuse('notFound', { objectType: 'ba_posting', objectId: postingId });
  if (outcome.code === 'employerNotFound') return fail('invalid', { employerId: 'baPosting.employerNotFound' });
  return fail(`baPosting.${outcome.code}`);
}

/** Links an imported posting to an existing employer: the posting becomes that employer's vacancy. */
export async function linkBaPostingAction(input: unknown): Promise<LinkResult> {
  return authorizedAction({ name: 'ba_posting.link', schema: linkBaPostingSchema, input }, async (data, { db, audit }) =>
    answer(await linkBaPosting(db, audit, data), data.postingId),
  );
}

/** Creates the employer from the posting's firma and place, and links the posting to it, in one step. */
export async function createEmployerFromBaPostingAction(input: unknown): Promise<LinkResult> {
  return authorizedAction({ name: 'ba_posting.create_employer', schema: createEmployerFromBaPostingSchema, input }, async (data, { db, audit }) =>
    answer(await createEmployerFromBaPosting(db, audit, data), data.postingId),
  );
}

/** Undoes a wrong link while nobody has been proposed for the posting's vacancy. */
export async function unlinkBaPostingAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'ba_posting.unlink', schema: unlinkBaPostingSchema, input }, async (data, { db, audit }) => {
    const outcome = await unlinkBaPosting(db, audit, data);
    if (outcome.ok) {
      revalidatePath('/[lng]/ba-postings', 'page');
      revalidatePath('/[lng]/vacancies', 'page');
      return { ok: true, data: undefined };
    }
    if (outcome.code === 'notFound') return refuse('notFound', { objectType: 'ba_posting', objectId: data.postingId });
    return fail(`baPosting.${outcome.code}`);
  });
}
