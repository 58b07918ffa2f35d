import type { BenchCase } from '../types';
import { baImportCase, baReimportCase } from './ba-import';
import { auditActionCase, auditCase, auditPersonCase } from './audit';
import { documentDownloadCase, documentDownloadParallelCase, documentUploadCase } from './documents';
import { cohortDashboardCase } from './cohort-dashboard';
import { eventCheckInSearchCase } from './event-check-in';
import { healthCase } from './health';
import { jobSeekerProfileCase, jobSeekersListCase, jobSeekersListDeepCase } from './job-seekers';
import { matchesForSeekerCase, matchesForVacancyCase } from './matches';
import { pageWeightCase } from './page-weight';
import { placementsCsvCase } from './placements-csv';
import { placementsXlsxCase } from './placements-xlsx';
import { investorReportCase, outcomeLedgerCase } from './sib';
import { targetsDashboardCase } from './targets-dashboard';
import { vacanciesListCase } from './vacancies-list';
import { apiTargetProgressCase, apiVacanciesCase } from './api';

/** Every bench case; features add theirs here. */
export const benchCases: BenchCase[] = [
  healthCase,
  jobSeekersListCase,
  jobSeekersListDeepCase,
  jobSeekerProfileCase,
  vacanciesListCase,
  matchesForVacancyCase,
  matchesForSeekerCase,
  targetsDashboardCase,
  placementsCsvCase,
  placementsXlsxCase,
  outcomeLedgerCase,
  investorReportCase,
  auditCase,
  auditPersonCase,
  auditActionCase,
  documentUploadCase,
  documentDownloadCase,
  documentDownloadParallelCase,
  pageWeightCase,
  apiVacanciesCase,
  apiTargetProgressCase,
  eventCheckInSearchCase,
  cohortDashboardCase,
  baImportCase,
  baReimportCase,
];
