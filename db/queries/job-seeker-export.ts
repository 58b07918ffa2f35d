import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditEvents, employers, placementChecks, placementMilestones, placements, proposalEvents, proposals, vacancies } from '@/db/schema';
import { documentsOfJobSeeker } from './documents';
import { getJobSeekerProfile } from './job-seekers';
import { cohortDataOfJobSeeker } from './cohorts';
import { eventDataOfJobSeeker } from './events';

/**
 * Everything Grenzeloos holds on one person (the right of access): the profile with languages,
 * qualifications, consent, notes and checklist, their proposals with every step, their
 * placements with checks and milestones, and who looked at or changed their data when
 * (the audit trail, by role: staff e-mail addresses are not the person's data).
 */
export async function exportJobSeeker(db: Database, id: number) {
  const profile = await getJobSeekerProfile(db, id);
  if (!profile) return null;
  const { person } = profile;
  const proposalIds = profile.proposals.map((p) => p.id);
  const placementIds = profile.placements.map((p) => p.id);
  const eventRegistrations = await eventDataOfJobSeeker(db, id);
  const cohortParticipations = await cohortDataOfJobSeeker(db, id);
  const [proposalRows, events, placementRows, checks, milestones, audit, documentRows] = await Promise.all([
    db
      .select({
        id: proposals.id,
        stage: proposals.stage,
        motivation: proposals.motivation,
        sharedScope: proposals.sharedScope,
        interviewAt: proposals.interviewAt,
        createdAt: proposals.createdAt,
        vacancyTitle: vacancies.title,
        employerName: employers.name,
      })
      .from(proposals)
      .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
      .innerJoin(employers, eq(employers.id, vacancies.employerId))
      .where(eq(proposals.jobSeekerId, id))
      .orderBy(asc(proposals.createdAt)),
    proposalIds.length
      ? db
          .select({
            proposalId: proposalEvents.proposalId,
            fromStage: proposalEvents.fromStage,
            toStage: proposalEvents.toStage,
            reason: proposalEvents.reason,
            at: proposalEvents.at,
          })
          .from(proposalEvents)
          .where(inArray(proposalEvents.proposalId, proposalIds))
          .orderBy(asc(proposalEvents.at))
      : Promise.resolve([]),
    db
      .select({
        id: placements.id,
        employerName: employers.name,
        startDate: placements.startDate,
        endDate: placements.endDate,
        endReasonCode: placements.endReasonCode,
        endReason: placements.endReason,
        funding: placements.funding,
        jobTitle: placements.jobTitle,
        hoursPerWeek: placements.hoursPerWeek,
        contract: placements.contract,
      })
      .from(placements)
      .innerJoin(employers, eq(employers.id, placements.employerId))
      .where(eq(placements.jobSeekerId, id))
      .orderBy(asc(placements.startDate)),
    placementIds.length
      ? db
          .select({
            placementId: placementChecks.placementId,
            months: placementChecks.months,
            dueOn: placementChecks.dueOn,
            outcome: placementChecks.outcome,
            note: placementChecks.note,
          })
          .from(placementChecks)
          .where(inArray(placementChecks.placementId, placementIds))
          .orderBy(asc(placementChecks.placementId), asc(placementChecks.months))
      : Promise.resolve([]),
    placementIds.length
      ? db
          .select({
            placementId: placementMilestones.placementId,
            milestone: placementMilestones.milestone,
            state: placementMilestones.state,
            evidence: placementMilestones.evidence,
          })
          .from(placementMilestones)
          .where(inArray(placementMilestones.placementId, placementIds))
      : Promise.resolve([]),
    db
      .select({ at: auditEvents.at, action: auditEvents.action, actorRole: auditEvents.actorRole, result: auditEvents.result })
      .from(auditEvents)
      .where(eq(auditEvents.jobSeekerId, id))
      .orderBy(asc(auditEvents.at)),
    documentsOfJobSeeker(db, id),
  ]);

  return {
    person: {
      id: person.id,
      clientNumber: person.clientNumber,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      phone: person.phone,
      dateOfBirth: person.dateOfBirth,
      postcode: person.postcode,
      place: person.placeName,
      caseworker: person.caseworkerName,
      status: person.status,
      drivingLicence: person.drivingLicence,
      hasCar: person.hasCar,
      maxCommuteKm: person.maxCommuteKm,
      wantedSectors: person.wantedSectors,
      hoursPerWeek: { min: person.hoursMin, max: person.hoursMax },
      availableFrom: person.availableFrom,
      sibCohort: person.sibCohort,
      registeredAt: person.createdAt,
      updatedAt: person.updatedAt,
    },
    consent: {
      givenOn: person.consentGivenOn,
      scope: person.consentScope,
      until: person.consentUntil,
      withdrawnAt: person.consentWithdrawnAt,
    },
    languages: profile.languages,
    qualifications: profile.qualifications,
    notes: [...profile.notes].reverse().map((n) => ({ at: n.createdAt, kind: n.kind, author: n.authorName, text: n.body, details: n.details })),
    crossBorderChecklist: profile.checks.map((c) => ({ item: c.item, doneAt: c.doneAt, doneBy: c.doneByName })),
    proposals: proposalRows.map((p) => ({ ...p, steps: events.filter((e) => e.proposalId === p.id).map(({ proposalId: _, ...e }) => e) })),
    placements: placementRows.map((p) => ({
      ...p,
      checks: checks.filter((c) => c.placementId === p.id).map(({ placementId: _, ...c }) => c),
      milestones: milestones.filter((m) => m.placementId === p.id).map(({ placementId: _, ...m }) => m),
    })),
    // Job fairs and meetings: registration (also as a walk-in lead that became this person), check-in, whom they met.
    events: eventRegistrations,
    // Training cohorts: state, German levels, sessions attended, recognition steps.
    cohorts: cohortParticipations,
    // The files themselves are in the ZIP export (documents/<id>-<name>).
    documents: documentRows.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      date: d.documentDate,
      fileName: d.fileName,
      type: d.contentType,
      bytes: d.byteSize,
      placementId: d.placementId,
      uploadedAt: d.uploadedAt,
      uploadedBy: d.uploadedByName,
    })),
    accessLog: audit,
  };
}
