import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Lng } from '@/lib/i18n/settings';
import { attachment } from './csv';

/**
 * Excel workbooks written as a stream (exceljs' WorkbookWriter): a row goes to the zip as soon
 * as it is committed, so a 10,000-row export never holds the whole sheet in memory. Every sheet
 * is a table: a frozen header row with an auto-filter, dates as real Excel dates, counts and
 * euro amounts as numbers with a number format (Excel shows the reader's separators itself).
 */
/** number: any number in Excel's General format (mixed whole and decimal figures). */
type XlsxKind = 'text' | 'number' | 'integer' | 'decimal' | 'euro' | 'date' | 'datetime';
export type XlsxValue = string | number | Date | null | undefined;

export interface XlsxColumn {
  header: string;
  kind: XlsxKind;
}

/** Number formats are stored locale-free in the file; Excel shows them with the reader's separators. */
const numberFormats: Record<Lng, Record<XlsxKind, string | undefined>> = {
  nl: { text: undefined, number: undefined, integer: '0', decimal: '0.0', euro: '"€" #,##0.00', date: 'dd-mm-yyyy', datetime: 'dd-mm-yyyy hh:mm' },
  de: { text: undefined, number: undefined, integer: '0', decimal: '0.0', euro: '#,##0.00 "€"', date: 'dd.mm.yyyy', datetime: 'dd.mm.yyyy hh:mm' },
};
const minWidth: Record<XlsxKind, number> = { text: 8, number: 7, integer: 6, decimal: 7, euro: 13, date: 11, datetime: 17 };
const MAX_WIDTH = 60;

/** A calendar day ('2026-03-31') as the Excel date of that day: built in UTC, as exceljs writes dates in UTC. */
export function excelDay(day: string | null | undefined): Date | null {
  if (!day) return null;
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** A moment as Excel shows it: the wall-clock time in Enschede, stored as a UTC "local" time (Excel has no time zones). */
export function excelMoment(moment: Date | null | undefined): Date | null {
  if (!moment) return null;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')));
}

/** Euros from integer cents, for a cell with the euro format. */
export function euros(cents: number | null | undefined): number | null {
  return cents == null ? null : cents / 100;
}

function shown(value: XlsxValue, kind: XlsxKind): number {
  if (value == null) return 0;
  if (kind === 'date') return 10;
  if (kind === 'datetime') return 16;
  if (kind === 'euro' && typeof value === 'number') return value.toFixed(2).length + 4;
  return String(value).length;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export class XlsxBook {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor(
    stream: PassThrough,
    private readonly lng: Lng,
  ) {
    // Inline strings, not the shared-string table: that table would stay in memory to the end.
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  }

  /**
   * One sheet as a table. Rows come in chunks (an async iterable of row arrays, or one array);
   * the column widths are measured on the header and the first chunk, as they must be written
   * before the first row.
   */
  async sheet(name: string, columns: readonly XlsxColumn[], chunks: AsyncIterable<XlsxValue[][]> | Iterable<XlsxValue[][]>): Promise<number> {
    const ws = this.workbook.addWorksheet(sheetName(name), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const formats = numberFormats[this.lng];
    let rows = 0;
    let first = true;
    const start = (sample: XlsxValue[][]) => {
      ws.columns = columns.map((c, i) => {
        let width = Math.max(minWidth[c.kind], c.header.length + 3);
        for (const r of sample) width = Math.max(width, shown(r[i], c.kind) + 2);
        const numFmt = formats[c.kind];
        return { width: Math.min(width, MAX_WIDTH), ...(numFmt ? { style: { numFmt } } : {}) };
      });
      const header = ws.addRow(columns.map((c) => c.header));
      header.font = { bold: true };
      header.commit();
    };
    for await (const chunk of chunks as AsyncIterable<XlsxValue[][]>) {
      if (first) {
        start(chunk);
        first = false;
      }
      for (const values of chunk) {
        ws.addRow(values.map((v) => (v === undefined ? null : v))).commit();
        rows++;
      }
    }
    if (first) start([]);
    ws.commit();
    return rows;
  }

  async commit(): Promise<void> {
    await this.workbook.commit();
  }
}

/**
 * A streamed .xlsx download: `write` fills the book while the response is already flowing.
 * A failure halfway breaks the download (the client sees an aborted transfer, never a
 * half-file that looks complete) and is logged.
 */
export function xlsxResponse(fileName: string, lng: Lng, write: (book: XlsxBook) => Promise<void>): Response {
  const out = new PassThrough();
  const book = new XlsxBook(out, lng);
  write(book)
    .then(() => book.commit())
    .catch((error: unknown) => {
      console.error('xlsx export failed', error);
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': attachment(fileName),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
