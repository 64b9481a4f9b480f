-- One index per sort order of the activity list besides the date (V1's activities_live_user_date_idx),
-- each on (user_id, key, id) of the live rows: read forwards for ascending, backwards for descending,
-- it gives a page in order without a Sort, and a keyset page ((key, id) beyond the cursor) starts
-- its scan at the cursor instead of reading the rows before it. A missing distance sorts below
-- every real one (0..1000): the expression must stay spelled as JooqActivityRepository spells it.
-- The V3 triggers maintain activity_day_totals and read none of these columns' indexes; these
-- only add index maintenance to each write. Plain CREATE INDEX (Flyway runs a migration in a
-- transaction, where CONCURRENTLY is not allowed): it holds writes to activities while it builds.

-- [jooq ignore start]
CREATE INDEX activities_live_user_duration_idx ON activities (user_id, duration_minutes, id)
    WHERE deleted_at IS NULL;
CREATE INDEX activities_live_user_distance_idx ON activities (user_id, (COALESCE(distance_km, -1)), id)
    WHERE deleted_at IS NULL;
CREATE INDEX activities_live_user_created_idx ON activities (user_id, created_at, id)
    WHERE deleted_at IS NULL;
-- [jooq ignore stop]
