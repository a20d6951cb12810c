-- The routable road network, derived from road_segment (and the places that must be reached) by
-- the network build; the speed profile and closures that turn it into travel times; and the
-- travel-time matrix. Derived tables can be rebuilt from the imported ones at any time.

-- Speeds in km/h per road class × surface × mode × season. surface '*' is the fallback for a class;
-- road_class '*' the fallback for unknown classes. kmh 0 makes a barrier.
CREATE TABLE speed_profile (
    road_class  text NOT NULL CHECK (road_class <> ''),
    surface     text NOT NULL CHECK (surface <> ''),
    mode        text NOT NULL CHECK (mode IN ('motorbike', 'on_foot')),
    season      text NOT NULL CHECK (season IN ('dry', 'rainy')),
    kmh         real NOT NULL CHECK (kmh >= 0 AND kmh <= 130),
    note        text,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (road_class, surface, mode, season)
);

-- Which months are the rainy season, per province (a province without rows uses province '*').
CREATE TABLE season_calendar (
    province_code  text NOT NULL,
    month          smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
    season         text NOT NULL CHECK (season IN ('dry', 'rainy')),
    PRIMARY KEY (province_code, month)
);

-- Vertices of the network: road junctions and ends, and one vertex per place (village, commune
-- centre, team base) where its off-road leg meets the road.
CREATE TABLE road_node (
    id    bigint PRIMARY KEY,
    geom  geometry(Point, 4326) NOT NULL
);
CREATE INDEX road_node_geom_idx ON road_node USING gist (geom);

-- Edges: pieces of road between two vertices, and off-road legs (road_class 'offroad') joining a
-- place to its vertex. Costs are not stored here: outreach_edge_costs() computes them from the
-- speed profile, the season and the closures of a date, so changing speeds needs no rebuild.
CREATE TABLE road_edge (
    id           bigint PRIMARY KEY,
    source       bigint NOT NULL REFERENCES road_node (id),
    target       bigint NOT NULL REFERENCES road_node (id),
    segment_id   bigint REFERENCES road_segment (id) ON DELETE CASCADE,
    road_class   text NOT NULL,
    surface      text,
    one_way      boolean NOT NULL DEFAULT false,
    length_m     double precision NOT NULL CHECK (length_m > 0),
    climb_m      double precision,   -- total ascent from source to target, when a DEM is loaded
    descent_m    double precision,   -- total descent from source to target
    component    integer,            -- connected component (undirected) the edge belongs to
    geom         geometry(LineString, 4326) NOT NULL
);
CREATE INDEX road_edge_geom_idx ON road_edge USING gist (geom);
CREATE INDEX road_edge_source_idx ON road_edge (source);
CREATE INDEX road_edge_target_idx ON road_edge (target);

-- Where each place joins the network.
CREATE TABLE place_attachment (
    place_kind   text NOT NULL CHECK (place_kind IN ('village', 'commune_centre', 'team_base')),
    place_code   text NOT NULL,
    node_id      bigint REFERENCES road_node (id),       -- null: no road within reach
    offroad_m    double precision,
    problem      text,                                  -- why it could not be attached, if so
    PRIMARY KEY (place_kind, place_code)
);

-- Roads closed for a period: a polygon (every edge crossing it is closed) or a line (edges it
-- covers are closed).
CREATE TABLE road_closure (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL CHECK (name <> ''),
    reason      text,
    closed_from date NOT NULL,
    closed_to   date NOT NULL,
    geom        geometry(Geometry, 4326) NOT NULL CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT road_closure_dates CHECK (closed_from <= closed_to)
);
CREATE INDEX road_closure_geom_idx ON road_closure USING gist (geom);

-- The travel-time matrix between places, per mode and season (and closure set: '' = no closures).
CREATE TABLE travel_time (
    from_kind    text NOT NULL,
    from_code    text NOT NULL,
    to_kind      text NOT NULL,
    to_code      text NOT NULL,
    mode         text NOT NULL CHECK (mode IN ('motorbike', 'on_foot')),
    season       text NOT NULL CHECK (season IN ('dry', 'rainy')),
    closure_set  text NOT NULL DEFAULT '',
    seconds      double precision NOT NULL CHECK (seconds >= 0),
    metres       double precision NOT NULL CHECK (metres >= 0),
    source       text NOT NULL DEFAULT 'network' CHECK (source IN ('network', 'imported')),
    computed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (from_kind, from_code, to_kind, to_code, mode, season, closure_set)
);
