#!/usr/bin/env python3
"""Writes a realistic JSON-lines dump of payment-API request logs for benchmarking faultline.

    Benchmarks/generate.py --lines 1M [--seed 7] [--error-share 0.25] [--output FILE]   (default: stdout)
    Benchmarks/generate.py --lines 10M --error-share 1.0 | faultline ingest --db big.db -

Deterministic: the same seed and line count give byte-identical output. Python 3 standard library only.

What the dump holds:
- Eight days of traffic ending at 2026-11-23T00:00:00Z, busier by day than by night, in time order except
  for retries and a little jitter. Every line has a fresh request id (`req_` + 14 base36 characters).
- Five providers (Flint, StableGenius, FlowPayment Cashier, Flexiti, Synaptopay), each mostly in its own log
  layout (flat, ECS-like, request/response objects with epoch milliseconds), plus two layouts every provider
  sometimes comes in (`time` with a UTC offset, `http_status`, `requestId`, `body`; and epoch seconds with
  `response.status_code` and the request id in the response headers).
- Errors (`--error-share`, default 0.25) drawn from Benchmarks/error-bodies.json: the samples' errors often,
  every catalog entry's sample body now and then, three codes no catalog knows only on the last day. About
  3 % of error bodies are JSON held in a string, 1 % are HTML pages from a load balancer, about 4 % carry a
  message in another language (some as \\u escapes). Synaptopay's `payment_error` comes inside HTTP 200s.
- Retries: a retryable error with an idempotency key is usually retried (1-3 failed attempts a few seconds
  apart, then a success with the same key); a declined payment is sometimes retried anyway; some retryable
  errors are never retried; now and then a line is logged twice (same request id).
Average line length is about 550 bytes.
"""
import argparse, json, math, os, random, sys

END_MS = 1795392000000  # 2026-11-23T00:00:00Z
DAYS = 8
MINUTES = DAYS * 24 * 60

# provider: share of lines, own layout, base URL, endpoints (method, path, weight, takes an idempotency key)
PROVIDERS = {
    "flint": (0.30, "flat", "https://api.flint.dev", [
        ("POST", "/v1/payment_intents", 4, True), ("POST", "/v1/payment_intents/pi_3@@2@@/confirm", 3, True),
        ("GET", "/v1/payment_intents/pi_3@@2@@?expand=customer", 3, False), ("POST", "/v1/refunds", 1, True)]),
    "stablegenius": (0.18, "ecs", "https://api.stablegenius.co", [
        ("POST", "/v1/intents", 4, True), ("POST", "/v1/intents/int_3@@2@@/cancel", 2, True),
        ("GET", "/v1/intents/int_3@@2@@", 3, False)]),
    "cashier": (0.20, "nested", "https://cashier.flowpayment.net", [
        ("POST", "/api/v1/checkout", 4, True), ("GET", "/api/v1/checkout/cs_3@@2@@", 3, False),
        ("POST", "/api/v1/payouts", 1, True)]),
    "flexiti": (0.12, "flat", "https://api.flexiti.com", [
        ("POST", "/flexiti/pos-api/v2.5/client-id/flexitidemo/apply", 3, False),
        ("POST", "/flexiti/pos-api/v2.5/client-id/flexitidemo/purchase/@@3@@", 4, True),
        ("POST", "/flexiti/pos-api/v2.5/oauth/token", 1, False)]),
    "synaptopay": (0.20, "nested", "https://api.synaptopay.com", [
        ("POST", "/v1/accounts/acct_1Nv0Qx8a/payment-intents", 4, True),
        ("GET", "/v1/accounts/acct_1Nv0Qx8a/payment-intents/pi_3@@2@@", 3, False),
        ("POST", "/v1/accounts/acct_1Nv0Qx8a/refunds", 1, True)]),
}
# Success bodies; @@2@@ is a random id (after a digit, so that endpoint templates see an id), "@@N3@@" a number.
SUCCESS_BODIES = {
    "flint": {"id": "pi_3@@2@@", "object": "payment_intent", "amount": "@@N3@@", "currency": "usd", "status": "succeeded",
              "customer": "cus_3@@2@@", "livemode": True},
    "stablegenius": {"id": "int_3@@2@@", "status": "awaiting_payment", "amount": "@@N3@@", "currency": "usd",
                     "expires_in": 900},
    "cashier": {"id": "cs_3@@2@@", "status": "open", "url": "https://cashier.flowpayment.net/pay/cs_3@@2@@",
                "code": "SUMMER20", "amount": "@@N3@@", "currency": "BRL"},
    "flexiti": {"application_id": "@@N3@@", "status": "approved", "error": None, "credit_limit": 5000},
    "synaptopay": {"id": "pi_3@@2@@", "object": "payment_intent", "status": "succeeded", "amount": "@@N3@@",
                   "payment_error": None},
}
# Layout shares for every provider: its own layout, and the two that any provider's logs sometimes come in.
LAYOUT_SHARES = (("own", 0.75), ("alt", 0.15), ("epoch", 0.10))
USER_AGENTS = ["shop-backend/4.12.0 (python-requests/2.31.0)", "checkout-svc/2.3.1 okhttp/4.12.0",
               "pos-terminal/1.9 (Linux; aarch64)", "billing-worker/7.0.2 Go-http-client/1.1"]
