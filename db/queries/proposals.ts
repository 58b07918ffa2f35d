import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { notify } from './notifications';
import { isCheckViolation, isUniqueViolation } from '@/db/errors';
import { employers, jobSeekerLanguages, jobSeekerQualifications, jobSeekers, places, proposalEvents, proposals, users, vacancies } from '@/db/schema';
import type { ProposalStage } from '@/db/schema/enums';
import { consentStatus } from '@/lib/domain/job-seekers';
import { todayInAppZone } from '@/lib/time/zoned';
import { reschedulableStages } from '@/lib/proposals/stages';
import { recordAudit, type AuditContext } from './audit';

/** The active user accounts of the company that owns a vacancy: who hears of its proposals. */
async function activeEmployerUsers(db: Database, vacancyId: number): Promise<{ id: number }[]> {
  return db
    .select({ id: users.id })
    .from(users)
    .innerJoin(vacancies, eq(vacancies.employerId, users.employerId))
    .where(and(eq(vacancies.id, vacancyId), eq(users.role, 'employer'), eq(users.active, true)));
}

export type ProposeOutcome = { ok: true; id: number } | { ok: false; code: 'alreadyProposed' | 'notAvailable' | 'alreadyPlaced' | 'noConsent' | 'notFound' };

/**
 * Proposes one person to one vacancy, with the first history step and the audit row, in one
 * transaction. A refusal changes nothing and is audited on its own (who was refused, and why).
 */
export async function proposeCandidate(
  db: Database,
  input: { vacancyId: number; jobSeekerId: number; motivation: string | null; actorId: number },
  audit: AuditContext,
  /** Runs in the proposal's transaction with its id (an event conversation links it there). */
  alongside?: (tx: Database, proposalId: number) => Promise<void>,
): Promise<ProposeOutcome> {
  const event = { ...audit, action: 'proposal.create', objectType: 'vacancy', objectId: input.vacancyId, jobSeekerId: input.jobSeekerId };
  let outcome: ProposeOutcome;
  try {
    outcome = await db.transaction(async (tx) => {
      const [seeker] = await tx.select({ scope: jobSeekers.consentScope }).from(jobSeekers).where(eq(jobSeekers.id, input.jobSeekerId));
      if (!seeker) return { ok: false as const, code: 'notFound' as const };
      const [row] = await tx
        .insert(proposals)
        .values({
          vacancyId: input.vacancyId,
          jobSeekerId: input.jobSeekerId,
          proposedBy: input.actorId,
          motivation: input.motivation,
          // What the person agreed to share now is what the employer will see.
          sharedScope: seeker.scope,
        })
        .returning({ id: proposals.id });
      await tx.insert(proposalEvents).values({ proposalId: row!.id, fromStage: null, toStage: 'proposed', actorId: input.actorId, reason: input.motivation });
      await recordAudit(tx, { ...event, details: { proposalId: row!.id } });
      if (alongside) await alongside(tx, row!.id);
      // Every active user of the employer hears of it by mail, queued with the proposal itself.
      for (const recipient of await activeEmployerUsers(tx, input.vacancyId))
        await notify(tx, { kind: 'proposalNew', userId: recipient.id, proposalId: row!.id });
      return { ok: true as const, id: row!.id };
    });
  } catch (error) {
    outcome = proposeRefusal(error);
  }
  if (!outcome.ok) await recordAudit(db, { ...event, result: 'denied', details: { code: outcome.code } });
  return outcome;
}

function proposeRefusal(error: unknown): ProposeOutcome {
  if (isUniqueViolation(error, 'proposals_open_uq')) return { ok: false, code: 'alreadyProposed' };
  if (isCheckViolation(error, 'proposals_not_placed_ck')) return { ok: false, code: 'alreadyPlaced' };
  if (isCheckViolation(error, 'proposals_consent_ck')) return { ok: false, code: 'noConsent' };
  if (isCheckViolation(error, 'proposals_seeker_available_ck')) return { ok: false, code: 'notAvailable' };
  throw error;
}

