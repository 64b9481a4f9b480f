-- Stride benchmark data set. Run by bench/stride_bench.py on a fresh database after Flyway created
-- the schema. Plain INSERTs only: triggers the schema may have (e.g. a per-day rollup maintained
-- from activities) keep their tables right by themselves.
--
--   200 users "bench-u0001..0200@bench.example.org", 2,000 activities each, dates over the last
--       3 years (random), mixed types, realistic durations/distances/titles, ~2 % soft-deleted;
--   3 growth users "bench-growth-1000/10000/100000@bench.example.org" with that many activities,
--       about 55 a day back from today (100,000 span ~5 years).
-- Password hashes are placeholders; the harness copies a real one (a user registered through the
-- API) afterwards. Soft deletes are recent (< 20 days ago), inside the retention period, so the
-- purge job has nothing to do during a run.

SELECT setseed(0.42);

INSERT INTO users (email, password_hash, display_name, role, created_at)
SELECT format('bench-u%s@bench.example.org', lpad(i::text, 4, '0')), '-', format('Bench user %s', i),
       'USER', now() - interval '3 years 1 month'
FROM generate_series(1, 200) AS i
UNION ALL
SELECT format('bench-growth-%s@bench.example.org', n), '-', format('Growth user %s', n),
       'USER', now() - interval '6 years'
FROM unnest(ARRAY[1000, 10000, 100000]) AS n;

INSERT INTO activities (user_id, activity_type, title, description, duration_minutes, distance_km,
                        calories_burned, notes, activity_date, created_at, updated_at, deleted_at)
SELECT user_id, t, title, description, duration, distance, calories, notes, day,
       created, created, CASE WHEN r_del < 0.02 THEN now() - r_del * 1000 * interval '1 day' END
FROM (
    SELECT user_id, t, day, r_del,
           (CASE WHEN r_tod < 0.35 THEN 'Morning ' WHEN r_tod < 0.55 THEN 'Lunch ' ELSE 'Evening ' END)
           || CASE t WHEN 'RUNNING' THEN (ARRAY['run', 'easy run', 'tempo run', 'long run', 'intervals'])[1 + (r_x * 5)::int % 5]
                     WHEN 'CYCLING' THEN (ARRAY['ride', 'commute', 'gravel ride', 'hill repeats'])[1 + (r_x * 4)::int % 4]
                     WHEN 'SWIMMING' THEN (ARRAY['swim', 'pool laps', 'open water swim'])[1 + (r_x * 3)::int % 3]
                     WHEN 'WALKING' THEN (ARRAY['walk', 'dog walk', 'walk in the park'])[1 + (r_x * 3)::int % 3]
                     WHEN 'HIKING' THEN 'hike' WHEN 'ROWING' THEN 'row' WHEN 'STRENGTH' THEN 'gym session'
                     WHEN 'YOGA' THEN 'yoga' ELSE 'workout' END AS title,
           CASE WHEN r_x < 0.3 THEN (ARRAY['river loop', 'with the club', 'felt strong', 'windy', 'recovery day',
                                           'new route through the woods'])[1 + (r_x * 20)::int % 6] END AS description,
           duration,
           CASE WHEN t IN ('STRENGTH', 'YOGA', 'OTHER') OR r_dist < 0.05 THEN NULL
                ELSE round((duration / 60.0 * speed * (0.8 + r_dist * 0.4))::numeric, 3) END AS distance,
           CASE WHEN r_x > 0.9 THEN NULL ELSE (duration * kcal_per_min * (0.85 + r_dist * 0.3))::int END AS calories,
           CASE WHEN r_x BETWEEN 0.5 AND 0.6 THEN 'easy pace, legs felt good' END AS notes,
           day + make_interval(hours => 6 + (r_tod * 14)::int, mins => (r_x * 59)::int) AS created
    FROM (
        SELECT user_id, day, r_tod, r_x, r_dist, r_del, t,
               greatest(1, least(1440, (CASE t WHEN 'RUNNING' THEN 45 WHEN 'CYCLING' THEN 80 WHEN 'SWIMMING' THEN 40
                                               WHEN 'WALKING' THEN 50 WHEN 'HIKING' THEN 180 WHEN 'ROWING' THEN 45
                                               WHEN 'STRENGTH' THEN 55 WHEN 'YOGA' THEN 60 ELSE 30 END
                                        * (0.4 + r_dur * 1.2))::int)) AS duration,
               CASE t WHEN 'RUNNING' THEN 10.5 WHEN 'CYCLING' THEN 24 WHEN 'SWIMMING' THEN 2.5 WHEN 'WALKING' THEN 5
                      WHEN 'HIKING' THEN 4 WHEN 'ROWING' THEN 9 ELSE 0 END AS speed,
               CASE t WHEN 'RUNNING' THEN 11 WHEN 'CYCLING' THEN 9 WHEN 'SWIMMING' THEN 9 WHEN 'WALKING' THEN 4
                      WHEN 'HIKING' THEN 7 WHEN 'ROWING' THEN 9 WHEN 'STRENGTH' THEN 6 WHEN 'YOGA' THEN 3 ELSE 5 END AS kcal_per_min
        FROM (
            SELECT u.id AS user_id,
                   CASE WHEN u.email LIKE 'bench-growth-%' THEN current_date - (g.n / 55)
                        ELSE current_date - (random() * 1095)::int END AS day,
                   CASE WHEN r_type < 0.30 THEN 'RUNNING' WHEN r_type < 0.50 THEN 'CYCLING'
                        WHEN r_type < 0.58 THEN 'SWIMMING' WHEN r_type < 0.76 THEN 'WALKING'
                        WHEN r_type < 0.82 THEN 'HIKING' WHEN r_type < 0.86 THEN 'ROWING'
                        WHEN r_type < 0.94 THEN 'STRENGTH' WHEN r_type < 0.98 THEN 'YOGA' ELSE 'OTHER' END AS t,
                   random() AS r_tod, random() AS r_x, random() AS r_dist, random() AS r_dur, random() AS r_del
            FROM users u
            CROSS JOIN LATERAL generate_series(1, CASE WHEN u.email LIKE 'bench-growth-%'
                                                       THEN split_part(split_part(u.email, '-', 3), '@', 1)::int
                                                       ELSE 2000 END) AS g(n)
            -- one random number per row, read by several WHENs (the g.n reference makes it per row)
            CROSS JOIN LATERAL (SELECT random() + g.n * 0 AS r_type) AS rt
            WHERE u.email LIKE 'bench-%@bench.example.org'
        ) AS base
    ) AS typed
) AS final;
