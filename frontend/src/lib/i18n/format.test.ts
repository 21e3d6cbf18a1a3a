import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';
import { changeLanguage, i18next, loadAllResources } from './i18n';

describe('formatDateTime', () => {
  it('writes English dates the British way', () => {
    expect(formatDateTime('2025-11-28T14:30:00Z', 'en')).toMatch(/^28 Nov 2025/);
  });

  it('uses Persian digits for Dari', () => {
    expect(formatDateTime('2025-11-28T14:30:00Z', 'fa-AF')).toMatch(/[۰-۹]/);
  });

  it('shows an unreadable value as it is rather than "Invalid Date"', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('numbers in Dari', () => {
  it('are written in Persian digits with Persian separators', () => {
    expect(formatNumber(1234.5, 'fa-AF')).toBe('۱٬۲۳۴٫۵');
    expect(formatDate('2025-11-28', 'fa-AF')).not.toMatch(/[0-9]/);
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('are Persian in every translated sentence, whether or not its placeholder says ", number"', async () => {
    await changeLanguage('fa-AF');
    expect(i18next.t('pagination.pageOf', { page: 2, pages: 12 })).toBe('صفحهٔ ۲ از ۱۲');
    expect(i18next.t('intake.review.age', { age: 34 })).toBe('۳۴ ساله');
    // What someone typed stays as typed, numbers and all.
    expect(i18next.t('intake.review.age', { age: 'F-DEMO01' })).toBe('F-DEMO01 ساله');
  });
});

describe('the formats the locale files ask for', () => {
  it('are "number" only, the one Haven’s formatter writes', async () => {
    const texts = JSON.stringify(await loadAllResources());
    const formats = new Set(Array.from(texts.matchAll(/\{\{[^},]+,\s*([^}]+)\}\}/g), (match) => match[1]?.trim()));
    expect([...formats]).toEqual(['number']);
  });
});
