-- S7 keep undecided proposals (docs/matching.md): its admin-editable weight, 50 by default.
ALTER TABLE matching_policy ADD COLUMN weight_keep_proposal INTEGER DEFAULT 50 NOT NULL;
