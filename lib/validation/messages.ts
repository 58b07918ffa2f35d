import type { TFunction } from 'i18next';

/**
 * Schemas carry i18n keys as messages, optionally with parameters: "tooLong|{\"max\":200}".
 * Built-in zod messages (English sentences) and unknown keys fall back to a generic text,
 * so a user never sees English or a raw key.
 */
export function validationMessage(key: string, params?: Record<string, unknown>): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

export function translateValidation(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const [key = 'invalid', raw] = message.split('|', 2);
  let params: Record<string, unknown> = {};
  if (raw) {
    try {
      params = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      params = {};
    }
  }
  const fullKey = `validation:${key}`;
  return t(fullKey, { ...params, defaultValue: '' }) || t('validation:invalid');
}
