'use client';

import { ConfirmActionButton } from '@/app/_components/ui/confirm-action-button';
import { deleteDocumentAction } from '@/lib/actions/documents';
import { useT } from '@/lib/i18n/client';

export function DeleteDocumentButton({ id, title }: { id: number; title: string }) {
  const t = useT('documents');
  return (
    <ConfirmActionButton
      label={t('delete')}
      pendingLabel={t('deleting')}
      ariaLabel={t('deleteNamed', { title })}
      confirmText={t('confirmDelete')}
      run={() => deleteDocumentAction({ id })}
    />
  );
}
