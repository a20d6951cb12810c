-- Fingerprints of the inputs a plan was solved on (villages, teams, roads of its area), so that
-- publishing can warn when they changed since.
ALTER TABLE schedule_plan ADD COLUMN inputs jsonb;
