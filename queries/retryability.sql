-- name: retryability
-- answers: How many errors could simply be retried? Always three rows: true, false, unknown.
-- parameters: since, until, provider, code, endpoint
-- columns: retryable text, count integer, share real, codes integer, top_code text
--
-- retryable is the classifier's verdict as text; unknown means it could not tell. share is the row's
-- part of all errors in the window (0..1, four places, 0 when there are none); codes counts distinct
-- provider codes; top_code is the most frequent one, written "code (provider)". The window is
-- since <= ts < until. `faultline report retries` shows what retrying actually did.
--
-- Like top-errors, whole hours come from error_hours and only the window's part-hours from events (by
-- hour, the first column of events' key, and milliseconds into it).
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
  SELECT h.kind_id, h.endpoint_id, h.count
  FROM error_hours h, bounds b
  WHERE (:since IS NULL OR h.hour >= b.first_hour)
    AND (:until IS NULL OR h.hour < b.end_hour)
    AND ((:since IS NULL AND :until IS NULL) OR h.hour <> '')
  UNION ALL
  SELECT e.kind_id, coalesce(e.endpoint_id, 0), 1
  FROM parts p
  JOIN events e ON e.hour = p.hour AND e.ms >= p.from_ms AND e.ms < p.to_ms
),
per_kind AS (
  SELECT kind_id, sum(count) AS count
  FROM counted
  WHERE :endpoint IS NULL
     OR endpoint_id IN (SELECT id FROM endpoints WHERE path = :endpoint OR host || path = :endpoint)
  GROUP BY kind_id
),
filtered AS (
  SELECT k.provider, k.code, p.count,
         CASE k.retryable WHEN 1 THEN 'true' WHEN 0 THEN 'false' ELSE 'unknown' END AS verdict
  FROM per_kind p
  JOIN error_kinds k ON k.id = p.kind_id
  WHERE (:provider IS NULL OR k.provider = :provider)
    AND (:code IS NULL OR k.code = :code)
),
verdicts(verdict, position) AS (VALUES ('true', 1), ('false', 2), ('unknown', 3)),
per_code AS (
  SELECT verdict, provider, code, sum(count) AS count,
         row_number() OVER (PARTITION BY verdict ORDER BY sum(count) DESC, provider, code) AS place
  FROM filtered
  GROUP BY verdict, provider, code
)
SELECT v.verdict AS retryable,
       coalesce(sum(p.count), 0) AS count,
       coalesce(round(1.0 * sum(p.count) / nullif((SELECT sum(count) FROM filtered), 0), 4), 0.0) AS share,
       count(p.code) AS codes,
       max(CASE WHEN p.place = 1 THEN p.code || ' (' || p.provider || ')' END) AS top_code
FROM verdicts v
LEFT JOIN per_code p ON p.verdict = v.verdict
GROUP BY v.verdict, v.position
ORDER BY v.position;
