-- Solves as tasks of db-scheduler (docs/deployment.md): any number of instances claim them from
-- this table; a task whose instance stops beating is taken over by another.
-- The table is the one db-scheduler's documentation gives for PostgreSQL.
CREATE TABLE scheduled_tasks (
    task_name            text NOT NULL,
    task_instance        text NOT NULL,
    task_data            bytea,
    execution_time       timestamptz NOT NULL,
    picked               boolean NOT NULL,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- "Plan every commune of a province (or of the country) for the week of ...": one plan per
-- commune, all of one batch; communes left out at the start (already being solved) are kept
-- with the reason.
CREATE TABLE solve_batch (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    province_code      text REFERENCES province (code) ON DELETE SET NULL,
    first_week         date NOT NULL,
    weeks              int NOT NULL,
    time_limit_seconds int NOT NULL,
    skipped            jsonb NOT NULL DEFAULT '[]',
    created_at         timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN solve_batch.province_code IS 'NULL: every commune of the country';

-- What a running solve is doing, readable by every instance (not only the one solving it); a
-- stop asked on any instance; the batch a plan belongs to.
ALTER TABLE schedule_plan
    ADD COLUMN phase            jsonb,
    ADD COLUMN solve_started_at timestamptz,
    ADD COLUMN stop_requested   boolean NOT NULL DEFAULT false,
    ADD COLUMN batch_id         bigint REFERENCES solve_batch (id) ON DELETE SET NULL;
CREATE INDEX schedule_plan_batch_idx ON schedule_plan (batch_id) WHERE batch_id IS NOT NULL;
