import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/i18n';
import type { Placement } from '../types';

type Step = {
  key: string;
  /** An instant (ISO date-time) or a calendar day (YYYY-MM-DD). */
  at: string;
  what: string;
  details?: ReactNode;
};

function isDay(at: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(at);
}

/** The steps that happened, in the order of the placement's life (check-ins by date). */
export function timelineSteps(placement: Placement, t: TFunction): Step[] {
  const steps: Step[] = [
    {
      key: 'approved',
      at: placement.approvedAt,
      what: placement.override ? t('placements.timeline.approvedWithOverride') : t('placements.timeline.approved'),
    },
  ];
  if (placement.remindedAt) {
    steps.push({ key: 'reminded', at: placement.remindedAt, what: t('placements.timeline.reminded') });
  }
  if (placement.answeredAt) {
    const declined = placement.status === 'HOST_DECLINED';
    steps.push({
      key: 'answered',
      at: placement.answeredAt,
      what: declined ? t('placements.timeline.declined') : t('placements.timeline.accepted'),
      ...(declined && placement.declineReason ? { details: <Quote text={placement.declineReason} /> } : {}),
    });
  }
  if (placement.status === 'EXPIRED') {
    steps.push({ key: 'expired', at: placement.updatedAt, what: t('placements.timeline.expired') });
  }
  if (placement.confirmedAt) {
    steps.push({ key: 'confirmed', at: placement.confirmedAt, what: t('placements.timeline.confirmed') });
  }
  if (placement.moveInDate) {
    steps.push({ key: 'moved-in', at: placement.moveInDate, what: t('placements.timeline.movedIn') });
  }
  for (const checkIn of [...placement.checkIns].sort((a, b) => a.date.localeCompare(b.date))) {
    steps.push({
      key: `check-in-${checkIn.id}`,
      at: checkIn.date,
      what: t('placements.timeline.checkIn', { wellbeing: t(`placements.wellbeing.${checkIn.wellbeing}`) }),
      ...(checkIn.note ? { details: <Quote text={checkIn.note} /> } : {}),
    });
  }
  if (placement.endedOn && placement.endReason) {
    steps.push({
      key: 'ended',
      at: placement.endedOn,
      what: t('placements.timeline.ended', { reason: t(`placements.endReasons.${placement.endReason}`) }),
      details: (
        <>
          {placement.endNote ? <Quote text={placement.endNote} /> : null}
          <p>{placement.rematch ? t('placements.timeline.rematch') : t('placements.timeline.closed')}</p>
        </>
      ),
    });
  }
  return steps;
}

function Quote({ text }: { text: string }) {
  return <p className="preserve-lines">{text}</p>;
}

/** What has happened to the placement so far, oldest first. */
export function PlacementTimeline({ placement }: { placement: Placement }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <section className="stack" aria-labelledby="placement-timeline-title">
      <h2 id="placement-timeline-title">{t('placements.timeline.title')}</h2>
      <ol className="history">
        {timelineSteps(placement, t).map((step) => (
          <li key={step.key} className="history__entry">
            <p className="history__when">
              <time dateTime={step.at}>
                {isDay(step.at) ? formatDate(step.at, language) : formatDateTime(step.at, language)}
              </time>
            </p>
            <p className="history__change">{step.what}</p>
            {step.details}
          </li>
        ))}
      </ol>
    </section>
  );
}
