'use server';

import { revalidatePath } from 'next/cache';
import { deleteDocument } from '@/db/queries/documents';
import { recordAudit } from '@/db/queries/audit';
import { documentStorage } from '@/db/document-storage';
import { deleteDocumentSchema } from '@/lib/validation/documents';
import { authorizedAction } from './authorized-action';
import { refuse, type ActionResult } from '@/lib/domain/result';

/** Staff remove a document (wrong file, outdated CV): the row and its bytes together, audited. */
export async function deleteDocumentAction(input: unknown): Promise<ActionResult> {
  return authorizedAction({ name: 'document.delete', schema: deleteDocumentSchema, input }, async ({ id }, { user, db, origin }) => {
    const removed = await deleteDocument(db, documentStorage(), id);
    if (!removed) return refuse('notFound', { objectType: 'document', objectId: id });
    await recordAudit(db, {
      actor: { id: user.id, role: user.role, email: user.email },
      action: 'document.delete',
      objectType: 'document',
      objectId: id,
      jobSeekerId: removed.jobSeekerId,
      origin,
    });
    revalidatePath(`/[lng]/job-seekers/${removed.jobSeekerId}`, 'page');
    return { ok: true, data: undefined };
  });
}
