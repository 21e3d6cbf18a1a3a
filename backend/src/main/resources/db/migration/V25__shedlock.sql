-- ShedLock: a scheduled job (host reminders and expiry, retention erasure, clean-ups) runs on one
-- instance at a time; the instance that runs it holds its row until lock_until. Times are the
-- database's own (ShedLock's usingDbTime), so the instances' clocks do not matter here.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);

-- Start-up data (the first admin, demo data) is created by one instance at a time: an instance
-- holds this row locked while it checks and creates it, the others wait, then find it there.
CREATE TABLE startup_lock (
    name VARCHAR(64) NOT NULL,
    CONSTRAINT pk_startup_lock PRIMARY KEY (name)
);

INSERT INTO startup_lock (name) VALUES ('startup-data');
