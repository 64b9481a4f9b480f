-- How many live activities each user has, kept by the same triggers as the per-day totals, so that
-- the quota check of a write reads one row instead of summing the user's per-day totals (O(days):
-- ~1 ms for a user active on 1,700 days, a third of a create's cost in the bench). Writes that
-- leave the count alone (an update of details) never touch the row.
CREATE TABLE user_activity_counts (
    user_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    live_count INTEGER NOT NULL
);

-- [jooq ignore start]
-- One more: the user's first live activity creates the row.
CREATE FUNCTION user_activity_counts_add(u BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO user_activity_counts AS counted VALUES (u, 1)
    ON CONFLICT (user_id) DO UPDATE SET live_count = counted.live_count + 1;
END $$;

-- One fewer: an UPDATE, never an insert, since the row exists unless the account is being removed
-- for good and its activities go with it (ON DELETE CASCADE), in which case there is nothing to count.
CREATE FUNCTION user_activity_counts_remove(u BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE user_activity_counts SET live_count = live_count - 1 WHERE user_id = u;
END $$;

-- As in V3, plus the count: an activity arriving among a user's live ones adds one, one leaving
-- takes one away. The count is touched after the per-day totals, so every writer takes the locks
-- of one user's rows in the same order (totals by key, then the count) and none can deadlock.
CREATE OR REPLACE FUNCTION activity_day_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    leaving  BOOLEAN := TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL;
    arriving BOOLEAN := TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL;
    counted_leaving  BOOLEAN := leaving AND NOT (arriving AND NEW.user_id = OLD.user_id);
    counted_arriving BOOLEAN := arriving AND NOT (leaving AND NEW.user_id = OLD.user_id);
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
    IF counted_leaving THEN
        PERFORM user_activity_counts_remove(OLD.user_id);
    END IF;
    IF counted_arriving THEN
        PERFORM user_activity_counts_add(NEW.user_id);
    END IF;
    RETURN NULL;
END $$;

-- The users that exist already.
INSERT INTO user_activity_counts
SELECT user_id, count(*) FROM activities WHERE deleted_at IS NULL GROUP BY user_id;
-- [jooq ignore stop]