export type MoveOutcome = { ok: true; version: number } | { ok: false; code: 'conflict' | 'illegalTransition' | 'notFound' | 'appointmentRequired' };

/**
 * Moves a proposal to another stage. The update names the version it was based on: two people
 * moving the same candidate at once cannot both succeed, and the history gets exactly one step
 * per change (same transaction), and so does the audit row. The database refuses illegal jumps
 * itself; a refused move changes nothing and is audited on its own.
 */
export async function moveProposal(
  db: Database,
  input: { proposalId: number; expectedVersion: number; to: ProposalStage; reason: string | null; actorId: number; interviewAt?: Date | null },
  audit: AuditContext,
): Promise<MoveOutcome> {
  let seen: { stage: ProposalStage; jobSeekerId: number } | undefined;
  const audited = (ex: Database, code?: string) =>
    recordAudit(ex, {
      ...audit,
      action: 'proposal.move',
      objectType: 'proposal',
      objectId: input.proposalId,
      jobSeekerId: seen?.jobSeekerId,
      result: code ? 'denied' : 'ok',
      details: { from: seen?.stage, to: input.to, ...(code ? { code } : {}) },
    });
  let outcome: MoveOutcome;
  try {
    outcome = await db.transaction(async (tx) => {
      const [current] = await tx
        .select({ stage: proposals.stage, version: proposals.version, jobSeekerId: proposals.jobSeekerId, vacancyId: proposals.vacancyId })
        .from(proposals)
        .where(eq(proposals.id, input.proposalId));
      if (!current) return { ok: false as const, code: 'notFound' as const };
      seen = current;
      // The same stage again: a new date for its interview or trial day, one step in the history.
      const rescheduling = input.to === current.stage;
      if (rescheduling && !reschedulableStages.includes(current.stage)) return { ok: false as const, code: 'illegalTransition' as const };
      if (rescheduling && !input.interviewAt) return { ok: false as const, code: 'appointmentRequired' as const };
      const [updated] = await tx
        .update(proposals)
        .set({
          stage: input.to,
          version: sql`${proposals.version} + 1`,
          ...(input.interviewAt !== undefined ? { interviewAt: input.interviewAt } : {}),
        })
        .where(and(eq(proposals.id, input.proposalId), eq(proposals.version, input.expectedVersion)))
        .returning({ version: proposals.version });
      if (!updated) return { ok: false as const, code: 'conflict' as const };
      await tx.insert(proposalEvents).values({
        proposalId: input.proposalId,
        fromStage: current.stage,
        toStage: input.to,
        actorId: input.actorId,
        reason: input.reason,
        interviewAt: input.interviewAt ?? null,
        cause: rescheduling ? 'rescheduled' : null,
      });
      await audited(tx);
      // The employer's step reaches the caseworker who owns the person, queued with the step;
      // an interview or trial day set or moved reaches both sides (with a calendar file).
      const [actor] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.actorId));
      const appointment = (input.to === 'interview' || input.to === 'trial_day') && input.interviewAt != null;
      const step = {
        kind: 'proposalStep' as const,
        proposalId: input.proposalId,
        stage: input.to,
        reason: input.reason,
        interviewAt: input.interviewAt ? input.interviewAt.toISOString() : null,
      };
      if (appointment) {
        for (const recipient of await activeEmployerUsers(tx, current.vacancyId)) await notify(tx, { ...step, userId: recipient.id });
      }
      if (actor?.role === 'employer' || appointment) {
        const [owner] = await tx
          .select({ id: users.id })
          .from(proposals)
          .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
          .innerJoin(users, eq(users.id, jobSeekers.caseworkerId))
          .where(and(eq(proposals.id, input.proposalId), eq(users.active, true)));
        if (owner) await notify(tx, { ...step, userId: owner.id });
      }
      return { ok: true as const, version: updated.version };
    });
  } catch (error) {
    if (!isCheckViolation(error, 'proposals_stage_transition_ck')) throw error;
    outcome = { ok: false, code: 'illegalTransition' };
  }
  if (!outcome.ok) await audited(db, outcome.code);
  return outcome;
}

