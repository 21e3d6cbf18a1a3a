-- In-app notifications: the kind and the record they are about, never personal data.
CREATE TABLE notification (
    id                UUID                     NOT NULL,
    recipient_id      UUID                     NOT NULL,
    kind              VARCHAR(40)              NOT NULL,
    subject_id        UUID                     NOT NULL,
    subject_reference VARCHAR(40),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id)
);

CREATE INDEX ix_notification_recipient ON notification (recipient_id, created_at);
