-- With a DONE run's notice (the time limit stopped the exact phase's proof): whether the medium, the
-- weighted people housed, was proven the most any run could house all the same, so the caseworker's
-- page can say that only the soft terms could still improve (docs/api.md, Matching).
ALTER TABLE matching_run ADD COLUMN medium_proven BOOLEAN DEFAULT FALSE NOT NULL;
