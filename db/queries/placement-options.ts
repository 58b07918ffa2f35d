import { and, asc, desc, eq, ilike, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { employers, jobSeekers, places, proposals, vacancies } from '@/db/schema';

/**
 * The choices of the placement form: at most OPTION_LIMIT rows per search, so the form never
 * carries a whole table. Reads the tables directly; the register and vacancy pages of other
 * features are not needed for it.
 */
const OPTION_LIMIT = 20;

export interface PersonOption {
  id: number;
  label: string;
  clientNumber: string | null;
  sibCohort: boolean;
  mine: boolean;
}

export interface EmployerOption {
  id: number;
  label: string;
}

export interface VacancyOption {
  id: number;
  label: string;
  title: string;
  textLanguage: 'nl' | 'de';
  contract: 'permanent' | 'fixed_term' | null;
  hoursMax: number | null;
  positionsLeft: number;
}

/** `%q%` for ILIKE with the user's % and _ taken literally. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * People a placement can be logged for (not erased, not withdrawn), the caseworker's own
 * caseload first. An empty search lists the caseload of the caseworker.
 */
export async function searchPeopleForPlacement(db: Database, params: { q: string; caseworkerId: number }): Promise<PersonOption[]> {
  const q = params.q.trim();
  const mine = sql<boolean>`coalesce(${jobSeekers.caseworkerId} = ${params.caseworkerId}, false)`;
  const rows = await db
    .select({
      id: jobSeekers.id,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      clientNumber: jobSeekers.clientNumber,
      sibCohort: jobSeekers.sibCohort,
      mine,
    })
    .from(jobSeekers)
    .where(
      and(
        isNull(jobSeekers.erasedAt),
        ne(jobSeekers.status, 'withdrawn'),
        q
          ? or(
              ilike(sql`${jobSeekers.firstName} || ' ' || ${jobSeekers.lastName}`, containsPattern(q)),
              ilike(jobSeekers.lastName, containsPattern(q)),
              ilike(jobSeekers.clientNumber, containsPattern(q)),
            )
          : eq(jobSeekers.caseworkerId, params.caseworkerId),
      ),
    )
    .orderBy(desc(mine), asc(jobSeekers.lastName), asc(jobSeekers.firstName), asc(jobSeekers.id))
    .limit(OPTION_LIMIT);
  return rows.map(personOption);
}

function personOption(r: {
  id: number;
  firstName: string | null;
  lastName: string | null;
  clientNumber: string | null;
  sibCohort: boolean;
  mine: boolean;
}): PersonOption {
  const name = [r.firstName, r.lastName].filter(Boolean).join(' ');
  return {
    id: r.id,
    label: r.clientNumber ? `${name} (${r.clientNumber})` : name,
    clientNumber: r.clientNumber,
    sibCohort: r.sibCohort,
    mine: Boolean(r.mine),
  };
}

export async function personOptionById(db: Database, id: number, caseworkerId: number): Promise<PersonOption | null> {
  const [row] = await db
    .select({
      id: jobSeekers.id,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      clientNumber: jobSeekers.clientNumber,
      sibCohort: jobSeekers.sibCohort,
      mine: sql<boolean>`coalesce(${jobSeekers.caseworkerId} = ${caseworkerId}, false)`,
    })
    .from(jobSeekers)
    .where(and(eq(jobSeekers.id, id), isNull(jobSeekers.erasedAt)));
  return row ? personOption(row) : null;
}

export async function searchEmployersForPlacement(db: Database, params: { q: string }): Promise<EmployerOption[]> {
  const q = params.q.trim();
  const rows = await db
    .select({ id: employers.id, name: employers.name, place: places.name })
    .from(employers)
    .leftJoin(places, eq(places.id, employers.placeId))
    .where(q ? ilike(employers.name, containsPattern(q)) : undefined)
    .orderBy(asc(employers.name), asc(employers.id))
    .limit(OPTION_LIMIT);
  return rows.map(employerOption);
}

function employerOption(r: { id: number; name: string; place: string | null }): EmployerOption {
  return { id: r.id, label: r.place ? `${r.name} (${r.place})` : r.name };
}

export async function employerOptionById(db: Database, id: number): Promise<EmployerOption | null> {
  const [row] = await db
    .select({ id: employers.id, name: employers.name, place: places.name })
    .from(employers)
    .leftJoin(places, eq(places.id, employers.placeId))
    .where(eq(employers.id, id));
  return row ? employerOption(row) : null;
}

/** An employer's vacancies with a position left (not drafts), newest first. */
export async function vacanciesForPlacement(db: Database, params: { employerId: number; q?: string; includeId?: number }): Promise<VacancyOption[]> {
  const q = params.q?.trim() ?? '';
  const rows = await db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      textLanguage: vacancies.textLanguage,
      contract: vacancies.contract,
      hoursMax: vacancies.hoursMax,
      positions: vacancies.positions,
      positionsFilled: vacancies.positionsFilled,
      status: vacancies.status,
    })
    .from(vacancies)
    .where(
      and(
        eq(vacancies.employerId, params.employerId),
        ne(vacancies.status, 'draft'),
        lt(vacancies.positionsFilled, vacancies.positions),
        q ? ilike(vacancies.title, containsPattern(q)) : undefined,
      ),
    )
    .orderBy(desc(vacancies.createdAt), desc(vacancies.id))
    .limit(OPTION_LIMIT);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    label: `${r.title} (${r.positions - r.positionsFilled}/${r.positions})`,
    textLanguage: r.textLanguage,
    contract: r.contract,
    hoursMax: r.hoursMax,
    positionsLeft: r.positions - r.positionsFilled,
  }));
}

/**
 * What a link from the pipeline (?proposalId=) prefills: the person, the vacancy and its
 * employer of that proposal.
 */
export async function proposalPrefill(db: Database, proposalId: number): Promise<{ jobSeekerId: number; vacancyId: number; employerId: number } | null> {
  const [row] = await db
    .select({ jobSeekerId: proposals.jobSeekerId, vacancyId: proposals.vacancyId, employerId: vacancies.employerId })
    .from(proposals)
    .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .where(eq(proposals.id, proposalId));
  return row ?? null;
}
