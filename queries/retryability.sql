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
-- Like top-errors, whole hours come from error_hours and only the window's part-hours from events.
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
  SELECT h.kind_id, h.endpoint_id, h.count
  FROM error_hours h, bounds b
  WHERE (:since IS NULL OR h.hour >= b.first_hour)
    AND (:until IS NULL OR h.hour < b.end_hour)
    AND ((:since IS NULL AND :until IS NULL) OR h.hour <> '')
  UNION ALL
  SELECT kind_id, coalesce(endpoint_id, 0), 1 FROM events
  WHERE substr(ts, 1, 13) = strftime('%Y-%m-%dT%H', (SELECT head_from FROM edges))   -- each part-hour lies in one hour
    AND ts >= (SELECT head_from FROM edges) AND ts < (SELECT head_to FROM edges)
  UNION ALL
  SELECT kind_id, coalesce(endpoint_id, 0), 1 FROM events
  WHERE substr(ts, 1, 13) = strftime('%Y-%m-%dT%H', (SELECT tail_from FROM edges))
    AND ts >= (SELECT tail_from FROM edges) AND ts < (SELECT tail_to FROM edges)
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
