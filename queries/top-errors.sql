-- name: top-errors
-- answers: Which errors hurt us most? One row per error code, most frequent first.
-- parameters: since, until, provider, code, endpoint, limit
-- columns: rank integer, provider text, code text, category text, retryable boolean, count integer, share real, requests integer, first_seen time, last_seen time, sample_request_id text, guidance text
--
-- One row per error kind as stored (provider, code, category, retryability, guidance): a code that was
-- classified two ways shows up twice. share is the row's part of all errors in the window (0..1, four
-- places); requests counts distinct request ids; sample_request_id is the latest event's request id, ready
-- for `faultline report request ID`. The window is since <= ts < until; events without a time count only
-- when neither is given. Run by hand: sqlite3 faultline.db < queries/top-errors.sql
WITH filtered AS (
  SELECT ts, provider, code, category, retryable, guidance, request_id
  FROM errors
  WHERE (:since IS NULL OR ts >= :since)
    AND (:until IS NULL OR ts < :until)
    AND (:provider IS NULL OR provider = :provider)
    AND (:code IS NULL OR code = :code)
    AND (:endpoint IS NULL OR endpoint = :endpoint OR host || endpoint = :endpoint)
),
kinds AS (
  SELECT provider, code, category, retryable, guidance,
         count(*) AS count,
         count(DISTINCT request_id) AS requests,
         min(ts) AS first_seen,
         max(ts) AS last_seen,
         -- The newest event's request id in one pass: ts is fixed width (24 characters), so the largest
         -- "ts || request_id" belongs to the newest event that has a request id; undated events sort
         -- first. Events without a request id drop out, as text || NULL is NULL.
         substr(max(coalesce(ts, '0000-00-00T00:00:00.000Z') || request_id), 25) AS sample_request_id
  FROM filtered
  GROUP BY provider, code, category, retryable, guidance
)
SELECT row_number() OVER (ORDER BY count DESC, provider, code, category, retryable, guidance) AS rank,
       provider, code, category, retryable, count,
       round(1.0 * count / sum(count) OVER (), 4) AS share,
       requests, first_seen, last_seen, sample_request_id, guidance
FROM kinds
ORDER BY rank
LIMIT coalesce(:limit, -1);
