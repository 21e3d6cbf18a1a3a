-- Hosts: one profile per HOST account (same id), its household and its vetting.
CREATE TABLE host_profile (
    id                   UUID                     NOT NULL,
    status               VARCHAR(30)              NOT NULL,
    has_pets             BOOLEAN                  NOT NULL,
    smokers              BOOLEAN                  NOT NULL,
    identity_verified    BOOLEAN                  NOT NULL,
    home_visit_date      DATE,
    home_visit_by        VARCHAR(100),
    home_visit_outcome   VARCHAR(20),
    dbs_level            VARCHAR(30)              NOT NULL,
    dbs_date             DATE,
    references_received  BOOLEAN                  NOT NULL,
    training_done        BOOLEAN                  NOT NULL,
    applied_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT pk_host_profile PRIMARY KEY (id),
    CONSTRAINT fk_host_profile_account FOREIGN KEY (id) REFERENCES account (id),
    CONSTRAINT ck_host_profile_status CHECK (status IN
        ('APPLIED', 'CHECKS_IN_PROGRESS', 'APPROVED', 'PAUSED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_host_profile_visit CHECK (home_visit_outcome IS NULL OR home_visit_outcome IN ('PASSED', 'CONCERNS', 'FAILED')),
    CONSTRAINT ck_host_profile_dbs CHECK (dbs_level IN ('NONE', 'BASIC', 'ENHANCED', 'ENHANCED_WITH_BARRED_LIST'))
);

CREATE INDEX ix_host_profile_status ON host_profile (status, applied_at);

CREATE TABLE host_household_member (
    host_id  UUID        NOT NULL,
    position INTEGER     NOT NULL,
    kind     VARCHAR(10) NOT NULL,
    sex      VARCHAR(1)  NOT NULL,
    age      INTEGER     NOT NULL,
    CONSTRAINT pk_host_household_member PRIMARY KEY (host_id, position),
    CONSTRAINT fk_host_household_member_host FOREIGN KEY (host_id) REFERENCES host_profile (id),
    CONSTRAINT ck_host_household_member_kind CHECK (kind IN ('ADULT', 'CHILD')),
    CONSTRAINT ck_host_household_member_sex CHECK (sex IN ('F', 'M', 'X')),
    CONSTRAINT ck_host_household_member_age CHECK (age BETWEEN 0 AND 120)
);

CREATE TABLE host_language (
    host_id  UUID       NOT NULL,
    position INTEGER    NOT NULL,
    code     VARCHAR(2) NOT NULL,
    CONSTRAINT pk_host_language PRIMARY KEY (host_id, position),
    CONSTRAINT fk_host_language_host FOREIGN KEY (host_id) REFERENCES host_profile (id)
);

CREATE TABLE host_pet_kind (
    host_id  UUID        NOT NULL,
    position INTEGER     NOT NULL,
    kind     VARCHAR(40) NOT NULL,
    CONSTRAINT pk_host_pet_kind PRIMARY KEY (host_id, position),
    CONSTRAINT fk_host_pet_kind_host FOREIGN KEY (host_id) REFERENCES host_profile (id)
);

-- Every vetting change: who, when, the status before and after, and the caseworker's note
-- (encrypted: it may say why a household is unsafe).
CREATE TABLE host_vetting_event (
    id           UUID                     NOT NULL,
    host_id      UUID                     NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     UUID                     NOT NULL,
    from_status  VARCHAR(30)              NOT NULL,
    to_status    VARCHAR(30)              NOT NULL,
    note         VARCHAR(12000),
    CONSTRAINT pk_host_vetting_event PRIMARY KEY (id),
    CONSTRAINT fk_host_vetting_event_host FOREIGN KEY (host_id) REFERENCES host_profile (id)
);

CREATE INDEX ix_host_vetting_event_host ON host_vetting_event (host_id, occurred_at);

-- Offers of a room or a home. The full address is encrypted; only the approximate location of
-- the postcode district or place is kept in clear for matching and maps. Encrypted columns
-- hold base64 of AES-GCM ciphertext: about 4/3 of up to 4 bytes per character, plus 40.
CREATE TABLE offer (
    id                    UUID                     NOT NULL,
    host_id               UUID                     NOT NULL,
    title                 VARCHAR(100)             NOT NULL,
    type                  VARCHAR(20)              NOT NULL,
    address               VARCHAR(2000)            NOT NULL,
    postcode              VARCHAR(10),
    place                 VARCHAR(100),
    lat                   DOUBLE PRECISION         NOT NULL,
    lon                   DOUBLE PRECISION         NOT NULL,
    location_label        VARCHAR(120)             NOT NULL,
    bedrooms              INTEGER                  NOT NULL,
    max_guests            INTEGER                  NOT NULL,
    step_free             VARCHAR(10)              NOT NULL,
    wheelchair_bathroom   BOOLEAN                  NOT NULL,
    ground_floor_bedroom  BOOLEAN                  NOT NULL,
    pets_allowed          BOOLEAN                  NOT NULL,
    children_welcome      BOOLEAN                  NOT NULL,
    women_only            BOOLEAN                  NOT NULL,
    lgbtqi_affirming      BOOLEAN                  NOT NULL,
    smoking_allowed       BOOLEAN                  NOT NULL,
    available_from        DATE                     NOT NULL,
    available_until       DATE,
    minimum_stay_months   INTEGER                  NOT NULL,
    status                VARCHAR(20)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL,
    CONSTRAINT pk_offer PRIMARY KEY (id),
    CONSTRAINT fk_offer_host FOREIGN KEY (host_id) REFERENCES host_profile (id),
    CONSTRAINT ck_offer_type CHECK (type IN ('ROOM_IN_HOME', 'SELF_CONTAINED')),
    CONSTRAINT ck_offer_step_free CHECK (step_free IN ('ALL', 'SOME', 'NONE', 'UNKNOWN')),
    CONSTRAINT ck_offer_status CHECK (status IN ('DRAFT', 'AVAILABLE', 'RESERVED', 'OCCUPIED', 'WITHDRAWN')),
    CONSTRAINT ck_offer_sizes CHECK (bedrooms >= 1 AND max_guests >= 1 AND minimum_stay_months >= 0),
    CONSTRAINT ck_offer_dates CHECK (available_until IS NULL OR available_until > available_from)
);

CREATE INDEX ix_offer_host ON offer (host_id);
CREATE INDEX ix_offer_status ON offer (status);
