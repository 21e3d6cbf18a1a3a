import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage, i18next } from '../i18n';
import { hasEnglishOnly, wordedSentence } from './explanation-words';

function worded(language: string, key: string, values: Record<string, unknown>): string | null {
  return wordedSentence({ key, values }, i18next.t, language);
}

describe('explanation sentences in the reader’s language', () => {
  afterEach(async () => {
    await changeLanguage('en');
  });

  it('words a rule from its key and values, with the plural the number needs', async () => {
    await changeLanguage('uk');
    expect(worded('uk', 'H1.tooMany', { count: 5, maxGuests: 4 })).toBe('5 осіб; місця лише для 4');
    expect(worded('uk', 'S2.spare', { count: 2 })).toBe('2 вільні місця');
  });

  it('writes dates in the reader’s calendar and numbers in the reader’s digits (Dari)', async () => {
    await changeLanguage('fa-AF');
    const text = worded('fa-AF', 'H13.onTimeOpen', { start: '2026-12-05', neededFrom: '2026-12-01', windowDays: 14 });
    expect(text).toMatch(/^اتاق تا .+ آزاد است/);
    expect(text).not.toMatch(/2026|12-05/);
    expect(text).toMatch(/[۰-۹]/);
    expect(worded('fa-AF', 'H14.beyond', { km: 12, limit: 10 })).toBe('۱۲ کیلومتر، بیرون از حد ۱۰ کیلومتر');
  });

  it('names languages and codes in the reader’s language, and keeps typed text apart', async () => {
    await changeLanguage('uk');
    expect(worded('uk', 'S3.shared', { languages: ['uk', 'en'] })).toMatch(
      /^Спільна мова з господарем: українська.+англійська$/,
    );
    expect(worded('uk', 'H3.notStepFree', { stepFree: 'SOME' })).toBe(
      'Потрібен доступ без сходинок; у житлі: частково без сходинок',
    );
    expect(worded('uk', 'S1.kmFromPlace', { km: 3, place: 'Leeds' })).toBe(
      '3 км від бажаного району (\u2068Leeds\u2069)',
    );
  });

  it('leaves a line without a known key to the server’s English text', () => {
    expect(worded('uk', 'H99.unknown', {})).toBeNull();
    expect(wordedSentence({ key: null, values: null }, i18next.t, 'uk')).toBeNull();
    expect(hasEnglishOnly([{ key: 'S2.none', values: {} }, { key: null }], i18next.t, 'uk')).toBe(true);
    expect(hasEnglishOnly([{ key: 'S2.none', values: {} }], i18next.t, 'uk')).toBe(false);
  });
});
