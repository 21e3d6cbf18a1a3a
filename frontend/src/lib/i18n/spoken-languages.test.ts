import { describe, expect, it } from 'vitest';
import { SPOKEN_LANGUAGE_CODES, spokenLanguageName, spokenLanguageOptions } from './spoken-languages';

describe('spoken languages', () => {
  it('are two-letter ISO 639-1 codes, each once', () => {
    expect(SPOKEN_LANGUAGE_CODES.every((code) => /^[a-z]{2}$/.test(code))).toBe(true);
    expect(new Set(SPOKEN_LANGUAGE_CODES).size).toBe(SPOKEN_LANGUAGE_CODES.length);
  });

  it('are named in the interface language, Persian with Dari beside it', () => {
    expect(spokenLanguageName('fa', 'en')).toBe('Persian (Dari)');
    expect(spokenLanguageName('uk', 'uk')).toBe('українська');
    expect(spokenLanguageName('fa', 'fa-AF')).toBe('فارسی (دری)');
    expect(spokenLanguageName('ps', 'fa-AF')).toBe('پشتو');
  });

  it('are sorted in the interface language’s own order', () => {
    const names = spokenLanguageOptions('uk').map((option) => option.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('uk').compare));
    expect(names[0]).toBe('албанська');
  });

  it('shows an unknown code as it is', () => {
    expect(spokenLanguageName('zz', 'en')).toBe('zz');
  });
});
