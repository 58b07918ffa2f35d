import type { BenchCase } from '../types';
import { healthCase } from './health';
import { placementsCsvCase } from './placements-csv';
import { targetsDashboardCase } from './targets-dashboard';

/** Every bench case; features add theirs here. */
export const benchCases: BenchCase[] = [healthCase, targetsDashboardCase, placementsCsvCase];
