-- name: timeline
-- answers: When did errors happen? Error counts per hour (or day) and code, in time order.
-- parameters: since, until, provider, code, endpoint, bucket, limit
-- columns: bucket time, provider text, code text, count integer
--
-- bucket is 'hour' (the default) or 'day'; each row's bucket is the UTC start of its hour or day. Events
-- without a time cannot be placed and are left out. Within a bucket, the most frequent code comes first.
-- The window is since <= ts < until. Like top-errors, whole hours come from error_hours (counts per hour,
-- kind and endpoint, kept by ingest) and only the window's part-hours from events.
WITH bounds AS (
  SELECT CASE WHEN :since IS NULL THEN NULL
              WHEN substr(:since, 14) = ':00:00.000Z' THEN substr(:since, 1, 13)
              ELSE strftime('%Y-%m-%dT%H', :since, '+1 hour') END AS first_hour,
         substr(:until, 1, 13) AS end_hour
),
edges AS (
  SELECT :since AS head_from,
         CASE WHEN :until < first_hour || ':00:00.000Z' THEN :until ELSE first_hour || ':00:00.000Z' END AS head_to,
         max(end_hour || ':00:00.000Z', coalesce(CASE WHEN :until < first_hour || ':00:00.000Z' THEN :until
                                                      ELSE first_hour || ':00:00.000Z' END, '')) AS tail_from,
         :until AS tail_to
  FROM bounds
),
counted AS (
  SELECT h.hour, h.kind_id, h.endpoint_id, h.count
  FROM error_hours h, bounds b
  WHERE h.hour <> ''
    AND (:since IS NULL OR h.hour >= b.first_hour)
    AND (:until IS NULL OR h.hour < b.end_hour)
  UNION ALL
  SELECT substr(ts, 1, 13), kind_id, coalesce(endpoint_id, 0), 1 FROM events
  WHERE substr(ts, 1, 13) = strftime('%Y-%m-%dT%H', (SELECT head_from FROM edges))   -- each part-hour lies in one hour
    AND ts >= (SELECT head_from FROM edges) AND ts < (SELECT head_to FROM edges)
  UNION ALL
  SELECT substr(ts, 1, 13), kind_id, coalesce(endpoint_id, 0), 1 FROM events
  WHERE substr(ts, 1, 13) = strftime('%Y-%m-%dT%H', (SELECT tail_from FROM edges))
    AND ts >= (SELECT tail_from FROM edges) AND ts < (SELECT tail_to FROM edges)
),
per_kind AS (
  SELECT CASE coalesce(:bucket, 'hour') WHEN 'day' THEN substr(hour, 1, 10) || 'T00:00:00Z'
                                        ELSE hour || ':00:00Z' END AS bucket,
         kind_id, sum(count) AS count
  FROM counted
  WHERE :endpoint IS NULL
     OR endpoint_id IN (SELECT id FROM endpoints WHERE path = :endpoint OR host || path = :endpoint)
  GROUP BY 1, kind_id
)
SELECT p.bucket, k.provider, k.code, sum(p.count) AS count
FROM per_kind p
JOIN error_kinds k ON k.id = p.kind_id
WHERE (:provider IS NULL OR k.provider = :provider)
  AND (:code IS NULL OR k.code = :code)
GROUP BY p.bucket, k.provider, k.code
ORDER BY p.bucket, count DESC, k.provider, k.code
LIMIT coalesce(:limit, -1);
