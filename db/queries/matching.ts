import { aliasedTable, and, desc, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import { jobSeekerLanguages, jobSeekerQualifications, jobSeekers, places, placements, proposals, vacancies, vacancyListings, employers } from '@/db/schema';
import { cefrLevels, type CefrLevel, type Sector } from '@/db/schema/enums';
import { distanceKm as geoDistanceKm } from '@/lib/geo/distance';
import { codesCovering, requirementsCoveredBy } from '@/lib/matching/qualification-cover';
import { rankMatches, scoreMatch, type Ranked, type SeekerFacts, type VacancyFacts } from '@/lib/matching/score';

/**
 * Candidate queries for matching. The database does the filtering (hard blockers, open
 * vacancies, not yet proposed) and a coarse ordering that mirrors the score, and returns a
 * bounded set; lib/matching/score.ts ranks and explains it. CANDIDATE_POOL leaves room for the
 * fine score to reorder what the coarse one put near the top.
 */
const CANDIDATE_POOL = 300;

/**
 * Distance from one point to the place a row points at, computed once per place in JavaScript
 * (a few dozen places, not once per row in SQL) and looked up per row by place id in an array:
 * one subscript per row, where a CASE over every place tested them one after another, which
 * mattered once the imported postings added 10,000 rows to a person's matching.
 */
async function distanceFromPoint(db: Database, placeColumn: AnyPgColumn, lat: number, lon: number): Promise<SQL<number | null>> {
  const all = await db.select({ id: places.id, lat: places.lat, lon: places.lon }).from(places);
  if (all.length === 0) return sql<number | null>`null`;
  const maxId = Math.max(...all.map((p) => p.id));
  if (maxId > 100_000) {
    const branches = all.map((p) => sql`when ${sql.raw(String(p.id))} then ${sql.raw(geoDistanceKm(lat, lon, p.lat, p.lon).toFixed(3))}`);
    return sql<number | null>`(case ${placeColumn} ${sql.join(branches, sql` `)} end)::float8`;
  }
  const byId: string[] = Array.from({ length: maxId }, () => 'NULL');
  for (const p of all) byId[p.id - 1] = geoDistanceKm(lat, lon, p.lat, p.lon).toFixed(3);
  // Place ids start at 1, as PostgreSQL arrays do: the id is the subscript.
  return sql<number | null>`('{${sql.raw(byId.join(','))}}'::float8[])[${placeColumn}]`;
}

function levelBelow(level: CefrLevel): CefrLevel | null {
  const i = cefrLevels.indexOf(level);
  return i > 0 ? cefrLevels[i - 1]! : null;
}

/** Consent to share with employers, valid on the given day. */
export function consentValidOn(today: string): SQL {
  return sql`(${jobSeekers.consentGivenOn} is not null and ${jobSeekers.consentGivenOn} <= ${today} and ${jobSeekers.consentWithdrawnAt} is null and (${jobSeekers.consentUntil} is null or ${jobSeekers.consentUntil} >= ${today}))`;
}

/** Open and not past its closing date: what "open" means to everyone. */
export function vacancyEffectivelyOpen(today: string): SQL {
  return sql`(${vacancies.status} = 'open' and (${vacancies.closingDate} is null or ${vacancies.closingDate} >= ${today}))`;
}

const activePlacementOf = (jobSeekerId: SQL | typeof jobSeekers.id) =>
  sql`exists (select 1 from ${placements} where ${placements.jobSeekerId} = ${jobSeekerId} and ${placements.endDate} is null)`;

export interface SeekerCandidate {
  id: number;
  firstName: string;
  lastName: string;
  clientNumber: string;
  placeName: string | null;
  caseworkerId: number | null;
  distanceKm: number | null;
  facts: SeekerFacts;
}

export interface VacancyForMatching {
  id: number;
  title: string;
  textLanguage: 'nl' | 'de';
  employerId: number;
  employerName: string;
  placeName: string | null;
  lat: number | null;
  lon: number | null;
  facts: VacancyFacts;
}

export async function vacancyForMatching(db: Database, vacancyId: number): Promise<VacancyForMatching | null> {
  const [v] = await db
    .select({ v: vacancies, employerName: employers.name, placeName: places.name, lat: places.lat, lon: places.lon })
    .from(vacancies)
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .leftJoin(places, eq(places.id, vacancies.placeId))
    .where(eq(vacancies.id, vacancyId));
  if (!v) return null;
  return {
    id: v.v.id,
    title: v.v.title,
    textLanguage: v.v.textLanguage,
    employerId: v.v.employerId,
    employerName: v.employerName,
    placeName: v.placeName,
    lat: v.lat,
    lon: v.lon,
    facts: {
      germanLevel: v.v.germanLevel,
      qualificationRequired: v.v.qualificationRequired,
      recognitionRequired: v.v.recognitionRequired,
      drivingLicenceRequired: v.v.drivingLicenceRequired,
      sector: v.v.sector,
      hoursMin: v.v.hoursMin,
      hoursMax: v.v.hoursMax,
      startDate: v.v.startDate,
    },
  };
}

/**
 * The candidate query for one vacancy: people who may be proposed (consent valid, not placed,
 * not withdrawn, not already in its pipeline), in coarse score order, at most CANDIDATE_POOL.
 * One SQL statement; the bench measures it as the floor of the matches page.
 */
export async function seekerCandidateRows(db: Database, vacancy: VacancyForMatching, today: string) {
  const f = vacancy.facts;
  const vacancyId = vacancy.id;
  const homePlace = places;
  const germanLevel = jobSeekerLanguages.level;
  const distance =
    vacancy.lat == null || vacancy.lon == null ? sql<number | null>`null` : await distanceFromPoint(db, jobSeekers.placeId, vacancy.lat, vacancy.lon);

  const below = f.germanLevel ? levelBelow(f.germanLevel) : null;
  const germanPoints = f.germanLevel
    ? sql`case when ${germanLevel} >= ${f.germanLevel} then 30 ${below ? sql`when ${germanLevel} >= ${below} then 15` : sql``} else 0 end`
    : sql`30`;
  const covering = f.qualificationRequired ? codesCovering(f.qualificationRequired) : [];
  const qualificationPoints = f.qualificationRequired
    ? // Uncorrelated, so the database hashes the holders once instead of probing per person.
      sql`case when ${jobSeekers.id} in (select ${jobSeekerQualifications.jobSeekerId} from ${jobSeekerQualifications} where ${inArray(jobSeekerQualifications.qualification, covering)}) then 25 else 0 end`
    : sql`25`;
  const commutePoints = sql`case when ${distance} is null or ${jobSeekers.maxCommuteKm} is null then 10 when ${distance} <= ${jobSeekers.maxCommuteKm} then 20 when ${distance} <= ${jobSeekers.maxCommuteKm} * 1.25 then 10 else 0 end`;
  const sectorPoints = f.sector
    ? sql`case when cardinality(${jobSeekers.wantedSectors}) = 0 or ${f.sector} = any(${jobSeekers.wantedSectors}) then 10 else 0 end`
    : sql`10`;
  const coarse = sql<number>`(${germanPoints} + ${qualificationPoints} + ${commutePoints} + ${sectorPoints})`;

  return db
    .select({
      id: jobSeekers.id,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      clientNumber: jobSeekers.clientNumber,
      placeName: homePlace.name,
      caseworkerId: jobSeekers.caseworkerId,
      status: jobSeekers.status,
      germanLevel,
      distanceKm: distance,
      maxCommuteKm: jobSeekers.maxCommuteKm,
      drivingLicence: jobSeekers.drivingLicence,
      hasCar: jobSeekers.hasCar,
      wantedSectors: jobSeekers.wantedSectors,
      hoursMin: jobSeekers.hoursMin,
      hoursMax: jobSeekers.hoursMax,
      availableFrom: jobSeekers.availableFrom,
    })
    .from(jobSeekers)
    .leftJoin(homePlace, eq(homePlace.id, jobSeekers.placeId))
    .leftJoin(jobSeekerLanguages, and(eq(jobSeekerLanguages.jobSeekerId, jobSeekers.id), eq(jobSeekerLanguages.language, 'de')))
    .where(
      and(
        isNull(jobSeekers.erasedAt),
        inArray(jobSeekers.status, ['intake', 'active', 'in_training']),
        consentValidOn(today),
        sql`not ${activePlacementOf(jobSeekers.id)}`,
        sql`not exists (select 1 from ${proposals} where ${proposals.jobSeekerId} = ${jobSeekers.id} and ${proposals.vacancyId} = ${vacancyId} and ${notInArray(proposals.stage, ['rejected', 'withdrawn'])})`,
      ),
    )
    .orderBy(desc(coarse), sql`${distance} asc nulls last`, jobSeekers.id)
    .limit(CANDIDATE_POOL);
}

/** The best job seekers for one vacancy, ranked with reasons. */
export async function matchesForVacancy(
  db: Database,
  vacancyId: number,
  options: { today: string; limit?: number },
): Promise<{ vacancy: VacancyForMatching; matches: Ranked<SeekerCandidate>[] } | null> {
  const vacancy = await vacancyForMatching(db, vacancyId);
  if (!vacancy) return null;
  const f = vacancy.facts;
  const rows = await seekerCandidateRows(db, vacancy, options.today);
  const qualifications = await qualificationsOf(
    db,
    rows.map((r) => r.id),
  );
  const candidates: SeekerCandidate[] = rows.map((r) => ({
    id: r.id,
    firstName: r.firstName ?? '',
    lastName: r.lastName ?? '',
    clientNumber: r.clientNumber ?? '',
    placeName: r.placeName,
    caseworkerId: r.caseworkerId,
    distanceKm: r.distanceKm == null ? null : Number(r.distanceKm),
    facts: {
      status: r.status,
      consentValid: true,
      hasActivePlacement: false,
      germanLevel: r.germanLevel,
      qualifications: qualifications.get(r.id) ?? [],
      distanceKm: r.distanceKm == null ? null : Number(r.distanceKm),
      maxCommuteKm: r.maxCommuteKm,
      drivingLicence: r.drivingLicence,
      hasCar: r.hasCar,
      wantedSectors: r.wantedSectors,
      hoursMin: r.hoursMin,
      hoursMax: r.hoursMax,
      availableFrom: r.availableFrom,
    },
  }));
  return { vacancy, matches: rankMatches(candidates, (c) => scoreMatch(c.facts, f), options.limit ?? 50) };
}

async function qualificationsOf(db: Database, ids: number[]): Promise<Map<number, SeekerFacts['qualifications']>> {
  const map = new Map<number, SeekerFacts['qualifications']>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ id: jobSeekerQualifications.jobSeekerId, code: jobSeekerQualifications.qualification, recognition: jobSeekerQualifications.recognitionStatus })
    .from(jobSeekerQualifications)
    .where(inArray(jobSeekerQualifications.jobSeekerId, ids));
  for (const r of rows) {
    const list = map.get(r.id) ?? [];
    list.push({ code: r.code, recognition: r.recognition });
    map.set(r.id, list);
  }
  return map;
}

