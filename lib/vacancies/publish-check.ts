import type { PublishCheck } from '@/db/queries/vacancies';
import { buildVacancyFormSchema, vacancyFormValues } from '@/lib/validation/vacancies';

/** The vacancy form's own rules applied to a stored row: what a publish would still refuse, field by field. */
export const publishCheck: PublishCheck = (row, intent, today) => {
  const result = buildVacancyFormSchema(() => today).safeParse(vacancyFormValues(row, intent));
  if (result.success) return {};
  const missing: Record<string, string> = {};
  for (const issue of result.error.issues) missing[issue.path.join('.')] ??= issue.message;
  return missing;
};
