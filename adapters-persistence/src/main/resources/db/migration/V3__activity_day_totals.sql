-- Per-day totals of live activities, kept by the database itself on every write to activities, so
-- that statistics and list totals read O(days) rows instead of O(activities): README "Statistics"
-- has the measurement that chose this over aggregating activities at read time. The primary key is
-- the only index reads need: (user, date range), with type filtered in the index.
CREATE TABLE activity_day_totals (
    user_id          BIGINT         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    activity_date    DATE           NOT NULL,
    activity_type    VARCHAR(16)    NOT NULL,
    activity_count   INTEGER        NOT NULL,
    duration_minutes BIGINT         NOT NULL,
    distance_km      NUMERIC(15, 3) NOT NULL,
    PRIMARY KEY (user_id, activity_date, activity_type)
);

-- [jooq ignore start]
-- Row-level triggers with static SQL, whose plans PostgreSQL caches: a single-row write, which is
-- what the API does, costs one or two primary-key upserts (~30 us more per insert; a statement-level trigger with
-- transition tables and dynamic SQL measured ~360 us). A change that moves an activity between two
-- totals rows updates them in key order, so two writers moving activities in opposite directions
-- cannot deadlock. A row whose count reaches zero is deleted. When an account is removed for good
-- its totals go with it (ON DELETE CASCADE).
CREATE FUNCTION activity_day_totals_add(u BIGINT, d DATE, t VARCHAR, m INTEGER, km NUMERIC)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO activity_day_totals AS total VALUES (u, d, t, 1, m, COALESCE(km, 0))
    ON CONFLICT (user_id, activity_date, activity_type) DO UPDATE
        SET activity_count = total.activity_count + 1,
            duration_minutes = total.duration_minutes + excluded.duration_minutes,
            distance_km = total.distance_km + excluded.distance_km;
END $$;

-- An UPDATE, never an insert: the row exists unless the account went with ON DELETE CASCADE.
CREATE FUNCTION activity_day_totals_remove(u BIGINT, d DATE, t VARCHAR, m INTEGER, km NUMERIC)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE activity_day_totals
    SET activity_count = activity_count - 1,
        duration_minutes = duration_minutes - m,
        distance_km = distance_km - COALESCE(km, 0)
    WHERE (user_id, activity_date, activity_type) = (u, d, t);
    DELETE FROM activity_day_totals
    WHERE (user_id, activity_date, activity_type) = (u, d, t) AND activity_count = 0;
END $$;

CREATE FUNCTION activity_day_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    leaving  BOOLEAN := TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL;
    arriving BOOLEAN := TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL;
BEGIN
    -- Both rows change: the smaller key first.
    IF leaving AND arriving AND (NEW.user_id, NEW.activity_date, NEW.activity_type)
                                < (OLD.user_id, OLD.activity_date, OLD.activity_type) THEN
        PERFORM activity_day_totals_add(NEW.user_id, NEW.activity_date, NEW.activity_type,
                                        NEW.duration_minutes, NEW.distance_km);
        arriving := FALSE;
    END IF;
    IF leaving THEN
        PERFORM activity_day_totals_remove(OLD.user_id, OLD.activity_date, OLD.activity_type,
                                           OLD.duration_minutes, OLD.distance_km);
    END IF;
    IF arriving THEN
        PERFORM activity_day_totals_add(NEW.user_id, NEW.activity_date, NEW.activity_type,
                                        NEW.duration_minutes, NEW.distance_km);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER activity_day_totals_on_insert AFTER INSERT ON activities
    FOR EACH ROW WHEN (NEW.deleted_at IS NULL) EXECUTE FUNCTION activity_day_totals_apply();
CREATE TRIGGER activity_day_totals_on_update AFTER UPDATE ON activities
    FOR EACH ROW WHEN ((OLD.user_id, OLD.activity_date, OLD.activity_type, OLD.duration_minutes, OLD.distance_km,
                        OLD.deleted_at IS NULL)
                       IS DISTINCT FROM (NEW.user_id, NEW.activity_date, NEW.activity_type, NEW.duration_minutes,
                                         NEW.distance_km, NEW.deleted_at IS NULL))
    EXECUTE FUNCTION activity_day_totals_apply();
CREATE TRIGGER activity_day_totals_on_delete AFTER DELETE ON activities
    FOR EACH ROW WHEN (OLD.deleted_at IS NULL) EXECUTE FUNCTION activity_day_totals_apply();

-- The activities that exist already.
INSERT INTO activity_day_totals
SELECT user_id, activity_date, activity_type, count(*), sum(duration_minutes), COALESCE(sum(distance_km), 0)
FROM activities
WHERE deleted_at IS NULL
GROUP BY user_id, activity_date, activity_type;
-- [jooq ignore stop]
