import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

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
