-- Who runs a solve or an import (host, process id, a random id of that run of the process) and when
-- it last said it was alive. A SOLVING plan or RUNNING import whose heartbeat is older than
-- outreach.recovery.stale-after, or whose owner is an earlier process of the same host that is
-- gone, is marked FAILED and no longer blocks a new solve of its area and week.
ALTER TABLE schedule_plan
    ADD COLUMN heartbeat_at   timestamptz,
    ADD COLUMN owner_host     text,
    ADD COLUMN owner_pid      bigint,
    ADD COLUMN owner_instance text;

ALTER TABLE import_run
    ADD COLUMN heartbeat_at   timestamptz,
    ADD COLUMN owner_host     text,
    ADD COLUMN owner_pid      bigint,
    ADD COLUMN owner_instance text;
