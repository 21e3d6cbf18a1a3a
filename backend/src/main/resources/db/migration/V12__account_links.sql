-- Email verification, password reset and invitations (docs/security.md, "Account links").
-- Accounts that existed before were created by an admin or signed up before verification
-- existed: they count as verified. Emails are written in the account's language.
ALTER TABLE account ADD COLUMN email_verified BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE account ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE account ADD CONSTRAINT ck_account_language CHECK (language IN ('en', 'uk', 'fa-AF'));

-- A link emailed to an account: only the SHA-256 of its token is stored, never the token.
-- ended_at is set when the link is used or replaced by a newer one of the same kind; rows stay
-- (they count towards the per-account limit of emails per hour). A VERIFY_EMAIL link holds the
-- hash of the password chosen at sign-up, which becomes the account's password only when the
-- owner of the mailbox follows it. SIGN_UP_NOTICE rows record a "someone tried to sign up with
-- your address" email: their token is never sent and no link of that kind can be used.
CREATE TABLE account_token (
    id                    UUID                     NOT NULL,
    account_id            UUID                     NOT NULL,
    kind                  VARCHAR(20)              NOT NULL,
    token_hash            VARCHAR(64)              NOT NULL,
    pending_password_hash VARCHAR(255),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at              TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_account_token PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_token_kind CHECK (kind IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'INVITATION', 'SIGN_UP_NOTICE'))
);

CREATE INDEX ix_account_token_account ON account_token (account_id, kind, created_at);
