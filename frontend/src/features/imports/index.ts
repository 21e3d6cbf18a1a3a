export { ImportPanel } from './components/ImportPanel';
export type { ImportKind, ImportReport } from './types';
export { IMPORT_KINDS } from './types';
