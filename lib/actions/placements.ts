'use server';

import { revalidatePath } from 'next/cache';
import {
  employerOptionById,
  searchEmployersForPlacement,
  searchPeopleForPlacement,
  vacanciesForPlacement,
  type EmployerOption,
  type PersonOption,
  type VacancyOption,
} from '@/db/queries/placement-options';
import { createPlacement, endPlacement, recordCheck, reopenPlacement, updatePlacement } from '@/db/queries/placements';
import {
  createPlacementSchema,
  endPlacementSchema,
  placementOptionSearchSchema,
  recordCheckSchema,
  reopenPlacementSchema,
  updatePlacementSchema,
} from '@/lib/validation/placements';
import { recordAudit } from '@/db/queries/audit';
import { authorizedAction } from './authorized-action';
import { refuse, type ActionResult } from '@/lib/domain/result';
import { todayInAppZone } from '@/lib/time/zoned';

function refresh() {
  revalidatePath('/[lng]/placements', 'layout');
  revalidatePath('/[lng]/targets', 'layout');
}

export async function createPlacementAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'placement.create', schema: createPlacementSchema, input }, async (data, { db, audit }) => {
    const result = await createPlacement(
      db,
      {
        jobSeekerId: Number(data.jobSeekerId),
        employerId: Number(data.employerId),
        vacancyId: data.vacancyId ? Number(data.vacancyId) : null,
        proposalId: data.proposalId ? Number(data.proposalId) : null,
        startDate: data.startDate,
        funding: data.funding,
        jobTitle: data.jobTitle,
        hoursPerWeek: data.hoursPerWeek,
        contract: data.contract,
      },
      audit,
    );
    if (result.ok) refresh();
    return result;
  });
}

export async function updatePlacementAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return authorizedAction({ name: 'placement.update', schema: updatePlacementSchema, input }, async (data, { db, audit }) => {
    const result = await updatePlacement(db, data, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function endPlacementAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return authorizedAction({ name: 'placement.end', schema: endPlacementSchema, input }, async (data, { db, audit }) => {
    const result = await endPlacement(
      db,
      { placementId: data.placementId, version: data.version, endDate: data.endDate, endReasonCode: data.endReasonCode, endReason: data.endReason || null },
      audit,
    );
    if (result.ok) refresh();
    return result;
  });
}

export async function reopenPlacementAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return authorizedAction({ name: 'placement.reopen', schema: reopenPlacementSchema, input }, async (data, { db, audit }) => {
    const result = await reopenPlacement(db, data, audit);
    if (result.ok) refresh();
    return result;
  });
}

export async function recordCheckAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return authorizedAction({ name: 'placement.check', schema: recordCheckSchema, input }, async (data, { db, audit }) => {
    const ended = data.outcome === 'ended';
    const result = await recordCheck(
      db,
      {
        placementId: data.placementId,
        version: data.version,
        months: data.months,
        outcome: data.outcome,
        endDate: ended ? data.endDate : null,
        endReasonCode: ended && data.endReasonCode ? data.endReasonCode : null,
        endReason: ended ? data.endReason || null : null,
        note: data.note || null,
        today: todayInAppZone(),
      },
      audit,
    );
    if (result.ok) refresh();
    return result;
  });
}

export type PlacementOptions =
  | { kind: 'jobSeeker'; options: PersonOption[] }
  | { kind: 'employer'; options: EmployerOption[] }
  | { kind: 'vacancy'; options: VacancyOption[] };

/** The pickers of the placement form: at most 20 matches per search, read on the server. */
export async function searchPlacementOptionsAction(input: unknown): Promise<ActionResult<PlacementOptions>> {
  return authorizedAction<typeof placementOptionSearchSchema, PlacementOptions>(
    { name: 'placement.search_options', schema: placementOptionSearchSchema, input },
    async (data, { db, user, audit }) => {
      if (data.kind === 'jobSeeker') {
        const options = await searchPeopleForPlacement(db, { q: data.q, caseworkerId: user.id });
        // A people search shows personal data like the register list does: one row naming who was shown.
        await recordAudit(db, { ...audit, action: 'job_seeker.list', details: { source: 'placement.search_options', shown: options.map((o) => o.id) } });
        return { ok: true, data: { kind: 'jobSeeker', options } };
      }
      if (data.kind === 'employer') return { ok: true, data: { kind: 'employer', options: await searchEmployersForPlacement(db, { q: data.q }) } };
      if (!data.employerId || !(await employerOptionById(db, data.employerId)))
        return refuse('notFound', { objectType: 'employer', objectId: data.employerId });
      return { ok: true, data: { kind: 'vacancy', options: await vacanciesForPlacement(db, { employerId: data.employerId, q: data.q }) } };
    },
  );
}
