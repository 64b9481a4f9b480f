-- Per-day totals of live activities, kept by the database itself on every write to activities, so
-- that statistics and list totals read O(days) rows instead of O(activities): bench/README.md has
-- the measurement that chose this over aggregating activities at read time. The primary key is the
-- only index reads need: (user, date range), with type filtered in the index.
CREATE TABLE activity_day_totals (
    user_id          BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    activity_date    DATE          NOT NULL,
    activity_type    VARCHAR(16)   NOT NULL,
    activity_count   INTEGER       NOT NULL,
    duration_minutes BIGINT        NOT NULL,
    distance_km      NUMERIC(15, 3) NOT NULL,
    PRIMARY KEY (user_id, activity_date, activity_type)
);

-- [jooq ignore start]
-- One function for the three statement-level triggers below: it nets the live rows that left
-- (old_rows) against the live rows that arrived (new_rows) per (user, day, type) and applies the
-- difference in key order, so concurrent statements lock totals rows in the same order and cannot
-- deadlock on them. Deltas of users that no longer exist (activities removed by ON DELETE CASCADE) are
-- skipped: their totals go with the user.
CREATE FUNCTION activity_day_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    live_new CONSTANT text := 'SELECT user_id, activity_date, activity_type, 1 AS n, duration_minutes AS m,
        COALESCE(distance_km, 0) AS d FROM new_rows WHERE deleted_at IS NULL';
    live_old CONSTANT text := 'SELECT user_id, activity_date, activity_type, -1 AS n, -duration_minutes AS m,
        -COALESCE(distance_km, 0) AS d FROM old_rows WHERE deleted_at IS NULL';
    changes text := CASE TG_OP WHEN 'INSERT' THEN live_new
                               WHEN 'DELETE' THEN live_old
                               ELSE live_new || ' UNION ALL ' || live_old END;
BEGIN
    EXECUTE format($q$
        INSERT INTO activity_day_totals AS t
        SELECT user_id, activity_date, activity_type, sum(n), sum(m), sum(d)
        FROM (%s) c
        WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = c.user_id)
        GROUP BY user_id, activity_date, activity_type
        HAVING sum(n) <> 0 OR sum(m) <> 0 OR sum(d) <> 0
        ORDER BY user_id, activity_date, activity_type
        ON CONFLICT (user_id, activity_date, activity_type) DO UPDATE
            SET activity_count = t.activity_count + excluded.activity_count,
                duration_minutes = t.duration_minutes + excluded.duration_minutes,
                distance_km = t.distance_km + excluded.distance_km$q$, changes);
    -- A day whose last live activity of a type left keeps no row.
    EXECUTE format($q$
        DELETE FROM activity_day_totals t USING (%s) c
        WHERE t.activity_count = 0
          AND (t.user_id, t.activity_date, t.activity_type) = (c.user_id, c.activity_date, c.activity_type)$q$, changes);
    RETURN NULL;
END $$;

CREATE TRIGGER activity_day_totals_on_insert AFTER INSERT ON activities
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_day_totals_apply();
CREATE TRIGGER activity_day_totals_on_update AFTER UPDATE ON activities
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_day_totals_apply();
CREATE TRIGGER activity_day_totals_on_delete AFTER DELETE ON activities
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_day_totals_apply();

-- The activities that exist already.
INSERT INTO activity_day_totals
SELECT user_id, activity_date, activity_type, count(*), sum(duration_minutes), COALESCE(sum(distance_km), 0)
FROM activities
WHERE deleted_at IS NULL
GROUP BY user_id, activity_date, activity_type;
-- [jooq ignore stop]
