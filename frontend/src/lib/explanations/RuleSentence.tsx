import { useTranslation } from 'react-i18next';
import type { SentenceKey } from '../api';
import { wordedSentence } from './explanation-words';

/**
 * A rule's sentence in the reader's language. A line stored before sentences had keys keeps the
 * server's English: marked as English for screen readers and isolated left-to-right, so it reads
 * correctly inside a Dari page.
 */
export function RuleSentence({ line }: { line: SentenceKey & { text: string } }) {
  const { t, i18n } = useTranslation();
  const worded = wordedSentence(line, t, i18n.resolvedLanguage ?? i18n.language);
  if (worded !== null) return <>{worded}</>;
  return (
    <bdi lang="en" dir="ltr">
      {line.text}
    </bdi>
  );
}