HTML_PAGES = [
    (502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
          "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"),
    (503, "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service "
          "Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n"),
    (504, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>504 Gateway Time-out</title></head><body><h1>Gateway "
          "Time-out</h1><p>The upstream server did not respond in time. Ray ID: 8e2f4c1d9a7b3f21</p></body></html>"),
]
LOCALIZED = ["La carte a été refusée par la banque émettrice.", "Die Zahlung wurde abgelehnt: Limit überschritten.",
             "O cartão foi recusado pelo banco emissor.", "カードは発行銀行によって拒否されました。",
             "Платёж отклонён банком-эмитентом.", "付款失败，请稍后重试 🙏", "Ödeme reddedildi — lütfen başka bir kart deneyin."]
B36 = bytes((b"0123456789abcdefghijklmnopqrstuvwxyz" * 8)[:256])  # byte -> base36 digit (slightly uneven: fine)
B62 = bytes((b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" * 5)[:256])


def parse_count(text):
    text = text.strip().upper()
    scale = {"K": 1_000, "M": 1_000_000, "G": 1_000_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


# ---- line templates: a line is built once as JSON with @@n@@ markers, then turned into a %-format template
# with named slots: t time, r request id, i random id, n number, d duration, x trace id, k idempotency key,
# a client address. Formatting a line is then one `template % slots`.
SLOTS = "trindxka"


def to_template(line, ascii_only):
    text = json.dumps(line, ensure_ascii=ascii_only, separators=(",", ":")).replace("%", "%%")
    for n, name in enumerate(SLOTS):
        text = text.replace('"@@N%d@@"' % n, "%%(%s)s" % name).replace("@@%d@@" % n, "%%(%s)s" % name)
    return text


def layout_line(layout, provider, method, url, path, status, body, idem):
    """The log line of one request as a dict, in one of five layouts."""
    level = "error" if status >= 500 else "warn" if status >= 400 else "info"
    ua = USER_AGENTS[(len(path) + status) % len(USER_AGENTS)]
    if layout == "flat":  # flint.jsonl, flexiti.jsonl
        line = {"timestamp": "@@0@@", "level": level, "provider": provider, "env": "production", "method": method,
                "path": url if provider == "flint" else path, "status": status, "request_id": "req_@@1@@",
                "duration_ms": "@@N4@@"}
        if idem:
            line["idempotency_key"] = "idem_@@6@@"
        line.update({"client_ip": "@@7@@", "user_agent": ua, "trace_id": "@@5@@"})
        if body is not None:
            line["response_body"] = body
        return line
    if layout == "ecs":  # stablegenius.jsonl
        headers = {"X-Request-Id": "req_@@1@@", "User-Agent": ua}
        if idem:
            headers["Idempotency-Key"] = "idem_@@6@@"
        return {"@timestamp": "@@0@@", "service": provider, "log": {"level": level}, "event": {"duration": "@@N4@@"},
                "http": {"method": method, "url": url, "status_code": status, "response": {} if body is None else {"body": body}},
                "headers": headers, "client": {"ip": "@@7@@"}, "trace": {"id": "@@5@@"}}
    if layout == "nested":  # cashier.jsonl, synaptopay.jsonl
        headers = {"x-request-id": "req_@@1@@"}
        if idem:
            headers["idempotency-key"] = "idem_@@6@@"
        headers.update({"user-agent": ua, "x-forwarded-for": "@@7@@"})
        response = {"status": status, "headers": {"content-type": "application/problem+json" if provider == "cashier" and status >= 400 else "application/json"}}
        if body is not None:
            response["body"] = body
        return {"ts": "@@N0@@", "service": provider, "request": {"method": method, "path": path, "headers": headers},
                "response": response, "latency_ms": "@@N4@@", "trace_id": "@@5@@"}
    if layout == "alt":  # `time` with an offset, `http_status`, `requestId`, `body`, full URL
        line = {"time": "@@0@@", "service": provider, "env": "prod", "method": method, "url": url, "http_status": status,
                "requestId": "req_@@1@@"}
        if idem:
            line["idempotency_key"] = "idem_@@6@@"
        line.update({"duration": "@@N4@@", "remote_addr": "@@7@@", "user_agent": ua, "trace_id": "@@5@@"})
        if body is not None:
            line["body"] = body
        return line
    # "epoch": epoch seconds with fractions, `response.status_code`, request id in the response headers
    request = {"method": method, "url": path}
    if idem:
        request["headers"] = {"idempotency-key": "idem_@@6@@"}
    response = {"status_code": status, "headers": {"x-request-id": "req_@@1@@", "content-length": 400 + status}}
    if body is not None:
        response["body"] = body
    return {"date": "@@N0@@", "provider": provider, "request": request, "response": response, "elapsed_ms": "@@N4@@",
            "client_ip": "@@7@@", "trace_id": "@@5@@"}


TIME_KIND = {"flat": 0, "ecs": 1, "nested": 2, "alt": 3, "epoch": 4}


class Kind:
    """One kind of line: a template and what the generator needs to know about it."""
    __slots__ = ("template", "time_kind", "error", "retryable", "idem", "success")

    def __init__(self, template, time_kind, error, retryable, idem):
        self.template, self.time_kind, self.error, self.retryable, self.idem = template, time_kind, error, retryable, idem
        self.success = None  # for a request that can be retried: the kind of its successful retry


def localize(body, text):
    """The body with its human-readable message in another language, or None when the message is part of the
    code (Cashier infers codes from title and detail; gRPC messages tell two ABORTED kinds apart)."""
    body = json.loads(json.dumps(body))
    if isinstance(body.get("error"), dict) and "message" in body["error"]:
        body["error"]["message"] = text
    elif isinstance(body.get("payment_error"), dict):
        body["payment_error"]["message"] = text
    elif "error_description" in body:
        body["error_description"] = text
    elif "detail" in body and "code" in body:
        body["detail"] = text
    elif "message" in body and "error" in body and "code" not in body:
        body["message"] = text
    else:
        return None
    return body


def build_kinds(bodies_path):
    """Every kind of line with its weight: (kinds, success weights, error weights before the last day, on it)."""
    with open(bodies_path, encoding="utf-8") as f:
        bodies = json.load(f)
    by_provider = {p: [b for b in bodies if b["provider"] == p] for p in PROVIDERS}
    kinds, w_ok, w_err, w_err_late = [], [], [], []

    def add(kind, ok, err, late):
        kinds.append(kind)
        w_ok.append(ok)
        w_err.append(err)
        w_err_late.append(late)
        return kind

    for provider, (share, own, base, endpoints) in PROVIDERS.items():
        total_ep = sum(e[2] for e in endpoints)
        for layout_name, layout_share in LAYOUT_SHARES:
            layout = own if layout_name == "own" else layout_name
            for method, path, ep_weight, takes_idem in endpoints:
                for idem in ([True, False] if takes_idem else [False]):
                    w = share * layout_share * ep_weight / total_ep * ((0.6 if idem else 0.4) if takes_idem else 1.0)
                    url = base + path
                    # successes
                    statuses = [(200, 0.8), (201, 0.15), (204 if provider == "flint" else 302 if provider == "cashier" else 200, 0.05)]
                    success_kind = None
                    for status, s_share in statuses:
                        body = None if status == 204 else SUCCESS_BODIES[provider]
                        k = add(Kind(to_template(layout_line(layout, provider, method, url, path, status, body, idem), False),
                                     TIME_KIND[layout], False, False, idem), w * s_share, 0, 0)
                        success_kind = success_kind or k
                    # errors: every body of the provider, as an object, as JSON in a string (3 %), localised (4 % when it has a message)
                    total_bw = sum(b["weight"] for b in by_provider[provider])
                    for b in by_provider[provider]:
                        bw = w * b["weight"] / total_bw * 0.99
                        variants = [(b["body"], 0.97, False), (json.dumps(b["body"]), 0.03, False)]
                        text = LOCALIZED[len(kinds) % len(LOCALIZED)]
                        local = localize(b["body"], text)
                        if local is not None:
                            variants[0] = (b["body"], 0.93, False)
                            variants.append((local, 0.04, len(kinds) % 3 == 0))
                        for body, v_share, ascii_only in variants:
                            k = add(Kind(to_template(layout_line(layout, provider, method, url, path, b["status"], body, idem), ascii_only),
                                         TIME_KIND[layout], True, b["retryable"], idem),
                                    0, 0 if b["late"] else bw * v_share, bw * v_share)
                            k.success = success_kind
                    # HTML error pages from a load balancer in front of the provider (1 % of errors)
                    for status, page in HTML_PAGES:
                        k = add(Kind(to_template(layout_line(layout, provider, method, url, path, status, page, idem), False),
                                     TIME_KIND[layout], True, True, idem), 0, w * 0.01 / 3, w * 0.01 / 3)
                        k.success = success_kind
    return kinds, w_ok, w_err, w_err_late


def cumulative(weights):
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def civil_prefix(s):
    """`YYYY-MM-DDTHH:MM:` of an epoch second (Howard Hinnant's days-to-civil algorithm)."""
    days, rem = divmod(s, 86400)
    era, doe = divmod(days + 719468, 146097)
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return "%04d-%02d-%02dT%02d:%02d:" % (yoe + era * 400 + (m <= 2), m, d, rem // 3600, rem % 3600 // 60)


def minute_formats(minute):
    """Time formats (seconds, milliseconds) of one minute for the five layouts, and the epoch second it starts at."""
    s = (END_MS - (MINUTES - minute) * 60000) // 1000
    iso = civil_prefix(s)
    return [iso + "%02d.%03dZ", iso + "%02d.%03d000Z", "%d%03d", civil_prefix(s + 3600) + "%02d.%03d+01:00", "%d.%03d"], s


def diurnal_minutes(lines):
    """How many lines each minute gets: busiest around 15:00 UTC, quietest around 03:00 (3:1)."""
    weights = [2.0 + math.cos(((m % 1440) / 60.0 - 15.0) / 24.0 * 2 * math.pi) for m in range(MINUTES)]
    total = sum(weights)
    counts, acc, done = [], 0.0, 0
    for w in weights:
        acc += w
        upto = int(lines * acc / total + 0.5)
        counts.append(upto - done)
        done = upto
    return counts


def generate(lines, seed, error_share, out):
    rng = random.Random(seed)
    here = os.path.dirname(os.path.abspath(__file__))
    kinds, w_ok, w_err, w_err_late = build_kinds(os.path.join(here, "error-bodies.json"))
    cw_ok, cw_err, cw_late = cumulative(w_ok), cumulative(w_err), cumulative(w_err_late)
    durations = [str(int(20 + rng.lognormvariate(4.5, 0.9))) for _ in range(4096)]
    numbers = [str(rng.randrange(1000, 99999)) for _ in range(4096)]
    ips = ["%d.%d.%d.%d" % (rng.choice((10, 172, 185, 34)), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
           for _ in range(4096)]
    per_minute = diurnal_minutes(lines)
    late_from = MINUTES - 24 * 60
    random_ = rng.random
    BLOCK = 8192
    oks, errs = [], []  # kinds are drawn in blocks, one call into random per block; popped from the end
    ids36 = ids62 = hexes = ""
    p36 = p62 = phex = 1 << 30
    slots = {}
    written = errors = 0
    was_late = False
    chunk = []
    append = chunk.append
    carry = 0  # lines a minute's retries took beyond its share, taken from the next minute's
    for minute in range(MINUTES):
        n = per_minute[minute] - carry
        if n <= 0 or written >= lines:
            carry = -n if n < 0 else 0
            continue
        fmts, minute_s = minute_formats(minute)
        adds = (0, 0, minute_s * 1000, 0, minute_s * 1000)  # epoch layouts count from 1970, the others from the minute
        late = minute >= late_from
        if late and not was_late:
            errs = []  # from here on, draw errors with the last day's codes
        was_late = late
        step = 60000 / n
        # keep the error share on target: a little above it when behind, a little below when ahead
        p_error = error_share + (error_share * written - errors) * 0.01
        i = 0
        while i < n:
            if p36 > BLOCK * 14 - 100 or phex > BLOCK * 32 - 200:  # room for a line and its retries
                ids36, p36 = rng.randbytes(BLOCK * 14).translate(B36).decode(), 0
                ids62, p62 = rng.randbytes(BLOCK * 14).translate(B62).decode(), 0
                hexes, phex = rng.randbytes(BLOCK * 16).hex(), 0
            trace = hexes[phex:phex + 32]
            phex += 32
            r12 = (written * 2654435761 & 0xFFFFFFFF) >> 20  # picks a number, a duration, an address, the jitter
            off = int((i + r12 * 0.000244) * step)
            rid = ids36[p36:p36 + 14]
            p36 += 14
            slots["r"] = slots["k"] = rid
            slots["x"] = trace
            slots["i"] = ids62[p62:p62 + 14]
            p62 += 14
            slots["n"] = numbers[r12]
            slots["d"] = durations[r12 ^ 1365]
            slots["a"] = ips[r12 ^ 2730]
            if random_() < p_error:
                if not errs:
                    errs = rng.choices(kinds, cum_weights=cw_late if late else cw_err, k=BLOCK)
                kind = errs.pop()
            else:
                if not oks:
                    oks = rng.choices(kinds, cum_weights=cw_ok, k=BLOCK)
                kind = oks.pop()
            tk = kind.time_kind
            slots["t"] = fmts[tk] % divmod(off + adds[tk], 1000)
            line = kind.template % slots
            append(line)
            written += 1
            i += 1
            if kind.error:
                errors += 1
                if written >= lines:
                    break
                # what happens next to a failed request: retries, or the same line logged twice
                retries = []
                r = random_()
                if kind.idem:
                    if kind.retryable and r < 0.6:  # retried: 1-3 failed attempts a few seconds apart, then a success
                        t = off
                        for a in range(1 if r < 0.4 else 2 if r < 0.55 else 3):
                            t += 1000 * (2 ** a) + int(random_() * 1000)
                            retries.append((t, kind))
                        if error_share < 1.0:
                            retries.append((t + 1500 + int(random_() * 2000), kind.success))
                    elif kind.retryable is False and r < 0.12:  # a declined payment retried anyway
                        retries.append((off + 2000 + int(random_() * 5000), kind))
                elif r < 0.01:
                    append(line)
                    written += 1
                    errors += 1
                    i += 1
                for t, k in retries:
                    if written >= lines:
                        break
                    slots["r"] = ids36[p36:p36 + 14]  # a new request id and trace; the same idempotency key
                    p36 += 14
                    slots["x"] = trace = hexes[phex:phex + 32]
                    phex += 32
                    slots["d"] = durations[(written * 2246822519 & 0xFFFFFFFF) >> 20]
                    tk = k.time_kind
                    if t < 60000:
                        slots["t"] = fmts[tk] % divmod(t + adds[tk], 1000)
                    else:  # past this minute: the slow way
                        slots["t"] = format_time(tk, END_MS - (MINUTES - minute) * 60000 + t)
                    append(k.template % slots)
                    written += 1
                    errors += k.error
                    i += 1
            if written >= lines:
                break
            if len(chunk) >= 200:  # write in blocks of about 100 KB
                chunk.append("")
                out.write("\n".join(chunk).encode())
                chunk.clear()
        carry = i - n
    if chunk:
        chunk.append("")
        out.write("\n".join(chunk).encode())
    return written, errors


def format_time(kind, ms):
    """The slow path, for retries that cross into the next minute."""
    minute, rest = divmod(ms - (END_MS - MINUTES * 60000), 60000)
    fmts, minute_s = minute_formats(minute)
    s, frac = divmod(rest, 1000)
    return fmts[kind] % (s + (minute_s if kind in (2, 4) else 0), frac)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", default="1M", help="how many lines: 20000, 1M, 10M (default 1M)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--error-share", type=float, default=0.25, help="share of lines that are errors (default 0.25)")
    parser.add_argument("--output", "-o", default="-", help="file to write (default: standard output)")
    args = parser.parse_args()
    lines = parse_count(args.lines)
    if not 0.0 <= args.error_share <= 1.0:
        parser.error("--error-share is a share between 0 and 1")
    out = sys.stdout.buffer if args.output == "-" else open(args.output, "wb", buffering=1 << 22)
    try:
        written, errors = generate(lines, args.seed, args.error_share, out)
    except BrokenPipeError:
        sys.exit(1)
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    print("%d lines, %d of them errors" % (written, errors), file=sys.stderr)


if __name__ == "__main__":
    main()
