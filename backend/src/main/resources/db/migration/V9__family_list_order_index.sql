-- The families list's order (most urgent first, then longest waiting: urgency, created_at, id).
-- Without it the database sorts every case for each page; with 10,000 cases the first page took
-- 10-20 ms of database time on H2 and 1 ms with it (docs/web-benchmark.md).
CREATE INDEX ix_family_case_list_order ON family_case (urgency, created_at, id);
