-- Two-factor sign-in (TOTP, RFC 6238). The secret is field-encrypted like other personal fields
-- (key rotation re-encrypts it); the one being enrolled waits in its own column until a code from
-- it is confirmed, so an enrolment may be started on one instance and confirmed on another.
-- totp_last_step: the last time step whose code was accepted; a code of that step or an earlier
-- one is refused, so no code works twice, whichever instance is asked.
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(255);
ALTER TABLE account ADD COLUMN totp_pending_secret VARCHAR(255);
ALTER TABLE account ADD COLUMN totp_enabled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;

-- Ten single-use recovery codes per account with a second factor, stored only as SHA-256 (hex)
-- of their 80 random bits; a used code's row is deleted.
CREATE TABLE account_recovery_code (
    account_id UUID        NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_account_recovery_code PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_account_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
