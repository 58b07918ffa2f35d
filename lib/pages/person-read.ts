import 'server-only';
import { notFound } from 'next/navigation';
import { jobSeekerOwner, type ReadKind } from '@/db/queries/need-to-know';
import { decidePersonRead, type ReadDecision } from '@/lib/auth/need-to-know';
import { requestOrigin } from '@/lib/request-origin';
import type { LoadedPage } from './load-page';

export type PersonReadGate = { person: NonNullable<Awaited<ReturnType<typeof jobSeekerOwner>>>; decision: ReadDecision };

/**
 * The need-to-know check of a page that shows a person's full profile or export, before it reads
 * anything else: a missing or erased person is a 404; otherwise the decision (read, give a reason
 * first, or blocked), each refusal audited (lib/auth/need-to-know.ts).
 */
export async function gatePersonRead(page: Pick<LoadedPage, 'db' | 'user'> & { id: number }, kind: ReadKind): Promise<PersonReadGate> {
  const person = await jobSeekerOwner(page.db, page.id);
  if (!person) notFound();
  const actor = { id: page.user.id, role: page.user.role, email: page.user.email };
  const decision = await decidePersonRead(page.db, { actor, origin: await requestOrigin() }, person, kind);
  return { person, decision };
}
