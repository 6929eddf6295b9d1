-- name: unknown
-- answers: Which unknown errors are really the same? Errors no catalog knows, grouped by message fingerprint.
-- parameters: since, until, provider, limit
-- columns: provider text, status integer, fingerprint text, count integer, sample_message text, sample_request_id text
--
-- Unknown errors are those whose code is in no provider's catalog (a new code in a known envelope, or
-- HTTP_<status> for a body with no code, such as an HTML error page). The fingerprint is the message with
-- ids, numbers, amounts, quoted values and emails replaced by placeholders (<id>, <n>, <amount>, '<value>',
-- <email>…), so messages that differ only in those are counted together; sample_message and
-- sample_request_id come from the newest event of the group. The window is since <= ts < until.
WITH unknown AS (
  SELECT e.ts, k.provider, e.status, e.request_id, m.text AS message, coalesce(f.text, m.text, '') AS fingerprint
  FROM events e
  JOIN error_kinds k ON k.id = e.kind_id
  LEFT JOIN messages m ON m.id = e.message_id
  LEFT JOIN fingerprints f ON f.id = m.fingerprint_id
  WHERE k.known = 0
    AND (:since IS NULL OR e.ts >= :since)
    AND (:until IS NULL OR e.ts < :until)
    AND (:provider IS NULL OR k.provider = :provider)
)
SELECT provider, status, fingerprint, count(*) AS count,
       -- ts is fixed width (24 characters), so the largest "ts || value" is the newest event's value.
       substr(max(coalesce(ts, '0000-00-00T00:00:00.000Z') || coalesce(message, '')), 25) AS sample_message,
       substr(max(coalesce(ts, '0000-00-00T00:00:00.000Z') || request_id), 25) AS sample_request_id
FROM unknown
GROUP BY provider, status, fingerprint
ORDER BY count DESC, provider, status, fingerprint
LIMIT coalesce(:limit, -1);
