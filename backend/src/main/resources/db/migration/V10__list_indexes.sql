-- Indexes for lists that grew slow with 10,000 families and offers (docs/web-benchmark.md).

-- The families list's order (most urgent first, then longest waiting: urgency, created_at, id).
-- Without it the database sorts every case for each page; with 10,000 cases the first page took
-- 10-20 ms of database time on H2 and 1 ms with it.
CREATE INDEX ix_family_case_list_order ON family_case (urgency, created_at, id);

-- The audit log searched by actor and action together. With only the actor's index H2 read every
-- event of that actor (150,000 for a busy caseworker: 250 ms a search, its count 70 ms); with this
-- one only those of the action, and PostgreSQL reads the newest straight from the index.
CREATE INDEX ix_audit_event_actor_action ON audit_event (actor_id, action, occurred_at);
