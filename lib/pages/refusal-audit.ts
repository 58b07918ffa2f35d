import 'server-only';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { getCurrentUser } from '@/lib/auth/current-user';
import { requestOrigin } from '@/lib/request-origin';

/**
 * One audit row for a page a signed-in user was refused: the 403 page (their role may not open
 * it) or the 404 page (no such id, or another company's id, which answers exactly like a missing
 * one). Written by the refusal pages themselves (app/[lng]/forbidden.tsx, not-found.tsx), so every
 * forbidden() and notFound() of every page is recorded once, whichever page threw it.
 * Signed-out visitors are not recorded here: they are sent to the sign-in page before any page
 * reads an id. Never throws: the refusal page shows even when the trail cannot be written.
 */
export async function auditPageRefusal(kind: 'forbidden' | 'not_found'): Promise<void> {
  try {
    const user = await getCurrentUser();
    if (!user) return;
    const path = ((await headers()).get('x-pathname') ?? '').slice(0, 500);
    await recordAudit(await getDb(), {
      actor: { id: user.id, role: user.role, email: user.email },
      action: `page.${kind}`,
      objectType: 'page',
      objectId: path.split('?')[0] || undefined,
      result: 'denied',
      origin: await requestOrigin(),
      details: { path },
    });
  } catch (error) {
    console.error('could not audit a page refusal', error);
  }
}
