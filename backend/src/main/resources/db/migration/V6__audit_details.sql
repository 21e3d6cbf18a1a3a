-- What a change changed (before and after), as JSON written by the audit module: a role, a
-- status, a policy weight; never personal data. Null for events that need only their action.
ALTER TABLE audit_event ADD COLUMN details VARCHAR(4000);

-- The audit log page filters by action (newest first).
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