export async function employerHasAccounts(db: Database, employerId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.employerId, employerId), eq(users.active, true)))
    .limit(1);
  return row !== undefined;
}

export interface ProposalSummary {
  id: number;
  vacancyId: number;
  employerId: number;
  jobSeekerId: number;
  stage: ProposalStage;
  version: number;
  motivation: string | null;
  sharedScope: string[];
  interviewAt: Date | null;
  stageChangedAt: Date;
  createdAt: Date;
  caseworkerId: number | null;
}

/** One proposal with the ids needed for ownership checks; null when it does not exist. */
export async function proposalById(db: Database, proposalId: number): Promise<ProposalSummary | null> {
  const [row] = await db
    .select({
      id: proposals.id,
      vacancyId: proposals.vacancyId,
      employerId: vacancies.employerId,
      jobSeekerId: proposals.jobSeekerId,
      stage: proposals.stage,
      version: proposals.version,
      motivation: proposals.motivation,
      sharedScope: proposals.sharedScope,
      interviewAt: proposals.interviewAt,
      stageChangedAt: proposals.stageChangedAt,
      createdAt: proposals.createdAt,
      caseworkerId: jobSeekers.caseworkerId,
    })
    .from(proposals)
    .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
    .where(eq(proposals.id, proposalId));
  return row ?? null;
}

/**
 * The candidate as an employer may see them: what the person agreed to share when proposed,
 * narrowed to what they agree to share today (consent can be narrowed, withdrawn or run out
 * after the proposal; the employer's view follows at once). Never the address, date of birth
 * or client number; the name in full and the contact details only with 'contact' consent,
 * otherwise first name and initial. Without any consent today nothing is shown, not even the
 * name: `consentWithdrawn` says why.
 */
export interface SharedCandidate {
  displayName: string;
  consentWithdrawn: boolean;
  placeName: string | null;
  languages: { language: string; level: string }[] | null;
  qualifications: { qualification: string; recognitionStatus: string }[] | null;
  drivingLicence: boolean | null;
  hoursMin: number | null;
  hoursMax: number | null;
  availableFrom: string | null;
  email: string | null;
  phone: string | null;
}

/** What a person agrees to share today: nothing when withdrawn, not yet given or run out. */
export function currentConsentScope(
  person: { consentGivenOn: string | null; consentUntil: string | null; consentWithdrawnAt: Date | null; consentScope: string[] },
  today: string,
): string[] {
  return consentStatus(person, today) === 'valid' ? person.consentScope : [];
}

