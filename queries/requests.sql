-- name: requests
-- answers: Which requests failed most often? One row per request id, most error events first.
-- parameters: since, until, provider, code, endpoint, limit
-- columns: request_id text, errors integer, codes text, providers text, first_seen time, last_seen time
--
-- Only events that carry a request id count. codes and providers list the distinct values, sorted and
-- joined with ', '. Filters select events, so with a code filter a request shows only its events of that
-- code. The window is since <= ts < until.
WITH bounds AS (
  -- since and until as milliseconds since 1970, and the hours they fall in (from milliseconds since the
  -- Julian epoch, which are positive, so integer division rounds down; 58574100 hours lie before 1970).
  SELECT CAST(round((julianday(:since) - 2440587.5) * 86400000) AS INTEGER) AS since,
         CAST(round((julianday(:until) - 2440587.5) * 86400000) AS INTEGER) AS until,
         CAST(round(julianday(:since) * 86400000) AS INTEGER) / 3600000 - 58574100 AS since_hour,
         CAST(round(julianday(:until) * 86400000) AS INTEGER) / 3600000 - 58574100 AS until_hour
),
-- at is the event's time in milliseconds since 1970 (hour * 3600000 + ms), NULL without a time, so such
-- events drop out of any window; it becomes text on the output rows only. events stores '' for "no
-- request id".
filtered AS (
  SELECT e.hour * 3600000 + e.ms AS at, k.provider, k.code, e.request_id
  FROM events e
  JOIN error_kinds k ON k.id = e.kind_id
  LEFT JOIN endpoints ep ON ep.id = e.endpoint_id
  WHERE e.request_id <> ''
    AND (:since IS NULL OR e.hour * 3600000 + e.ms >= (SELECT since FROM bounds))
    AND (:until IS NULL OR e.hour * 3600000 + e.ms < (SELECT until FROM bounds))
    -- The same window as a range of events' key, so only its hours are read. The untimed hour '' is text,
    -- which sorts after every number: inside the range unless until is given (since drops it above).
    AND e.hour >= coalesce((SELECT since_hour FROM bounds), -1e18)
    AND e.hour <= coalesce((SELECT until_hour FROM bounds), '')
    AND (:provider IS NULL OR k.provider = :provider)
    AND (:code IS NULL OR k.code = :code)
    AND (:endpoint IS NULL OR ep.path = :endpoint OR ep.host || ep.path = :endpoint)
),
top AS (
  SELECT request_id, count(*) AS errors, min(at) AS first_at, max(at) AS last_at
  FROM filtered
  GROUP BY request_id
  ORDER BY errors DESC, last_at DESC, request_id
  LIMIT coalesce(:limit, -1)
),
-- group_concat keeps the order of its input rows; the sorted DISTINCT subqueries fix that order.
codes AS (
  SELECT request_id, group_concat(code, ', ') AS codes
  FROM (SELECT DISTINCT request_id, code FROM filtered WHERE request_id IN (SELECT request_id FROM top)
        ORDER BY request_id, code)
  GROUP BY request_id
),
providers AS (
  SELECT request_id, group_concat(provider, ', ') AS providers
  FROM (SELECT DISTINCT request_id, provider FROM filtered WHERE request_id IN (SELECT request_id FROM top)
        ORDER BY request_id, provider)
  GROUP BY request_id
)
SELECT t.request_id, t.errors, c.codes, p.providers,
       strftime('%Y-%m-%dT%H:%M:%fZ', t.first_at / 1000.0, 'unixepoch') AS first_seen,
       strftime('%Y-%m-%dT%H:%M:%fZ', t.last_at / 1000.0, 'unixepoch') AS last_seen
FROM top t
JOIN codes c ON c.request_id = t.request_id
JOIN providers p ON p.request_id = t.request_id
ORDER BY t.errors DESC, t.last_at DESC, t.request_id;
