-- One definition per rule (issue 13): whether matching takes a family, and whether it may use an
-- offer, is decided once in Java and stored; every query (dashboard, map, statistics, matching
-- runs, a caseworker's pair check) filters on the stored flag instead of restating the rule.
--   family_case.matchable = FamilyRules.matchable: READY, every member's age and sex known, at
--       least one adult (18 or older), needed_from and expected_stay_months given. FamilyCase
--       recomputes it whenever it changes what the rule reads.
--   offer.matchable = Offer.matchable: AVAILABLE and its host APPROVED. The offer recomputes it when
--       it changes; a change of the host's vetting recomputes it for each of the host's offers in
--       the same transaction (VettingMoves).

ALTER TABLE family_case ADD COLUMN matchable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE offer ADD COLUMN matchable BOOLEAN DEFAULT FALSE NOT NULL;

-- The existing rows, filled once by the same rule written in SQL (only here, at migration time;
-- PreviousReleaseMigration*Test and MatchableBackfill*Test check it against the Java rule).
UPDATE family_case SET matchable = TRUE
WHERE status = 'READY'
  AND needed_from IS NOT NULL
  AND expected_stay_months IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM family_member m
                  WHERE m.family_id = family_case.id AND (m.age IS NULL OR m.sex IS NULL))
  AND EXISTS (SELECT 1 FROM family_member m WHERE m.family_id = family_case.id AND m.age >= 18);

UPDATE offer SET matchable = TRUE
WHERE status = 'AVAILABLE'
  AND host_id IN (SELECT h.id FROM host_profile h WHERE h.status = 'APPROVED');

-- The dashboard, the map and matching read only the matchable rows.
CREATE INDEX ix_family_case_matchable ON family_case (matchable);
CREATE INDEX ix_offer_matchable ON offer (matchable);
