import deAdmin from '@/locales/de/admin.json';
import deAuth from '@/locales/de/auth.json';
import deCommon from '@/locales/de/common.json';
import deDomain from '@/locales/de/domain.json';
import deEmployers from '@/locales/de/employers.json';
import deVacancies from '@/locales/de/vacancies.json';
import deValidation from '@/locales/de/validation.json';
import nlAdmin from '@/locales/nl/admin.json';
import nlAuth from '@/locales/nl/auth.json';
import nlCommon from '@/locales/nl/common.json';
import nlDomain from '@/locales/nl/domain.json';
import nlEmployers from '@/locales/nl/employers.json';
import nlVacancies from '@/locales/nl/vacancies.json';
import nlValidation from '@/locales/nl/validation.json';

/**
 * Every text of the app, both languages, bundled: the whole set is small, and a bundled
 * resource can never be missing at run time. Add a namespace in both languages here.
 */
export const resources = {
  nl: { common: nlCommon, auth: nlAuth, admin: nlAdmin, validation: nlValidation, domain: nlDomain, vacancies: nlVacancies, employers: nlEmployers },
  de: { common: deCommon, auth: deAuth, admin: deAdmin, validation: deValidation, domain: deDomain, vacancies: deVacancies, employers: deEmployers },
} as const;

export type Namespace = keyof (typeof resources)['nl'];
export const namespaces = Object.keys(resources.nl) as Namespace[];
