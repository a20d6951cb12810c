-- Survey readings partitioned by the month they were observed in (PostgreSQL declarative
-- partitioning; docs/coverage.md). A national programme gathers tens of millions of readings from
-- several operators and from the teams: a month's partition stays a size that vacuum, the BRIN index
-- and a reconciling import handle well, an import touches only the partitions of its months, and
-- old months can be detached or dropped whole. Partitions are made on demand for the months an import
-- brings (outreach_survey_partitions in R__survey_partitions.sql); a reading of a month without
-- its partition (one written outside an import) lands in survey_point_default and moves to its
-- month's partition when that is made.
--
-- The existing table keeps its columns in their order, their NOT NULL, defaults, CHECK constraints
-- and comments; its rows move into the partitions of their months.

ALTER TABLE survey_point RENAME TO survey_point_unpartitioned;
ALTER INDEX survey_point_observed_brin RENAME TO survey_point_unpartitioned_observed_brin;

CREATE TABLE survey_point (
    LIKE survey_point_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMMENTS
) PARTITION BY RANGE (observed_at);

COMMENT ON TABLE survey_point IS
    'Mobile-coverage survey readings, one partition per month of observed_at (UTC), named '
    'survey_point_yYYYYmMM, and survey_point_default for a month without its partition';

CREATE TABLE survey_point_default PARTITION OF survey_point DEFAULT;

-- Within a month, readings arrive roughly in time order: the block ranges of a BRIN index still
-- narrow a reconciling import's look at the readings of its time range.
CREATE INDEX survey_point_observed_brin ON survey_point USING brin (observed_at);

-- The months present, each with its partition (UTC months: [first day 00:00 UTC, next first day)).
DO $$
DECLARE
    v_month timestamp;
BEGIN
    FOR v_month IN
        SELECT DISTINCT date_trunc('month', observed_at AT TIME ZONE 'UTC')
          FROM survey_point_unpartitioned
    LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF survey_point FOR VALUES FROM (%L) TO (%L)',
            'survey_point_' || to_char(v_month, '"y"YYYY"m"MM'),
            v_month AT TIME ZONE 'UTC', (v_month + interval '1 month') AT TIME ZONE 'UTC');
    END LOOP;
END
$$;

INSERT INTO survey_point SELECT * FROM survey_point_unpartitioned;

DROP TABLE survey_point_unpartitioned;
