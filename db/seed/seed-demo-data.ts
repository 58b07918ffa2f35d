import { allowHistoryImport } from '@/db/history-import';
import { and, gte, lte } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import type { Database } from '../client';
import { DEFAULT_TARGETS } from '../reference-data';
import {
  employerContacts,
  employers,
  jobSeekerChecks,
  jobSeekerLanguages,
  jobSeekerNotes,
  jobSeekerQualifications,
  jobSeekers,
  placementChecks,
  placements,
  places,
  programmeTargets,
  proposalEvents,
  proposals,
  users,
  vacancies,
  yearlyTargets,
} from '../schema';
import { dayOf, yearOf } from '@/lib/time/days';
import { demoSibContract } from './demo-sib-contract';
import { seedDemoSibClaims } from './demo-sib-claims';
import { seedDemoCohorts } from './demo-cohorts';
import { seedDemoEvents } from './demo-events';
import { insertContract } from '@/db/queries/sib-contracts';
import { planDemoData, type DemoPlan } from './demo-plan';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Loads the demo world (staff, employers, vacancies, 150 job seekers, pipelines and three
 * years of placements) into an empty database, all relative to `today`. Deterministic, and
 * all or nothing: one transaction, and nothing at all when the database already holds users,
 * employers or job seekers, so it can never mix demo data into a real installation.
 */
export async function seedDemoData(db: Database, options: { today: Date }): Promise<{ seeded: boolean }> {
  if (await hasData(db)) return { seeded: false };

  const year = yearOf(dayOf(options.today));
  const [placeRows, targetRows] = await Promise.all([
    db.select({ id: places.id, name: places.name, country: places.country, postcode: places.postcode, lat: places.lat, lon: places.lon }).from(places),
    db
      .select()
      .from(yearlyTargets)
      .where(and(gte(yearlyTargets.year, year - 2), lte(yearlyTargets.year, year))),
  ]);
  const targets = new Map(targetRows.map((t) => [`${t.year}:${t.funding}`, t.target]));
  const plan = planDemoData({
    today: options.today,
    places: placeRows,
    target: (y, funding) => targets.get(`${y}:${funding}`) ?? DEFAULT_TARGETS[funding],
  });

  // Hashing is the slow part (argon2id): do it before the transaction, all at once.
  const hashes = new Map(await Promise.all(plan.users.map(async (u) => [u.email, await hashPassword(u.password)] as const)));

  return db.transaction(async (tx) => {
    // Checked again inside the transaction: two starts racing must not both seed.
    if (await hasData(tx)) return { seeded: false };
    await allowHistoryImport(tx);
    await insertPlan(tx, plan, hashes, year, dayOf(options.today));
    return { seeded: true };
  });
}

async function hasData(db: Database | Transaction): Promise<boolean> {
  const [user] = await db.select({ id: users.id }).from(users).limit(1);
  if (user) return true;
  const [employer] = await db.select({ id: employers.id }).from(employers).limit(1);
  if (employer) return true;
  const [seeker] = await db.select({ id: jobSeekers.id }).from(jobSeekers).limit(1);
  return seeker !== undefined;
}

/**
 * Multi-row INSERT ... RETURNING gives rows back in VALUES order on PostgreSQL; the seed relies
 * on that to map list positions to ids, and checks it rather than trusting it.
 */
function inOrder<T extends { id: number }>(rows: T[], expected: readonly string[], key: (row: T) => string, what: string): number[] {
  if (rows.length !== expected.length || rows.some((row, i) => key(row) !== expected[i])) {
    throw new Error(`demo seed: ${what} came back in an unexpected order`);
  }
  return rows.map((r) => r.id);
}