export async function sharedCandidates(
  db: Database,
  items: { jobSeekerId: number; sharedScope: string[] }[],
  options: { today?: string; audience?: 'employer' | 'staff' } = {},
): Promise<Map<number, SharedCandidate>> {
  const ids = [...new Set(items.map((i) => i.jobSeekerId))];
  const result = new Map<number, SharedCandidate>();
  if (ids.length === 0) return result;
  const today = options.today ?? todayInAppZone();
  const [people, languages, qualifications] = await Promise.all([
    db
      .select({
        id: jobSeekers.id,
        firstName: jobSeekers.firstName,
        lastName: jobSeekers.lastName,
        email: jobSeekers.email,
        phone: jobSeekers.phone,
        placeName: places.name,
        drivingLicence: jobSeekers.drivingLicence,
        hoursMin: jobSeekers.hoursMin,
        hoursMax: jobSeekers.hoursMax,
        availableFrom: jobSeekers.availableFrom,
        erasedAt: jobSeekers.erasedAt,
        consentGivenOn: jobSeekers.consentGivenOn,
        consentUntil: jobSeekers.consentUntil,
        consentWithdrawnAt: jobSeekers.consentWithdrawnAt,
        consentScope: jobSeekers.consentScope,
      })
      .from(jobSeekers)
      .leftJoin(places, eq(places.id, jobSeekers.placeId))
      .where(inArray(jobSeekers.id, ids)),
    db.select().from(jobSeekerLanguages).where(inArray(jobSeekerLanguages.jobSeekerId, ids)).orderBy(asc(jobSeekerLanguages.language)),
    db.select().from(jobSeekerQualifications).where(inArray(jobSeekerQualifications.jobSeekerId, ids)),
  ]);
  for (const item of items) {
    const p = people.find((x) => x.id === item.jobSeekerId);
    if (!p) continue;
    const erased = p.erasedAt != null;
    // Staff see the person anyway (their own register); employers only the intersection.
    const current = options.audience === 'staff' ? item.sharedScope : currentConsentScope(p, today);
    const withdrawn = !erased && current.length === 0;
    const scope = new Set(withdrawn || erased ? [] : item.sharedScope.filter((s) => current.includes(s)));
    const profile = scope.has('profile');
    result.set(item.jobSeekerId, {
      displayName: erased || withdrawn ? '—' : scope.has('contact') ? `${p.firstName} ${p.lastName}` : `${p.firstName} ${(p.lastName ?? '').trim().charAt(0)}.`,
      consentWithdrawn: withdrawn,
      placeName: profile ? p.placeName : null,
      languages: scope.has('languages') ? languages.filter((l) => l.jobSeekerId === p.id).map((l) => ({ language: l.language, level: l.level })) : null,
      qualifications: scope.has('qualifications')
        ? qualifications.filter((q) => q.jobSeekerId === p.id).map((q) => ({ qualification: q.qualification, recognitionStatus: q.recognitionStatus }))
        : null,
      drivingLicence: profile ? p.drivingLicence : null,
      hoursMin: profile ? p.hoursMin : null,
      hoursMax: profile ? p.hoursMax : null,
      availableFrom: profile ? p.availableFrom : null,
      email: scope.has('contact') ? p.email : null,
      phone: scope.has('contact') ? p.phone : null,
    });
  }
  return result;
}

/** The pipeline of one vacancy: every proposal, newest step first within a stage. */
export function proposalsOfVacancy(db: Database, vacancyId: number) {
  return db
    .select({
      id: proposals.id,
      jobSeekerId: proposals.jobSeekerId,
      stage: proposals.stage,
      version: proposals.version,
      motivation: proposals.motivation,
      sharedScope: proposals.sharedScope,
      interviewAt: proposals.interviewAt,
      stageChangedAt: proposals.stageChangedAt,
      caseworkerId: jobSeekers.caseworkerId,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
    })
    .from(proposals)
    .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
    .where(eq(proposals.vacancyId, vacancyId))
    .orderBy(desc(proposals.stageChangedAt));
}

export function proposalHistory(db: Database, proposalId: number) {
  return db
    .select({
      id: proposalEvents.id,
      fromStage: proposalEvents.fromStage,
      toStage: proposalEvents.toStage,
      reason: proposalEvents.reason,
      cause: proposalEvents.cause,
      interviewAt: proposalEvents.interviewAt,
      at: proposalEvents.at,
      actorName: users.name,
      actorRole: users.role,
    })
    .from(proposalEvents)
    .leftJoin(users, eq(users.id, proposalEvents.actorId))
    .where(eq(proposalEvents.proposalId, proposalId))
    .orderBy(asc(proposalEvents.at), asc(proposalEvents.id));
}

