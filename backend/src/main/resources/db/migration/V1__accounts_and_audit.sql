-- Accounts of hosts, caseworkers and admins. Emails are stored lower-case, so the unique
-- constraint is case-insensitive on H2 and PostgreSQL alike.
CREATE TABLE account (
    id                       UUID                     NOT NULL,
    email                    VARCHAR(254)             NOT NULL,
    display_name             VARCHAR(100)             NOT NULL,
    password_hash            VARCHAR(255)             NOT NULL,
    role                     VARCHAR(20)              NOT NULL,
    status                   VARCHAR(20)              NOT NULL,
    password_change_required BOOLEAN                  NOT NULL,
    failed_login_count       INTEGER                  NOT NULL,
    lock_count               INTEGER                  NOT NULL,
    locked_until             TIMESTAMP WITH TIME ZONE,
    last_login_at            TIMESTAMP WITH TIME ZONE,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT ck_account_role CHECK (role IN ('HOST', 'CASEWORKER', 'ADMIN')),
    CONSTRAINT ck_account_status CHECK (status IN ('ACTIVE', 'DISABLED')),
    CONSTRAINT ck_account_email_lower CHECK (email = LOWER(email))
);

CREATE INDEX ix_account_role_status ON account (role, status);

-- The append-only audit log: who did what to which record, when; never the data itself.
-- In production the application's database user gets INSERT and SELECT only (docs/operations.md).
CREATE TABLE audit_event (
    id           UUID                     NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     UUID,
    action       VARCHAR(60)              NOT NULL,
    subject_type VARCHAR(40),
    subject_id   UUID,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_subject ON audit_event (subject_id, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_id, occurred_at);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
