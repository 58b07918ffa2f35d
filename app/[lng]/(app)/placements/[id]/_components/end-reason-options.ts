import { placementEndReasons } from '@/db/schema/enums';

/** The coded end reasons as select options, in the fixed order of the list (the report's order too). */
export function endReasonOptions(t: (key: string) => string): { value: string; label: string }[] {
  return placementEndReasons.map((code) => ({ value: code, label: t(`endReasons.${code}`) }));
}
