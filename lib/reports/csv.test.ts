import { describe, expect, it } from 'vitest';
import { attachment, csvLine, csvValue } from './csv';

describe('csv', () => {
  it('separates with semicolons, ends lines with CRLF and quotes only what needs it', () => {
    expect(csvLine(['Haus Sonnenblick', 32, null, 'a;b', 'zei "ja"', 'regel\nnieuw'])).toBe('Haus Sonnenblick;32;;"a;b";"zei ""ja""";"regel\nnieuw"\r\n');
  });
  it('writes decimals with a comma, as Dutch and German Excel read them', () => {
    expect(csvValue(0.5)).toBe('0,5');
    expect(csvValue(Number.NaN)).toBe('');
  });
  it('never lets a cell become a formula', () => {
    expect(csvValue('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvValue('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvValue('-')).toBe("'-");
    expect(csvValue('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvValue('Müller-Lüdenscheidt')).toBe('Müller-Lüdenscheidt');
  });
  it('keeps umlauts and the ß intact (UTF-8) and makes a safe file name', () => {
    expect(csvLine(['Straße', 'Altenpflegerin (Gronau)'])).toBe('Straße;Altenpflegerin (Gronau)\r\n');
    expect(attachment('plaatsingen 2026 "x".csv')).toBe('attachment; filename="plaatsingen_2026__x_.csv"');
  });
});
