-- name: request
-- answers: What happened to one request? Every stored error event of a request id, oldest first.
-- parameters: request_id
-- columns: ts time, provider text, code text, category text, retryable boolean, retry_basis text, status integer, method text, endpoint text, message text, param text, decline_code text, idempotency_key text, guidance text, source text
--
-- Run as `faultline report request ID`. endpoint is host and path as logged; source is file:line of the
-- log line. Without a request id (sqlite3 by hand, nothing bound) there are no rows.
--
-- events is indexed by hour, then request id (events_hour_request_id), so the id is looked up in each hour
-- that has errors (error_hours lists them; the recursive step jumps from one to the next) and among the
-- events without a time: a few milliseconds on any store size.
WITH RECURSIVE hours(hour) AS (
  SELECT min(hour) FROM error_hours WHERE hour <> ''
  UNION ALL
  SELECT (SELECT min(hour) FROM error_hours WHERE hour > hours.hour) FROM hours WHERE hours.hour IS NOT NULL
),
found AS (
  SELECT * FROM errors WHERE substr(ts, 1, 13) IN (SELECT hour FROM hours) AND request_id = :request_id
  UNION ALL
  SELECT * FROM errors WHERE substr(ts, 1, 13) IS NULL AND request_id = :request_id
)
SELECT ts, provider, code, category, retryable, retry_basis, status, method,
       coalesce(host, '') || endpoint AS endpoint,
       message, param, decline_code, idempotency_key, guidance,
       source_file || ':' || line AS source
FROM found
ORDER BY ts IS NULL, ts, source_file, line;
