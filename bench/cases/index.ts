import type { BenchCase } from '../types';
import { auditActionCase, auditCase, auditPersonCase } from './audit';
import { healthCase } from './health';

/** Every bench case; features add theirs here. */
export const benchCases: BenchCase[] = [healthCase, auditCase, auditPersonCase, auditActionCase];
