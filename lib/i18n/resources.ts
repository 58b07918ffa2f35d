import deAccount from '@/locales/de/account.json';
import deAdmin from '@/locales/de/admin.json';
import deAudit from '@/locales/de/audit.json';
import deAuth from '@/locales/de/auth.json';
import deCohorts from '@/locales/de/cohorts.json';
import deCommon from '@/locales/de/common.json';
import deDocuments from '@/locales/de/documents.json';
import deSib from '@/locales/de/sib.json';
import deDomain from '@/locales/de/domain.json';
import deEmployers from '@/locales/de/employers.json';
import deEvents from '@/locales/de/events.json';
import deJobSeekers from '@/locales/de/jobSeekers.json';
import deMail from '@/locales/de/mail.json';
import deMatching from '@/locales/de/matching.json';
import deNotifications from '@/locales/de/notifications.json';
import dePipeline from '@/locales/de/pipeline.json';
import dePlacements from '@/locales/de/placements.json';
import deTargets from '@/locales/de/targets.json';
import deVacancies from '@/locales/de/vacancies.json';
import deValidation from '@/locales/de/validation.json';
import nlAccount from '@/locales/nl/account.json';
import nlAdmin from '@/locales/nl/admin.json';
import nlAudit from '@/locales/nl/audit.json';
import nlAuth from '@/locales/nl/auth.json';
import nlCohorts from '@/locales/nl/cohorts.json';
import nlCommon from '@/locales/nl/common.json';
import nlDocuments from '@/locales/nl/documents.json';
import nlSib from '@/locales/nl/sib.json';
import nlDomain from '@/locales/nl/domain.json';
import nlEmployers from '@/locales/nl/employers.json';
import nlEvents from '@/locales/nl/events.json';
import nlJobSeekers from '@/locales/nl/jobSeekers.json';
import nlMail from '@/locales/nl/mail.json';
import nlMatching from '@/locales/nl/matching.json';
import nlNotifications from '@/locales/nl/notifications.json';
import nlPipeline from '@/locales/nl/pipeline.json';
import nlPlacements from '@/locales/nl/placements.json';
import nlTargets from '@/locales/nl/targets.json';
import nlVacancies from '@/locales/nl/vacancies.json';
import nlValidation from '@/locales/nl/validation.json';

/**
 * Every text of the app, both languages, bundled: the whole set is small, and a bundled
 * resource can never be missing at run time. Add a namespace in both languages here.
 */
export const resources = {
  nl: {
    account: nlAccount,
    admin: nlAdmin,
    audit: nlAudit,
    auth: nlAuth,
    cohorts: nlCohorts,
    common: nlCommon,
    documents: nlDocuments,
    sib: nlSib,
    domain: nlDomain,
    employers: nlEmployers,
    events: nlEvents,
    jobSeekers: nlJobSeekers,
    mail: nlMail,
    matching: nlMatching,
    notifications: nlNotifications,
    pipeline: nlPipeline,
    placements: nlPlacements,
    targets: nlTargets,
    vacancies: nlVacancies,
    validation: nlValidation,
  },
  de: {
    account: deAccount,
    admin: deAdmin,
    audit: deAudit,
    auth: deAuth,
    cohorts: deCohorts,
    common: deCommon,
    documents: deDocuments,
    sib: deSib,
    domain: deDomain,
    employers: deEmployers,
    events: deEvents,
    jobSeekers: deJobSeekers,
    mail: deMail,
    matching: deMatching,
    notifications: deNotifications,
    pipeline: dePipeline,
    placements: dePlacements,
    targets: deTargets,
    vacancies: deVacancies,
    validation: deValidation,
  },
} as const;

export type Namespace = keyof (typeof resources)['nl'];
