-- Matching: the admin-editable policy (one row), solver runs, and the proposals a run leaves.
CREATE TABLE matching_policy (
    id                        INTEGER                  NOT NULL,
    arrival_window_days       INTEGER                  NOT NULL,
    minimum_stay_months       INTEGER                  NOT NULL,
    urgency_critical          INTEGER                  NOT NULL,
    urgency_high              INTEGER                  NOT NULL,
    urgency_normal            INTEGER                  NOT NULL,
    weight_distance           INTEGER                  NOT NULL,
    weight_spare_beds         INTEGER                  NOT NULL,
    weight_no_shared_language INTEGER                  NOT NULL,
    weight_short_stay         INTEGER                  NOT NULL,
    weight_wait_for_room      INTEGER                  NOT NULL,
    weight_linked_apart       INTEGER                  NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE,
    updated_by                UUID,
    version                   BIGINT                   NOT NULL,
    CONSTRAINT pk_matching_policy PRIMARY KEY (id),
    CONSTRAINT ck_matching_policy_single CHECK (id = 1)
);

-- The defaults of docs/matching.md.
INSERT INTO matching_policy (id, arrival_window_days, minimum_stay_months, urgency_critical, urgency_high,
                             urgency_normal, weight_distance, weight_spare_beds, weight_no_shared_language,
                             weight_short_stay, weight_wait_for_room, weight_linked_apart, version)
VALUES (1, 14, 6, 4, 2, 1, 1, 10, 30, 5, 1, 5, 0);

CREATE TABLE matching_run (
    id          UUID                     NOT NULL,
    status      VARCHAR(20)              NOT NULL,
    seconds     INTEGER                  NOT NULL,
    started_by  UUID                     NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    families    INTEGER                  NOT NULL,
    offers      INTEGER                  NOT NULL,
    assigned    INTEGER                  NOT NULL,
    score       VARCHAR(80),
    proposals   INTEGER                  NOT NULL,
    failure     VARCHAR(500),
    CONSTRAINT pk_matching_run PRIMARY KEY (id)
);

CREATE INDEX ix_matching_run_started ON matching_run (started_at);

-- A proposal keeps what the caseworker saw when the run ended (summary and explanation), so a
-- later edit of the case or offer does not rewrite why it was proposed. run_id is null for a
-- pair a caseworker proposed by hand.
CREATE TABLE matching_proposal (
    id               UUID                     NOT NULL,
    run_id           UUID,
    family_id        UUID                     NOT NULL,
    offer_id         UUID                     NOT NULL,
    host_id          UUID                     NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    score            BIGINT                   NOT NULL,
    distance_km      INTEGER,
    family_reference VARCHAR(40)              NOT NULL,
    family_size      INTEGER                  NOT NULL,
    family_adults    INTEGER                  NOT NULL,
    family_children  INTEGER                  NOT NULL,
    urgency          VARCHAR(20)              NOT NULL,
    family_place     VARCHAR(200),
    family_ready_at  TIMESTAMP WITH TIME ZONE,
    offer_title      VARCHAR(200)             NOT NULL,
    offer_type       VARCHAR(20)              NOT NULL,
    offer_place      VARCHAR(200),
    offer_bedrooms   INTEGER                  NOT NULL,
    offer_max_guests INTEGER                  NOT NULL,
    explanation      VARCHAR(20000)           NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    decided_by       UUID,
    decision_reason  VARCHAR(4000),
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_matching_proposal PRIMARY KEY (id),
    CONSTRAINT fk_matching_proposal_run FOREIGN KEY (run_id) REFERENCES matching_run (id)
);

CREATE INDEX ix_matching_proposal_run ON matching_proposal (run_id);
CREATE INDEX ix_matching_proposal_status ON matching_proposal (status);
CREATE INDEX ix_matching_proposal_pair ON matching_proposal (family_id, offer_id);

-- The families a run left without an offer, for "why is this family unassigned".
CREATE TABLE matching_unassigned (
    run_id           UUID,
    family_id        UUID                     NOT NULL,
    family_reference VARCHAR(40)              NOT NULL,
    family_size      INTEGER                  NOT NULL,
    urgency          VARCHAR(20)              NOT NULL,
    family_ready_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_matching_unassigned PRIMARY KEY (run_id, family_id),
    CONSTRAINT fk_matching_unassigned_run FOREIGN KEY (run_id) REFERENCES matching_run (id)
);
