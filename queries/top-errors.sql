-- name: top-errors
-- answers: Which errors hurt us most? One row per error code, most frequent first.
-- parameters: since, until, provider, code, endpoint, limit
-- columns: rank integer, provider text, code text, category text, retryable boolean, count integer, share real, first_seen time, last_seen time, sample_request_id text, guidance text
--
-- One row per error kind as stored (provider, code, category, retryability, guidance): a code that was
-- classified two ways shows up twice. share is the row's part of all errors in the window (0..1, four
-- places); sample_request_id is the newest event's request id, ready for `faultline report request ID`.
-- The window is since <= ts < until; events without a time count only when neither is given.
-- `faultline report top-messages` splits each code by message instead.
--
-- Fast on any store size: whole hours of the window are read from error_hours (counts per hour, kind and
-- endpoint, kept by ingest), and only the part-hours at its edges from events.
-- Run by hand: sqlite3 faultline.db < queries/top-errors.sql
WITH bounds AS (
  SELECT CASE WHEN :since IS NULL THEN NULL
              WHEN substr(:since, 14) = ':00:00.000Z' THEN substr(:since, 1, 13)
              ELSE strftime('%Y-%m-%dT%H', :since, '+1 hour') END AS first_hour,   -- first whole hour
         substr(:until, 1, 13) AS end_hour                                          -- whole hours end here
),
edges AS (
  -- [head_from, head_to) before the first whole hour, [tail_from, tail_to) after the last one.
  SELECT :since AS head_from,
         CASE WHEN :until < first_hour || ':00:00.000Z' THEN :until ELSE first_hour || ':00:00.000Z' END AS head_to,
         max(end_hour || ':00:00.000Z', coalesce(CASE WHEN :until < first_hour || ':00:00.000Z' THEN :until
                                                      ELSE first_hour || ':00:00.000Z' END, '')) AS tail_from,
         :until AS tail_to
  FROM bounds
),
counted AS (
  SELECT h.kind_id, h.endpoint_id, h.count, h.first_ts, h.last_ts, h.last_request
  FROM error_hours h, bounds b
  WHERE (:since IS NULL OR h.hour >= b.first_hour)
    AND (:until IS NULL OR h.hour < b.end_hour)
    AND ((:since IS NULL AND :until IS NULL) OR h.hour <> '')
  UNION ALL
  SELECT kind_id, coalesce(endpoint_id, 0), 1, ts, ts, ts || request_id
  FROM events
  WHERE substr(ts, 1, 13) = strftime('%Y-%m-%dT%H', (SELECT head_from FROM edges))   -- each part-hour lies in one hour
    AND ts >= (SELECT head_from FROM edges) AND ts < (SELECT head_to FROM edges)
  UNION ALL
  SELECT kind_id, coalesce(endpoint_id, 0), 1, ts, ts, ts || request_id
  FROM events
  WHERE substr(ts, 1, 13) = strftime('%Y-%m-%dT%H', (SELECT tail_from FROM edges))
    AND ts >= (SELECT tail_from FROM edges) AND ts < (SELECT tail_to FROM edges)
),
-- Summed per kind id first (integers), so the long text columns are grouped over a few hundred rows only.
per_kind AS (
  SELECT kind_id, sum(count) AS count, min(first_ts) AS first_seen, max(last_ts) AS last_seen,
         max(last_request) AS last_request
  FROM counted
  WHERE :endpoint IS NULL
     OR endpoint_id IN (SELECT id FROM endpoints WHERE path = :endpoint OR host || path = :endpoint)
  GROUP BY kind_id
),
kinds AS (
  SELECT k.provider, k.code, k.category, k.retryable, k.guidance,
         sum(p.count) AS count,
         min(p.first_seen) AS first_seen,
         max(p.last_seen) AS last_seen,
         -- "ts || request_id" with ts fixed width (24 characters): the largest belongs to the newest event
         -- with a request id.
         substr(max(p.last_request), 25) AS sample_request_id
  FROM per_kind p
  JOIN error_kinds k ON k.id = p.kind_id
  WHERE (:provider IS NULL OR k.provider = :provider)
    AND (:code IS NULL OR k.code = :code)
  GROUP BY k.provider, k.code, k.category, k.retryable, k.guidance
)
SELECT row_number() OVER (ORDER BY count DESC, provider, code, category, retryable, guidance) AS rank,
       provider, code, category, retryable, count,
       round(1.0 * count / sum(count) OVER (), 4) AS share,
       first_seen, last_seen, sample_request_id, guidance
FROM kinds
ORDER BY rank
LIMIT coalesce(:limit, -1);
