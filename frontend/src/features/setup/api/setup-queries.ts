import { useQuery } from '@tanstack/react-query';
import { getSetupWarnings } from './setup-api';

export const setupKeys = {
  all: ['setup'] as const,
  warnings: () => [...setupKeys.all, 'warnings'] as const,
};

export function useSetupWarningsQuery() {
  return useQuery({ queryKey: setupKeys.warnings(), queryFn: ({ signal }) => getSetupWarnings(signal) });
}
