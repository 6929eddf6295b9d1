-- name: requests
-- answers: Which requests failed most often? One row per request id, most error events first.
-- parameters: since, until, provider, code, endpoint, limit
-- columns: request_id text, errors integer, codes text, providers text, first_seen time, last_seen time
--
-- Only events that carry a request id count. codes and providers list the distinct values, sorted and
-- joined with ', '. Filters select events, so with a code filter a request shows only its events of that
-- code. The window is since <= ts < until.
WITH filtered AS (
  SELECT ts, provider, code, request_id
  FROM errors
  WHERE request_id IS NOT NULL AND request_id <> ''
    AND (:since IS NULL OR ts >= :since)
    AND (:until IS NULL OR ts < :until)
    AND (:provider IS NULL OR provider = :provider)
    AND (:code IS NULL OR code = :code)
    AND (:endpoint IS NULL OR endpoint = :endpoint OR host || endpoint = :endpoint)
),
top AS (
  SELECT request_id, count(*) AS errors, min(ts) AS first_seen, max(ts) AS last_seen
  FROM filtered
  GROUP BY request_id
  ORDER BY errors DESC, last_seen DESC, request_id
  LIMIT coalesce(:limit, -1)
),
-- group_concat keeps the order of its input rows; the sorted DISTINCT subqueries fix that order.
codes AS (
  SELECT request_id, group_concat(code, ', ') AS codes
  FROM (SELECT DISTINCT request_id, code FROM filtered WHERE request_id IN (SELECT request_id FROM top)
        ORDER BY request_id, code)
  GROUP BY request_id
),
providers AS (
  SELECT request_id, group_concat(provider, ', ') AS providers
  FROM (SELECT DISTINCT request_id, provider FROM filtered WHERE request_id IN (SELECT request_id FROM top)
        ORDER BY request_id, provider)
  GROUP BY request_id
)
SELECT t.request_id, t.errors, c.codes, p.providers, t.first_seen, t.last_seen
FROM top t
JOIN codes c ON c.request_id = t.request_id
JOIN providers p ON p.request_id = t.request_id
ORDER BY t.errors DESC, t.last_seen DESC, t.request_id;
