-- name: changes
-- answers: What changed since last night? Codes that are new, spiking or gone in the window, against a baseline.
-- parameters: since, until, provider, code, baseline_days, baseline_since, baseline_until, spike_ratio, min_count, all, limit
-- columns: provider text, code text, status text, count integer, baseline_daily_avg real, ratio real, first_seen time
--
-- The window defaults to the last 24 hours of data (since = the newest event's time minus one day); the
-- baseline to the 7 days before the window. --baseline 3d binds :baseline_days (3.0); --baseline
-- 2026-11-01..2026-11-08 binds :baseline_since and :baseline_until.
-- count is the code's events in the window; baseline_daily_avg its events per day in the baseline;
-- ratio = (count per day in the window) / baseline_daily_avg, NULL without a baseline. status:
--   new     seen in the window, never in the baseline;
--   spike   ratio above --spike-ratio (default 3) with at least --min-count (default 10) events;
--   gone    seen on every day of the baseline, not at all in the window;
--   steady  everything else, listed only with --all.
-- first_seen is the code's earliest event ever stored. Events without a time are not counted. For speed,
-- whole hours are read from error_hours (so "seen on a baseline day" goes by the hour an event is in).
-- Times are compared as integers: milliseconds since the Julian epoch, which are positive, so integer
-- division by 3600000 rounds down to the hour; minus 58574100 (the hours from that epoch to 1970) that
-- is the hour as events and error_hours number it, and (hour + 58574100) * 3600000 + ms is a stored
-- time in the same unit. Lengths in days divide such times by 86400000.0, as julianday() would.
-- Run by hand: sqlite3 faultline.db < queries/changes.sql
WITH newest AS (
  -- The newest event's time, from the last timed hour error_hours has (the untimed hour '' is text,
  -- which sorts after every number).
  SELECT max((hour + 58574100) * 3600000 + last_ms) AS at
  FROM error_hours WHERE hour = (SELECT max(hour) FROM error_hours WHERE hour <> '')
),
span AS (
  SELECT coalesce(CAST(round(julianday(:since) * 86400000) AS INTEGER), (SELECT at FROM newest) - 86400000) AS since,
         CAST(round(julianday(:until) * 86400000) AS INTEGER) AS until
),
bounds AS (
  SELECT since, until,
         -- The window's length in days; without an end it runs to the newest event (at least an hour).
         max(coalesce(until, (SELECT at FROM newest)) / 86400000.0 - since / 86400000.0, 1.0 / 24) AS days,
         coalesce(CAST(round(julianday(:baseline_since) * 86400000) AS INTEGER),
                  since - CAST(round(coalesce(:baseline_days, 7) * 86400000) AS INTEGER)) AS base_since,
         coalesce(CAST(round(julianday(:baseline_until) * 86400000) AS INTEGER), since) AS base_until
  FROM span
),
base_length AS (
  SELECT base_until / 86400000.0 - base_since / 86400000.0 AS days,
         -- whole or part days in the baseline, for "seen every day"
         CAST(base_until / 86400000.0 - base_since / 86400000.0 AS INTEGER)
           + (base_until / 86400000.0 - base_since / 86400000.0
              > CAST(base_until / 86400000.0 - base_since / 86400000.0 AS INTEGER)) AS day_count
  FROM bounds
),
ranges AS (
  SELECT 'window' AS part, since AS from_at,
         coalesce(until, CAST(round(julianday('9999-12-31T23:59:59.999Z') * 86400000) AS INTEGER)) AS to_at
  FROM bounds
  UNION ALL
  SELECT 'baseline', base_since, base_until FROM bounds
),
-- As in top-errors: whole hours come from error_hours, the part-hours at each range's edges from events
-- (by hour, the first column of events' key, and milliseconds into it).
spans AS (
  SELECT part, from_at, to_at,
         (from_at + 3599999) / 3600000 - 58574100 AS first_hour,   -- the first whole hour
         to_at / 3600000 - 58574100 AS end_hour                    -- whole hours end here
  FROM ranges
),
parts(part, hour, from_ms, to_ms) AS (
  -- Each part-hour is an hour and [from_ms, to_ms) in milliseconds into it: the range start's hour
  -- (unless it starts on the hour) up to its end or the range's end; the range end's hour (unless it
  -- ends on the hour or in the start's hour) from its start.
  SELECT part, from_at / 3600000 - 58574100, from_at % 3600000,
         min(to_at - from_at / 3600000 * 3600000, 3600000)
  FROM spans WHERE from_at % 3600000 > 0
  UNION ALL
  SELECT part, end_hour, 0, to_at % 3600000
  FROM spans WHERE to_at % 3600000 > 0 AND end_hour >= first_hour
),
counted AS (
  SELECT s.part, h.kind_id, (h.hour + 58574100) * 3600000 AS at, h.count
  FROM spans s JOIN error_hours h ON h.hour >= s.first_hour AND h.hour < s.end_hour AND h.hour <> ''
  UNION ALL
  SELECT p.part, e.kind_id, (e.hour + 58574100) * 3600000 + e.ms, 1
  FROM parts p
  JOIN events e ON e.hour = p.hour AND e.ms >= p.from_ms AND e.ms < p.to_ms
),
per_code AS (
  SELECT k.provider, k.code,
         sum(CASE WHEN c.part = 'window' THEN c.count END) AS current,
         sum(CASE WHEN c.part = 'baseline' THEN c.count END) AS base,
         -- the baseline days (counted from base_since) that had any event of the code
         count(DISTINCT CASE WHEN c.part = 'baseline'
                             THEN CAST(c.at / 86400000.0 - (SELECT base_since FROM bounds) / 86400000.0 AS INTEGER)
                        END) AS days_seen
  FROM counted c JOIN error_kinds k ON k.id = c.kind_id
  GROUP BY k.provider, k.code
),
firsts AS (
  SELECT k.provider, k.code, min(f.first_at) AS first_at
  FROM (SELECT kind_id, min((hour + 58574100) * 3600000 + first_ms) AS first_at   -- first_ms: NULL if untimed
        FROM error_hours GROUP BY kind_id) f
  JOIN error_kinds k ON k.id = f.kind_id
  GROUP BY k.provider, k.code
),
compared AS (
  SELECT c.provider, c.code,
         coalesce(c.current, 0) AS count,
         round(coalesce(c.base, 0) / l.days, 2) AS baseline_daily_avg,
         CASE WHEN c.base > 0 THEN round((coalesce(c.current, 0) / b.days) / (c.base / l.days), 2) END AS ratio,
         CASE
           WHEN c.current > 0 AND c.base IS NULL THEN 'new'
           WHEN c.current >= coalesce(:min_count, 10)
                AND (c.current / b.days) > coalesce(:spike_ratio, 3) * (c.base / l.days) THEN 'spike'
           WHEN c.current IS NULL AND c.days_seen >= l.day_count THEN 'gone'
           ELSE 'steady'
         END AS status,
         -- back to text: 210866760000000 milliseconds from the Julian epoch to 1970
         strftime('%Y-%m-%dT%H:%M:%fZ', (f.first_at - 210866760000000) / 1000.0, 'unixepoch') AS first_seen
  FROM per_code c
  LEFT JOIN firsts f ON f.provider = c.provider AND f.code = c.code,
  bounds b, base_length l
  WHERE (:provider IS NULL OR c.provider = :provider)
    AND (:code IS NULL OR c.code = :code)
)
SELECT provider, code, status, count, baseline_daily_avg, ratio, first_seen
FROM compared
WHERE status <> 'steady' OR :all = 1
ORDER BY CASE status WHEN 'new' THEN 1 WHEN 'spike' THEN 2 WHEN 'gone' THEN 3 ELSE 4 END,
         count DESC, baseline_daily_avg DESC, provider, code
LIMIT coalesce(:limit, -1);