export interface WaitingItem {
  proposalId: number;
  vacancyId: number;
  vacancyTitle: string;
  employerName: string;
  jobSeekerId: number;
  firstName: string | null;
  lastName: string | null;
  stage: ProposalStage;
  interviewAt: Date | null;
  stageChangedAt: Date;
  reason: 'employerMoved' | 'interviewSoon' | 'hired';
}

/**
 * What waits on a caseworker: employer replies of the last 14 days on their people's proposals,
 * interviews in the coming 7 days, and hires that still need a placement logged.
 */
export async function waitingForCaseworker(db: Database, caseworkerId: number, now: Date): Promise<WaitingItem[]> {
  const since = new Date(now.getTime() - 14 * 86_400_000);
  const until = new Date(now.getTime() + 7 * 86_400_000);
  const rows = await db
    .select({
      proposalId: proposals.id,
      vacancyId: proposals.vacancyId,
      vacancyTitle: vacancies.title,
      employerName: employers.name,
      jobSeekerId: proposals.jobSeekerId,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      stage: proposals.stage,
      interviewAt: proposals.interviewAt,
      stageChangedAt: proposals.stageChangedAt,
      lastActorRole: sql<
        string | null
      >`(select u.role::text from ${proposalEvents} e left join ${users} u on u.id = e.actor_id where e.proposal_id = ${proposals.id} order by e.at desc, e.id desc limit 1)`,
      placed: sql<boolean>`exists (select 1 from placements pl where pl.proposal_id = ${proposals.id})`.mapWith(Boolean),
    })
    .from(proposals)
    .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
    .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .where(
      and(
        eq(jobSeekers.caseworkerId, caseworkerId),
        sql`(${proposals.stageChangedAt} >= ${since.toISOString()} or (${proposals.interviewAt} between ${now.toISOString()} and ${until.toISOString()}) or ${proposals.stage} = 'hired')`,
      ),
    )
    .orderBy(desc(proposals.stageChangedAt))
    .limit(100);
  const items: WaitingItem[] = [];
  for (const { lastActorRole, placed, ...item } of rows) {
    if (item.stage === 'hired') {
      if (!placed) items.push({ ...item, reason: 'hired' });
    } else if (item.interviewAt && item.interviewAt >= now && item.interviewAt <= until) {
      items.push({ ...item, reason: 'interviewSoon' });
    } else if (lastActorRole === 'employer' && item.stageChangedAt >= since) {
      items.push({ ...item, reason: 'employerMoved' });
    }
  }
  return items;
}

/** Every candidate proposed to one employer's vacancies, for the employer's "Kandidaten" page. */
export function proposalsOfEmployer(db: Database, employerId: number) {
  return db
    .select({
      id: proposals.id,
      vacancyId: proposals.vacancyId,
      vacancyTitle: vacancies.title,
      textLanguage: vacancies.textLanguage,
      jobSeekerId: proposals.jobSeekerId,
      sharedScope: proposals.sharedScope,
      stage: proposals.stage,
      stageChangedAt: proposals.stageChangedAt,
    })
    .from(proposals)
    .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .where(eq(vacancies.employerId, employerId))
    .orderBy(asc(vacancies.title), asc(vacancies.id), desc(proposals.stageChangedAt))
    .limit(500);
}

/** Open proposals of one caseworker's job seekers. */
export function openProposalsOfCaseload(db: Database, caseworkerId: number) {
  return db
    .select({
      id: proposals.id,
      vacancyId: proposals.vacancyId,
      vacancyTitle: vacancies.title,
      textLanguage: vacancies.textLanguage,
      employerName: employers.name,
      jobSeekerId: proposals.jobSeekerId,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      stage: proposals.stage,
      stageChangedAt: proposals.stageChangedAt,
    })
    .from(proposals)
    .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
    .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .where(and(eq(jobSeekers.caseworkerId, caseworkerId), notInArray(proposals.stage, ['hired', 'rejected', 'withdrawn'])))
    .orderBy(desc(proposals.stageChangedAt))
    .limit(200);
}
