-- Per-technology measures of survey readings, readings of unknown class, and the mobile networks
-- named by MCC/MNC (docs/coverage.md, docs/data-formats.md).

-- 3G (UMTS) RSCP and Ec/No; the NR values of a 5G reading (SS-RSRP, SS-RSRQ, SS-SINR), which a
-- non-standalone reading carries beside the LTE anchor's RSRP. Ranges: what a receiver can report.
ALTER TABLE survey_point
    ADD COLUMN rscp    real CHECK (rscp BETWEEN -130 AND -20),
    ADD COLUMN ecno    real CHECK (ecno BETWEEN -40 AND 0),
    ADD COLUMN nr_rsrp real CHECK (nr_rsrp BETWEEN -160 AND -30),
    ADD COLUMN nr_rsrq real CHECK (nr_rsrq BETWEEN -50 AND 20),
    ADD COLUMN nr_sinr real CHECK (nr_sinr BETWEEN -30 AND 60);

-- A reading without the measure of its technology is kept: its class is unknown (never none).
ALTER TABLE survey_point DROP CONSTRAINT survey_point_signal;

COMMENT ON COLUMN survey_point.identity_key IS
    '64-bit hash of (source_id, observed_at, lon, lat, operator, technology) and the occurrence of'
    ' that observation in its file: equal keys are the same reading';

-- Readings of a hexagon whose class is unknown (their technology's measure is missing).
ALTER TABLE coverage_cell ADD COLUMN n_unknown integer NOT NULL DEFAULT 0;

-- The measured readings a dead zone rests on (of its measured hexagons, any operator).
ALTER TABLE dead_zone ADD COLUMN readings integer NOT NULL DEFAULT 0;

-- Operators by Mobile Country Code and Mobile Network Code, editable (./outreach operators).
CREATE TABLE mobile_network (
    mcc   text NOT NULL CHECK (mcc ~ '^[0-9]{3}$'),
    mnc   text NOT NULL CHECK (mnc ~ '^[0-9]{2,3}$'),
    name  text NOT NULL CHECK (name <> ''),
    PRIMARY KEY (mcc, mnc)
);

-- Vietnam's mobile networks (MCC 452).
INSERT INTO mobile_network (mcc, mnc, name) VALUES
    ('452', '01', 'MobiFone'),
    ('452', '02', 'VinaPhone'),
    ('452', '04', 'Viettel'),
    ('452', '05', 'Vietnamobile'),
    ('452', '07', 'Gmobile');
