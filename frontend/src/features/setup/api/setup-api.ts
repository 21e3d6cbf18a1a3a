import { api } from '../../../lib/api';
import type { SetupWarnings } from '../types';

export function getSetupWarnings(signal?: AbortSignal): Promise<SetupWarnings> {
  return api.get<SetupWarnings>('/api/admin/setup-warnings', signal ? { signal } : {});
}
