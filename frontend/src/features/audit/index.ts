import './audit.css';
export { AuditLogList } from './components/AuditLogList';
export type { AuditEvent, AuditQuery } from './types';
export { EMPTY_AUDIT_QUERY } from './types';
