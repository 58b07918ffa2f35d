import type { FeatureSamples } from '@/lib/testing/access-fixtures';
import { daysFromToday, makeVacancy } from '@/lib/testing/vacancies';

/** An open vacancy of the signed-in employer's company and one of another company (version 1 each). */
export const vacancySamples: FeatureSamples = async (db, base) => ({
  vacancyOfOwnCompany: await makeVacancy(db, base.employerId, { closingDate: daysFromToday(30) }),
  vacancyOfOtherCompany: await makeVacancy(db, base.otherEmployerId, { closingDate: daysFromToday(30) }),
});
