-- One row a nightly job and business date: the first node whose scheduler writes it starts that night's run. The
-- other nodes' timers fire at the same minute, find the row and start nothing, however quickly the run ended (the
-- lease in job_lease only keeps runs from overlapping).
CREATE TABLE job_night (
    job_name    VARCHAR(40)              NOT NULL,
    night       DATE                     NOT NULL,
    holder      VARCHAR(100)             NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_night_pk PRIMARY KEY (job_name, night)
);
