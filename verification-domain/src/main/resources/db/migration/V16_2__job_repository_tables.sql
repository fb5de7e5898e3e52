-- The batch runtime's job repository tables, as Payara's PostgreSQL store makes them (JBATCH prefix, no schema of
-- their own), created here so that they exist before any node's batch runtime looks for them: Payara creates missing
-- ones on first use, but two nodes starting together on a new database would both try, and one would fail to deploy.
-- Flyway runs under a lock, and every job starts after the migrations (NightlySchedule and JobWatch depend on them).
-- On PostgreSQL the post-boot commands make this database the job repository; on H2 the tables stay empty (the
-- repository is an H2 file of its own).
CREATE TABLE IF NOT EXISTS jbatchjobinstancedata (
    jobinstanceid  SERIAL PRIMARY KEY,
    name           VARCHAR(512),
    apptag         VARCHAR(512)
);

CREATE TABLE IF NOT EXISTS jbatchexecutioninstancedata (
    jobexecid      SERIAL PRIMARY KEY,
    jobinstanceid  INTEGER NOT NULL REFERENCES jbatchjobinstancedata (jobinstanceid),
    createtime     TIMESTAMP,
    starttime      TIMESTAMP,
    endtime        TIMESTAMP,
    updatetime     TIMESTAMP,
    parameters     BYTEA,
    batchstatus    VARCHAR(512),
    exitstatus     VARCHAR(512)
);

CREATE TABLE IF NOT EXISTS jbatchstepexecutioninstancedata (
    stepexecid        SERIAL PRIMARY KEY,
    jobexecid         INTEGER NOT NULL REFERENCES jbatchexecutioninstancedata (jobexecid),
    batchstatus       VARCHAR(512),
    exitstatus        VARCHAR(512),
    stepname          VARCHAR(512),
    readcount         INTEGER,
    writecount        INTEGER,
    commitcount       INTEGER,
    rollbackcount     INTEGER,
    readskipcount     INTEGER,
    processskipcount  INTEGER,
    filtercount       INTEGER,
    writeskipcount    INTEGER,
    starttime         TIMESTAMP,
    endtime           TIMESTAMP,
    persistentdata    BYTEA
);

CREATE TABLE IF NOT EXISTS jbatchcheckpointdata (
    id   VARCHAR(512),
    obj  BYTEA
);

CREATE TABLE IF NOT EXISTS jbatchjobstatus (
    id   INTEGER NOT NULL REFERENCES jbatchjobinstancedata (jobinstanceid),
    obj  BYTEA
);

CREATE TABLE IF NOT EXISTS jbatchstepstatus (
    id   INTEGER NOT NULL REFERENCES jbatchstepexecutioninstancedata (stepexecid),
    obj  BYTEA
);
