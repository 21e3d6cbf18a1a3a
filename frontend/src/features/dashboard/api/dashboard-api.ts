import { api } from '../../../lib/api';
import type { Dashboard } from '../types';

export function getDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return api.get<Dashboard>('/api/dashboard', signal ? { signal } : {});
}
