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
  -- The newest event's time comes from the last hour error_hours has.
  SELECT coalesce(:since, strftime('%Y-%m-%dT%H:%M:%fZ',
                                   (SELECT max(last_ts) FROM error_hours WHERE hour = (SELECT max(hour) FROM error_hours)),
                                   '-1 day')) AS since
),
-- error_hours keeps each hour's earliest event time, so the first time ever needs no pass over events.
firsts AS (
  SELECT k.provider, k.code, min(h.first_ts) AS first_ever
  FROM error_hours h JOIN error_kinds k ON k.id = h.kind_id
  WHERE h.first_ts IS NOT NULL
  GROUP BY k.provider, k.code
),
fresh AS (
  SELECT provider, code
  FROM firsts
  WHERE first_ever >= (SELECT since FROM bounds)
    AND (:until IS NULL OR first_ever < :until)
    AND (:provider IS NULL OR provider = :provider)
    AND (:code IS NULL OR code = :code)
)
SELECT k.provider, k.code, k.category, k.retryable, count(*) AS count, min(e.ts) AS first_seen, k.guidance
FROM events e
JOIN error_kinds k ON k.id = e.kind_id
JOIN fresh f ON f.provider = k.provider AND f.code = k.code
WHERE substr(e.ts, 1, 13) >= substr((SELECT since FROM bounds), 1, 13)   -- the window's hours, by index
  AND e.ts >= (SELECT since FROM bounds)
  AND (:until IS NULL OR e.ts < :until)
GROUP BY k.provider, k.code, k.category, k.retryable, k.guidance
ORDER BY count DESC, first_seen, k.provider, k.code
LIMIT coalesce(:limit, -1);
