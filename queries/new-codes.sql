-- name: new-codes
-- answers: What is new since yesterday? Error codes first seen in the window and never before it.
-- parameters: since, until, provider, code, limit
-- columns: provider text, code text, category text, retryable boolean, count integer, first_seen time, guidance text
--
-- since defaults to 24 hours before the newest stored event. A code is new when its earliest timed event,
-- across everything ever ingested, falls in since <= ts < until; events without a time cannot say when a
-- code first appeared and are not counted. count is the code's events in the window. Codes are per
-- provider; one classified two ways shows up once per classification.
WITH bounds AS (
  SELECT coalesce(:since, strftime('%Y-%m-%dT%H:%M:%fZ', (SELECT max(ts) FROM events), '-1 day')) AS since
),
firsts AS (
  SELECT provider, code, min(ts) AS first_ever
  FROM errors
  WHERE ts IS NOT NULL
  GROUP BY provider, code
),
fresh AS (
  SELECT provider, code
  FROM firsts
  WHERE first_ever >= (SELECT since FROM bounds)
    AND (:until IS NULL OR first_ever < :until)
    AND (:provider IS NULL OR provider = :provider)
    AND (:code IS NULL OR code = :code)
)
SELECT e.provider, e.code, e.category, e.retryable, count(*) AS count, min(e.ts) AS first_seen, e.guidance
FROM errors e
JOIN fresh f ON f.provider = e.provider AND f.code = e.code
WHERE e.ts >= (SELECT since FROM bounds)
  AND (:until IS NULL OR e.ts < :until)
GROUP BY e.provider, e.code, e.category, e.retryable, e.guidance
ORDER BY count DESC, first_seen, e.provider, e.code
LIMIT coalesce(:limit, -1);
