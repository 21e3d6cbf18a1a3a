import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageSwitcher } from '../../components/layout';
import { changeLanguage, i18next, loadAllResources } from './index';
import { matchBrowserLanguage } from './languages';

describe('language switching', () => {
  it('switching to Dari sets <html lang="fa-AF" dir="rtl"> and remembers the choice', async () => {
    await changeLanguage('fa-AF');

    expect(document.documentElement.lang).toBe('fa-AF');
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem('haven.language')).toBe('fa-AF');
  });

  it('switching back to Ukrainian or English is left-to-right again', async () => {
    await changeLanguage('fa-AF');
    await changeLanguage('uk');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('uk');

    await changeLanguage('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');
  });

  it('the header select switches the page to Dari and relabels itself', async () => {
    const user = userEvent.setup();
    render(<LanguageSwitcher />);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'دری');

    // The Dari texts are loaded on demand, so the switch completes a moment later.
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(await screen.findByRole('combobox', { name: 'زبان' })).toHaveValue('fa-AF');
  });

  it('names every language in itself', () => {
    render(<LanguageSwitcher />);
    const names = screen.getAllByRole('option').map((option) => option.textContent);
    expect(names).toEqual(['English', 'Українська', 'دری']);
  });

  it("picks a supported language from the browser's list", () => {
    expect(matchBrowserLanguage(['de-DE', 'uk-UA'])).toBe('uk');
    expect(matchBrowserLanguage(['prs-AF'])).toBe('fa-AF');
    expect(matchBrowserLanguage(['fa'])).toBe('fa-AF');
    expect(matchBrowserLanguage(['de', 'fr'])).toBeNull();
  });

  it('translates plurals with the Ukrainian forms', async () => {
    await changeLanguage('uk');
    expect(i18next.t('accounts.results', { count: 1 })).toBe('1 обліковий запис');
    expect(i18next.t('accounts.results', { count: 3 })).toBe('3 облікові записи');
    expect(i18next.t('accounts.results', { count: 5 })).toBe('5 облікових записів');
  });
});

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else flatten(value, path).forEach((text, nested) => entries.set(nested, text));
  }
  return entries;
}

/** Plural keys differ per language (uk has _few and _many); compare the base key instead. */
function baseKeys(entries: Map<string, string>): Set<string> {
  return new Set([...entries.keys()].map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*([^}]+?)\s*}}/g)].map((match) => match[1]!).sort();
}

describe('locale files', async () => {
  const resources = await loadAllResources();
  const english = flatten(resources.en);

  for (const code of ['uk', 'fa-AF'] as const) {
    const translated = flatten(resources[code]);

    it(`${code} has every text that English has, and no others`, () => {
      expect([...baseKeys(translated)].sort()).toEqual([...baseKeys(english)].sort());
    });

    it(`${code} has no empty text and no English left untranslated`, () => {
      for (const [key, text] of translated) {
        expect(text.trim(), key).not.toBe('');
        const englishText = english.get(key);
        // Brand names and pure placeholders may stay the same in every language.
        if (englishText && !['app.name', 'app.pageTitle'].includes(key)) expect(text, key).not.toBe(englishText);
      }
    });

    it(`${code} keeps the same {{placeholders}} as English`, () => {
      for (const [key, text] of translated) {
        const englishText = english.get(key) ?? english.get(key.replace(/_(few|many)$/, '_other'));
        expect(placeholders(text), key).toEqual(placeholders(englishText ?? ''));
      }
    });
  }
});

describe('numbers', () => {
  it('are written with Persian digits in Dari', async () => {
    await changeLanguage('fa-AF');
    expect(i18next.t('pagination.pageOf', { page: 2, pages: 12 })).toBe('صفحهٔ ۲ از ۱۲');
  });
});
