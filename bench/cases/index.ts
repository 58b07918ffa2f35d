import type { BenchCase } from '../types';
import { healthCase } from './health';

/** Every bench case; features add theirs here. */
export const benchCases: BenchCase[] = [healthCase];
