'use server';

import { revalidatePath } from 'next/cache';
import {
  addJobSeekerNote,
  changeJobSeekerStatus,
  createJobSeeker,
  eraseJobSeeker,
  handOverJobSeeker,
  setJobSeekerCheck,
  updateJobSeeker,
  withdrawConsent,
} from '@/db/queries/job-seekers';
import { grantBreakGlass } from '@/db/queries/need-to-know';
import { mayErase, mayHandOver } from '@/lib/auth/job-seeker-access';
import { breakGlassExpiry } from '@/lib/auth/need-to-know';
import { getT } from '@/lib/i18n/server';
import {
  addNoteSchema,
  changeStatusSchema,
  eraseSchema,
  handOverSchema,
  jobSeekerSchema,
  setCheckSchema,
  updateJobSeekerSchema,
  withdrawConsentSchema,
} from '@/lib/validation/job-seekers';
import { authorizedAction } from './authorized-action';
import { fail, type ActionResult } from '@/lib/domain/result';

/*
 * The job-seeker register. Staff only (caseworker, manager, admin): an employer gets
 * 'forbidden' from authorizedAction before anything is read. Every change writes its audit row
 * with the person's id inside its own transaction (db/queries/job-seekers.ts).
 * Any staff member may edit (the owner is shown on the page); erasing and handing over are for
 * the owning caseworker, a manager or an admin.
 */

function refresh(id?: number) {
  revalidatePath('/[lng]/job-seekers', 'page');
  if (id) revalidatePath('/[lng]/job-seekers/[id]', 'page');
}

type Outcome = { ok: true } | { ok: false; code: string; fieldErrors?: Record<string, string> };
function refusal(outcome: Exclude<Outcome, { ok: true }>) {
  return fail(outcome.code, outcome.fieldErrors);
}

export async function registerJobSeekerAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'job_seeker.create', schema: jobSeekerSchema, input }, async (data, { db, user, audit }) => {
    const outcome = await createJobSeeker(db, data, user.id, audit);
    if (!outcome.ok) return refusal(outcome);
    refresh();
    return { ok: true, data: { id: outcome.id } };
  });
}

export async function updateJobSeekerAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'job_seeker.update', schema: updateJobSeekerSchema, input }, async (data, { db, user, audit }) => {
    const { id, version, ...values } = data;
    const renewedText = getT(user.locale, 'jobSeekers')('timeline.consentRenewedNote');
    const outcome = await updateJobSeeker(db, id, version, values, user.id, renewedText, audit);
    if (!outcome.ok) return refusal(outcome);
    refresh(id);
    return { ok: true, data: { id } };
  });
}

export async function changeJobSeekerStatusAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.change_status', schema: changeStatusSchema, input }, async (data, { db, user, audit }) => {
    const outcome = await changeJobSeekerStatus(db, data.id, data.status, data.reason, user.id, audit);
    if (!outcome.ok) return refusal(outcome);
    refresh(data.id);
    return { ok: true, data: undefined };
  });
}

export async function handOverJobSeekerAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.hand_over', schema: handOverSchema, input }, async (data, { db, user, audit }) => {
    const outcome = await handOverJobSeeker(db, data.id, data.caseworkerId, data.reason, user.id, audit, (ownerId) => mayHandOver(user, ownerId));
    if (!outcome.ok) return refusal(outcome);
    // The caseworker who hands a client over keeps reading them for the rest of the day (finishing
    // the file, answering the new owner's questions): a break-the-glass grant with the hand-over
    // as its reason, in the audit trail like any other.
    if (user.role === 'caseworker' && outcome.from === user.id) {
      const reasonText = data.reason.trim().padEnd(10, '.').slice(0, 500);
      await grantBreakGlass(db, { jobSeekerId: data.id, reasonCode: 'handover', reasonText, expiresAt: breakGlassExpiry() }, audit);
    }
    refresh(data.id);
    return { ok: true, data: undefined };
  });
}

export async function withdrawConsentAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.withdraw_consent', schema: withdrawConsentSchema, input }, async (data, { db, user, audit }) => {
    const outcome = await withdrawConsent(db, data.id, data.reason, user.id, audit);
    if (!outcome.ok) return refusal(outcome);
    refresh(data.id);
    if (outcome.closedProposals.length > 0) revalidatePath('/[lng]', 'layout');
    return { ok: true, data: undefined };
  });
}

export async function addJobSeekerNoteAction(input: unknown): Promise<ActionResult<{ noteId: number }>> {
  return authorizedAction({ name: 'job_seeker.add_note', schema: addNoteSchema, input }, async (data, { db, user, audit }) => {
    const outcome = await addJobSeekerNote(db, data.id, data.body, user.id, audit);
    if (!outcome.ok) return refusal(outcome);
    refresh(data.id);
    return { ok: true, data: { noteId: outcome.noteId } };
  });
}

export async function setJobSeekerCheckAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.set_check', schema: setCheckSchema, input }, async (data, { db, user, audit }) => {
    const outcome = await setJobSeekerCheck(db, data.id, data.item, data.done, user.id, audit);
    if (!outcome.ok) return refusal(outcome);
    refresh(data.id);
    return { ok: true, data: undefined };
  });
}

/** Erasing cannot be undone: a caseworker may erase only their own clients (checked under the row lock). */
export async function eraseJobSeekerAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.erase', schema: eraseSchema, input }, async (data, { db, user, audit }) => {
    const outcome = await eraseJobSeeker(db, data.id, data.confirm, audit, (ownerId) => mayErase(user, ownerId));
    if (!outcome.ok) return refusal(outcome);
    refresh(data.id);
    return { ok: true, data: undefined };
  });
}
