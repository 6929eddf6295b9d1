-- name: timeline
-- answers: When did errors happen? Error counts per hour (or day) and code, in time order.
-- parameters: since, until, provider, code, endpoint, bucket, limit
-- columns: bucket time, provider text, code text, count integer
--
-- bucket is 'hour' (the default) or 'day'; each row's bucket is the UTC start of its hour or day. Events
-- without a time cannot be placed and are left out. Within a bucket, the most frequent code comes first.
-- The window is since <= ts < until.
WITH filtered AS (
  SELECT ts, provider, code
  FROM errors
  WHERE ts IS NOT NULL
    AND (:since IS NULL OR ts >= :since)
    AND (:until IS NULL OR ts < :until)
    AND (:provider IS NULL OR provider = :provider)
    AND (:code IS NULL OR code = :code)
    AND (:endpoint IS NULL OR endpoint = :endpoint OR host || endpoint = :endpoint)
)
SELECT CASE coalesce(:bucket, 'hour')
         WHEN 'day' THEN substr(ts, 1, 10) || 'T00:00:00Z'
         ELSE substr(ts, 1, 13) || ':00:00Z'
       END AS bucket,
       provider, code, count(*) AS count
FROM filtered
GROUP BY 1, provider, code
ORDER BY bucket, count DESC, provider, code
LIMIT coalesce(:limit, -1);
