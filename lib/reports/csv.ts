/**
 * CSV that Dutch and German Excel open correctly by double-click: UTF-8 with a byte order
 * mark (else umlauts break), semicolons (the list separator of both locales; commas are their
 * decimal mark), CRLF line ends, and quotes where a value needs them.
 */
export const CSV_BOM = '\uFEFF';
const CSV_SEPARATOR = ';';

export type CsvValue = string | number | null | undefined;

/**
 * One value. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
 * gets a leading apostrophe: an export must never execute what someone typed (CSV injection).
 * Numbers are written as numbers.
 */
export function csvValue(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvValue).join(CSV_SEPARATOR)}\r\n`;
}

/** A file name safe in a Content-Disposition header. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
