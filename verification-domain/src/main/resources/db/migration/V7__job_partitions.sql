-- Where a run of a partitioned nightly job split its work: kept so that a restart resumes each partition's
-- checkpoint within the same id range, even though the data has changed since. Partition k takes the ids after
-- partition k-1's last_id up to its own; the last partition's last_id is empty: no upper bound.
CREATE TABLE job_partition (
    job_instance BIGINT                   NOT NULL,
    partition_no INTEGER                  NOT NULL,
    last_id      VARCHAR(36)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_partition_pk PRIMARY KEY (job_instance, partition_no)
);
