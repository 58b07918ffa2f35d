'use client';

import { useId, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import type { Role } from '@/db/schema/enums';
import { changeAccountRoleAction, setAccountActiveAction } from '@/lib/actions/accounts';
import { resetSecondFactorAction } from '@/lib/actions/second-factor';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { useT } from '@/lib/i18n/client';
import { staffRoles } from '@/db/schema/enums';

export function AccountRowActions({ account }: { account: { id: number; name: string; role: Role; active: boolean; secondFactor: boolean } }) {
  const t = useT('admin');
  const errorText = useErrorText();
  const router = useRouter();
  const selectId = useId();
  const [pending, startTransition] = useTransition();
  const [role, setRole] = useState<string>(account.role);
  const [message, setMessage] = useState<string | null>(null);

  function run(action: () => Promise<{ ok: boolean; code?: string }>, success: string) {
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? success : errorText(result.code ?? 'serverError')!);
      if (result.ok) router.refresh();
    });
  }

  return (
    <div className="inline-form">
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={pending}
        onClick={() =>
          run(
            () => setAccountActiveAction({ userId: account.id, active: !account.active }),
            t(account.active ? 'accounts.deactivated' : 'accounts.activated', { name: account.name }),
          )
        }
      >
        {account.active ? t('accounts.deactivate') : t('accounts.activate')}
        <span className="visually-hidden">: {account.name}</span>
      </button>
      {account.secondFactor ? (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={pending}
          onClick={() => {
            // Resetting leaves the account with a password only until its owner enrols again.
            if (!window.confirm(t('accounts.secondFactorResetConfirm', { name: account.name }))) return;
            run(() => resetSecondFactorAction({ userId: account.id }), t('accounts.secondFactorResetDone', { name: account.name }));
          }}
        >
          {t('accounts.secondFactorReset')}
          <span className="visually-hidden">: {account.name}</span>
        </button>
      ) : null}
      {account.role !== 'employer' ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => changeAccountRoleAction({ userId: account.id, role }), t('accounts.roleChanged', { name: account.name, role: t(`domain:role.${role}`) }));
          }}
        >
          <label htmlFor={selectId} className="visually-hidden">
            {t('accounts.changeRoleOf', { name: account.name })}
          </label>
          <select id={selectId} value={role} onChange={(e) => setRole(e.target.value)}>
            {staffRoles.map((r) => (
              <option key={r} value={r}>
                {t(`domain:role.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary button-small" disabled={pending || role === account.role}>
            {t('accounts.changeRole')}
            <span className="visually-hidden">: {account.name}</span>
          </button>
        </form>
      ) : null}
      {message ? (
        <p role="status" className="field-hint">
          {message}
        </p>
      ) : null}
    </div>
  );
}
