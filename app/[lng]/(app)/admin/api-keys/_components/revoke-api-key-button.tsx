'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { revokeApiKeyAction } from '@/lib/actions/api-keys';
import { useT } from '@/lib/i18n/client';

export function RevokeApiKeyButton({ keyId, prefix }: { keyId: number; prefix: string }) {
  const t = useT('admin');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="inline-form">
      <Button
        appearance="danger"
        small
        disabled={pending}
        aria-label={t('apiKeys.revokeKey', { prefix })}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeApiKeyAction({ keyId });
            setMessage(result.ok ? t('apiKeys.revokedMessage', { prefix }) : errorText(result.code ?? 'serverError')!);
            if (result.ok) router.refresh();
          })
        }
      >
        {t('apiKeys.revoke')}
      </Button>
      {message ? (
        <span role="status" className="field-hint">
          {message}
        </span>
      ) : null}
    </div>
  );
}
