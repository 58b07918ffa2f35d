import 'server-only';
import type { TFunction } from 'i18next';
import { createI18n } from './create-instance';
import type { Namespace } from './resources';
import type { Lng } from './settings';

const shared = createI18n();

/** A translator for one language; keys from other namespaces go as "ns:key". */
export function getT(lng: Lng, ns: Namespace = 'common'): TFunction {
  return shared.getFixedT(lng, ns);
}
