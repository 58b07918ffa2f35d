import deAdmin from '@/locales/de/admin.json';
import deAudit from '@/locales/de/audit.json';
import deAuth from '@/locales/de/auth.json';
import deCommon from '@/locales/de/common.json';
import deDomain from '@/locales/de/domain.json';
import deValidation from '@/locales/de/validation.json';
import nlAdmin from '@/locales/nl/admin.json';
import nlAudit from '@/locales/nl/audit.json';
import nlAuth from '@/locales/nl/auth.json';
import nlCommon from '@/locales/nl/common.json';
import nlDomain from '@/locales/nl/domain.json';
import nlValidation from '@/locales/nl/validation.json';

/**
 * Every text of the app, both languages, bundled: the whole set is small, and a bundled
 * resource can never be missing at run time. Add a namespace in both languages here.
 */
export const resources = {
  nl: { common: nlCommon, auth: nlAuth, admin: nlAdmin, validation: nlValidation, domain: nlDomain, audit: nlAudit },
  de: { common: deCommon, auth: deAuth, admin: deAdmin, validation: deValidation, domain: deDomain, audit: deAudit },
} as const;

export type Namespace = keyof (typeof resources)['nl'];
export const namespaces = Object.keys(resources.nl) as Namespace[];
