-- name: retryability
-- answers: How many errors could simply be retried? Always three rows: true, false, unknown.
-- parameters: since, until, provider, code, endpoint
-- columns: retryable text, count integer, share real, codes integer, top_code text
--
-- retryable is the classifier's verdict as text; unknown means it could not tell. share is the row's
-- part of all errors in the window (0..1, four places, 0 when there are none); codes counts distinct
-- provider codes; top_code is the most frequent one, written "code (provider)". The window is
-- since <= ts < until.
WITH filtered AS (
  SELECT provider, code,
         CASE retryable WHEN 1 THEN 'true' WHEN 0 THEN 'false' ELSE 'unknown' END AS verdict
  FROM errors
  WHERE (:since IS NULL OR ts >= :since)
    AND (:until IS NULL OR ts < :until)
    AND (:provider IS NULL OR provider = :provider)
    AND (:code IS NULL OR code = :code)
    AND (:endpoint IS NULL OR endpoint = :endpoint OR host || endpoint = :endpoint)
),
verdicts(verdict, position) AS (VALUES ('true', 1), ('false', 2), ('unknown', 3)),
per_code AS (
  SELECT verdict, provider, code, count(*) AS count,
         row_number() OVER (PARTITION BY verdict ORDER BY count(*) DESC, provider, code) AS place
  FROM filtered
  GROUP BY verdict, provider, code
)
SELECT v.verdict AS retryable,
       coalesce(sum(p.count), 0) AS count,
       coalesce(round(1.0 * sum(p.count) / nullif((SELECT count(*) FROM filtered), 0), 4), 0.0) AS share,
       count(p.code) AS codes,
       max(CASE WHEN p.place = 1 THEN p.code || ' (' || p.provider || ')' END) AS top_code
FROM verdicts v
LEFT JOIN per_code p ON p.verdict = v.verdict
GROUP BY v.verdict, v.position
ORDER BY v.position;
