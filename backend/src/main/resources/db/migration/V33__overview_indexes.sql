-- Indexes for the caseworker's dashboard and map at 10,000 families and offers (issue 17). Both
-- read only the cases that matching takes and the offers it may use (the stored matchable flags).
-- The dashboard counts the waiting families per urgency and lists those waiting longest at the
-- most urgent levels:
CREATE INDEX ix_family_case_waiting ON family_case (matchable, urgency, ready_at);
-- The map counts and groups the waiting families and the available offers of an area (latitude
-- and longitude ranges); these indexes hold every column those counts read, so the database need
-- not read each case's or offer's whole row (H2 read 6,755 rows per map of the UK before).
CREATE INDEX ix_family_case_map ON family_case (matchable, lat, lon, urgency);
CREATE INDEX ix_offer_map ON offer (matchable, lat, lon);
