-- name: request
-- answers: What happened to one request? Every stored error event of a request id, oldest first.
-- parameters: request_id
-- columns: ts time, provider text, code text, category text, retryable boolean, retry_basis text, status integer, method text, endpoint text, message text, param text, decline_code text, idempotency_key text, guidance text, source text
--
-- Run as `faultline report request ID`. endpoint is host and path as logged; source is file:line of the
-- log line. Without a request id (sqlite3 by hand, nothing bound) there are no rows.
SELECT ts, provider, code, category, retryable, retry_basis, status, method,
       coalesce(host, '') || endpoint AS endpoint,
       message, param, decline_code, idempotency_key, guidance,
       source_file || ':' || line AS source
FROM errors
WHERE request_id = :request_id
ORDER BY ts IS NULL, ts, source_file, line;
