-- Runs after every Flyway migrate in the postgres profile, as the migration user.
-- When the app connects as a role of its own (HAVEN_DB_USER, placeholder appuser) and migrations
-- run as the schema owner (HAVEN_DB_MIGRATION_USER), the app role gets reading and writing on
-- every table but only SELECT and INSERT on the audit log: nothing the app does, nor anyone who
-- takes over its connection, can change or delete an audit event. With one role for both
-- (the simple set-up) there is nothing to restrict. See docs/operations.md.
DO $$
DECLARE
    app_role text := '${appuser}';
BEGIN
    IF app_role = '' OR app_role = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', app_role);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app_role);
END
$$;
