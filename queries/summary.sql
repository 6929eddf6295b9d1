-- name: summary
-- answers: How did each provider do? Lines, errors and error rate per provider, then an `all` row.
-- parameters: since, until, provider
-- columns: provider text, lines integer, requests integer, errors integer, error_rate real, rejected integer, first_seen time, last_seen time
--
-- lines = error lines + other (counted) lines; requests = distinct request ids among the error events;
-- error_rate = errors / lines (0..1, four places). rejected is on the `all` row only (NULL on provider
-- rows): rejected lines were never parsed, so they have no provider and no time, and the number is every
-- stored reject whatever the window; with a provider filter it is NULL everywhere. Non-error lines are
-- counted per hour, so since and until select whole hours for them: an hour counts if it overlaps the
-- window, and first_seen/last_seen from such lines are the start of their hour.
--
-- Times are compared as integers, milliseconds since 1970: an event's is hour * 3600000 + ms (NULL
-- without a time, so such events drop out of any window); they become text on the output rows only.
WITH bounds AS (
  -- since and until as milliseconds since 1970, and the hours they fall in (from milliseconds since the
  -- Julian epoch, which are positive, so integer division rounds down; 58574100 hours lie before 1970).
  SELECT CAST(round((julianday(:since) - 2440587.5) * 86400000) AS INTEGER) AS since,
         CAST(round((julianday(:until) - 2440587.5) * 86400000) AS INTEGER) AS until,
         CAST(round(julianday(:since) * 86400000) AS INTEGER) / 3600000 - 58574100 AS since_hour,
         CAST(round(julianday(:until) * 86400000) AS INTEGER) / 3600000 - 58574100 AS until_hour
),
events_in AS (
  SELECT k.provider, nullif(e.request_id, '') AS request_id, e.hour * 3600000 + e.ms AS at
  FROM events e
  JOIN error_kinds k ON k.id = e.kind_id
  WHERE (:since IS NULL OR e.hour * 3600000 + e.ms >= (SELECT since FROM bounds))
    AND (:until IS NULL OR e.hour * 3600000 + e.ms < (SELECT until FROM bounds))
    -- The same window as a range of events' key, so only its hours are read. The untimed hour '' is text,
    -- which sorts after every number: inside the range unless until is given (since drops it above).
    AND e.hour >= coalesce((SELECT since_hour FROM bounds), -1e18)
    AND e.hour <= coalesce((SELECT until_hour FROM bounds), '')
    AND (:provider IS NULL OR k.provider = :provider)
),
traffic_in AS (
  SELECT provider, count, nullif(hour, '') AS hour
  FROM traffic
  WHERE (:since IS NULL OR hour >= strftime('%Y-%m-%dT%H:00:00Z', :since))
    AND (:until IS NULL OR hour < :until)
    AND (:provider IS NULL OR provider = :provider)
),
parts AS (
  SELECT provider, count(*) AS errors, 0 AS others, count(DISTINCT request_id) AS requests,
         min(at) AS first_at, max(at) AS last_at
  FROM events_in GROUP BY provider
  UNION ALL
  -- traffic hours ('YYYY-MM-DDTHH:00:00Z') as milliseconds since 1970 too
  SELECT provider, 0, sum(count), 0,
         CAST(round((julianday(min(hour)) - 2440587.5) * 86400000) AS INTEGER),
         CAST(round((julianday(max(hour)) - 2440587.5) * 86400000) AS INTEGER)
  FROM traffic_in GROUP BY provider
),
per_provider AS (
  SELECT p.provider, sum(p.errors) AS errors, sum(p.errors) + sum(p.others) AS lines,
         sum(p.requests) AS requests, min(p.first_at) AS first_at, max(p.last_at) AS last_at
  FROM parts p GROUP BY p.provider
),
report_rows AS (
  SELECT 0 AS is_total, provider, lines, requests, errors, NULL AS rejected, first_at, last_at
  FROM per_provider
  UNION ALL
  SELECT 1, 'all', coalesce(sum(lines), 0),
         (SELECT count(DISTINCT request_id) FROM events_in),
         coalesce(sum(errors), 0),
         CASE WHEN :provider IS NULL THEN (SELECT count(*) FROM rejects) END,
         min(first_at), max(last_at)
  FROM per_provider
)
SELECT provider, lines, requests, errors,
       round(1.0 * errors / nullif(lines, 0), 4) AS error_rate,
       rejected,
       strftime('%Y-%m-%dT%H:%M:%fZ', first_at / 1000.0, 'unixepoch') AS first_seen,
       strftime('%Y-%m-%dT%H:%M:%fZ', last_at / 1000.0, 'unixepoch') AS last_seen
FROM report_rows
ORDER BY is_total, errors DESC, lines DESC, provider;
