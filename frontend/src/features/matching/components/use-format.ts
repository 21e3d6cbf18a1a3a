import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLocale, formatNumber } from '../../../lib/i18n';
import { parseScore } from '../score';

/** Numbers, times and scores in the reader's language and digits. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const number = (value: number) => formatNumber(value, language);

  return {
    t,
    language,
    number,
    dateTime: (iso: string) => formatDateTime(iso, language),
    /** A proposal's score as a reader takes it: "A perfect fit", or how many points it falls short. */
    fit: (score: number) =>
      score === 0 ? t('matching.fit.perfect') : t('matching.fit.pointsOff', { count: Math.abs(score) }),
    /** "2 adults, 3 children", with the reader's comma (Dari's is "،"). */
    list: (parts: string[]) =>
      new Intl.ListFormat(formatLocale(language), { style: 'short', type: 'unit' }).format(parts),
    /** "1:05": minutes and seconds, the seconds always two digits (in Persian digits too). */
    duration: (ms: number) => {
      const total = Math.max(0, Math.floor(ms / 1000));
      const seconds = new Intl.NumberFormat(formatLocale(language), { minimumIntegerDigits: 2 }).format(total % 60);
      return `${number(Math.floor(total / 60))}:${seconds}`;
    },
    distance: (km: number | null) => (km === null ? t('matching.noDistance') : t('matching.km', { km })),
    /** "Rules broken: 0 · People still waiting…: 57 · Points off a perfect fit: 1,234", or "No solution yet". */
    score: (score: string | null) => {
      const levels = parseScore(score);
      return levels ? t('matching.score.line', levels) : t('matching.score.none');
    },
  };
}
