-- CSV imports run in the background, one at a time across every instance of Haven (issue 17).
-- import_job: one row per accepted file. The instance importing it holds its lease (owner,
-- lease_expires_at) and renews it with every batch it commits; a RUNNING job whose lease has
-- expired belongs to an instance that died and is marked FAILED by any instance. The counts are
-- the progress (processed_rows of total_rows) and, at the end, the import's totals.
-- The file itself is never stored: it is held in the memory of the importing instance only.
CREATE TABLE import_job (
    id               UUID                     NOT NULL,
    kind             VARCHAR(20)              NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    started_by       UUID                     NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    total_rows       INTEGER                  NOT NULL,
    processed_rows   INTEGER                  NOT NULL,
    rows_imported    INTEGER                  NOT NULL,
    rows_refused     INTEGER                  NOT NULL,
    records_imported INTEGER                  NOT NULL,
    records_refused  INTEGER                  NOT NULL,
    failure          VARCHAR(40),
    owner            VARCHAR(200),
    lease_expires_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_import_job PRIMARY KEY (id)
);

CREATE INDEX ix_import_job_status ON import_job (status);

-- The row-by-row report of a job, one row per committed batch: the batch's rows as JSON, AES-GCM
-- encrypted (they hold the file's family references and host emails). Written in the batch's own
-- transaction, with the records it imported; deleted with haven.imports.keep-report-for.
CREATE TABLE import_job_batch (
    job_id       UUID              NOT NULL,
    batch_number INTEGER           NOT NULL,
    report       VARCHAR(10000000) NOT NULL,
    CONSTRAINT pk_import_job_batch PRIMARY KEY (job_id, batch_number),
    CONSTRAINT fk_import_job_batch_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
);

-- Starting an import holds this single row locked while it checks that no other job runs.
CREATE TABLE import_lock (
    id INTEGER NOT NULL,
    CONSTRAINT pk_import_lock PRIMARY KEY (id),
    CONSTRAINT ck_import_lock_single CHECK (id = 1)
);

INSERT INTO import_lock (id) VALUES (1);
