import ExcelJS from 'exceljs';
import type { BenchCase } from '../types';
import { placementsCsvCase } from './placements-csv';
import { benchYear, fillPlacements } from './placements-fill';

/**
 * The Excel export of one year's placements (about 10,000 rows): time to receive the whole
 * stream. The runner samples the server's memory (RSS of its process group) while the case
 * runs and prints the growth over the value before the first request (rss_mb=). The file is
 * parsed once, after the timed runs, to check it opens and holds the rows.
 */
export const placementsXlsxCase: BenchCase = {
  name: 'placements-xlsx',
  role: 'manager',
  fill: fillPlacements,
  sampleServerMemory: true,
  // The floor is the same as the CSV's: the year's placements in one query.
  sql: placementsCsvCase.sql,
  async app(_ctx, fetchAs) {
    const response = await fetchAs(`/api/reports/placements/xlsx?year=${benchYear()}&lng=nl`);
    if (response.status !== 200) throw new Error(`placements-xlsx: HTTP ${response.status}`);
    await response.arrayBuffer();
  },
  async check(_ctx, fetchAs) {
    const response = await fetchAs(`/api/reports/placements/xlsx?year=${benchYear()}&lng=nl`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    return book.worksheets[0]!.rowCount - 1;
  },
};
