import { and, asc, desc, eq, inArray, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { isForeignKeyViolation, violatedConstraint } from '@/db/errors';
import {
  breakGlassGrants,
  employers,
  jobSeekerChecks,
  jobSeekerLanguages,
  jobSeekerNotes,
  jobSeekerQualifications,
  jobSeekers,
  placements,
  places,
  proposalEvents,
  proposals,
  sibClaims,
  users,
  vacancies,
} from '@/db/schema';
import { documentStorage } from '@/db/document-storage';
import { deleteDocumentsOfJobSeeker } from './documents';
import { eraseCohortDataOfJobSeeker } from './cohorts';
import { eraseEventDataOfJobSeeker } from './events';
import type { CrossBorderCheck, JobSeekerStatus } from '@/db/schema/enums';
import type { JobSeekerValues } from '@/lib/validation/job-seekers';
import { recordAudit, type AuditContext, type AuditEvent } from './audit';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type Executor = Database | Transaction;

type FieldErrors = Record<string, string>;
export type ChangeOutcome<T = object> =
  | ({ ok: true } & T)
  | { ok: false; code: 'notFound' | 'conflict' | 'invalid' | 'notOwnerHandOver' | 'notOwner'; fieldErrors?: FieldErrors };

/** The audit row of a change to (or a refused change of) one person; details hold names and codes, never personal data. */
function auditPerson(ex: Executor, audit: AuditContext, id: number, action: string, event: Partial<AuditEvent> = {}): Promise<void> {
  return recordAudit(ex as Database, { ...audit, action, objectType: 'job_seeker', objectId: id, jobSeekerId: id, ...event });
}

/**
 * The database refuses what must never happen; these are the words for each refusal, at the
 * field the user can fix. Unknown constraints are rethrown (a bug, not bad input).
 */
const constraintFields: Record<string, [field: string, code: string]> = {
  job_seekers_client_number_uq: ['clientNumber', 'clientNumberTaken'],
  job_seekers_available_after_birth_ck: ['availableFrom', 'availableBeforeBirth'],
  job_seekers_consent_ck: ['consentUntil', 'consentUntilBeforeGiven'],
  job_seekers_postcode_ck: ['postcode', 'dutchPostcode'],
  job_seekers_commute_ck: ['maxCommuteKm', 'invalid'],
  job_seekers_hours_ck: ['hoursMax', 'hoursOrder'],
  job_seekers_car_ck: ['hasCar', 'carNeedsLicence'],
  job_seekers_dob_ck: ['dateOfBirth', 'invalid'],
  job_seekers_identity_ck: ['lastName', 'required'],
  job_seekers_consent_scope_ck: ['consentScope', 'invalid'],
  job_seeker_languages_job_seeker_id_language_pk: ['languages', 'duplicateLanguage'],
  job_seeker_languages_code_ck: ['languages', 'invalid'],
  job_seeker_qualifications_year_ck: ['qualifications', 'invalid'],
  job_seekers_place_id_places_id_fk: ['placeId', 'chooseOne'],
};

/** A refusal of the database as field errors, or undefined when it is not one of ours. */
function jobSeekerFieldErrors(error: unknown): FieldErrors | undefined {
  const constraint = violatedConstraint(error);
  const mapped = constraint ? constraintFields[constraint] : undefined;
  if (mapped) return { [mapped[0]]: mapped[1] };
  if (isForeignKeyViolation(error)) return { _form: 'invalid' };
  return undefined;
}

function personColumns(v: JobSeekerValues) {
  return {
    clientNumber: v.clientNumber,
    firstName: v.firstName,
    lastName: v.lastName,
    email: v.email,
    phone: v.phone,
    dateOfBirth: v.dateOfBirth,
    postcode: v.postcode,
    placeId: v.placeId,
    drivingLicence: v.drivingLicence,
    hasCar: v.hasCar,
    maxCommuteKm: v.maxCommuteKm,
    wantedSectors: v.wantedSectors,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    availableFrom: v.availableFrom,
    sibCohort: v.sibCohort,
    consentGivenOn: v.consentGivenOn,
    consentScope: v.consentScope,
    consentUntil: v.consentUntil,
  };
}

async function isDutchPlace(db: Executor, placeId: number): Promise<boolean> {
  const [row] = await db.select({ country: places.country }).from(places).where(eq(places.id, placeId));
  return row?.country === 'NL';
}

async function writeLanguagesAndQualifications(tx: Transaction, jobSeekerId: number, v: JobSeekerValues): Promise<void> {
  if (v.languages.length > 0) {
    await tx.insert(jobSeekerLanguages).values(v.languages.map((l) => ({ jobSeekerId, language: l.language, level: l.level })));
  }
  if (v.qualifications.length > 0) {
    await tx.insert(jobSeekerQualifications).values(v.qualifications.map((q) => ({ jobSeekerId, ...q })));
  }
}

/** Registers a person; the registering caseworker becomes the owner. */
export async function createJobSeeker(db: Database, v: JobSeekerValues, ownerId: number, audit: AuditContext): Promise<ChangeOutcome<{ id: number }>> {
  try {
    return await db.transaction(async (tx) => {
      if (!(await isDutchPlace(tx, v.placeId))) return { ok: false as const, code: 'invalid' as const, fieldErrors: { placeId: 'dutchPlace' } };
      const [row] = await tx
        .insert(jobSeekers)
        .values({ ...personColumns(v), caseworkerId: ownerId, status: 'intake' })
        .returning({ id: jobSeekers.id });
      await writeLanguagesAndQualifications(tx, row!.id, v);
      await auditPerson(tx, audit, row!.id, 'job_seeker.create');
      return { ok: true as const, id: row!.id };
    });
  } catch (error) {
    const fieldErrors = jobSeekerFieldErrors(error);
    if (fieldErrors) return { ok: false, code: 'invalid', fieldErrors };
    throw error;
  }
}

/** Reads the live (not erased) row and locks it for the rest of the transaction. */
async function lockLive(tx: Transaction, id: number) {
  const [row] = await tx
    .select()
    .from(jobSeekers)
    .where(and(eq(jobSeekers.id, id), isNull(jobSeekers.erasedAt)))
    .for('update');
  return row;
}

type StoredPerson = typeof jobSeekers.$inferSelect;

/** Names of the fields an edit changed (for the audit trail: names, never values). */
function changedFields(before: StoredPerson, after: ReturnType<typeof personColumns>, langsChanged: boolean, qualsChanged: boolean): string[] {
  const changed = Object.entries(after)
    .filter(([key, value]) => JSON.stringify(before[key as keyof StoredPerson] ?? null) !== JSON.stringify(value ?? null))
    .map(([key]) => key);
  if (langsChanged) changed.push('languages');
  if (qualsChanged) changed.push('qualifications');
  return changed;
}

/**
 * Saves an edit based on `expectedVersion`. Someone else's save in between makes it 'conflict':
 * nothing is written and the caller keeps the user's input. Giving consent again after a
 * withdrawal (a new consent date) clears the withdrawal and is noted on the timeline.
 */
export async function updateJobSeeker(
  db: Database,
  id: number,
  expectedVersion: number,
  v: JobSeekerValues,
  actorId: number,
  consentRenewedNote: string,
  audit: AuditContext,
): Promise<ChangeOutcome<{ changed: string[]; consentRenewed: boolean }>> {
  // A save that lost the race is recorded too: someone tried to change this person's data.
  const conflict = async (tx: Transaction) => {
    await auditPerson(tx, audit, id, 'job_seeker.update', { result: 'error', details: { reason: 'conflict', version: expectedVersion } });
    return { ok: false as const, code: 'conflict' as const };
  };
  try {
    return await db.transaction(async (tx) => {
      const current = await lockLive(tx, id);
      if (!current) return { ok: false as const, code: 'notFound' as const };
      if (current.version !== expectedVersion) return conflict(tx);
      if (!(await isDutchPlace(tx, v.placeId))) return { ok: false as const, code: 'invalid' as const, fieldErrors: { placeId: 'dutchPlace' } };

      const columns = personColumns(v);
      const consentRenewed = current.consentWithdrawnAt !== null && v.consentGivenOn !== null && v.consentGivenOn !== current.consentGivenOn;
      const [oldLanguages, oldQualifications] = await Promise.all([
        tx
          .select({ language: jobSeekerLanguages.language, level: jobSeekerLanguages.level })
          .from(jobSeekerLanguages)
          .where(eq(jobSeekerLanguages.jobSeekerId, id))
          .orderBy(asc(jobSeekerLanguages.language)),
        tx
          .select({
            qualification: jobSeekerQualifications.qualification,
            title: jobSeekerQualifications.title,
            obtainedYear: jobSeekerQualifications.obtainedYear,
            recognitionStatus: jobSeekerQualifications.recognitionStatus,
            recognitionState: jobSeekerQualifications.recognitionState,
          })
          .from(jobSeekerQualifications)
          .where(eq(jobSeekerQualifications.jobSeekerId, id))
          .orderBy(asc(jobSeekerQualifications.id)),
      ]);
      const sortedLanguages = [...v.languages].sort((a, b) => a.language.localeCompare(b.language));
      const langsChanged = JSON.stringify(oldLanguages) !== JSON.stringify(sortedLanguages.map((l) => ({ language: l.language, level: l.level })));
      const qualsChanged = JSON.stringify(oldQualifications) !== JSON.stringify(v.qualifications);

      // The version in the WHERE clause is the real guard; the check above only saves work.
      const updated = await tx
        .update(jobSeekers)
        .set({
          ...columns,
          ...(consentRenewed ? { consentWithdrawnAt: null } : {}),
          version: sql`${jobSeekers.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(jobSeekers.id, id), eq(jobSeekers.version, expectedVersion)))
        .returning({ id: jobSeekers.id });
      if (updated.length === 0) return conflict(tx);

      await tx.delete(jobSeekerLanguages).where(eq(jobSeekerLanguages.jobSeekerId, id));
      await tx.delete(jobSeekerQualifications).where(eq(jobSeekerQualifications.jobSeekerId, id));
      await writeLanguagesAndQualifications(tx, id, v);
      if (consentRenewed) {
        await tx.insert(jobSeekerNotes).values({ jobSeekerId: id, authorId: actorId, kind: 'consent', body: consentRenewedNote, details: { renewed: true } });
      }
      const changed = changedFields(current, columns, langsChanged, qualsChanged);
      await auditPerson(tx, audit, id, 'job_seeker.update', { details: { changed, consentRenewed } });
      return { ok: true as const, changed, consentRenewed };
    });
  } catch (error) {
    const fieldErrors = jobSeekerFieldErrors(error);
    if (fieldErrors) return { ok: false, code: 'invalid', fieldErrors };
    throw error;
  }
}

export async function changeJobSeekerStatus(
  db: Database,
  id: number,
  status: JobSeekerStatus,
  reason: string,
  actorId: number,
  audit: AuditContext,
): Promise<ChangeOutcome<{ from: JobSeekerStatus }>> {
  return db.transaction(async (tx) => {
    const current = await lockLive(tx, id);
    if (!current) return { ok: false as const, code: 'notFound' as const };
    if (current.status === status) return { ok: false as const, code: 'invalid' as const, fieldErrors: { status: 'statusUnchanged' } };
    await tx
      .update(jobSeekers)
      .set({ status, version: sql`${jobSeekers.version} + 1`, updatedAt: new Date() })
      .where(eq(jobSeekers.id, id));
    await tx.insert(jobSeekerNotes).values({ jobSeekerId: id, authorId: actorId, kind: 'status', body: reason, details: { from: current.status, to: status } });
    await auditPerson(tx, audit, id, 'job_seeker.change_status', { details: { from: current.status, to: status } });
    return { ok: true as const, from: current.status };
  });
}

/**
 * Hands a person over to another active caseworker; the reason goes on the timeline.
 * `mayHandOver` is asked about the owner read under the row lock, so a hand-over that races
 * another one cannot slip past the ownership rule.
 */
export async function handOverJobSeeker(
  db: Database,
  id: number,
  toCaseworkerId: number,
  reason: string,
  actorId: number,
  audit: AuditContext,
  mayHandOver: (ownerId: number | null) => boolean = () => true,
): Promise<ChangeOutcome<{ from: number | null }>> {
  return db.transaction(async (tx) => {
    const current = await lockLive(tx, id);
    if (!current) return { ok: false as const, code: 'notFound' as const };
    // A hand-over refused by the ownership rule is audited like a done one; other refusals are not.
    if (!mayHandOver(current.caseworkerId)) {
      await auditPerson(tx, audit, id, 'job_seeker.hand_over', { result: 'denied', details: { to: toCaseworkerId } });
      return { ok: false as const, code: 'notOwnerHandOver' as const };
    }
    const [target] = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.id, toCaseworkerId), eq(users.role, 'caseworker'), eq(users.active, true)));
    if (!target) return { ok: false as const, code: 'invalid' as const, fieldErrors: { caseworkerId: 'chooseOne' } };
    if (current.caseworkerId === target.id) return { ok: false as const, code: 'invalid' as const, fieldErrors: { caseworkerId: 'sameCaseworker' } };
    const [previous] = current.caseworkerId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, current.caseworkerId)) : [];
    await tx
      .update(jobSeekers)
      .set({ caseworkerId: target.id, version: sql`${jobSeekers.version} + 1`, updatedAt: new Date() })
      .where(eq(jobSeekers.id, id));
    await tx.insert(jobSeekerNotes).values({
      jobSeekerId: id,
      authorId: actorId,
      kind: 'handover',
      body: reason,
      details: { from: current.caseworkerId, fromName: previous?.name ?? null, to: target.id, toName: target.name },
    });
    await auditPerson(tx, audit, id, 'job_seeker.hand_over', { details: { from: current.caseworkerId, to: toCaseworkerId } });
    return { ok: true as const, from: current.caseworkerId };
  });
}

/**
 * Withdraws a given consent: from now on nothing may be shared with employers. The person's
 * open proposals are withdrawn in the same transaction, each with the cause in its history (the
 * caseworker's reason stays on the timeline: it may be personal, employers read the history).
 */
export async function withdrawConsent(
  db: Database,
  id: number,
  reason: string,
  actorId: number,
  audit: AuditContext,
): Promise<ChangeOutcome<{ closedProposals: number[] }>> {
  return db.transaction(async (tx) => {
    const current = await lockLive(tx, id);
    if (!current) return { ok: false as const, code: 'notFound' as const };
    if (!current.consentGivenOn || current.consentWithdrawnAt)
      return { ok: false as const, code: 'invalid' as const, fieldErrors: { reason: 'consentNotGiven' } };
    await tx
      .update(jobSeekers)
      .set({ consentWithdrawnAt: new Date(), version: sql`${jobSeekers.version} + 1`, updatedAt: new Date() })
      .where(eq(jobSeekers.id, id));
    await tx.insert(jobSeekerNotes).values({ jobSeekerId: id, authorId: actorId, kind: 'consent', body: reason, details: { withdrawn: true } });
    const open = await tx
      .select({ id: proposals.id, stage: proposals.stage })
      .from(proposals)
      .where(and(eq(proposals.jobSeekerId, id), notInArray(proposals.stage, ['hired', 'rejected', 'withdrawn'])))
      .for('update');
    for (const proposal of open) {
      await tx
        .update(proposals)
        .set({ stage: 'withdrawn', version: sql`${proposals.version} + 1` })
        .where(eq(proposals.id, proposal.id));
      await tx
        .insert(proposalEvents)
        .values({ proposalId: proposal.id, fromStage: proposal.stage, toStage: 'withdrawn', actorId, reason: null, cause: 'consent_withdrawn' });
    }
    const closedProposals = open.map((p) => p.id);
    await auditPerson(tx, audit, id, 'job_seeker.withdraw_consent', { details: { closedProposals } });
    return { ok: true as const, closedProposals };
  });
}

export async function addJobSeekerNote(
  db: Database,
  id: number,
  body: string,
  actorId: number,
  audit: AuditContext,
): Promise<ChangeOutcome<{ noteId: number }>> {
  return db.transaction(async (tx) => {
    const current = await lockLive(tx, id);
    if (!current) return { ok: false as const, code: 'notFound' as const };
    const [row] = await tx.insert(jobSeekerNotes).values({ jobSeekerId: id, authorId: actorId, kind: 'note', body }).returning({ id: jobSeekerNotes.id });
    await auditPerson(tx, audit, id, 'job_seeker.add_note', { objectType: 'job_seeker_note', objectId: row!.id });
    return { ok: true as const, noteId: row!.id };
  });
}

export async function setJobSeekerCheck(
  db: Database,
  id: number,
  item: CrossBorderCheck,
  done: boolean,
  actorId: number,
  audit: AuditContext,
): Promise<ChangeOutcome> {
  return db.transaction(async (tx) => {
    const current = await lockLive(tx, id);
    if (!current) return { ok: false as const, code: 'notFound' as const };
    if (done) await tx.insert(jobSeekerChecks).values({ jobSeekerId: id, item, doneBy: actorId }).onConflictDoNothing();
    else await tx.delete(jobSeekerChecks).where(and(eq(jobSeekerChecks.jobSeekerId, id), eq(jobSeekerChecks.item, item)));
    await auditPerson(tx, audit, id, 'job_seeker.set_check', { details: { item, done } });
    return { ok: true as const };
  });
}

/**
 * Erases a person: every personal column is nulled, languages, qualifications, notes and
 * checks are deleted, and free text written about them in proposals goes too. The row itself
 * stays (anonymous, with status and SIB cohort) so that placements, which reference it, stay
 * counted. Confirmed by the person's client number, checked here inside the transaction.
 * `mayErase` is asked about the owner first (erasing cannot be undone); a refusal is audited.
 */
export async function eraseJobSeeker(
  db: Database,
  id: number,
  confirmClientNumber: string,
  audit: AuditContext,
  mayErase: (ownerId: number | null) => boolean = () => true,
): Promise<ChangeOutcome> {
  return db.transaction(async (tx) => {
    const [owner] = await tx.select({ caseworkerId: jobSeekers.caseworkerId }).from(jobSeekers).where(eq(jobSeekers.id, id)).for('update');
    if (owner && !mayErase(owner.caseworkerId)) {
      await auditPerson(tx, audit, id, 'job_seeker.erase', { result: 'denied' });
      return { ok: false as const, code: 'notOwner' as const };
    }
    const current = await lockLive(tx, id);
    if (!current) return { ok: false as const, code: 'notFound' as const };
    if ((current.clientNumber ?? '').toUpperCase() !== confirmClientNumber.trim().toUpperCase()) {
      return { ok: false as const, code: 'invalid' as const, fieldErrors: { confirm: 'confirmMismatch' } };
    }
    await tx.delete(jobSeekerLanguages).where(eq(jobSeekerLanguages.jobSeekerId, id));
    await tx.delete(jobSeekerQualifications).where(eq(jobSeekerQualifications.jobSeekerId, id));
    await tx.delete(jobSeekerNotes).where(eq(jobSeekerNotes.jobSeekerId, id));
    await tx.delete(jobSeekerChecks).where(eq(jobSeekerChecks.jobSeekerId, id));
    // Break-the-glass grants hold free text about the person; the audit trail keeps who read whom and why.
    await tx.delete(breakGlassGrants).where(eq(breakGlassGrants.jobSeekerId, id));
    // Documents and their bytes go in the same transaction: erased means erased, files too.
    await deleteDocumentsOfJobSeeker(tx, documentStorage(), id);
    // What they said at job fairs and whom they agreed to be shown to (a lead that became them too).
    await eraseEventDataOfJobSeeker(tx, id);
    // Their German levels and recognition steps in training cohorts (the participation stays, anonymous).
    await eraseCohortDataOfJobSeeker(tx, id);
    const proposalIds = tx.select({ id: proposals.id }).from(proposals).where(eq(proposals.jobSeekerId, id));
    await tx.update(proposals).set({ motivation: null }).where(eq(proposals.jobSeekerId, id));
    await tx.update(proposalEvents).set({ reason: null }).where(inArray(proposalEvents.proposalId, proposalIds));
    // SIB claims stay (their outcomes still count, anonymously); the caseworker's note goes. A
    // denial keeps its reason: the investor may ask why an outcome was not paid.
    await tx
      .update(sibClaims)
      .set({ note: null })
      .where(
        and(inArray(sibClaims.placementId, tx.select({ id: placements.id }).from(placements).where(eq(placements.jobSeekerId, id))), isNotNull(sibClaims.note)),
      );
    await tx
      .update(jobSeekers)
      .set({
        clientNumber: null,
        firstName: null,
        lastName: null,
        email: null,
        phone: null,
        dateOfBirth: null,
        postcode: null,
        placeId: null,
        drivingLicence: false,
        hasCar: false,
        maxCommuteKm: null,
        wantedSectors: [],
        hoursMin: null,
        hoursMax: null,
        availableFrom: null,
        consentGivenOn: null,
        consentScope: [],
        consentUntil: null,
        consentWithdrawnAt: null,
        erasedAt: new Date(),
        version: sql`${jobSeekers.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(jobSeekers.id, id));
    await auditPerson(tx, audit, id, 'job_seeker.erase');
    return { ok: true as const };
  });
}

// ---- Reading one person ----------------------------------------------------------------------------

export async function getJobSeekerPerson(db: Database, id: number) {
  const [row] = await db
    .select({
      person: jobSeekers,
      placeName: places.name,
      caseworkerName: users.name,
    })
    .from(jobSeekers)
    .leftJoin(places, eq(places.id, jobSeekers.placeId))
    .leftJoin(users, eq(users.id, jobSeekers.caseworkerId))
    .where(and(eq(jobSeekers.id, id), isNull(jobSeekers.erasedAt)));
  return row ? { ...row.person, placeName: row.placeName, caseworkerName: row.caseworkerName } : null;
}
export type JobSeekerPerson = NonNullable<Awaited<ReturnType<typeof getJobSeekerPerson>>>;

export function getJobSeekerLanguages(db: Database, id: number) {
  return db
    .select({ language: jobSeekerLanguages.language, level: jobSeekerLanguages.level })
    .from(jobSeekerLanguages)
    .where(eq(jobSeekerLanguages.jobSeekerId, id))
    .orderBy(sql`${jobSeekerLanguages.language} = 'de' desc`, sql`${jobSeekerLanguages.language} = 'nl' desc`, asc(jobSeekerLanguages.language));
}

export function getJobSeekerQualifications(db: Database, id: number) {
  return db
    .select({
      qualification: jobSeekerQualifications.qualification,
      title: jobSeekerQualifications.title,
      obtainedYear: jobSeekerQualifications.obtainedYear,
      recognitionStatus: jobSeekerQualifications.recognitionStatus,
      recognitionState: jobSeekerQualifications.recognitionState,
    })
    .from(jobSeekerQualifications)
    .where(eq(jobSeekerQualifications.jobSeekerId, id))
    .orderBy(asc(jobSeekerQualifications.id));
}

/** Everything on one person's page, in a few small queries on indexed columns. */
export async function getJobSeekerProfile(db: Database, id: number) {
  const person = await getJobSeekerPerson(db, id);
  if (!person) return null;
  const [languages, qualifications, notes, checks, proposalRows, placementRows] = await Promise.all([
    getJobSeekerLanguages(db, id),
    getJobSeekerQualifications(db, id),
    db
      .select({
        id: jobSeekerNotes.id,
        kind: jobSeekerNotes.kind,
        body: jobSeekerNotes.body,
        details: jobSeekerNotes.details,
        createdAt: jobSeekerNotes.createdAt,
        authorName: users.name,
      })
      .from(jobSeekerNotes)
      .innerJoin(users, eq(users.id, jobSeekerNotes.authorId))
      .where(eq(jobSeekerNotes.jobSeekerId, id))
      .orderBy(desc(jobSeekerNotes.createdAt), desc(jobSeekerNotes.id)),
    db
      .select({ item: jobSeekerChecks.item, doneAt: jobSeekerChecks.doneAt, doneByName: users.name })
      .from(jobSeekerChecks)
      .innerJoin(users, eq(users.id, jobSeekerChecks.doneBy))
      .where(eq(jobSeekerChecks.jobSeekerId, id)),
    db
      .select({
        id: proposals.id,
        stage: proposals.stage,
        createdAt: proposals.createdAt,
        stageChangedAt: proposals.stageChangedAt,
        vacancyTitle: vacancies.title,
        vacancyLanguage: vacancies.textLanguage,
        employerName: employers.name,
      })
      .from(proposals)
      .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
      .innerJoin(employers, eq(employers.id, vacancies.employerId))
      .where(eq(proposals.jobSeekerId, id))
      .orderBy(desc(proposals.stageChangedAt)),
    db
      .select({
        id: placements.id,
        startDate: placements.startDate,
        endDate: placements.endDate,
        funding: placements.funding,
        jobTitle: placements.jobTitle,
        hoursPerWeek: placements.hoursPerWeek,
        contract: placements.contract,
        employerName: employers.name,
      })
      .from(placements)
      .innerJoin(employers, eq(employers.id, placements.employerId))
      .where(eq(placements.jobSeekerId, id))
      .orderBy(desc(placements.startDate)),
  ]);
  return { person, languages, qualifications, notes, checks, proposals: proposalRows, placements: placementRows };
}
export type JobSeekerProfile = NonNullable<Awaited<ReturnType<typeof getJobSeekerProfile>>>;

/** Active caseworkers, for the hand-over choice and the list filter. */
export function listCaseworkers(db: Database) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, 'caseworker'), eq(users.active, true)))
    .orderBy(asc(users.name));
}
