import deAdmin from '@/locales/de/admin.json';
import deAuth from '@/locales/de/auth.json';
import deCommon from '@/locales/de/common.json';
import deDomain from '@/locales/de/domain.json';
import dePlacements from '@/locales/de/placements.json';
import deTargets from '@/locales/de/targets.json';
import deValidation from '@/locales/de/validation.json';
import nlAdmin from '@/locales/nl/admin.json';
import nlAuth from '@/locales/nl/auth.json';
import nlCommon from '@/locales/nl/common.json';
import nlDomain from '@/locales/nl/domain.json';
import nlPlacements from '@/locales/nl/placements.json';
import nlTargets from '@/locales/nl/targets.json';
import nlValidation from '@/locales/nl/validation.json';

/**
 * Every text of the app, both languages, bundled: the whole set is small, and a bundled
 * resource can never be missing at run time. Add a namespace in both languages here.
 */
export const resources = {
  nl: { common: nlCommon, auth: nlAuth, admin: nlAdmin, validation: nlValidation, domain: nlDomain, placements: nlPlacements, targets: nlTargets },
  de: { common: deCommon, auth: deAuth, admin: deAdmin, validation: deValidation, domain: deDomain, placements: dePlacements, targets: deTargets },
} as const;

export type Namespace = keyof (typeof resources)['nl'];
export const namespaces = Object.keys(resources.nl) as Namespace[];
