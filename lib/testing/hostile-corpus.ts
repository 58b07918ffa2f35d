/**
 * Nasty values for hostile-input tests. `text` values are plain text a person might really
 * type (or paste): where a field accepts one, it must be stored and read back exactly.
 */
export interface HostileValue {
  label: string;
  value: unknown;
  /** Real text: if accepted, stored exactly as given. */
  text?: boolean;
  /**
   * Real text only in multi-line fields (line breaks, tabs): every multi-line field keeps it
   * exactly, every single-line text field refuses it.
   */
  multiLine?: boolean;
}

export const hostileCorpus: HostileValue[] = [
  { label: 'very long text', value: 'Altenpflege '.repeat(10_000) },
  { label: 'long word', value: 'x'.repeat(5_000) },
  { label: 'script tag', value: '<script>alert("xss")</script>', text: true },
  { label: 'img onerror', value: '<img src=x onerror=alert(1)>', text: true },
  { label: 'attribute breakout', value: '"><svg onload=alert(1)>', text: true },
  { label: 'sql quote', value: "Robert'); DROP TABLE users; --", text: true },
  { label: 'sql tautology', value: "' OR '1'='1", text: true },
  { label: 'sql comment', value: '1; SELECT pg_sleep(10); --', text: true },
  { label: 'NUL byte', value: 'Anna\u0000Bakker' },
  { label: 'bell and escape', value: 'Anna\u0007\u001b[31mBakker' },
  { label: 'line break', value: 'Anna\nBakker', text: true, multiLine: true },
  { label: 'paragraphs', value: 'Wir bieten:\n\n- Tarif nach TVöD\n- Dienstwagen\n\nBewerben Sie sich!', text: true, multiLine: true },
  { label: 'Windows line breaks', value: 'Regel een\r\nRegel twee', text: true, multiLine: true },
  { label: 'tabs', value: 'Frühdienst\t06:00\nSpätdienst\t14:00', text: true, multiLine: true },
  { label: 'vertical tab and form feed', value: 'Anna\u000b\u000cBakker' },
  { label: 'C1 control', value: 'Anna\u0085Bakker' },
  { label: 'lone surrogate', value: 'Anna\ud800Bakker' },
  { label: 'zero-width characters', value: 'An\u200bna\u200cBak\u200dker\u2060', text: true },
  { label: 'emoji', value: '👩🏽‍⚕️ Pflege 🇩🇪🇳🇱', text: true },
  { label: 'right-to-left', value: 'مرحبا بكم في Grenzeloos', text: true },
  { label: 'right-to-left override', value: 'Rechnung\u202egnp.exe', text: true },
  { label: 'umlauts and ß', value: 'Jürgen Große-Weßeling ÄÖÜ äöü ẞ', text: true },
  { label: 'Dutch diacritics and ij', value: 'Ĳsbrand Çelik-de Vrieß, coördinator', text: true },
  { label: 'impossible date', value: '2026-02-30' },
  { label: 'not a leap year', value: '2026-02-29' },
  { label: 'month 13', value: '2026-13-01' },
  { label: 'date with time', value: '2026-03-01T25:61:00Z' },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is the hostile input itself
  { label: 'template syntax', value: '{{constructor.constructor("alert(1)")()}} ${7*7}', text: true },
  { label: 'path traversal', value: '../../../etc/passwd', text: true },
  { label: 'blank', value: '' },
  { label: 'spaces only', value: '   \t ' },
  { label: 'number', value: 42 },
  { label: 'negative number', value: -1 },
  { label: 'zero', value: 0 },
  { label: 'fraction', value: 1.5 },
  { label: 'beyond integer column', value: 2 ** 31 },
  { label: 'huge number', value: 1e308 },
  { label: 'NaN', value: Number.NaN },
  { label: 'Infinity', value: Number.POSITIVE_INFINITY },
  { label: 'digits beyond integer column', value: '99999999999' },
  { label: 'boolean', value: true },
  { label: 'null', value: null },
  { label: 'missing (undefined)', value: undefined },
  { label: 'array', value: ['a', 'b'] },
  { label: 'object', value: { $gt: '' } },
  { label: 'prototype pollution', value: JSON.parse('{"__proto__": {"admin": true}}') },
];

/** Whole inputs that are not an object of fields at all. */
export const hostileWholeInputs: HostileValue[] = [
  { label: 'null', value: null },
  { label: 'undefined', value: undefined },
  { label: 'string', value: 'hello' },
  { label: 'number', value: 42 },
  { label: 'array', value: [] },
  { label: 'empty object', value: {} },
  { label: 'prototype pollution', value: JSON.parse('{"__proto__": {"role": "admin"}, "constructor": {"prototype": {"x": 1}}}') },
];
