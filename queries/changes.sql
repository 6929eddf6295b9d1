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
-- Run by hand: sqlite3 faultline.db < queries/changes.sql
WITH newest AS (
  -- The newest event's time, from the last hour error_hours has (events are found by hour, not by time).
  SELECT max(last_ts) AS ts FROM error_hours WHERE hour = (SELECT max(hour) FROM error_hours)
),
span AS (
  SELECT coalesce(:since, strftime('%Y-%m-%dT%H:%M:%fZ', (SELECT ts FROM newest), '-1 day')) AS since,
         :until AS until
),
bounds AS (
  SELECT since, until,
         -- The window's length in days; without an end it runs to the newest event (at least an hour).
         max(julianday(coalesce(until, (SELECT ts FROM newest))) - julianday(since), 1.0 / 24) AS days,
         coalesce(:baseline_since, strftime('%Y-%m-%dT%H:%M:%fZ', julianday(since) - coalesce(:baseline_days, 7))) AS base_since,
         coalesce(:baseline_until, since) AS base_until
  FROM span
),
base_length AS (
  SELECT julianday(base_until) - julianday(base_since) AS days,
         -- whole or part days in the baseline, for "seen every day"
         CAST(julianday(base_until) - julianday(base_since) AS INTEGER)
           + (julianday(base_until) - julianday(base_since) > CAST(julianday(base_until) - julianday(base_since) AS INTEGER)) AS day_count
  FROM bounds
),
ranges AS (
  SELECT 'window' AS part, since AS from_ts, coalesce(until, '9999-12-31T23:59:59.999Z') AS to_ts FROM bounds
  UNION ALL
  SELECT 'baseline', base_since, base_until FROM bounds
),
-- As in top-errors: whole hours come from error_hours, the part-hours at each range's edges from events.
spans AS (
  SELECT part, from_ts, to_ts,
         CASE WHEN substr(from_ts, 14) = ':00:00.000Z' THEN substr(from_ts, 1, 13)
              ELSE strftime('%Y-%m-%dT%H', from_ts, '+1 hour') END AS first_hour,
         substr(to_ts, 1, 13) AS end_hour
  FROM ranges
),
edges AS (
  SELECT part, from_ts AS head_from, min(to_ts, first_hour || ':00:00.000Z') AS head_to,
         max(end_hour || ':00:00.000Z', min(to_ts, first_hour || ':00:00.000Z')) AS tail_from, to_ts AS tail_to
  FROM spans
),
counted AS (
  SELECT s.part, h.kind_id, h.hour || ':00:00.000Z' AS at, h.count
  FROM spans s JOIN error_hours h ON h.hour >= s.first_hour AND h.hour < s.end_hour AND h.hour <> ''
  UNION ALL
  SELECT x.part, e.kind_id, e.ts, 1 FROM edges x
  JOIN events e ON substr(e.ts, 1, 13) = strftime('%Y-%m-%dT%H', x.head_from) AND e.ts >= x.head_from AND e.ts < x.head_to
  UNION ALL
  SELECT x.part, e.kind_id, e.ts, 1 FROM edges x
  JOIN events e ON substr(e.ts, 1, 13) = strftime('%Y-%m-%dT%H', x.tail_from) AND e.ts >= x.tail_from AND e.ts < x.tail_to
),
per_code AS (
  SELECT k.provider, k.code,
         sum(CASE WHEN c.part = 'window' THEN c.count END) AS current,
         sum(CASE WHEN c.part = 'baseline' THEN c.count END) AS base,
         -- the baseline days (counted from base_since) that had any event of the code
         count(DISTINCT CASE WHEN c.part = 'baseline'
                             THEN CAST(julianday(c.at) - julianday((SELECT base_since FROM bounds)) AS INTEGER) END) AS days_seen
  FROM counted c JOIN error_kinds k ON k.id = c.kind_id
  GROUP BY k.provider, k.code
),
firsts AS (
  SELECT k.provider, k.code, min(h.first_ts) AS first_seen
  FROM error_hours h JOIN error_kinds k ON k.id = h.kind_id
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
         f.first_seen
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
