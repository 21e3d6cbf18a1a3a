import { describe, expect, it } from 'vitest';
import { SERVER_AUDIT_ACTIONS } from '../../../lib/api/audit-actions';
import en from '../../../lib/i18n/locales/en.json';
import faAF from '../../../lib/i18n/locales/fa-AF.json';
import uk from '../../../lib/i18n/locales/uk.json';
import { actionMessage } from './labels';

/** The server's own list (its API description), not restated here. */
const serverActions = SERVER_AUDIT_ACTIONS;

const LOCALES: Record<string, unknown> = { en, uk, 'fa-AF': faAF };

function message(locale: unknown, path: string): unknown {
  let node = locale;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

describe('audit action labels', () => {
  it('reads the actions from the API description', () => {
    expect(serverActions.length).toBeGreaterThan(50);
    expect(serverActions).toEqual(expect.arrayContaining(['MATCHING_PROPOSALS_READ', 'VETTING_APPLIED_TO_APPLIED']));
  });

  it.each(Object.keys(LOCALES))('has a label in %s for every action the server can record', (language) => {
    const missing = serverActions.filter((action) => {
      const wording = actionMessage(action);
      if (!wording) return true;
      const keys = [wording.key, ...Object.values(wording.values)];
      return keys.some((key) => {
        const text = message(LOCALES[language], key);
        return typeof text !== 'string' || text.trim() === '';
      });
    });
    expect(missing).toEqual([]);
  });

  it('words a status change from the statuses’ own labels', () => {
    expect(actionMessage('VETTING_APPLIED_TO_CHECKS_IN_PROGRESS')).toEqual({
      key: 'audit.actionPatterns.vettingMoved',
      values: { from: 'vettingStatuses.APPLIED', to: 'vettingStatuses.CHECKS_IN_PROGRESS' },
    });
    expect(actionMessage('VETTING_APPLIED_TO_APPLIED')?.key).toBe('audit.actionPatterns.vettingChecked');
    expect(actionMessage('FAMILY_STATUS_NOT_A_STATUS')).toBeNull();
    expect(actionMessage('SOMETHING_NEW')).toBeNull();
  });
});
