'use server';

import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
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
import { jobSeekers } from '@/db/schema';
import { recordAudit } from '@/db/queries/audit';
import { mayErase, mayHandOver } from '@/lib/auth/job-seeker-access';
import type { SessionUser } from '@/lib/auth/current-user';
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
 * 'forbidden' from authorizedAction before anything is read. Every change is written to the
 * audit trail with the person's id; details hold field names and codes, never personal data.
 * Any staff member may edit (the owner is shown on the page); erasing and handing over are for
 * the owning caseworker, a manager or an admin.
 */

function actorOf(user: SessionUser) {
  return { id: user.id, role: user.role, email: user.email };
}

function refresh(id?: number) {
  revalidatePath('/[lng]/job-seekers', 'page');
  if (id) revalidatePath('/[lng]/job-seekers/[id]', 'page');
}

type Outcome = { ok: true } | { ok: false; code: string; fieldErrors?: Record<string, string> };
function refusal(outcome: Exclude<Outcome, { ok: true }>) {
  return fail(outcome.code, outcome.fieldErrors);
}

export async function registerJobSeekerAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'job_seeker.create', schema: jobSeekerSchema, input }, async (data, { db, user, origin }) => {
    const outcome = await createJobSeeker(db, data, user.id);
    if (!outcome.ok) return refusal(outcome);
    await recordAudit(db, {
      actor: actorOf(user),
      action: 'job_seeker.create',
      objectType: 'job_seeker',
      objectId: outcome.id,
      jobSeekerId: outcome.id,
      origin,
    });
    refresh();
    return { ok: true, data: { id: outcome.id } };
  });
}

export async function updateJobSeekerAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'job_seeker.update', schema: updateJobSeekerSchema, input }, async (data, { db, user, origin }) => {
    const { id, version, ...values } = data;
    const renewedText = getT(user.locale, 'jobSeekers')('timeline.consentRenewedNote');
    const outcome = await updateJobSeeker(db, id, version, values, user.id, renewedText);
    if (!outcome.ok) {
      if (outcome.code === 'conflict') {
        await recordAudit(db, {
          actor: actorOf(user),
          action: 'job_seeker.update',
          objectType: 'job_seeker',
          objectId: id,
          jobSeekerId: id,
          origin,
          result: 'error',
          details: { reason: 'conflict', version },
        });
      }
      return refusal(outcome);
    }
    await recordAudit(db, {
      actor: actorOf(user),
      action: 'job_seeker.update',
      objectType: 'job_seeker',
      objectId: id,
      jobSeekerId: id,
      origin,
      details: { changed: outcome.changed, consentRenewed: outcome.consentRenewed },
    });
    refresh(id);
    return { ok: true, data: { id } };
  });
}

export async function changeJobSeekerStatusAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.change_status', schema: changeStatusSchema, input }, async (data, { db, user, origin }) => {
    const outcome = await changeJobSeekerStatus(db, data.id, data.status, data.reason, user.id);
    if (!outcome.ok) return refusal(outcome);
    await recordAudit(db, {
      actor: actorOf(user),
      action: 'job_seeker.change_status',
      objectType: 'job_seeker',
      objectId: data.id,
      jobSeekerId: data.id,
      origin,
      details: { from: outcome.from, to: data.status },
    });
    refresh(data.id);
    return { ok: true, data: undefined };
  });
}

export async function handOverJobSeekerAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.hand_over', schema: handOverSchema, input }, async (data, { db, user, origin }) => {
    const outcome = await handOverJobSeeker(db, data.id, data.caseworkerId, data.reason, user.id, (ownerId) => mayHandOver(user, ownerId));
    // A hand-over refused by the ownership rule is audited like a done one; other refusals are not.
    if (outcome.ok || outcome.code === 'notOwnerHandOver') {
      await recordAudit(db, {
        actor: actorOf(user),
        action: 'job_seeker.hand_over',
        objectType: 'job_seeker',
        objectId: data.id,
        jobSeekerId: data.id,
        origin,
        ...(outcome.ok ? { details: { from: outcome.from, to: data.caseworkerId } } : { result: 'denied' as const, details: { to: data.caseworkerId } }),
      });
    }
    if (!outcome.ok) return refusal(outcome);
    refresh(data.id);
    return { ok: true, data: undefined };
  });
}

export async function withdrawConsentAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.withdraw_consent', schema: withdrawConsentSchema, input }, async (data, { db, user, origin }) => {
    const outcome = await withdrawConsent(db, data.id, data.reason, user.id);
    if (!outcome.ok) return refusal(outcome);
    await recordAudit(db, {
      actor: actorOf(user),
      action: 'job_seeker.withdraw_consent',
      objectType: 'job_seeker',
      objectId: data.id,
      jobSeekerId: data.id,
      origin,
      details: { closedProposals: outcome.closedProposals },
    });
    refresh(data.id);
    if (outcome.closedProposals.length > 0) revalidatePath('/[lng]', 'layout');
    return { ok: true, data: undefined };
  });
}

export async function addJobSeekerNoteAction(input: unknown): Promise<ActionResult<{ noteId: number }>> {
  return authorizedAction({ name: 'job_seeker.add_note', schema: addNoteSchema, input }, async (data, { db, user, origin }) => {
    const outcome = await addJobSeekerNote(db, data.id, data.body, user.id);
    if (!outcome.ok) return refusal(outcome);
    await recordAudit(db, {
      actor: actorOf(user),
      action: 'job_seeker.add_note',
      objectType: 'job_seeker_note',
      objectId: outcome.noteId,
      jobSeekerId: data.id,
      origin,
    });
    refresh(data.id);
    return { ok: true, data: { noteId: outcome.noteId } };
  });
}

export async function setJobSeekerCheckAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.set_check', schema: setCheckSchema, input }, async (data, { db, user, origin }) => {
    const outcome = await setJobSeekerCheck(db, data.id, data.item, data.done, user.id);
    if (!outcome.ok) return refusal(outcome);
    await recordAudit(db, {
      actor: actorOf(user),
      action: 'job_seeker.set_check',
      objectType: 'job_seeker',
      objectId: data.id,
      jobSeekerId: data.id,
      origin,
      details: { item: data.item, done: data.done },
    });
    refresh(data.id);
    return { ok: true, data: undefined };
  });
}

export async function eraseJobSeekerAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'job_seeker.erase', schema: eraseSchema, input }, async (data, { db, user, origin }) => {
    // Erasing cannot be undone: a caseworker may erase only their own clients.
    if (user.role === 'caseworker') {
      const [owner] = await db.select({ caseworkerId: jobSeekers.caseworkerId }).from(jobSeekers).where(eq(jobSeekers.id, data.id));
      if (owner && !mayErase(user, owner.caseworkerId)) {
        await recordAudit(db, {
          actor: actorOf(user),
          action: 'job_seeker.erase',
          objectType: 'job_seeker',
          objectId: data.id,
          jobSeekerId: data.id,
          origin,
          result: 'denied',
        });
        return fail('notOwner');
      }
    }
    const outcome = await eraseJobSeeker(db, data.id, data.confirm);
    if (!outcome.ok) return refusal(outcome);
    await recordAudit(db, { actor: actorOf(user), action: 'job_seeker.erase', objectType: 'job_seeker', objectId: data.id, jobSeekerId: data.id, origin });
    refresh(data.id);
    return { ok: true, data: undefined };
  });
}
