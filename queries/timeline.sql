-- name: timeline
-- answers: When did errors happen? Error counts per hour (or day) and code, in time order.
-- parameters: since, until, provider, code, endpoint, bucket, limit
-- columns: bucket time, provider text, code text, count integer
--
-- bucket is 'hour' (the default) or 'day'; each row's bucket is the UTC start of its hour or day. Events
-- without a time cannot be placed and are left out. Within a bucket, the most frequent code comes first.
-- The window is since <= ts < until. Like top-errors, whole hours come from error_hours (counts per hour,
-- kind and endpoint, kept by ingest) and only the window's part-hours from events (by hour, the first
-- column of events' key, and milliseconds into it). Buckets are counted as integer hours and written as
-- text for the output rows only.
WITH bounds AS (
  -- since and until as milliseconds since the Julian epoch, positive, so / 3600000 rounds down to the
  -- hour; minus 58574100 (the hours from that epoch to 1970) it is the hour as events and error_hours have it.
  SELECT since, until,
         (since + 3599999) / 3600000 - 58574100 AS first_hour,   -- the first whole hour
         until / 3600000 - 58574100 AS end_hour                  -- whole hours end here
  FROM (SELECT CAST(round(julianday(:since) * 86400000) AS INTEGER) AS since,
               CAST(round(julianday(:until) * 86400000) AS INTEGER) AS until)
),
parts(hour, from_ms, to_ms) AS (
  -- The part-hours at the edges: an hour and [from_ms, to_ms) in milliseconds into it. since's hour
  -- (unless since is on the hour) up to its end or until; until's hour (unless on the hour or since's).
  SELECT since / 3600000 - 58574100, since % 3600000,
         min(coalesce(until - since / 3600000 * 3600000, 3600000), 3600000)
  FROM bounds WHERE since % 3600000 > 0
  UNION ALL
  SELECT end_hour, 0, until % 3600000
  FROM bounds WHERE until % 3600000 > 0 AND (since IS NULL OR end_hour >= first_hour)
),
counted AS (
  SELECT h.hour, h.kind_id, h.endpoint_id, h.count
  FROM error_hours h, bounds b
  WHERE h.hour <> ''
    AND (:since IS NULL OR h.hour >= b.first_hour)
    AND (:until IS NULL OR h.hour < b.end_hour)
  UNION ALL
  SELECT e.hour, e.kind_id, coalesce(e.endpoint_id, 0), 1
  FROM parts p
  JOIN events e ON e.hour = p.hour AND e.ms >= p.from_ms AND e.ms < p.to_ms
),
per_kind AS (
  -- The bucket as its first hour: the hour itself, or the day's first (hour % 24 is negative before 1970,
  -- hence the + 24).
  SELECT CASE coalesce(:bucket, 'hour') WHEN 'day' THEN hour - (hour % 24 + 24) % 24 ELSE hour END AS bucket,
         kind_id, sum(count) AS count
  FROM counted
  WHERE :endpoint IS NULL
     OR endpoint_id IN (SELECT id FROM endpoints WHERE path = :endpoint OR host || path = :endpoint)
  GROUP BY 1, kind_id
)
SELECT strftime('%Y-%m-%dT%H:00:00Z', p.bucket * 3600, 'unixepoch') AS bucket, k.provider, k.code,
       sum(p.count) AS count
FROM per_kind p
JOIN error_kinds k ON k.id = p.kind_id
WHERE (:provider IS NULL OR k.provider = :provider)
  AND (:code IS NULL OR k.code = :code)
GROUP BY p.bucket, k.provider, k.code
ORDER BY p.bucket, count DESC, k.provider, k.code
LIMIT coalesce(:limit, -1);
