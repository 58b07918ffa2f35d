import type { BenchCase } from '../types';
import { healthCase } from './health';
import { jobSeekerProfileCase, jobSeekersListCase, jobSeekersListDeepCase } from './job-seekers';
import { vacanciesListCase } from './vacancies-list';

/** Every bench case; features add theirs here. */
export const benchCases: BenchCase[] = [healthCase, jobSeekersListCase, jobSeekersListDeepCase, jobSeekerProfileCase, vacanciesListCase];
