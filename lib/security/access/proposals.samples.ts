import { allowHistoryImport } from '@/db/history-import';
import { proposals } from '@/db/schema';
import type { FeatureSamples } from '@/lib/testing/access-fixtures';
import { careVacancy, makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { makeUser } from '@/lib/testing/users';

/** An open vacancy with a person to propose, and a candidate at the interview stage at each company. */
export const proposalSamples: FeatureSamples = async (db, base) => {
  const caseworker = await makeUser(db, 'caseworker');
  const openVacancyId = await makeVacancy(db, base.employerId, careVacancy);
  const foreignVacancyId = await makeVacancy(db, base.otherEmployerId, careVacancy);
  const proposableSeekerId = await makeJobSeeker(db, { caseworkerId: caseworker.id });
  const interviewed = [await makeJobSeeker(db), await makeJobSeeker(db)];
  const [own, foreign] = await db.transaction(async (tx) => {
    await allowHistoryImport(tx);
    return tx
      .insert(proposals)
      .values([
        { vacancyId: openVacancyId, jobSeekerId: interviewed[0]!, proposedBy: caseworker.id, stage: 'interview' as const },
        { vacancyId: foreignVacancyId, jobSeekerId: interviewed[1]!, proposedBy: caseworker.id, stage: 'interview' as const },
      ])
      .returning({ id: proposals.id });
  });
  return { openVacancyId, proposableSeekerId, ownInterviewProposalId: own!.id, foreignInterviewProposalId: foreign!.id };
};
