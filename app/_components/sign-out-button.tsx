'use client';

import { signOut } from 'next-auth/react';
import { useLng, useT } from '@/lib/i18n/client';

export function SignOutButton() {
  const lng = useLng();
  const t = useT();
  return (
    <button type="button" className="button button-quiet" onClick={() => void signOut({ callbackUrl: `/${lng}/login?signedOut=1` })}>
      {t('user.signOut')}
    </button>
  );
}
