-- The application no longer owns the tables, so it may not ANALYZE them after a coverage
-- recompute itself: a function of the owner does it (kept in R__coverage.sql from now on).

-- Fresh statistics of the coverage layer's tables after a recompute, for the readers' queries.
-- ANALYZE is the tables' owner's to run, not the application's: this function runs as its owner
-- (the schema owner), analyses these four tables and nothing else, and trusts no search_path.
CREATE OR REPLACE FUNCTION outreach_analyze_coverage() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    ANALYZE public.coverage_hex, public.coverage_cell, public.dead_zone, public.village_coverage;
END
$$;

COMMENT ON FUNCTION outreach_analyze_coverage() IS
    'ANALYZE of the coverage layer''s tables, as their owner, for the application after a recompute';

REVOKE EXECUTE ON FUNCTION outreach_analyze_coverage() FROM PUBLIC;
