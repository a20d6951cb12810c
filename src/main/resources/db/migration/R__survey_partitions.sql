-- The monthly partitions of survey_point (V24; docs/coverage.md), made on demand (repeatable
-- migration: the current definition of its function).

-- Makes the partition of every month of p_months (each given by any instant in it; UTC months) that
-- has none yet, and returns how many it made. A survey import calls it before the COPY of the first
-- reading of a month it has not seen. Readings of that month that were written to
-- survey_point_default meanwhile (a field reading written outside an import) move to the new
-- partition: the default partition is detached, the month's rows are moved, and it is attached
-- again. Making a partition locks survey_point until the caller's transaction ends, as an import's
-- own lock does. The application may not create tables: the function runs as the schema's owner,
-- makes nothing else and trusts no search_path.
CREATE OR REPLACE FUNCTION outreach_survey_partitions(p_months timestamptz[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_month timestamp;
    v_from timestamptz;
    v_to timestamptz;
    v_name text;
    v_made integer := 0;
BEGIN
    FOR v_month IN
        SELECT DISTINCT date_trunc('month', m AT TIME ZONE 'UTC') FROM unnest(p_months) AS m
    LOOP
        v_name := 'survey_point_' || to_char(v_month, '"y"YYYY"m"MM');
        CONTINUE WHEN to_regclass('public.' || v_name) IS NOT NULL;
        v_from := v_month AT TIME ZONE 'UTC';
        v_to := (v_month + interval '1 month') AT TIME ZONE 'UTC';
        IF EXISTS (SELECT 1 FROM public.survey_point_default
                    WHERE observed_at >= v_from AND observed_at < v_to) THEN
            ALTER TABLE public.survey_point DETACH PARTITION public.survey_point_default;
            EXECUTE format('CREATE TABLE public.%I PARTITION OF public.survey_point'
                || ' FOR VALUES FROM (%L) TO (%L)', v_name, v_from, v_to);
            INSERT INTO public.survey_point
                SELECT * FROM public.survey_point_default
                 WHERE observed_at >= v_from AND observed_at < v_to;
            DELETE FROM public.survey_point_default WHERE observed_at >= v_from AND observed_at < v_to;
            ALTER TABLE public.survey_point ATTACH PARTITION public.survey_point_default DEFAULT;
        ELSE
            EXECUTE format('CREATE TABLE public.%I PARTITION OF public.survey_point'
                || ' FOR VALUES FROM (%L) TO (%L)', v_name, v_from, v_to);
        END IF;
        v_made := v_made + 1;
    END LOOP;
    RETURN v_made;
END
$$;

COMMENT ON FUNCTION outreach_survey_partitions(timestamptz[]) IS
    'Makes the monthly partition of survey_point (survey_point_yYYYYmMM, UTC months) of every '
    'month of p_months that has none, moving that month''s readings out of survey_point_default; '
    'returns how many it made. Runs as the schema owner: the application may not create tables.';

REVOKE EXECUTE ON FUNCTION outreach_survey_partitions(timestamptz[]) FROM PUBLIC;
