import type { SentenceKey } from '../../../lib/api';
import { RuleSentence } from '../../../lib/explanations';
import { NON_RULE_REASONS, type ProposalFamily, type Urgency } from '../types';
import { useFormat } from './use-format';

/**
 * Urgency in words, with a mark that differs in shape too (the families list's look: the
 * `.urgency` styles are global), so colour is never the only signal.
 */
export function UrgencyLabel({ urgency }: { urgency: Urgency }) {
  const { t } = useFormat();
  const mark = { CRITICAL: '!!', HIGH: '!', NORMAL: '' }[urgency];
  return (
    <span className={`urgency urgency--${urgency.toLowerCase()}`}>
      {mark ? (
        <span className="urgency__mark" aria-hidden="true">
          {mark}
        </span>
      ) : null}
      {t(`urgencies.${urgency}`)}
    </span>
  );
}

/** "waiting 9 days", or nothing when the server does not know. */
export function WaitingTime({ days }: { days: number | null }) {
  const { t } = useFormat();
  return days === null ? null : <>{t('matching.family.waiting', { count: days })}</>;
}

/** "5 people: 2 adults, 3 children · waiting 9 days". */
export function FamilySummary({
  family,
}: {
  family: Pick<ProposalFamily, 'size' | 'adults' | 'children' | 'waitingDays'>;
}) {
  const { t, list } = useFormat();
  return (
    <>
      {t('matching.family.people', { count: family.size })}
      {': '}
      {list([
        t('matching.family.adults', { count: family.adults }),
        t('matching.family.children', { count: family.children }),
      ])}
      {family.waitingDays === null ? null : ' · '}
      <WaitingTime days={family.waitingDays} />
    </>
  );
}

const RULE_IDS = new Set([
  ...Array.from({ length: 16 }, (_, index) => `H${index + 1}`),
  ...Array.from({ length: 7 }, (_, index) => `S${index + 1}`),
]);
const NON_RULES: ReadonlySet<string> = new Set(NON_RULE_REASONS);

/** A rule's id and its short name in the reader's language ("S1 Distance"); an unknown id as sent. */
export function RuleName({ rule }: { rule: string }) {
  const { t } = useFormat();
  if (NON_RULES.has(rule)) return <>{t(`matching.rules.${rule as (typeof NON_RULE_REASONS)[number]}`)}</>;
  if (!RULE_IDS.has(rule)) return <span dir="ltr">{rule}</span>;
  return (
    <>
      <span className="rule-id" dir="ltr">
        {rule}
      </span>{' '}
      {t(`matching.rules.${rule as 'H1'}`)}
    </>
  );
}

/**
 * A sentence of the server's, which is English: marked so a screen reader reads it as English, and
 * isolated left-to-right so its numbers and brackets stay in order on a right-to-left page.
 */
export function ServerText({ children }: { children: string }) {
  return (
    <span lang="en" dir="ltr">
      {children}
    </span>
  );
}

type RuleLine = SentenceKey & { rule: string; text: string };

/** One rule's line: its name, then its sentence, both in the reader's language. */
export function RuleReason({ line }: { line: RuleLine }) {
  return (
    <>
      <RuleName rule={line.rule} />: <RuleSentence line={line} />
    </>
  );
}
