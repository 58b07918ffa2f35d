import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import type { Reason } from './score';

/** A reason as a short phrase in the reader's language ("Duits B1, vereist B2"). */
export function describeReason(t: TFunction, lng: Lng, reason: Reason): string {
  const params: Record<string, string | number> = { ...(reason.params ?? {}) };
  for (const key of ['have', 'need'] as const) {
    const value = params[key];
    if (typeof value === 'string' && !/^[ABC][12]$|^-$/.test(value)) {
      params[key] = t(`domain:qualification.${value}`, { defaultValue: value });
    }
  }
  if (typeof params.status === 'string') params.status = t(`domain:recognitionStatus.${params.status}`).toLowerCase();
  if (typeof params.date === 'string') params.date = formatDate(lng, params.date);
  // The scoring marks an absent German level as "-": "Duits -, vereist B2" read as a typo.
  if (reason.code === 'germanBelow' && params.have === '-') return t('matching:reason.germanNone', params);
  return t(`matching:reason.${reason.code}`, params);
}
