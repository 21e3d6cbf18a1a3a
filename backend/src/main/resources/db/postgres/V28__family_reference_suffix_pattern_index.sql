-- PostgreSQL only (H2's primary key already serves LIKE 'x%'): under a database collation other
-- than C, a plain B-tree index cannot serve LIKE 'x%'; varchar_pattern_ops compares byte by byte
-- and can (docs/web-benchmark.md, family text search). See V27.
CREATE INDEX ix_family_reference_suffix_pattern ON family_reference_suffix (suffix varchar_pattern_ops);
