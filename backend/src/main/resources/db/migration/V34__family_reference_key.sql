-- The family text search finds a reference by its start (issue 17): each case keeps its
-- reference's search key, upper-case and without the "F-" every reference Haven makes begins with
-- (family.ReferenceSearch, the same rule), in an index. Before, "any part of the reference" read
-- every case's reference for every search. PostgreSQL also gets a pattern index (db/postgres V34_1),
-- as LIKE 'x%' uses a plain index there only under the C collation.
ALTER TABLE family_case ADD COLUMN reference_key VARCHAR(20);
UPDATE family_case SET reference_key = CASE WHEN UPPER(TRIM(reference)) LIKE 'F-%'
    THEN SUBSTRING(UPPER(TRIM(reference)) FROM 3) ELSE UPPER(TRIM(reference)) END;
ALTER TABLE family_case ALTER COLUMN reference_key SET NOT NULL;
CREATE INDEX ix_family_case_reference_key ON family_case (reference_key);