export interface VacancyCandidate {
  /** 'vacancy': id is a vacancy; 'ba_posting': id is an imported posting without a linked employer (propose once linked). */
  kind: 'vacancy' | 'ba_posting';
  id: number;
  title: string;
  textLanguage: 'nl' | 'de';
  /** The employer, or the posting's firma (none for a Chiffre ad). */
  employerName: string | null;
  /** A Chiffre ad: no employer to link, so never proposable. */
  anonymous: boolean;
  placeName: string | null;
  distanceKm: number | null;
  facts: VacancyFacts;
}

export interface SeekerForMatching {
  id: number;
  firstName: string;
  lastName: string;
  placeName: string | null;
  facts: SeekerFacts;
}

/**
 * The candidate query for one job seeker: open, unexpired vacancies with positions left that
 * the person is not yet proposed to, and the imported postings not linked to an employer yet
 * (the whole German market), in coarse score order, at most CANDIDATE_POOL. One SQL statement
 * on the vacancy_listings view; the bench measures it as the floor of the matches page.
 */
export async function vacancyCandidateRows(
  db: Database,
  seeker: {
    id: number;
    lat: number | null;
    lon: number | null;
    germanLevel: CefrLevel | null;
    maxCommuteKm: number | null;
    wantedSectors: Sector[];
    qualificationCodes: string[];
  },
  today: string,
) {
  const l = vacancyListings;
  const jobPlace = aliasedTable(places, 'job_place');
  const distance = seeker.lat == null || seeker.lon == null ? sql<number | null>`null` : await distanceFromPoint(db, l.placeId, seeker.lat, seeker.lon);
  const have = seeker.germanLevel;
  const above = have ? cefrLevels[cefrLevels.indexOf(have) + 1] : 'A1';
  const germanPoints = sql`case when ${l.germanLevel} is null then 30 ${have ? sql`when ${l.germanLevel} <= ${have} then 30` : sql``} ${above ? sql`when ${l.germanLevel} <= ${above} then 15` : sql``} else 0 end`;
  const covered = requirementsCoveredBy(seeker.qualificationCodes);
  const qualificationPoints = covered.length
    ? sql`case when ${l.qualificationRequired} is null or ${inArray(l.qualificationRequired, covered)} then 25 else 0 end`
    : sql`case when ${l.qualificationRequired} is null then 25 else 0 end`;
  const max = seeker.maxCommuteKm;
  const commutePoints =
    max == null ? sql`10` : sql`case when ${distance} is null then 10 when ${distance} <= ${max} then 20 when ${distance} <= ${max * 1.25} then 10 else 0 end`;
  const sectorPoints = seeker.wantedSectors.length ? sql`case when ${inArray(l.sector, seeker.wantedSectors)} then 10 else 0 end` : sql`10`;
  const coarse = sql<number>`(${germanPoints} + ${qualificationPoints} + ${commutePoints} + ${sectorPoints})`;

  return db
    .select({
      kind: l.kind,
      id: l.id,
      title: l.title,
      textLanguage: l.textLanguage,
      anonymous: l.anonymous,
      germanLevel: l.germanLevel,
      qualificationRequired: l.qualificationRequired,
      recognitionRequired: l.recognitionRequired,
      drivingLicenceRequired: l.drivingLicenceRequired,
      sector: l.sector,
      hoursMin: l.hoursMin,
      hoursMax: l.hoursMax,
      startDate: l.startDate,
      employerName: sql<string | null>`coalesce(${employers.name}, ${l.firma})`,
      placeName: jobPlace.name,
      distanceKm: distance,
    })
    .from(l)
    .leftJoin(employers, eq(employers.id, l.employerId))
    .leftJoin(jobPlace, eq(jobPlace.id, l.placeId))
    .where(
      and(
        sql`(${l.status} = 'open' and (${l.closingDate} is null or ${l.closingDate} >= ${today}))`,
        sql`${l.positionsFilled} < ${l.positions}`,
        // A posting has no proposals (it is no vacancy yet); its id is not a vacancy id.
        sql`(${l.kind} <> 'vacancy' or not exists (select 1 from ${proposals} where ${proposals.vacancyId} = ${l.id} and ${proposals.jobSeekerId} = ${seeker.id} and ${notInArray(proposals.stage, ['rejected', 'withdrawn'])}))`,
      ),
    )
    .orderBy(desc(coarse), sql`${distance} asc nulls last`, desc(l.kind), l.id)
    .limit(CANDIDATE_POOL);
}

