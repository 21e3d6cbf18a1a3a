-- Family text search (issue 17): q= matches any part of a case reference. "reference LIKE '%x%'"
-- reads every case, which no B-tree index can serve. Every suffix of the reference, upper-cased,
-- is kept here, so "contains x" becomes "a suffix starts with x", a range of the primary key on
-- H2 and PostgreSQL alike (db/postgres V28 adds the pattern index PostgreSQL needs for LIKE under a
-- non-C collation). A reference is not personal data and never changes; a case is never deleted
-- (erasure blanks its personal fields and keeps the reference), so the rows are written once, by
-- the application when it creates a case (FamilyCase) and here for the cases already there.
CREATE TABLE family_reference_suffix (
    family_id UUID        NOT NULL,
    suffix    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_family_reference_suffix PRIMARY KEY (suffix, family_id),
    CONSTRAINT fk_family_reference_suffix_case FOREIGN KEY (family_id) REFERENCES family_case (id)
);

CREATE INDEX ix_family_reference_suffix_case ON family_reference_suffix (family_id);

INSERT INTO family_reference_suffix (family_id, suffix)
SELECT f.id, UPPER(SUBSTRING(f.reference FROM n.i))
FROM family_case f
JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10),
             (11), (12), (13), (14), (15), (16), (17), (18), (19), (20)) AS n (i)
  ON n.i <= CHAR_LENGTH(f.reference);
