import { components } from '../../../openapi.json';

/**
 * Every action the server can record in the audit log, as its API description lists them (the
 * enum of AuditEventResponse.action, built from each module's AuditActions; OpenApiSnapshotTest
 * keeps openapi.json equal to what the server serves). The audit log's label test reads it.
 */
export const SERVER_AUDIT_ACTIONS: readonly string[] =
  (components.schemas.AuditEventResponse.properties.action as { enum?: string[] }).enum ?? [];