function lookup<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo seed: unknown ${what} ${String(key)}`);
  return value;
}

async function insertPlan(tx: Transaction, plan: DemoPlan, hashes: ReadonlyMap<string, string>, year: number, today: string): Promise<void> {
  const employerRows = await tx
    .insert(employers)
    .values(
      plan.employers.map((e) => ({
        name: e.name,
        street: e.street,
        postcode: e.postcode,
        placeId: e.placeId,
        sector: e.sector,
        website: e.website,
        phone: e.phone,
        email: e.email,
        description: e.description,
        createdAt: e.createdAt,
        updatedAt: e.createdAt,
      })),
    )
    .returning({ id: employers.id, name: employers.name });
  const employerIds = inOrder(
    employerRows,
    plan.employers.map((e) => e.name),
    (r) => r.name,
    'employers',
  );
  const employerId = new Map(plan.employers.map((e, i) => [e.key, employerIds[i]!]));

  await tx
    .insert(employerContacts)
    .values(
      plan.employers.flatMap((e) =>
        e.contacts.map((c) => ({ employerId: lookup(employerId, e.key, 'employer'), name: c.name, jobTitle: c.jobTitle, email: c.email, phone: c.phone })),
      ),
    );

  const userRows = await tx
    .insert(users)
    .values(
      plan.users.map((u) => ({
        email: u.email,
        name: u.name,
        passwordHash: lookup(hashes, u.email, 'user'),
        role: u.role,
        employerId: u.employer ? lookup(employerId, u.employer, 'employer') : null,
        locale: u.locale,
        createdAt: u.createdAt,
        updatedAt: u.createdAt,
      })),
    )
    .returning({ id: users.id, email: users.email });
  const userIds = inOrder(
    userRows,
    plan.users.map((u) => u.email),
    (r) => r.email,
    'users',
  );
  const userId = new Map(plan.users.map((u, i) => [u.email, userIds[i]!]));
  const user = (email: string) => lookup(userId, email, 'user');

  const vacancyRows = await tx
    .insert(vacancies)
    .values(
      plan.vacancies.map((v) => ({
        employerId: lookup(employerId, v.employer, 'employer'),
        title: v.title,
        description: v.description,
        textLanguage: v.textLanguage,
        sector: v.sector,
        occupationCode: v.occupationCode,
        placeId: v.placeId,
        hoursMin: v.hoursMin,
        hoursMax: v.hoursMax,
        contract: v.contract,
        payMin: v.payMin,
        payMax: v.payMax,
        germanLevel: v.germanLevel,
        qualificationRequired: v.qualificationRequired,
        recognitionRequired: v.recognitionRequired,
        drivingLicenceRequired: v.drivingLicenceRequired,
        shifts: v.shifts,
        startDate: v.startDate,
        positions: v.positions,
        positionsFilled: v.positionsFilled,
        status: v.status,
        closingDate: v.closingDate,
        publishedAt: v.publishedAt,
        createdBy: user(v.createdBy),
        createdAt: v.createdAt,
        updatedAt: v.updatedAt,
      })),
    )
    .returning({ id: vacancies.id, title: vacancies.title, employerId: vacancies.employerId });
  const vacancyIds = inOrder(
    vacancyRows,
    plan.vacancies.map((v) => `${lookup(employerId, v.employer, 'employer')}:${v.title}`),
    (r) => `${r.employerId}:${r.title}`,
    'vacancies',
  );

  const seekerRows = await tx
    .insert(jobSeekers)
    .values(
      plan.seekers.map((s) => ({
        clientNumber: s.clientNumber,
        firstName: s.firstName,
        lastName: s.lastName,
        email: s.email,
        phone: s.phone,
        dateOfBirth: s.dateOfBirth,
        postcode: s.postcode,
        placeId: s.placeId,
        caseworkerId: user(s.caseworker),
        status: s.status,
        drivingLicence: s.drivingLicence,
        hasCar: s.hasCar,
        maxCommuteKm: s.maxCommuteKm,
        wantedSectors: s.wantedSectors,
        hoursMin: s.hoursMin,
        hoursMax: s.hoursMax,
        availableFrom: s.availableFrom,
        sibCohort: s.sibCohort,
        consentGivenOn: s.consentGivenOn,
        consentScope: s.consentScope,
        consentUntil: s.consentUntil,
        consentWithdrawnAt: s.consentWithdrawnAt,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
      })),
    )
    .returning({ id: jobSeekers.id, clientNumber: jobSeekers.clientNumber });
  const seekerIds = inOrder(
    seekerRows,
    plan.seekers.map((s) => s.clientNumber),
    (r) => r.clientNumber ?? '',
    'job seekers',
  );

  const perSeeker = <T>(rows: (seekerId: number, i: number) => T[]) => plan.seekers.flatMap((_, i) => rows(seekerIds[i]!, i));
  await tx.insert(jobSeekerLanguages).values(perSeeker((jobSeekerId, i) => plan.seekers[i]!.languages.map((l) => ({ jobSeekerId, ...l }))));
  const qualificationRows = perSeeker((jobSeekerId, i) => plan.seekers[i]!.qualifications.map((q) => ({ jobSeekerId, ...q })));
  if (qualificationRows.length > 0) await tx.insert(jobSeekerQualifications).values(qualificationRows);
  const noteRows = perSeeker((jobSeekerId, i) =>
    plan.seekers[i]!.notes.map((n) => ({ jobSeekerId, authorId: user(n.author), kind: 'note', body: n.body, createdAt: n.createdAt })),
  );
  if (noteRows.length > 0) await tx.insert(jobSeekerNotes).values(noteRows);
  const checkRows = perSeeker((jobSeekerId, i) =>
    plan.seekers[i]!.checks.map((c) => ({ jobSeekerId, item: c.item, doneAt: c.doneAt, doneBy: user(c.doneBy) })),
  );
  if (checkRows.length > 0) await tx.insert(jobSeekerChecks).values(checkRows);

  let proposalIds: number[] = [];
  if (plan.proposals.length > 0) {
    const proposalRows = await tx
      .insert(proposals)
      .values(
        plan.proposals.map((p) => ({
          vacancyId: vacancyIds[p.vacancy]!,
          jobSeekerId: seekerIds[p.seeker]!,
          proposedBy: user(p.proposedBy),
          motivation: p.motivation,
          stage: p.stage,
          sharedScope: p.sharedScope,
          interviewAt: p.interviewAt,
          createdAt: p.createdAt,
          stageChangedAt: p.stageChangedAt,
          version: p.events.length,
        })),
      )
      .returning({ id: proposals.id, vacancyId: proposals.vacancyId, jobSeekerId: proposals.jobSeekerId });
    proposalIds = inOrder(
      proposalRows,
      plan.proposals.map((p) => `${vacancyIds[p.vacancy]}:${seekerIds[p.seeker]}`),
      (r) => `${r.vacancyId}:${r.jobSeekerId}`,
      'proposals',
    );
    await tx.insert(proposalEvents).values(
      plan.proposals.flatMap((p, i) =>
        p.events.map((e) => ({
          proposalId: proposalIds[i]!,
          fromStage: e.fromStage,
          toStage: e.toStage,
          actorId: user(e.actor),
          reason: e.reason,
          at: e.at,
        })),
      ),
    );
  }

  const placementRows = await tx
    .insert(placements)
    .values(
      plan.placements.map((p) => ({
        jobSeekerId: seekerIds[p.seeker]!,
        employerId: lookup(employerId, p.employer, 'employer'),
        vacancyId: p.vacancy === null ? null : vacancyIds[p.vacancy]!,
        proposalId: p.proposal === null ? null : proposalIds[p.proposal]!,
        caseworkerId: user(p.caseworker),
        startDate: p.startDate,
        funding: p.funding,
        jobTitle: p.jobTitle,
        hoursPerWeek: p.hoursPerWeek,
        contract: p.contract,
        endDate: p.endDate,
        endReasonCode: p.endReasonCode,
        endReason: p.endReason,
        createdBy: user(p.caseworker),
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      })),
    )
    .returning({ id: placements.id, jobSeekerId: placements.jobSeekerId, startDate: placements.startDate });
  const placementIds = inOrder(
    placementRows,
    plan.placements.map((p) => `${seekerIds[p.seeker]}:${p.startDate}`),
    (r) => `${r.jobSeekerId}:${r.startDate}`,
    'placements',
  );
  await tx.insert(placementChecks).values(
    plan.placements.flatMap((p, i) =>
      p.checks.map((c) => ({
        placementId: placementIds[i]!,
        months: c.months,
        dueOn: c.dueOn,
        outcome: c.outcome,
        checkedAt: c.checkedAt,
        checkedBy: c.checkedBy ? user(c.checkedBy) : null,
        note: c.note,
      })),
    ),
  );
  // The SIB contract of the demo years: its outcomes give the SIB placements their milestones.
  const contractId = await insertContract(tx, demoSibContract(year));
  await seedDemoSibClaims(tx, contractId, today);
  // Last month's job fair in Hengelo and next month's meeting in Gronau (db/seed/plan-events.ts).
  await seedDemoEvents(tx, today);
  // The training cohort of project "Zorg" (db/seed/demo-cohorts.ts).
  await seedDemoCohorts(tx, today);

  await tx.insert(programmeTargets).values(plan.programmeTarget);
}
