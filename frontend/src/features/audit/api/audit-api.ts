import { api } from '../../../lib/api';
import type { AuditPage, AuditQuery } from '../types';

export const AUDIT_PAGE_SIZE = 25;

/**
 * The start of a calendar day in the reader's time zone, as the instant the API takes: an admin
 * in London asking for 1 March means their 1 March, not UTC's.
 */
export function startOfLocalDay(isoDate: string, daysLater = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + daysLater);
  return Number.isNaN(day.getTime()) ? undefined : day.toISOString();
}

export function listAuditEvents(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return api.get<AuditPage>('/api/admin/audit-events', {
    query: {
      actor: query.actor.trim(),
      action: query.action,
      subjectId: query.subjectId.trim(),
      from: startOfLocalDay(query.from),
      // The API's `to` is exclusive: the day after, so the chosen day is included.
      to: startOfLocalDay(query.to, 1),
      page: query.page,
      size: AUDIT_PAGE_SIZE,
    },
    ...(signal ? { signal } : {}),
  });
}

/** Every action the log holds, for the action filter. */
export function listAuditActions(signal?: AbortSignal): Promise<string[]> {
  return api.get<string[]>('/api/admin/audit-events/actions', signal ? { signal } : {});
}
