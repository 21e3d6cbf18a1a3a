-- Bucket4j's token buckets for the rate limits (sign-in, registration, password reset, password
-- checks), one row per limit and client address or account. Kept in the database so that every
-- instance of Haven on one PostgreSQL counts the same attempts. The id is a SHA-256 (hex) of the
-- limit's name and its key: no address or email is stored in clear. expires_at (epoch
-- milliseconds) is when the bucket would be full again; rows past it are deleted regularly.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(64) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX ix_rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
