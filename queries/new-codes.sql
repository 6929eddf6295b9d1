-- name: new-codes
-- answers: What is new since yesterday? Error codes first seen in the window and never before it.
-- parameters: since, until, provider, code, limit
-- columns: provider text, code text, category text, retryable boolean, count integer, first_seen time, guidance text
--
-- since defaults to 24 hours before the newest stored event. A code is new when its earliest timed event,
-- across everything ever ingested, falls in since <= ts < until; events without a time cannot say when a
-- code first appeared and are not counted. count is the code's events in the window. Codes are per
-- provider; one classified two ways shows up once per classification.
--
-- As in top-errors: whole hours of the window come from error_hours, only the part-hours at its edges
-- from events.
WITH bounds AS (
  -- The newest event's time comes from the last hour error_hours has.
  SELECT coalesce(:since, strftime('%Y-%m-%dT%H:%M:%fZ',
                                   (SELECT max(last_ts) FROM error_hours WHERE hour = (SELECT max(hour) FROM error_hours)),
                                   '-1 day')) AS since,
         :until AS until
),
hours AS (
  SELECT since, until,
         CASE WHEN substr(since, 14) = ':00:00.000Z' THEN substr(since, 1, 13)
              ELSE strftime('%Y-%m-%dT%H', since, '+1 hour') END AS first_hour,   -- first whole hour
         substr(until, 1, 13) AS end_hour                                          -- whole hours end here
  FROM bounds
),
edges AS (
  -- [head_from, head_to) before the first whole hour, [tail_from, tail_to) after the last one.
  SELECT since AS head_from,
         CASE WHEN until < first_hour || ':00:00.000Z' THEN until ELSE first_hour || ':00:00.000Z' END AS head_to,
         max(end_hour || ':00:00.000Z', coalesce(CASE WHEN until < first_hour || ':00:00.000Z' THEN until
                                                      ELSE first_hour || ':00:00.000Z' END, '')) AS tail_from,
         until AS tail_to
  FROM hours
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
),
counted AS (
  SELECT h.kind_id, h.count, h.first_ts
  FROM error_hours h, hours b
  WHERE h.hour >= b.first_hour AND (b.until IS NULL OR h.hour < b.end_hour) AND h.hour <> ''
  UNION ALL
  SELECT kind_id, 1, ts FROM events
  WHERE substr(ts, 1, 13) = strftime('%Y-%m-%dT%H', (SELECT head_from FROM edges))   -- each part-hour lies in one hour
    AND ts >= (SELECT head_from FROM edges) AND ts < (SELECT head_to FROM edges)
  UNION ALL
  SELECT kind_id, 1, ts FROM events
  WHERE substr(ts, 1, 13) = strftime('%Y-%m-%dT%H', (SELECT tail_from FROM edges))
    AND ts >= (SELECT tail_from FROM edges) AND ts < (SELECT tail_to FROM edges)
)
SELECT k.provider, k.code, k.category, k.retryable, sum(c.count) AS count, min(c.first_ts) AS first_seen, k.guidance
FROM counted c
JOIN error_kinds k ON k.id = c.kind_id
JOIN fresh f ON f.provider = k.provider AND f.code = k.code
GROUP BY k.provider, k.code, k.category, k.retryable, k.guidance
ORDER BY count DESC, first_seen, k.provider, k.code
LIMIT coalesce(:limit, -1);
