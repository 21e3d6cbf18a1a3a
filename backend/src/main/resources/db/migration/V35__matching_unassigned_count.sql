-- How many families a run left unassigned, kept with the run: the unfiltered list of them is paged
-- by this count instead of counting the run's rows for every page (at 10,000 families a run leaves
-- about 6,000, and that count was two fifths of the list's time; docs/web-benchmark.md).
ALTER TABLE matching_run ADD COLUMN unassigned_count INTEGER DEFAULT 0 NOT NULL;
UPDATE matching_run SET unassigned_count = (SELECT COUNT(*) FROM matching_unassigned u WHERE u.run_id = matching_run.id);
