import type { i18n } from 'i18next';
import { createI18nFrom } from './instance';
import { resources } from './resources';
import { fallbackLng, type Lng } from './settings';

/**
 * A language-neutral i18next instance with every text. Callers translate with getFixedT(lng):
 * nobody ever changes the language of a shared instance, so two users' requests cannot race.
 */
export function createI18n(lng: Lng = fallbackLng): i18n {
  return createI18nFrom(lng, resources);
}
