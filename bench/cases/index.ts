import type { BenchCase } from '../types';
import { healthCase } from './health';
import { jobSeekerProfileCase, jobSeekersListCase, jobSeekersListDeepCase } from './job-seekers';

/** Every bench case; features add theirs here. */
export const benchCases: BenchCase[] = [healthCase, jobSeekersListCase, jobSeekersListDeepCase, jobSeekerProfileCase];
