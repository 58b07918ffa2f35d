'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { deleteDocumentAction } from '@/lib/actions/documents';
import { useT } from '@/lib/i18n/client';

export function DeleteDocumentButton({ id, title }: { id: number; title: string }) {
  const t = useT('documents');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        appearance="secondary"
        small
        aria-label={t('deleteNamed', { title })}
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t('confirmDelete'))) return;
          startTransition(async () => {
            const result = await deleteDocumentAction({ id });
            if (!result.ok) setError(errorText(result.code)!);
            else router.refresh();
          });
        }}
      >
        {pending ? t('deleting') : t('delete')}
      </Button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
