import type { BenchCase } from '../types';
import { healthCase } from './health';
import { vacanciesListCase } from './vacancies-list';

/** Every bench case; features add theirs here. */
export const benchCases: BenchCase[] = [healthCase, vacanciesListCase];