/** The best open vacancies for one job seeker, ranked with reasons. Hard blockers still show, as blockers. */
export async function matchesForSeeker(
  db: Database,
  jobSeekerId: number,
  options: { today: string; limit?: number },
): Promise<{ seeker: SeekerForMatching; matches: Ranked<VacancyCandidate>[] } | null> {
  const [s] = await db
    .select({
      js: jobSeekers,
      placeName: places.name,
      lat: places.lat,
      lon: places.lon,
      germanLevel: jobSeekerLanguages.level,
      consentValid: consentValidOn(options.today).mapWith(Boolean),
      hasActivePlacement: activePlacementOf(jobSeekers.id).mapWith(Boolean),
    })
    .from(jobSeekers)
    .leftJoin(places, eq(places.id, jobSeekers.placeId))
    .leftJoin(jobSeekerLanguages, and(eq(jobSeekerLanguages.jobSeekerId, jobSeekers.id), eq(jobSeekerLanguages.language, 'de')))
    .where(and(eq(jobSeekers.id, jobSeekerId), isNull(jobSeekers.erasedAt)));
  if (!s) return null;
  const quals = (await qualificationsOf(db, [jobSeekerId])).get(jobSeekerId) ?? [];
  const seekerFacts: SeekerFacts = {
    status: s.js.status,
    consentValid: Boolean(s.consentValid),
    hasActivePlacement: Boolean(s.hasActivePlacement),
    germanLevel: s.germanLevel,
    qualifications: quals,
    distanceKm: null,
    maxCommuteKm: s.js.maxCommuteKm,
    drivingLicence: s.js.drivingLicence,
    hasCar: s.js.hasCar,
    wantedSectors: s.js.wantedSectors,
    hoursMin: s.js.hoursMin,
    hoursMax: s.js.hoursMax,
    availableFrom: s.js.availableFrom,
  };
  const seeker: SeekerForMatching = { id: s.js.id, firstName: s.js.firstName ?? '', lastName: s.js.lastName ?? '', placeName: s.placeName, facts: seekerFacts };

  const rows = await vacancyCandidateRows(
    db,
    {
      id: jobSeekerId,
      lat: s.lat,
      lon: s.lon,
      germanLevel: s.germanLevel,
      maxCommuteKm: s.js.maxCommuteKm,
      wantedSectors: s.js.wantedSectors,
      qualificationCodes: quals.map((q) => q.code),
    },
    options.today,
  );

  const candidates: VacancyCandidate[] = rows.map((r) => ({
    kind: r.kind === 'ba_posting' ? 'ba_posting' : 'vacancy',
    id: r.id,
    title: r.title,
    textLanguage: r.textLanguage,
    employerName: r.employerName,
    anonymous: r.anonymous,
    placeName: r.placeName,
    distanceKm: r.distanceKm == null ? null : Number(r.distanceKm),
    facts: {
      germanLevel: r.germanLevel,
      qualificationRequired: r.qualificationRequired,
      recognitionRequired: r.recognitionRequired,
      drivingLicenceRequired: r.drivingLicenceRequired,
      sector: r.sector,
      hoursMin: r.hoursMin,
      hoursMax: r.hoursMax,
      startDate: r.startDate,
    },
  }));
  // Blockers belong to the person, not the vacancy: rank on the facts without them and report them once.
  const unblocked: SeekerFacts = { ...seekerFacts, consentValid: true, hasActivePlacement: false, status: 'active' };
  const matches = rankMatches(candidates, (c) => scoreMatch({ ...unblocked, distanceKm: c.distanceKm }, c.facts), options.limit ?? 50);
  return { seeker, matches };
}
