import { and, asc, eq, isNull } from 'drizzle-orm';
import { consentValidOn, seekerCandidateRows, vacancyCandidateRows, vacancyEffectivelyOpen, vacancyForMatching } from '@/db/queries/matching';
import { jobSeekerLanguages, jobSeekers, places, jobSeekerQualifications, vacancies } from '@/db/schema';
import { todayInAppZone } from '@/lib/time/zoned';
import type { BenchCase, BenchContext } from '../types';
import { jobSeekersListCase } from './job-seekers';
import { vacanciesListCase } from './vacancies-list';

/** 50,000 job seekers (the register's fill) and 20,000 vacancies (the vacancy list's fill). */
async function fillBoth(ctx: BenchContext): Promise<void> {
  await jobSeekersListCase.fill!(ctx);
  await vacanciesListCase.fill!(ctx);
  const today = todayInAppZone();
  if (!ctx.ids.matchVacancyId) {
    const [v] = await ctx.db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(and(vacancyEffectivelyOpen(today), eq(vacancies.sector, 'elderly_care')))
      .orderBy(asc(vacancies.id))
      .limit(1);
    ctx.ids.matchVacancyId = v!.id;
  }
  if (!ctx.ids.matchSeekerId) {
    const [s] = await ctx.db
      .select({ id: jobSeekers.id })
      .from(jobSeekers)
      .innerJoin(jobSeekerLanguages, and(eq(jobSeekerLanguages.jobSeekerId, jobSeekers.id), eq(jobSeekerLanguages.language, 'de')))
      .where(and(isNull(jobSeekers.erasedAt), eq(jobSeekers.status, 'active'), consentValidOn(today)))
      .orderBy(asc(jobSeekers.id))
      .limit(1);
    ctx.ids.matchSeekerId = s!.id;
  }
}

/** The top 50 job seekers for one open Altenpflege vacancy; floor: the candidate query alone. */
export const matchesForVacancyCase: BenchCase = {
  name: 'matches-for-vacancy',
  role: 'caseworker',
  fill: fillBoth,
  async sql(ctx) {
    const vacancy = await vacancyForMatching(ctx.db, ctx.ids.matchVacancyId!);
    return (await seekerCandidateRows(ctx.db, vacancy!, todayInAppZone())).length;
  },
  async app(ctx, fetchAs) {
    const response = await fetchAs(`/nl/vacancies/${ctx.ids.matchVacancyId}/matches`);
    if (response.status !== 200) throw new Error(`matches-for-vacancy: HTTP ${response.status}`);
    await response.text();
  },
};

/** The top 50 open vacancies for one job seeker; floor: the candidate query alone. */
export const matchesForSeekerCase: BenchCase = {
  name: 'matches-for-seeker',
  role: 'caseworker',
  fill: fillBoth,
  async sql(ctx) {
    const id = ctx.ids.matchSeekerId!;
    const [s] = await ctx.db
      .select({ js: jobSeekers, lat: places.lat, lon: places.lon, germanLevel: jobSeekerLanguages.level })
      .from(jobSeekers)
      .leftJoin(places, eq(places.id, jobSeekers.placeId))
      .leftJoin(jobSeekerLanguages, and(eq(jobSeekerLanguages.jobSeekerId, jobSeekers.id), eq(jobSeekerLanguages.language, 'de')))
      .where(eq(jobSeekers.id, id));
    const quals = await ctx.db
      .select({ code: jobSeekerQualifications.qualification })
      .from(jobSeekerQualifications)
      .where(eq(jobSeekerQualifications.jobSeekerId, id));
    const rows = await vacancyCandidateRows(
      ctx.db,
      {
        id,
        lat: s!.lat,
        lon: s!.lon,
        germanLevel: s!.germanLevel,
        maxCommuteKm: s!.js.maxCommuteKm,
        wantedSectors: s!.js.wantedSectors,
        qualificationCodes: quals.map((q) => q.code),
      },
      todayInAppZone(),
    );
    return rows.length;
  },
  async app(ctx, fetchAs) {
    const response = await fetchAs(`/nl/job-seekers/${ctx.ids.matchSeekerId}/matches`);
    if (response.status !== 200) throw new Error(`matches-for-seeker: HTTP ${response.status}`);
    await response.text();
  },
};
