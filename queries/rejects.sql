-- name: rejects
-- answers: Which log lines could not be read, and why? One row per rejected line, by file and line.
-- parameters: limit
-- columns: file text, line integer, byte_offset integer, reason text, excerpt text
--
-- Rejected lines were never parsed, so they have no time, provider or code to filter on. byte_offset is
-- the line's offset in the decompressed file; excerpt is the start of the line as stored (truncated and
-- redacted at ingest).
SELECT s.path AS file, r.line, r.byte_offset, r.reason, r.excerpt
FROM rejects r
JOIN sources s ON s.id = r.source_id
ORDER BY s.path, r.source_id, r.line
LIMIT coalesce(:limit, -1);
