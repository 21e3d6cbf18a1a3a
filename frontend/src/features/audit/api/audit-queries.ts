import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditQuery } from '../types';
import { listAuditActions, listAuditEvents } from './audit-api';

export const auditKeys = {
  all: ['audit'] as const,
  events: (query: AuditQuery) =>
    [...auditKeys.all, 'events', { ...query, actor: query.actor.trim(), subjectId: query.subjectId.trim() }] as const,
  actions: () => [...auditKeys.all, 'actions'] as const,
};

/** One page of the log; the last page stays on screen while the next one loads. */
export function useAuditEventsQuery(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.events(query),
    queryFn: ({ signal }) => listAuditEvents(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The action list only helps; if it cannot load, the filter still offers "any action". */
export function useAuditActionsQuery() {
  return useQuery({
    queryKey: auditKeys.actions(),
    queryFn: ({ signal }) =>
      listAuditActions(signal).catch((problem: unknown) => {
        if (signal.aborted) throw problem;
        return [];
      }),
  });
}
