import { describe, expect, it } from 'vitest';
import { forgetDrafts, readDraft, removeDraft, writeDraft } from './session-drafts';

const isTitled = (value: unknown): value is { title: string } =>
  typeof value === 'object' && value !== null && typeof (value as { title?: unknown }).title === 'string';

describe('drafts kept for the tab', () => {
  it('reads back what was written, and nothing once removed', () => {
    writeDraft('offer.new', { title: 'Attic room' });

    expect(readDraft('offer.new', isTitled)).toEqual({ title: 'Attic room' });
    removeDraft('offer.new');
    expect(readDraft('offer.new', isTitled)).toBeNull();
  });

  it('ignores a kept value of the wrong shape or that is not JSON', () => {
    sessionStorage.setItem('haven.draft.offer.new', '{"title": 3}');
    expect(readDraft('offer.new', isTitled)).toBeNull();
    sessionStorage.setItem('haven.draft.offer.new', '{not json');
    expect(readDraft('offer.new', isTitled)).toBeNull();
  });

  it('forgets every draft, and only drafts', () => {
    writeDraft('offer.new', { title: 'Attic room' });
    writeDraft('offer.o-1', { title: 'Garden flat' });
    sessionStorage.setItem('something-else', 'kept');

    forgetDrafts();

    expect(readDraft('offer.new', isTitled)).toBeNull();
    expect(readDraft('offer.o-1', isTitled)).toBeNull();
    expect(sessionStorage.getItem('something-else')).toBe('kept');
  });
});
