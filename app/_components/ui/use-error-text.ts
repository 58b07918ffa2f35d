'use client';

import { useT } from '@/lib/i18n/client';
import { translateValidation } from '@/lib/validation/messages';

/** Turns a validation key (from zod or the server) into words in the page's language. */
export function useErrorText() {
  const t = useT('validation');
  return (message: string | undefined) => translateValidation(t, message);
}
