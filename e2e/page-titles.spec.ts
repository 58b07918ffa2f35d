import { expect, test } from '@playwright/test';
import { signedInPage } from './helpers';
import { readSampleIds } from './sample-ids';

/** Browser titles that name the vacancy, board, proposal or match list open in the tab. */

test('vacancy, board, proposal and match pages have titles of their own', async ({ browser }) => {
  const ids = readSampleIds();
  const employer = await signedInPage(browser, 'employer', 'de');
  await employer.goto(`/de/vacancies/${ids.vacancyId!.own}`);
  const title = (await employer.getByRole('heading', { level: 1 }).innerText()).trim();
  await expect(employer).toHaveTitle(`${title} · Grenzeloos`);
  await employer.goto(`/de/vacancies/${ids.pipelineVacancyId!.own}/pipeline`);
  await expect(employer).toHaveTitle(`${(await employer.getByRole('heading', { level: 1 }).innerText()).trim()} · Grenzeloos`);
  await expect(employer).toHaveTitle(/^Vorschläge für /);
  await employer.goto(`/de/proposals/${ids.proposalId!.own}`);
  const forVacancy = (await employer.locator('dl.details-list a[href*="/vacancies/"]').first().innerText()).trim();
  await expect(employer).toHaveTitle(`Vorschlag für ${forVacancy} · Grenzeloos`);
  // Another company's rows: the same title as a missing one (the access walk compares whole pages).
  for (const path of [`/de/vacancies/${ids.vacancyId!.foreign}`, `/de/proposals/${ids.proposalId!.foreign}`]) {
    await employer.goto(path);
    await expect(employer).toHaveTitle('Grenzeloos');
  }

  const caseworker = await signedInPage(browser, 'caseworker');
  await caseworker.goto(`/nl/vacancies/${ids.vacancyId!.own}/matches`);
  await expect(caseworker).toHaveTitle(/^Kandidaten voor .+ · Grenzeloos$/);
});
