import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StatusMessage } from '../../../components/feedback';
import { ErrorSummary, SubmitButton, TextAreaField, textValue, useFormSubmission } from '../../../components/form';
import { isApiError } from '../../../lib/api';
import { RuleSentence } from '../../../lib/explanations';
import { approveProposal, rejectProposal } from '../api/placements-api';
import { placementPath } from '../paths';
import type { Placement, ProposalToDecide } from '../types';
import { ReasonForm } from './ReasonForm';
import { Revealed } from './Revealed';

const REASON_MAX = 2000;

type ProposalDecisionProps = {
  proposal: ProposalToDecide;
  /** After an approval; without it the new placement's page opens. */
  onApproved?: (placement: Placement) => void;
  /** After a rejection, e.g. to reload the proposal (it is then REJECTED). */
  onRejected?: () => void;
};

/** A refused decision: our sentence, then the server's own (it names the rules that are broken). */
function conflictAlert(error: unknown, t: TFunction): string | null {
  if (!isApiError(error) || !error.is('conflict')) return null;
  return [t('placements.decision.conflict'), error.detail].filter(Boolean).join(' ');
}

function overrideWording(code: string | undefined, t: TFunction): string | null {
  return code === 'override-required' ? t('placements.decision.overrideRequired') : null;
}

/**
 * Approve or reject one proposal. A pair that breaks H10–H12 (the only hard rules a proposal can
 * break) is shown in red and can be approved only with a written override reason; the server
 * checks the pair again and may ask for one the page did not know about.
 */
export function ProposalDecision({ proposal, onApproved, onRejected }: ProposalDecisionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const broken = proposal.explanation.filter((line) => !line.passed);
  const [serverWantsOverride, setServerWantsOverride] = useState(false);
  const [rejected, setRejected] = useState(false);

  if (rejected) {
    return (
      <section className="card stack" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('placements.decision.title')}</h2>
        <StatusMessage>{t('placements.decision.rejected')}</StatusMessage>
      </section>
    );
  }

  return (
    <section className="card stack decision" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('placements.decision.title')}</h2>
      {proposal.status !== 'PROPOSED' ? (
        <p>{t('placements.decision.alreadyDecided', { status: proposalStatusText(proposal.status, t) })}</p>
      ) : (
        <>
          {broken.length > 0 && (
            <div className="override-box">
              <p className="override-box__label">
                <span className="alert__icon" aria-hidden="true">
                  !
                </span>
                {t('placements.decision.needsOverride')}
              </p>
              <p>{t('placements.decision.brokenIntro')}</p>
              <ul>
                {broken.map((line) => (
                  <li key={line.rule}>
                    <strong>{line.rule}</strong> <RuleSentence line={line} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ApproveForm
            proposalId={proposal.id}
            overrideNeeded={broken.length > 0 || serverWantsOverride}
            onOverrideDemanded={() => setServerWantsOverride(true)}
            {...(onApproved ? { onApproved } : {})}
          />
          <RejectForm
            proposalId={proposal.id}
            onRejected={() => {
              setRejected(true);
              onRejected?.();
            }}
          />
        </>
      )}
    </section>
  );
}

function proposalStatusText(status: string, t: TFunction): string {
  switch (status) {
    case 'APPROVED':
    case 'REJECTED':
    case 'SUPERSEDED':
    case 'PROPOSED':
      return t(`placements.proposalStatuses.${status}`);
    default:
      return status;
  }
}

type ApproveFormProps = {
  proposalId: string;
  overrideNeeded: boolean;
  onOverrideDemanded: () => void;
  onApproved?: (placement: Placement) => void;
};

function ApproveForm({ proposalId, overrideNeeded, onOverrideDemanded, onApproved }: ApproveFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormSubmission({
    fields: ['overrideReason'],
    alertFor: conflictAlert,
    codeWording: overrideWording,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = textValue(event.currentTarget, 'overrideReason').trim();
    if (overrideNeeded && form.showClientErrors(reason ? {} : { overrideReason: 'validation.required' })) return;
    const result: { placement?: Placement } = {};
    const ok = await form.run(async () => {
      try {
        result.placement = await approveProposal(proposalId, overrideNeeded ? reason : null);
      } catch (error) {
        if (isApiError(error) && error.fieldErrorCodes.overrideReason === 'override-required') onOverrideDemanded();
        throw error;
      }
    });
    const approved = result.placement;
    if (!ok || !approved) return;
    if (onApproved) onApproved(approved);
    else void navigate(placementPath(approved.id), { state: { approved: true } });
  }

  return (
    <form className="form stack" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary submission={form} />
      {overrideNeeded && (
        <TextAreaField
          label={t('placements.decision.overrideReason')}
          name="overrideReason"
          help={t('placements.decision.overrideHelp')}
          error={form.fieldErrors.overrideReason}
          maxLength={REASON_MAX}
          required
        />
      )}
      <p>
        <SubmitButton busy={form.busy} busyLabel={t('placements.decision.approving')}>
          {overrideNeeded ? t('placements.decision.approveWithOverride') : t('placements.decision.approve')}
        </SubmitButton>
      </p>
      <p className="field__help">{t('placements.decision.approveHelp')}</p>
    </form>
  );
}

function RejectForm({ proposalId, onRejected }: { proposalId: string; onRejected: () => void }) {
  const { t } = useTranslation();
  const form = useFormSubmission({ fields: ['reason'], alertFor: conflictAlert });
  return (
    <Revealed label={t('placements.decision.reject')}>
      {(close) => (
        <ReasonForm
          form={form}
          label={t('placements.decision.rejectReason')}
          help={t('placements.decision.rejectHelp')}
          submitLabel={t('placements.decision.confirmReject')}
          busyLabel={t('placements.decision.rejecting')}
          onSubmit={(reason) =>
            void form
              .run(() => rejectProposal(proposalId, reason))
              .then((ok) => {
                if (ok) onRejected();
              })
          }
          onCancel={close}
        />
      )}
    </Revealed>
  );
}
