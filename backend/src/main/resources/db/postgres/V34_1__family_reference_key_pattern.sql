-- PostgreSQL only (its migrations run from db/migration and db/postgres): the family text search's
-- LIKE 'x%' on reference_key (V34) uses this index whatever the database's collation.
CREATE INDEX ix_family_case_reference_key_pattern ON family_case (reference_key varchar_pattern_ops);
