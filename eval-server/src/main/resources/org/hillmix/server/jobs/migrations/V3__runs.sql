-- Runs: the units of work of a job (regime x seed x fold, in EvaluationRunner.runs order), claimed by servers
-- under leases they renew while training (docs/scale-out.md). A run's result is stored as text
-- (RunResultJson) so that any server can assemble the job's report.
CREATE TABLE runs (
    job_id       VARCHAR(64)  NOT NULL,
    run_index    INTEGER      NOT NULL,
    job_seq      BIGINT       NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    server_id    VARCHAR(100),
    attempts     INTEGER      DEFAULT 0 NOT NULL,
    lease_until  TIMESTAMP(3) WITH TIME ZONE,
    finished_at  TIMESTAMP(3) WITH TIME ZONE,
    result       ${text},
    PRIMARY KEY (job_id, run_index)
);
CREATE INDEX runs_claim ON runs(state, job_seq, run_index);
