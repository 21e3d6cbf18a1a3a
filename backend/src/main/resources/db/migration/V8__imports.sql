-- One row per CSV import a caseworker ran: what kind, who, when and how many rows and records
-- (families or offers) were imported or refused. Counts only: the file itself is never kept.
CREATE TABLE import_run (
    id               UUID                     NOT NULL,
    kind             VARCHAR(20)              NOT NULL,
    imported_by      UUID                     NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_imported    INTEGER                  NOT NULL,
    rows_refused     INTEGER                  NOT NULL,
    records_imported INTEGER                  NOT NULL,
    records_refused  INTEGER                  NOT NULL,
    CONSTRAINT pk_import_run PRIMARY KEY (id)
);

CREATE INDEX ix_import_run_imported_at ON import_run (imported_at);
