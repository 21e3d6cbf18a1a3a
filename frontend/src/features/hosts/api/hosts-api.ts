import { api } from '../../../lib/api';
import type { HostDetail, HostPage, HostQuery, VettingUpdate } from '../types';

/** Caseworkers' view of all hosts (roles CASEWORKER and ADMIN). */

export const HOSTS_PAGE_SIZE = 20;

export function listHosts(query: HostQuery, signal?: AbortSignal): Promise<HostPage> {
  return api.get<HostPage>('/api/hosts', {
    query: {
      status: query.status,
      q: query.q.trim(),
      area: query.area.trim().toUpperCase(),
      page: query.page,
      size: HOSTS_PAGE_SIZE,
    },
    ...(signal ? { signal } : {}),
  });
}

export function getHost(id: string, signal?: AbortSignal): Promise<HostDetail> {
  return api.get<HostDetail>(`/api/hosts/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

export function saveVetting(id: string, update: VettingUpdate): Promise<HostDetail> {
  return api.put<HostDetail>(`/api/hosts/${encodeURIComponent(id)}/vetting`, update);
}
