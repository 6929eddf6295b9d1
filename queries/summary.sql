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
WITH events_in AS (
  SELECT provider, nullif(request_id, '') AS request_id, ts
  FROM errors
  WHERE (:since IS NULL OR ts >= :since)
    AND (:until IS NULL OR ts < :until)
    AND (:provider IS NULL OR provider = :provider)
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
         min(ts) AS first_seen, max(ts) AS last_seen
  FROM events_in GROUP BY provider
  UNION ALL
  -- Hours become times in the events' format, so both sort and compare alike.
  SELECT provider, 0, sum(count), 0, substr(min(hour), 1, 19) || '.000Z', substr(max(hour), 1, 19) || '.000Z'
  FROM traffic_in GROUP BY provider
),
per_provider AS (
  SELECT p.provider, sum(p.errors) AS errors, sum(p.errors) + sum(p.others) AS lines,
         sum(p.requests) AS requests, min(p.first_seen) AS first_seen, max(p.last_seen) AS last_seen
  FROM parts p GROUP BY p.provider
),
report_rows AS (
  SELECT 0 AS is_total, provider, lines, requests, errors, NULL AS rejected, first_seen, last_seen
  FROM per_provider
  UNION ALL
  SELECT 1, 'all', coalesce(sum(lines), 0),
         (SELECT count(DISTINCT request_id) FROM events_in),
         coalesce(sum(errors), 0),
         CASE WHEN :provider IS NULL THEN (SELECT count(*) FROM rejects) END,
         min(first_seen), max(last_seen)
  FROM per_provider
)
SELECT provider, lines, requests, errors,
       round(1.0 * errors / nullif(lines, 0), 4) AS error_rate,
       rejected, first_seen, last_seen
FROM report_rows
ORDER BY is_total, errors DESC, lines DESC, provider;
