'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { dismissTodoAction } from '@/lib/actions/todos';
import { useT } from '@/lib/i18n/client';
import { Button } from '@/app/_components/ui/button';

/** "Done" and "Hide" for one to-do: the page reloads without it. `what` names it for screen readers. */
export function TodoButtons({ todoKey, what }: { todoKey: string; what: string }) {
  const t = useT('common');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const act = async (how: 'done' | 'dismissed') => {
    setBusy(true);
    setFailed(false);
    const result = await dismissTodoAction({ key: todoKey, how });
    if (!result.ok) {
      setFailed(true);
      setBusy(false);
      return;
    }
    router.refresh();
  };
  return (
    <>
      <Button appearance="secondary" small disabled={busy} onClick={() => act('done')} aria-label={t('home.todos.doneLabel', { what })}>
        {t('home.todos.done')}
      </Button>
      <Button appearance="subtle" small disabled={busy} onClick={() => act('dismissed')} aria-label={t('home.todos.dismissLabel', { what })}>
        {t('home.todos.dismiss')}
      </Button>
      {failed ? <span role="status">{t('home.todos.failed')}</span> : null}
    </>
  );
}
