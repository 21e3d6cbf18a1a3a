-- Family cases. Special category data (health needs, the LGBTQI+ flag, nationality, religion),
-- contact details, location ties and notes hold AES-GCM ciphertext (see V2 for the sizes).
CREATE TABLE family_case (
    id                         UUID                     NOT NULL,
    reference                  VARCHAR(20)              NOT NULL,
    status                     VARCHAR(20)              NOT NULL,
    urgency                    VARCHAR(10)              NOT NULL,
    needs_step_free            VARCHAR(100)             NOT NULL,
    needs_ground_floor_bedroom VARCHAR(100)             NOT NULL,
    has_pets                   BOOLEAN                  NOT NULL,
    pet_allergy                VARCHAR(100)             NOT NULL,
    smoker                     BOOLEAN                  NOT NULL,
    needs_lgbtqi_affirming     VARCHAR(100)             NOT NULL,
    preferred_postcode         VARCHAR(10),
    preferred_place            VARCHAR(100),
    lat                        DOUBLE PRECISION,
    lon                        DOUBLE PRECISION,
    location_label             VARCHAR(120),
    max_distance_km            INTEGER,
    location_ties              VARCHAR(6000),
    needed_from                DATE,
    expected_stay_months       INTEGER,
    nationality                VARCHAR(600),
    religion                   VARCHAR(600),
    contact_phone              VARCHAR(400),
    contact_email              VARCHAR(1400),
    notes                      VARCHAR(24000),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    ready_at                   TIMESTAMP WITH TIME ZONE,
    erased_at                  TIMESTAMP WITH TIME ZONE,
    version                    BIGINT                   NOT NULL,
    CONSTRAINT pk_family_case PRIMARY KEY (id),
    CONSTRAINT uk_family_case_reference UNIQUE (reference),
    CONSTRAINT ck_family_case_status CHECK (status IN
        ('INTAKE_PENDING', 'TRIAGE', 'READY', 'MATCHED', 'PLACED', 'REMATCH', 'CLOSED')),
    CONSTRAINT ck_family_case_urgency CHECK (urgency IN ('CRITICAL', 'HIGH', 'NORMAL'))
);

CREATE INDEX ix_family_case_status ON family_case (status, urgency);

CREATE TABLE family_member (
    family_id       UUID         NOT NULL,
    position        INTEGER      NOT NULL,
    first_name      VARCHAR(50)  NOT NULL,
    age             INTEGER,
    sex             VARCHAR(1),
    relationship    VARCHAR(20)  NOT NULL,
    wheelchair_user VARCHAR(100) NOT NULL,
    CONSTRAINT pk_family_member PRIMARY KEY (family_id, position),
    CONSTRAINT fk_family_member_family FOREIGN KEY (family_id) REFERENCES family_case (id),
    CONSTRAINT ck_family_member_age CHECK (age IS NULL OR age BETWEEN 0 AND 120),
    CONSTRAINT ck_family_member_sex CHECK (sex IS NULL OR sex IN ('F', 'M', 'X')),
    CONSTRAINT ck_family_member_relationship CHECK (relationship IN
        ('LEAD', 'PARTNER', 'CHILD', 'PARENT', 'SIBLING', 'OTHER_RELATIVE', 'UNRELATED'))
);

CREATE TABLE family_language (
    family_id UUID       NOT NULL,
    position  INTEGER    NOT NULL,
    code      VARCHAR(2) NOT NULL,
    CONSTRAINT pk_family_language PRIMARY KEY (family_id, position),
    CONSTRAINT fk_family_language_family FOREIGN KEY (family_id) REFERENCES family_case (id)
);

CREATE TABLE family_link (
    family_id        UUID NOT NULL,
    linked_family_id UUID NOT NULL,
    CONSTRAINT pk_family_link PRIMARY KEY (family_id, linked_family_id),
    CONSTRAINT fk_family_link_family FOREIGN KEY (family_id) REFERENCES family_case (id),
    CONSTRAINT fk_family_link_linked FOREIGN KEY (linked_family_id) REFERENCES family_case (id)
);

-- Private intake links. Only a SHA-256 hash of the token is stored: a database reader cannot
-- open a family's form.
CREATE TABLE intake_link (
    id           UUID                     NOT NULL,
    family_id    UUID                     NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL,
    created_by   UUID                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_intake_link PRIMARY KEY (id),
    CONSTRAINT uk_intake_link_token UNIQUE (token_hash),
    CONSTRAINT fk_intake_link_family FOREIGN KEY (family_id) REFERENCES family_case (id)
);

CREATE INDEX ix_intake_link_family ON intake_link (family_id);
