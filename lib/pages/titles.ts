import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { vacancyForMatching } from '@/db/queries/matching';
import { proposalById } from '@/db/queries/proposals';
import type { Role } from '@/db/schema/enums';
import { getCurrentUser } from '@/lib/auth/current-user';

/**
 * What the <title> of a page about one vacancy or proposal may name. Next resolves metadata
 * apart from the page (and streams it), so the title makes the same ownership check as the
 * page, on its own: for another company's row an employer gets null, exactly as for a row
 * that does not exist, and both 404 pages keep the app's default title. Null too for a role
 * the page refuses, so a 403 page names nothing either.
 */
export const visibleVacancyTitle = cache(async (vacancyId: number, roles: readonly Role[]): Promise<string | null> => {
  const user = await getCurrentUser();
  if (!user || !roles.includes(user.role)) return null;
  const vacancy = await vacancyForMatching(await getDb(), vacancyId);
  if (!vacancy || (user.role === 'employer' && vacancy.employerId !== user.employerId)) return null;
  return vacancy.title;
});

/** The vacancy title of a proposal the user may open (no person's name: titles end up in browser history). */
export const visibleProposalVacancyTitle = cache(async (proposalId: number, roles: readonly Role[]): Promise<string | null> => {
  const user = await getCurrentUser();
  if (!user || !roles.includes(user.role)) return null;
  const db = await getDb();
  const proposal = await proposalById(db, proposalId);
  if (!proposal || (user.role === 'employer' && proposal.employerId !== user.employerId)) return null;
  return (await vacancyForMatching(db, proposal.vacancyId))?.title ?? null;
});
