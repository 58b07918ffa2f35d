import { createInstance, type i18n, type ResourceLanguage } from 'i18next';
import { fallbackLng, type Lng } from './settings';

/**
 * An i18next instance on the texts it is given, without importing them: the browser gets only
 * the page language's texts (from the server layout), not every text of both languages.
 */
export function createI18nFrom(lng: Lng = fallbackLng, texts: Partial<Record<Lng, ResourceLanguage>>): i18n {
  const instance = createInstance();
  void instance.init({
    resources: texts,
    lng,
    fallbackLng: false,
    supportedLngs: ['nl', 'de'],
    ns: Object.keys(texts[lng] ?? {}),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}
