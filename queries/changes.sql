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
-- first_seen is the code's earliest event ever stored. Events without a time are not counted.
-- Run by hand: sqlite3 faultline.db < queries/changes.sql
WITH newest AS (
  SELECT max(ts) AS ts FROM events
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
current AS (
  SELECT k.provider, k.code, count(*) AS count
  FROM events e JOIN error_kinds k ON k.id = e.kind_id
  WHERE e.ts >= (SELECT since FROM bounds)
    AND (:until IS NULL OR e.ts < :until)
  GROUP BY k.provider, k.code
),
baseline AS (
  SELECT k.provider, k.code, count(*) AS count,
         count(DISTINCT CAST(julianday(e.ts) - julianday((SELECT base_since FROM bounds)) AS INTEGER)) AS days_seen
  FROM events e JOIN error_kinds k ON k.id = e.kind_id
  WHERE e.ts >= (SELECT base_since FROM bounds) AND e.ts < (SELECT base_until FROM bounds)
  GROUP BY k.provider, k.code
),
firsts AS (
  SELECT k.provider, k.code, min(h.first_ts) AS first_seen
  FROM error_hours h JOIN error_kinds k ON k.id = h.kind_id
  GROUP BY k.provider, k.code
),
codes AS (
  SELECT provider, code FROM current UNION SELECT provider, code FROM baseline
),
compared AS (
  SELECT c.provider, c.code,
         coalesce(cur.count, 0) AS count,
         round(coalesce(base.count, 0) / l.days, 2) AS baseline_daily_avg,
         CASE WHEN base.count > 0 THEN round((coalesce(cur.count, 0) / b.days) / (base.count / l.days), 2) END AS ratio,
         CASE
           WHEN cur.count > 0 AND base.count IS NULL THEN 'new'
           WHEN cur.count >= coalesce(:min_count, 10)
                AND (cur.count / b.days) > coalesce(:spike_ratio, 3) * (base.count / l.days) THEN 'spike'
           WHEN cur.count IS NULL AND base.days_seen >= l.day_count THEN 'gone'
           ELSE 'steady'
         END AS status,
         f.first_seen
  FROM codes c
  LEFT JOIN current cur ON cur.provider = c.provider AND cur.code = c.code
  LEFT JOIN baseline base ON base.provider = c.provider AND base.code = c.code
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
