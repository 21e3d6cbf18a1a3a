import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/feedback';
import { FormAlert } from '../../../components/form';
import { formatDateTime, IsolatedText, isolate } from '../../../lib/i18n';
import { resendInvitation, resetSecondFactor, unlockAccount, updateAccount } from '../api/accounts-api';
import type { Account, AccountRole } from '../types';
import { accountChangeProblem, isStaleChange } from './account-problems';

type Action =
  | { kind: 'role'; to: AccountRole }
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'unlock' }
  | { kind: 'invite' }
  | { kind: 'resetSecondFactor' };

type AccountActionsProps = {
  account: Account;
  /** The signed-in admin's own account: changing its role or disabling it logs them out. */
  isOwnAccount: boolean;
  onChanged: (account: Account, action: Action) => void;
  /** Another admin changed the account at the same moment: load it again. */
  onStale: () => void;
};

function otherStaffRole(role: AccountRole): AccountRole | null {
  if (role === 'CASEWORKER') return 'ADMIN';
  if (role === 'ADMIN') return 'CASEWORKER';
  return null; // hosts stay hosts
}

function send(account: Account, action: Action): Promise<Account> {
  switch (action.kind) {
    case 'role':
      return updateAccount(account.id, { role: action.to });
    case 'disable':
      return updateAccount(account.id, { status: 'DISABLED' });
    case 'enable':
      return updateAccount(account.id, { status: 'ACTIVE' });
    case 'unlock':
      return unlockAccount(account.id);
    case 'invite':
      return resendInvitation(account.id);
    case 'resetSecondFactor':
      return resetSecondFactor(account.id);
  }
}

/**
 * Role, access and login lock of one account. Every change is asked for first and confirmed
 * second, with what it will do; a refusal (the last active administrator, say) is explained.
 */
