-- name: retries
-- answers: Would retries have helped? What happened to each operation that failed, per first error code.
-- parameters: since, until, provider, code, limit
-- columns: provider text, code text, retryable boolean, operations integer, recovered integer, failed integer, wasted integer, gave_up integer, median_attempts real
--
-- An operation is every attempt with the same idempotency key or, without one, the same request id (an
-- error with neither is an operation of one attempt). Its attempts are its error events plus the
-- successes ingest kept because they followed a failure of the same operation (success_attempts). Each
-- operation counts once, under the code of its first failed attempt, with one outcome:
--   recovered  its last attempt succeeded;
--   wasted     it was retried after a non-retryable error, and still ended in an error;
--   gave_up    it ended in a retryable error that was never retried;
--   failed     it ended in any other error (non-retryable, or retryability unknown).
-- retryable is the catalog's verdict on the code; median_attempts is over the code's operations.
-- The window (since <= ts < until) selects attempts. Run by hand: sqlite3 faultline.db < queries/retries.sql
WITH bounds AS (
  -- since and until as milliseconds since 1970, and the hours they fall in (from milliseconds since the
  -- Julian epoch, which are positive, so integer division rounds down; 58574100 hours lie before 1970).
  SELECT CAST(round((julianday(:since) - 2440587.5) * 86400000) AS INTEGER) AS since,
         CAST(round((julianday(:until) - 2440587.5) * 86400000) AS INTEGER) AS until,
         CAST(round(julianday(:since) * 86400000) AS INTEGER) / 3600000 - 58574100 AS since_hour,
         CAST(round(julianday(:until) * 86400000) AS INTEGER) / 3600000 - 58574100 AS until_hour
),
-- at is the attempt's time in milliseconds since 1970 (events: hour * 3600000 + ms; kept successes:
-- ts_ms), NULL without a time, so such attempts drop out of any window. A kept success's id is
-- (source_id << 40) | line.
attempts AS (
  SELECT coalesce(nullif(e.idempotency_key, ''), nullif(e.request_id, ''),
                  'event:' || ((e.source_id << 40) | e.line)) AS operation,
         e.hour * 3600000 + e.ms AS at, e.source_id, e.line, k.provider, k.code, k.retryable, 0 AS succeeded
  FROM events e JOIN error_kinds k ON k.id = e.kind_id
  WHERE (:since IS NULL OR e.hour * 3600000 + e.ms >= (SELECT since FROM bounds))
    AND (:until IS NULL OR e.hour * 3600000 + e.ms < (SELECT until FROM bounds))
    -- The same window as a range of events' key, so only its hours are read. The untimed hour '' is text,
    -- which sorts after every number: inside the range unless until is given (since drops it above).
    AND e.hour >= coalesce((SELECT since_hour FROM bounds), -1e18)
    AND e.hour <= coalesce((SELECT until_hour FROM bounds), '')
  UNION ALL
  SELECT coalesce(nullif(s.idempotency_key, ''), s.request_id), s.ts_ms, s.id >> 40, s.id & ((1 << 40) - 1),
         NULL, NULL, NULL, 1
  FROM success_attempts s
  WHERE (:since IS NULL OR s.ts_ms >= (SELECT since FROM bounds))
    AND (:until IS NULL OR s.ts_ms < (SELECT until FROM bounds))
),
ordered AS (
  SELECT *,
         row_number() OVER (PARTITION BY operation ORDER BY at IS NULL, at, source_id, line) AS position,
         count(*) OVER (PARTITION BY operation) AS attempts
  FROM attempts
),
operations AS (
  SELECT operation,
         max(attempts) AS attempts,
         min(CASE WHEN succeeded = 0 THEN position END) AS first_error,
         max(CASE WHEN position = attempts THEN succeeded END) AS ended_ok,
         max(CASE WHEN position = attempts THEN retryable END) AS last_retryable,
         max(CASE WHEN succeeded = 0 AND retryable = 0 AND position < attempts THEN 1 ELSE 0 END) AS retried_non_retryable
  FROM ordered
  GROUP BY operation
),
outcomes AS (
  SELECT o.attempts, first.provider, first.code, first.retryable,
         CASE WHEN o.ended_ok = 1 THEN 'recovered'
              WHEN o.retried_non_retryable = 1 THEN 'wasted'
              WHEN o.last_retryable = 1 THEN 'gave_up'
              ELSE 'failed' END AS outcome
  FROM operations o
  JOIN ordered first ON first.operation = o.operation AND first.position = o.first_error
  WHERE (:provider IS NULL OR first.provider = :provider)
    AND (:code IS NULL OR first.code = :code)
),
ranked AS (
  SELECT provider, code, attempts,
         row_number() OVER (PARTITION BY provider, code ORDER BY attempts) AS n,
         count(*) OVER (PARTITION BY provider, code) AS total
  FROM outcomes
),
medians AS (
  SELECT provider, code, avg(attempts) AS median_attempts
  FROM ranked
  WHERE n IN ((total + 1) / 2, (total + 2) / 2)
  GROUP BY provider, code
)
SELECT o.provider, o.code, max(o.retryable) AS retryable, count(*) AS operations,
       sum(o.outcome = 'recovered') AS recovered, sum(o.outcome = 'failed') AS failed,
       sum(o.outcome = 'wasted') AS wasted, sum(o.outcome = 'gave_up') AS gave_up,
       m.median_attempts
FROM outcomes o
JOIN medians m ON m.provider = o.provider AND m.code = o.code
GROUP BY o.provider, o.code
ORDER BY operations DESC, o.provider, o.code
LIMIT coalesce(:limit, -1);
