import { createInstance, type i18n } from 'i18next';
import { resources, namespaces } from './resources';
import { fallbackLng, type Lng } from './settings';

/**
 * A language-neutral i18next instance. Callers translate with getFixedT(lng): nobody ever
 * changes the language of a shared instance, so two users' requests cannot race.
 */
export function createI18n(lng: Lng = fallbackLng): i18n {
  const instance = createInstance();
  void instance.init({
    resources,
    lng,
    fallbackLng: false,
    supportedLngs: ['nl', 'de'],
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}
