'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ResourceLanguage } from 'i18next';
import { createI18nFrom } from './instance';
import type { Namespace } from './resources';
import type { Lng } from './settings';

const LngContext = createContext<Lng>('nl');

/** `texts`: the page language's texts, handed down by the server layout (not bundled into the page's script). */
export function I18nProvider({ lng, texts, children }: { lng: Lng; texts: ResourceLanguage; children: ReactNode }) {
  // One instance per page language, fixed to it: switching language is a navigation.
  const i18n = useMemo(() => createI18nFrom(lng, { [lng]: texts }), [lng, texts]);
  return (
    <LngContext.Provider value={lng}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </LngContext.Provider>
  );
}

export function useLng(): Lng {
  return useContext(LngContext);
}

export function useT(ns: Namespace = 'common') {
  return useTranslation(ns).t;
}
