import { api } from '../../../lib/api';
import type { Statistics } from '../types';

/** The same figures as `section,key,value` rows; the browser downloads it with the session cookie. */
export const STATISTICS_CSV_PATH = '/api/admin/stats.csv';

export function getStatistics(signal?: AbortSignal): Promise<Statistics> {
  return api.get<Statistics>('/api/admin/stats', signal ? { signal } : {});
}
