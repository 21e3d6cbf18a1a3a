-- One matching run at a time across every instance of Haven: the instance solving a run holds this
-- single row's lease (run_id, owner) and renews expires_at while it solves; a start elsewhere
-- finds it held and answers 409. A lease past expires_at belongs to an instance that died: its run
-- is marked FAILED (by any instance) and the lease may be taken. stop_requested asks the owner to
-- stop, whichever instance the caseworker's request reached. The run's best score so far is
-- written to its matching_run row (score, assigned) as it improves, for progress on every instance.
CREATE TABLE matching_lease (
    id             INTEGER                  NOT NULL,
    run_id         UUID,
    owner          VARCHAR(200),
    expires_at     TIMESTAMP WITH TIME ZONE,
    stop_requested BOOLEAN                  NOT NULL,
    CONSTRAINT pk_matching_lease PRIMARY KEY (id),
    CONSTRAINT ck_matching_lease_single CHECK (id = 1)
);

INSERT INTO matching_lease (id, run_id, owner, expires_at, stop_requested) VALUES (1, NULL, NULL, NULL, FALSE);
