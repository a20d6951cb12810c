-- Column mappings a planner saved under a name for one kind of import (the upload page's mapping
-- step, and ./outreach import --preset NAME): the kind's column -> the file's column that holds it.
CREATE TABLE column_preset (
    kind        text NOT NULL,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    mapping     jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, name)
);
