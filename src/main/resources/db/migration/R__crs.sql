-- The metric CRS of a place (repeatable migration: the current definition of its functions,
-- changed here and not in a new versioned file; see docs/architecture.md). Lengths, tolerances
-- and areas are measured on the spheroid (geography) or in the UTM zone of the area they concern,
-- never in one zone for the whole world: outside its zone a UTM grid stretches distances (about
-- 0.4 % three degrees of longitude past the zone's edge at 20°N, by a third or more a continent
-- away: 100 m in Monaco measured 136–143 m in zone 48).

CREATE OR REPLACE FUNCTION utm_srid(p_lon double precision, p_lat double precision)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN p_lat < 0 THEN 32700 ELSE 32600 END
           + least(60, greatest(1, floor((p_lon + 180) / 6)::integer + 1))
$$;

COMMENT ON FUNCTION utm_srid(double precision, double precision) IS
    'The EPSG code of the WGS 84 UTM zone holding longitude p_lon, latitude p_lat (degrees): '
    '326zz north of the equator, 327zz south of it, zone zz = floor((lon + 180) / 6) + 1 '
    '(1 to 60). 105°E 22°N: 32648; 109°E 12°N: 32649; 7.4°E 43.7°N: 32632.';

CREATE OR REPLACE FUNCTION utm_srid(p_geom geometry) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT utm_srid(ST_X(c), ST_Y(c))
      FROM (SELECT ST_Centroid(ST_Envelope(
                       CASE WHEN ST_SRID(p_geom) = 4326 THEN p_geom
                            ELSE ST_Transform(p_geom, 4326) END)) AS c) g
$$;

COMMENT ON FUNCTION utm_srid(geometry) IS
    'The EPSG code of the WGS 84 UTM zone holding the centre of the bounding box of p_geom (any '
    'CRS; see utm_srid(lon, lat)): the metric CRS in which the area of p_geom is measured.';
