import { describe, expect, it } from 'vitest';
import { isoDate, optionalIsoDate, optionalText, recordId, requiredText, selectedId } from './fields';

describe('isoDate', () => {
  it.each(['2026-03-01', '2028-02-29', '2000-02-29', '2026-12-31', ' 2026-01-01 '])('accepts %s', (v) => {
    expect(isoDate.safeParse(v).success).toBe(true);
  });
  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-01',
    '2026-01-01T00:00',
    '01-02-2026',
    '',
    'morgen',
    '1899-12-31',
    '2200-01-01',
  ])('refuses %s with the date message', (v) => {
    const result = isoDate.safeParse(v);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('date');
  });
  it('an optional date may be empty, but not impossible', () => {
    expect(optionalIsoDate.safeParse('').success).toBe(true);
    expect(optionalIsoDate.safeParse('2026-02-30').success).toBe(false);
  });
});

describe('text fields', () => {
  it('keep real text exactly: umlauts, ß, emoji, right-to-left, zero-width joiners, markup', () => {
    for (const v of ['Jürgen Große-Weßeling', '👩‍⚕️ Pflege', 'مرحبا', 'a\u200db', '<script>alert(1)</script>', "O'Brien; drop table users; --"]) {
      expect(requiredText(100).parse(v)).toBe(v);
    }
  });
  it('refuse control characters and lone surrogates; multi-line text keeps its line breaks', () => {
    for (const v of ['a\u0000b', 'a\u0007b', 'a\nb', 'a\u009bb', 'a\ud800b', 'a\udc00']) {
      expect(requiredText(100).safeParse(v).error?.issues[0]?.message, JSON.stringify(v)).toBe('invalidCharacters');
    }
    expect(optionalText(100, { multiline: true }).parse('eins\nzwei\r\n\tdrei')).toBe('eins\nzwei\r\n\tdrei');
    expect(optionalText(100, { multiline: true }).safeParse('a\u0000').success).toBe(false);
  });
});

describe('ids', () => {
  it('stay within the range of an integer column', () => {
    expect(selectedId.safeParse('2147483647').success).toBe(true);
    expect(selectedId.safeParse('2147483648').success).toBe(false);
    expect(selectedId.safeParse('9999999999').success).toBe(false);
    expect(recordId.safeParse(2 ** 31).success).toBe(false);
    expect(recordId.safeParse(1.5).success).toBe(false);
    expect(recordId.safeParse('3').success).toBe(false);
  });
});
