-- Placements: an approved proposal from the host's answer to the end of the stay, and its check-ins.
-- live_offer_id and live_family_id are set only while the placement is live (awaiting the host,
-- accepted, confirmed, moved in): their unique constraints let no offer and no family be held by
-- two live placements, even when two caseworkers approve at the same moment (NULLs never collide).
CREATE TABLE placement (
    id              UUID                     NOT NULL,
    proposal_id     UUID                     NOT NULL,
    family_id       UUID                     NOT NULL,
    offer_id        UUID                     NOT NULL,
    host_id         UUID                     NOT NULL,
    family_reference VARCHAR(40)             NOT NULL,
    offer_title     VARCHAR(200)             NOT NULL,
    offer_place     VARCHAR(200),
    status          VARCHAR(20)              NOT NULL,
    live_offer_id   UUID,
    live_family_id  UUID,
    approved_by     UUID                     NOT NULL,
    approved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    family_ready_at TIMESTAMP WITH TIME ZONE,
    overridden_rules VARCHAR(40),
    override_reason VARCHAR(8000),
    reminded_at     TIMESTAMP WITH TIME ZONE,
    answered_at     TIMESTAMP WITH TIME ZONE,
    decline_reason  VARCHAR(8000),
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    move_in_date    DATE,
    ended_on        DATE,
    end_reason      VARCHAR(20),
    end_note        VARCHAR(8000),
    rematch         BOOLEAN,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_placement PRIMARY KEY (id),
    CONSTRAINT uq_placement_live_offer UNIQUE (live_offer_id),
    CONSTRAINT uq_placement_live_family UNIQUE (live_family_id),
    CONSTRAINT uq_placement_proposal UNIQUE (proposal_id)
);

CREATE INDEX ix_placement_status ON placement (status);
CREATE INDEX ix_placement_host ON placement (host_id);
CREATE INDEX ix_placement_family ON placement (family_id);

CREATE TABLE placement_check_in (
    id           UUID                     NOT NULL,
    placement_id UUID                     NOT NULL,
    check_date   DATE                     NOT NULL,
    wellbeing    VARCHAR(20)              NOT NULL,
    note         VARCHAR(16000),
    recorded_by  UUID                     NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_placement_check_in PRIMARY KEY (id),
    CONSTRAINT fk_placement_check_in FOREIGN KEY (placement_id) REFERENCES placement (id)
);

CREATE INDEX ix_placement_check_in ON placement_check_in (placement_id, check_date);
