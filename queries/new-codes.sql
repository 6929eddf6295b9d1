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
-- from events (by hour, the first column of events' key, and milliseconds into it). Times are compared
-- as integers: milliseconds since the Julian epoch, which are positive, so integer division by 3600000
-- rounds down to the hour; minus 58574100 (the hours from that epoch to 1970) that is the hour as events
-- and error_hours number it, and (hour + 58574100) * 3600000 + ms is a stored time in the same unit.
WITH bounds AS (
  SELECT since, until,
         (since + 3599999) / 3600000 - 58574100 AS first_hour,   -- the first whole hour (since, rounded up)
         until / 3600000 - 58574100 AS end_hour                  -- whole hours end here (until, rounded down)
  FROM (SELECT coalesce(CAST(round(julianday(:since) * 86400000) AS INTEGER),
                        -- a day before the newest event, found in the last timed hour error_hours has
                        -- (the untimed hour '' is text, which sorts after every number)
                        (SELECT max((hour + 58574100) * 3600000 + last_ms) FROM error_hours
                         WHERE hour = (SELECT max(hour) FROM error_hours WHERE hour <> '')) - 86400000) AS since,
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
  FROM bounds WHERE until % 3600000 > 0 AND end_hour >= first_hour
),
-- error_hours keeps each hour's earliest event time, so the first time ever needs no pass over events.
-- (first_ms is NULL in the untimed hour.)
firsts AS (
  SELECT k.provider, k.code, min(f.first_ever) AS first_ever
  FROM (SELECT kind_id, min((hour + 58574100) * 3600000 + first_ms) AS first_ever
        FROM error_hours GROUP BY kind_id) f
  JOIN error_kinds k ON k.id = f.kind_id
  WHERE f.first_ever IS NOT NULL
  GROUP BY k.provider, k.code
),
fresh AS (
  SELECT provider, code
  FROM firsts
  WHERE first_ever >= (SELECT since FROM bounds)
    AND (:until IS NULL OR first_ever < (SELECT until FROM bounds))
    AND (:provider IS NULL OR provider = :provider)
    AND (:code IS NULL OR code = :code)
),
counted AS (
  SELECT h.kind_id, h.count, (h.hour + 58574100) * 3600000 + h.first_ms AS first_at
  FROM error_hours h, bounds b
  WHERE h.hour >= b.first_hour AND (:until IS NULL OR h.hour < b.end_hour) AND h.hour <> ''
  UNION ALL
  SELECT e.kind_id, 1, (e.hour + 58574100) * 3600000 + e.ms
  FROM parts p
  JOIN events e ON e.hour = p.hour AND e.ms >= p.from_ms AND e.ms < p.to_ms
),
per_kind AS (
  SELECT kind_id, sum(count) AS count, min(first_at) AS first_at
  FROM counted
  GROUP BY kind_id
),
found AS (
  SELECT k.provider, k.code, k.category, k.retryable, sum(p.count) AS count, min(p.first_at) AS first_at,
         k.guidance
  FROM per_kind p
  JOIN error_kinds k ON k.id = p.kind_id
  JOIN fresh f ON f.provider = k.provider AND f.code = k.code
  GROUP BY k.provider, k.code, k.category, k.retryable, k.guidance
)
SELECT provider, code, category, retryable, count,
       -- back to text: 210866760000000 milliseconds from the Julian epoch to 1970
       strftime('%Y-%m-%dT%H:%M:%fZ', (first_at - 210866760000000) / 1000.0, 'unixepoch') AS first_seen,
       guidance
FROM found
ORDER BY count DESC, first_at, provider, code
LIMIT coalesce(:limit, -1);
