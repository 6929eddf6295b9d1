-- name: request
-- answers: What happened to one request? Every stored error event of a request id, oldest first.
-- parameters: request_id
-- columns: ts time, provider text, code text, category text, retryable boolean, retry_basis text, status integer, method text, endpoint text, message text, param text, decline_code text, idempotency_key text, guidance text, source text
--
-- Run as `faultline report request ID`. endpoint is host and path as logged; source is file:line of the
-- log line. Without a request id (sqlite3 by hand, nothing bound) there are no rows.
--
-- events is keyed by hour, then request id, so the id is looked up in each hour that has errors
-- (error_hours lists them; the recursive step jumps from one to the next through its key) and in the
-- untimed hour '': a few milliseconds on any store size.
WITH RECURSIVE hours(hour) AS (
  SELECT min(hour) FROM error_hours WHERE hour <> ''
  UNION ALL
  SELECT (SELECT min(hour) FROM error_hours WHERE hour > hours.hour AND hour <> '')
  FROM hours WHERE hours.hour IS NOT NULL
),
found AS (
  SELECT * FROM events
  WHERE hour IN (SELECT hour FROM hours UNION ALL SELECT '')
    AND request_id = nullif(:request_id, '')   -- '' is stored for events without a request id
)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', (e.hour * 3600000 + e.ms) / 1000.0, 'unixepoch') AS ts,
       k.provider, k.code, k.category, k.retryable, k.retry_basis, e.status, e.method,
       coalesce(ep.host, '') || ep.path AS endpoint,
       m.text AS message, e.param, e.decline_code, e.idempotency_key, k.guidance,
       s.path || ':' || e.line AS source
FROM found e
JOIN error_kinds k ON k.id = e.kind_id
LEFT JOIN endpoints ep ON ep.id = e.endpoint_id
LEFT JOIN messages m ON m.id = e.message_id
JOIN sources s ON s.id = e.source_id
ORDER BY e.ms IS NULL, e.hour, e.ms, s.path, e.line;   -- oldest first, untimed last
