#!/usr/bin/env python3
"""Rebuilds Benchmarks/error-bodies.json, the error bodies the benchmark generator draws from.

Sources: every error response body in samples/*.jsonl (weighted by how often it occurs there: these are the
common errors), the sample bodies of every catalog entry in Sources/FaultlineClassifier/Catalogs (the long
tail), and a few codes no catalog knows yet (they appear only on the dump's last day, so `new-codes` has
something to find). Each body is classified once with `faultline classify`, to record whether a client would
retry it (the generator builds retry chains from that).

Usage: Benchmarks/make_error_bodies.py FAULTLINE_BINARY   (run from anywhere; rewrites the JSON file)
"""
import glob, json, os, re, subprocess, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PROVIDERS = {"FlintCatalog": "flint", "StableGeniusCatalog": "stablegenius", "CashierCatalog": "cashier",
             "FlexitiCatalog": "flexiti", "SynaptopayCatalog": "synaptopay"}
# Codes not in any catalog (yet): providers add codes before their documentation does.
UNLISTED = [
    ("flint", 402, {"error": {"code": "PAYMENT_METHOD_UNACTIVATED", "message": "The payment method has not been activated by the customer.", "param": "payment_method"}}),
    ("stablegenius", 409, {"error": {"type": "conflict_error", "code": "intent_expired", "message": "Payment intent expired before it was confirmed.", "param": None}}),
    ("cashier", 403, {"type": "https://cashier.flowpayment.net/errors/risk-blocked", "title": "Risk Blocked", "status": 403, "detail": "Payment blocked by risk rules", "code": "RISK_BLOCKED"}),
]


def get(obj, dotted):
    for key in dotted.split("."):
        if not isinstance(obj, dict) or key not in obj:
            return None
        obj = obj[key]
    return obj


def sample_log_bodies():
    counts = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "samples", "*.jsonl"))):
        if os.path.basename(path).startswith("bad-lines"):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = json.loads(line)
                status = next((s for s in (get(line, p) for p in ("status", "http.status_code", "response.status"))
                               if isinstance(s, int)), None)
                body = next((b for b in (get(line, p) for p in ("response_body", "http.response.body", "response.body"))
                             if b is not None), None)
                if isinstance(body, str):
                    body = json.loads(body)
                if status is None or not isinstance(body, dict):
                    continue
                if status >= 400 or isinstance(body.get("payment_error"), dict):
                    key = (line.get("provider") or line.get("service"), status, json.dumps(body, ensure_ascii=False))
                    counts[key] = counts.get(key, 0) + 1
    return counts


def catalog_bodies():
    sample = re.compile(r'CatalogSample\(status: (\d+), body: #"""\n(.*?)\n\s*"""#\)|CatalogSample\(status: (\d+), body: #"(.*?)"#\)', re.S)
    for path in sorted(glob.glob(os.path.join(ROOT, "Sources", "FaultlineClassifier", "Catalogs", "*.swift"))):
        provider = PROVIDERS.get(os.path.basename(path)[:-6])
        if provider is None:
            continue
        with open(path, encoding="utf-8") as f:
            for m in sample.finditer(f.read()):
                status = int(m.group(1) or m.group(3))
                text = m.group(2) if m.group(1) else m.group(4)
                try:
                    body = json.loads(text)
                except ValueError:
                    continue  # a text body: the generator makes its own HTML pages
                yield provider, status, body


def main():
    binary = sys.argv[1]
    bodies = {}
    for (provider, status, text), count in sample_log_bodies().items():
        bodies[(provider, status, text)] = {"weight": 20 * count, "late": False}
    for provider, status, body in catalog_bodies():
        bodies.setdefault((provider, status, json.dumps(body, ensure_ascii=False)), {"weight": 1, "late": False})
    for provider, status, body in UNLISTED:
        bodies[(provider, status, json.dumps(body, ensure_ascii=False))] = {"weight": 40, "late": True}
    out = []
    for (provider, status, text), info in bodies.items():
        result = subprocess.run([binary, "classify", "--status", str(status), "--provider", provider],
                                input=text.encode(), capture_output=True, check=True).stdout
        c = json.loads(result)
        if c is None:
            continue  # not an error (a gRPC OK)
        out.append({"provider": c["provider"], "status": status, "code": c["code"], "retryable": c["retryable"],
                    "weight": info["weight"], "late": info["late"], "body": json.loads(text)})
    out.sort(key=lambda b: (b["provider"], -b["weight"], b["code"], b["status"], json.dumps(b["body"])))
    with open(os.path.join(ROOT, "Benchmarks", "error-bodies.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(b, ensure_ascii=False) for b in out) + "\n]\n")
    print(f"{len(out)} bodies")


if __name__ == "__main__":
    main()
