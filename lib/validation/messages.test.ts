import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n/create-instance';
import { translateValidation, validationMessage } from './messages';

describe('translateValidation', () => {
  const nl = createI18n('nl').getFixedT('nl');
  const de = createI18n('de').getFixedT('de');
  it('translates keys with parameters in both languages', () => {
    expect(translateValidation(nl, validationMessage('tooLong', { max: 200 }))).toBe('Dit is te lang (maximaal 200 tekens).');
    expect(translateValidation(de, validationMessage('tooLong', { max: 200 }))).toBe('Das ist zu lang (höchstens 200 Zeichen).');
    expect(translateValidation(de, 'required')).toBe('Bitte füllen Sie dieses Feld aus.');
  });
  it('never shows an English zod sentence or a raw key', () => {
    expect(translateValidation(nl, 'Invalid input: expected string, received number')).toBe('Deze waarde is niet geldig.');
    expect(translateValidation(de, 'no.such.key')).toBe('Dieser Wert ist ungültig.');
    expect(translateValidation(de, undefined)).toBeUndefined();
  });
});
