-- Weekly outreach schedules (docs/schedules.md): the planner's settings for teams and villages,
-- the solve jobs and their plans, and the planned visits with their routes.

-- Scheduling settings of a team; a team without a row uses the defaults.
CREATE TABLE team_schedule_settings (
    team_code            text PRIMARY KEY REFERENCES team (code) ON DELETE CASCADE,
    max_visits_per_week  integer NOT NULL DEFAULT 2 CHECK (max_visits_per_week BETWEEN 0 AND 14),
    -- the team may sleep in the village of its last visit instead of riding back the same day
    overnight_allowed    boolean NOT NULL DEFAULT false,
    loaner_phones        integer NOT NULL DEFAULT 0 CHECK (loaner_phones >= 0),
    sim_cards            integer NOT NULL DEFAULT 0 CHECK (sim_cards >= 0),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

-- Days a team cannot work (leave, training, a meeting in the district).
CREATE TABLE team_unavailable (
    team_code  text NOT NULL REFERENCES team (code) ON DELETE CASCADE,
    day        date NOT NULL,
    reason     text,
    PRIMARY KEY (team_code, day)
);

-- Scheduling settings of a village; a village without a row uses the defaults.
CREATE TABLE village_schedule_settings (
    village_code          text PRIMARY KEY REFERENCES village (code) ON DELETE CASCADE,
    -- set by the planner: 0 (none) .. 10 (most urgent), added to the computed priority
    priority              smallint NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 10),
    households_per_visit  integer NOT NULL DEFAULT 25 CHECK (households_per_visit BETWEEN 1 AND 500),
    -- a language the visiting team must speak (e.g. the village speaks only Hà Nhì)
    language_required     text CHECK (language_required <> ''),
    -- ISO days (1 = Monday) when the residents are away at the market: no visit then
    market_days           smallint[] NOT NULL DEFAULT '{}'
                          CHECK (market_days <@ ARRAY[1,2,3,4,5,6,7]::smallint[]),
    -- the last visit before this tool kept records, if known
    last_visited          date,
    updated_at            timestamptz NOT NULL DEFAULT now()
);

-- When residents are at home to be helped. A village without rows can be visited at any time of
-- the team's day; iso_day null means every day.
CREATE TABLE village_time_window (
    id            bigserial PRIMARY KEY,
    village_code  text NOT NULL REFERENCES village (code) ON DELETE CASCADE,
    iso_day       smallint CHECK (iso_day BETWEEN 1 AND 7),
    opens         time NOT NULL,
    closes        time NOT NULL,
    CONSTRAINT village_time_window_order CHECK (opens < closes)
);
CREATE INDEX village_time_window_village_idx ON village_time_window (village_code);

-- A solve job and the plan it produced, for an area (a commune or a province) and a horizon of
-- whole weeks starting on a Monday. SOLVING while the solver runs; DRAFT when done; PUBLISHED once
-- a planner publishes it (the previous published plan of the same area and week becomes
-- SUPERSEDED); FAILED with the reason when it could not be done.
CREATE TABLE schedule_plan (
    id                  bigserial PRIMARY KEY,
    area_kind           text NOT NULL CHECK (area_kind IN ('commune', 'province')),
    area_code           text NOT NULL CHECK (area_code <> ''),
    first_week          date NOT NULL CHECK (extract(isodow FROM first_week) = 1),
    weeks               integer NOT NULL CHECK (weeks BETWEEN 1 AND 8),
    time_limit_seconds  integer NOT NULL CHECK (time_limit_seconds BETWEEN 1 AND 86400),
    status              text NOT NULL
                        CHECK (status IN ('SOLVING', 'DRAFT', 'PUBLISHED', 'SUPERSEDED', 'FAILED')),
    score               text,
    hard_score          bigint,
    medium_score        bigint,
    soft_score          bigint,
    -- [{"ms": elapsed milliseconds, "score": "0hard/-50medium/-1234soft"}, ...]
    score_history       jsonb NOT NULL DEFAULT '[]',
    -- the score by constraint and the reasons villages were left out
    explanation         jsonb,
    -- the plan this one re-planned (its published visits were kept unless released)
    based_on            bigint REFERENCES schedule_plan (id) ON DELETE SET NULL,
    message             text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    finished_at         timestamptz,
    published_at        timestamptz,
    CONSTRAINT schedule_plan_published CHECK (status NOT IN ('PUBLISHED', 'SUPERSEDED')
                                              OR published_at IS NOT NULL)
);
-- one solve at a time for an area and first week, and one published plan
CREATE UNIQUE INDEX schedule_plan_one_solving
    ON schedule_plan (area_kind, area_code, first_week) WHERE status = 'SOLVING';
CREATE UNIQUE INDEX schedule_plan_one_published
    ON schedule_plan (area_kind, area_code, first_week) WHERE status = 'PUBLISHED';
CREATE INDEX schedule_plan_area_idx ON schedule_plan (area_code, first_week);

-- A planned visit: a team in a village on a day, when it arrives and leaves, how long it rode or
-- walked from its previous place, the road it took, how many households it expects to help.
CREATE TABLE schedule_visit (
    id                   bigserial PRIMARY KEY,
    plan_id              bigint NOT NULL REFERENCES schedule_plan (id) ON DELETE CASCADE,
    team_code            text NOT NULL REFERENCES team (code),
    village_code         text NOT NULL REFERENCES village (code),
    visit_date           date NOT NULL,
    seq                  smallint NOT NULL CHECK (seq >= 1),
    arrival              time NOT NULL,
    work_start           time NOT NULL,
    departure            time NOT NULL,
    travel_minutes       integer NOT NULL CHECK (travel_minutes >= 0),
    -- minutes back to the base after the day's last visit (null: not the last, or it stays over)
    return_minutes       integer CHECK (return_minutes >= 0),
    overnight            boolean NOT NULL DEFAULT false,
    households_expected  integer NOT NULL CHECK (households_expected >= 0),
    pinned               boolean NOT NULL DEFAULT false,
    route                geometry(LineString, 4326),
    CONSTRAINT schedule_visit_times CHECK (arrival <= work_start AND work_start <= departure),
    CONSTRAINT schedule_visit_one_team UNIQUE (plan_id, village_code, visit_date),
    CONSTRAINT schedule_visit_order UNIQUE (plan_id, team_code, visit_date, seq)
);
CREATE INDEX schedule_visit_team_idx ON schedule_visit (team_code, visit_date);
CREATE INDEX schedule_visit_route_idx ON schedule_visit USING gist (route);
