import { useTranslation } from 'react-i18next';

/** "Overdue" as a word in a bold red-bordered badge: the word, not the colour, carries it. */
export function OverdueLabel() {
  const { t } = useTranslation();
  return (
    <span className="overdue-label">
      <span aria-hidden="true">⚠ </span>
      {t('placements.overdue')}
    </span>
  );
}