export function AccountActions({ account, isOwnAccount, onChanged, onStale }: AccountActionsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [pending, setPending] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const name = isolate(account.displayName);
  const newRole = otherStaffRole(account.role);

  useEffect(() => {
    if (pending) questionRef.current?.focus();
  }, [pending]);

  function ask(action: Action) {
    setAlert(null);
    setDone(null);
    setPending(action);
  }

  function confirmation(action: Action): { question: string; effect: string; button: string } {
    switch (action.kind) {
      case 'role':
        return {
          question: t('adminAccounts.role.confirmQuestion', {
            name,
            from: t(`roles.${account.role}`),
            to: t(`roles.${action.to}`),
          }),
          effect: t('adminAccounts.role.confirmEffect'),
          button: t('adminAccounts.role.confirm'),
        };
      case 'disable':
        return {
          question: t('adminAccounts.access.confirmDisable', { name }),
          effect: t('adminAccounts.access.disableEffect'),
          button: t('adminAccounts.access.confirmDisableButton'),
        };
      case 'enable':
        return {
          question: t('adminAccounts.access.confirmEnable', { name }),
          effect: t('adminAccounts.access.enableEffect'),
          button: t('adminAccounts.access.confirmEnableButton'),
        };
      case 'unlock':
        return {
          question: t('adminAccounts.lock.confirmUnlock', { name }),
          effect: t('adminAccounts.lock.unlockEffect'),
          button: t('adminAccounts.lock.confirmUnlockButton'),
        };
      case 'invite':
        return {
          question: t('adminAccounts.invitation.confirmQuestion', { name }),
          effect: t('adminAccounts.invitation.confirmEffect'),
          button: t('adminAccounts.invitation.confirm'),
        };
      case 'resetSecondFactor':
        return {
          question: t('adminAccounts.secondFactor.confirmQuestion', { name }),
          effect: t('adminAccounts.secondFactor.confirmEffect'),
          button: t('adminAccounts.secondFactor.confirm'),
        };
    }
  }

  function outcome(action: Action, changed: Account): string {
    switch (action.kind) {
      case 'role':
        return t('adminAccounts.role.changed', { name, role: t(`roles.${changed.role}`) });
      case 'disable':
        return t('adminAccounts.access.disabled', { name });
      case 'enable':
        return t('adminAccounts.access.enabled', { name });
      case 'unlock':
        return t('adminAccounts.lock.unlocked', { name });
      case 'invite':
        return t('adminAccounts.invitation.sent', { name });
      case 'resetSecondFactor':
        return t('adminAccounts.secondFactor.done', { name });
    }
  }

  async function run(action: Action) {
    setBusy(true);
    setAlert(null);
    try {
      const changed = await send(account, action);
      setPending(null);
      setDone(outcome(action, changed));
      onChanged(changed, action);
    } catch (error) {
      setAlert(accountChangeProblem(error, t));
      setPending(null);
      if (isStaleChange(error)) onStale();
    } finally {
      setBusy(false);
    }
  }

  const asked = pending ? confirmation(pending) : null;
  const endsOwnSession =
    isOwnAccount &&
    pending !== null &&
    (pending.kind === 'role' || pending.kind === 'disable' || pending.kind === 'resetSecondFactor');

  /** The confirmation, right under the button that asked for it. */
  function confirmFor(kinds: readonly Action['kind'][]) {
    if (!pending || !asked || !kinds.includes(pending.kind)) return null;
    return (
      <div className="confirm stack">
        <p ref={questionRef} tabIndex={-1} className="confirm__question">
          <IsolatedText>{asked.question}</IsolatedText>
        </p>
        <p>{asked.effect}</p>
        {endsOwnSession && <p>{t('adminAccounts.ownAccountNote')}</p>}
        <div className="wizard__actions">
          <button
            type="button"
            className={pending.kind === 'disable' ? 'button button--danger' : 'button button--primary'}
            disabled={busy}
            onClick={() => void run(pending)}
          >
            {busy ? t('adminAccounts.working') : asked.button}
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => setPending(null)}>
            {t('adminAccounts.cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <section className="card stack" aria-labelledby="account-actions-title">
      <h2 id="account-actions-title">{t('adminAccounts.actionsTitle')}</h2>
      {done && (
        <StatusMessage>
          <IsolatedText>{done}</IsolatedText>
        </StatusMessage>
      )}
      <FormAlert message={alert} />

      <h3>{t('adminAccounts.role.title')}</h3>
      {newRole ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || pending !== null}
            onClick={() => ask({ kind: 'role', to: newRole })}
          >
            {t('adminAccounts.role.changeTo', { role: t(`roles.${newRole}`) })}
          </button>
        </p>
      ) : (
        <p>{t('adminAccounts.role.hostNote')}</p>
      )}
      {confirmFor(['role'])}

      <h3>{t('adminAccounts.access.title')}</h3>
      <p>{t(account.status === 'ACTIVE' ? 'adminAccounts.access.activeText' : 'adminAccounts.access.disabledText')}</p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || pending !== null}
          onClick={() => ask({ kind: account.status === 'ACTIVE' ? 'disable' : 'enable' })}
        >
          {t(account.status === 'ACTIVE' ? 'adminAccounts.access.disable' : 'adminAccounts.access.enable')}
        </button>
      </p>
      {confirmFor(['disable', 'enable'])}

      <h3>{t('adminAccounts.lock.title')}</h3>
      <p>
        {account.locked && account.lockedUntil
          ? t('adminAccounts.lock.locked', { time: formatDateTime(account.lockedUntil, language) })
          : t('adminAccounts.lock.notLocked')}
      </p>
      {account.locked && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || pending !== null}
            onClick={() => ask({ kind: 'unlock' })}
          >
            {t('adminAccounts.lock.unlock')}
          </button>
        </p>
      )}
      {confirmFor(['unlock'])}

      <h3>{t('adminAccounts.invitation.title')}</h3>
      <p>{t(account.invitationPending ? 'adminAccounts.invitation.pending' : 'adminAccounts.invitation.accepted')}</p>
      {account.invitationPending && account.status === 'ACTIVE' && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || pending !== null}
            onClick={() => ask({ kind: 'invite' })}
          >
            {t('adminAccounts.invitation.resend')}
          </button>
        </p>
      )}
      {confirmFor(['invite'])}

      <h3>{t('adminAccounts.secondFactor.title')}</h3>
      <p>{t(account.secondFactorEnabled ? 'adminAccounts.secondFactor.on' : 'adminAccounts.secondFactor.off')}</p>
      {account.secondFactorEnabled && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || pending !== null}
            onClick={() => ask({ kind: 'resetSecondFactor' })}
          >
            {t('adminAccounts.secondFactor.reset')}
          </button>
        </p>
      )}
      {confirmFor(['resetSecondFactor'])}
    </section>
  );
}

export type { Action as AccountAction };
