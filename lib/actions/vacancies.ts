'use server';

import { publishCheck } from '@/lib/vacancies/publish-check';
import { revalidatePath } from 'next/cache';
import { isCheckViolation, isForeignKeyViolation, violatedConstraint } from '@/db/errors';
import { changeVacancyStatus, createVacancy, duplicateVacancy, updateVacancy, type VacancyChangeOutcome } from '@/db/queries/vacancies';
import { selectedId } from '@/lib/validation/fields';
import { createVacancySchema, duplicateVacancySchema, updateVacancySchema, vacancyRecord, vacancyStatusSchema } from '@/lib/validation/vacancies';
import { vacancyScopeFor } from '@/lib/vacancies/scope';
import { authorizedAction } from './authorized-action';
import { refuse, fail, type ActionResult } from '@/lib/domain/result';

type Saved = { id: number; version: number; status: string };

// Database checks that a crafted request could still hit: words at the field, not a 500.
const constraintFields: Record<string, [string, string]> = {
  vacancies_title_ck: ['title', 'required'],
  vacancies_hours_ck: ['hoursMax', 'hoursOrder'],
  vacancies_pay_ck: ['payMax', 'payOrder'],
  vacancies_positions_ck: ['positions', 'positionsRange'],
  vacancies_filled_ck: ['positions', 'positionsBelowFilled'],
  vacancies_dates_ck: ['closingDate', 'dateRange'],
  vacancies_description_ck: ['description', 'invalid'],
  vacancies_shifts_ck: ['shifts', 'chooseOne'],
  vacancies_complete_unless_draft_ck: ['_form', 'incomplete'],
};

async function withConstraintErrors<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (isCheckViolation(error)) {
      const [field, code] = constraintFields[violatedConstraint(error) ?? ''] ?? ['_form', 'invalid'];
      return fail('invalid', { [field]: code });
    }
    if (isForeignKeyViolation(error)) return fail('invalid', { placeId: 'chooseOne' });
    throw error;
  }
}

function outcomeResult(outcome: VacancyChangeOutcome): ActionResult<Saved> {
  if (outcome.ok) return { ok: true, data: { id: outcome.id, version: outcome.version, status: outcome.status } };
  if (outcome.code === 'incomplete') return fail('invalid', outcome.fieldErrors);
  return fail(outcome.code);
}

function revalidate() {
  revalidatePath('/[lng]/vacancies', 'layout');
}

/** A new vacancy: employer users for their own company (any employerId sent is ignored), staff for the employer they choose. */
export async function createVacancyAction(input: unknown): Promise<ActionResult<Saved>> {
  return authorizedAction({ name: 'vacancy.create', schema: createVacancySchema, input }, async (data, { db, user, audit }) => {
    if (data.intent === 'save') return fail('invalid');
    let employerId: number;
    if (user.role === 'employer') employerId = user.employerId!;
    else if (selectedId.safeParse(data.employerId).success) employerId = Number(data.employerId);
    else return fail('invalid', { employerId: 'employerRequired' });
    return withConstraintErrors(async () => {
      let outcome: VacancyChangeOutcome;
      try {
        outcome = await createVacancy(
          db,
          { employerId, createdBy: user.id, record: vacancyRecord(data), publish: data.intent === 'publish', check: publishCheck },
          audit,
        );
      } catch (error) {
        // The chosen employer or place does not exist (any more).
        if (isForeignKeyViolation(error) && violatedConstraint(error)?.includes('employer')) return fail('invalid', { employerId: 'employerRequired' });
        throw error;
      }
      if (outcome.ok) revalidate();
      return outcomeResult(outcome);
    });
  });
}

export async function updateVacancyAction(input: unknown): Promise<ActionResult<Saved>> {
  return authorizedAction({ name: 'vacancy.update', schema: updateVacancySchema, input }, async (data, { db, user, audit }) =>
    withConstraintErrors(async () => {
      const outcome = await updateVacancy(
        db,
        { scope: vacancyScopeFor(user), id: data.id, version: data.version, record: vacancyRecord(data), intent: data.intent, check: publishCheck },
        audit,
      );
      if (outcome.ok) revalidate();
      return outcomeResult(outcome);
    }),
  );
}

export async function changeVacancyStatusAction(input: unknown): Promise<ActionResult<Saved>> {
  return authorizedAction({ name: 'vacancy.status', schema: vacancyStatusSchema, input }, async (data, { db, user, audit }) => {
    const outcome = await changeVacancyStatus(
      db,
      { scope: vacancyScopeFor(user), id: data.id, version: data.version, action: data.action, check: publishCheck },
      audit,
    );
    if (outcome.ok) {
      revalidate();
      return outcomeResult(outcome);
    }
    // A publish or reopen refused for missing fields says so as one message on the status buttons.
    if (outcome.code === 'incomplete') return fail('incomplete', outcome.fieldErrors);
    return outcomeResult(outcome);
  });
}

/** Copies a vacancy (any status) as a new draft of the same employer. */
export async function duplicateVacancyAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'vacancy.duplicate', schema: duplicateVacancySchema, input }, async (data, { db, user, audit }) => {
    const copy = await duplicateVacancy(db, { scope: vacancyScopeFor(user), id: data.id, createdBy: user.id }, audit);
    if (!copy) return refuse('notFound', { objectType: 'vacancy', objectId: data.id });
    revalidate();
    return { ok: true, data: copy };
  });
}
