/// The frame of every HTML page faultline writes: one file with its style sheet inline, nothing fetched.
///
/// A Content-Security-Policy in the page itself forbids scripts and every request (styles only from the
/// page), as a second wall behind the escaping: even markup that slipped through could not run or load.
enum HTMLPage {
    /// A whole document around `body` (already HTML).
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(style)</style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    /// Colours are the Okabe–Ito palette, which stays distinguishable with the common colour-vision
    /// deficiencies; dark mode swaps in lighter tones of the same hues, and print goes back to light.
    static let style = """
        :root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--card:#f6f8fa;\
        --s0:#0072b2;--s1:#e69f00;--s2:#009e73;--s3:#cc79a7;--s4:#56b4e9;--s5:#d55e00;--s6:#3d3d3d;--s7:#a8a8a8;\
        --ok:#009e73;--no:#d55e00;--unsure:#8c8c8c;--bar:#0072b2}
        @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#30363d;--card:#161b22;\
        --s0:#56b4e9;--s1:#e69f00;--s2:#2fbf8f;--s3:#e08fc0;--s4:#f0e442;--s5:#f07a3a;--s6:#d9d9d9;--s7:#6e6e6e;\
        --ok:#2fbf8f;--no:#f07a3a;--unsure:#9e9e9e;--bar:#56b4e9}}
        body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
        main{max-width:1240px;margin:0 auto;padding:16px 20px 40px}
        h1{font-size:1.5rem;margin:.2em 0}
        h2{font-size:1.15rem;margin:1.8em 0 .5em;padding-bottom:4px;border-bottom:1px solid var(--line)}
        .lead,.note,.cmd{color:var(--muted)}
        .lead{margin:.2em 0 1em}
        .note{font-size:13px}
        .cmd{font:12px/1.4 ui-monospace,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere;margin:.4em 0 0}
        nav{font-size:13px;display:flex;flex-wrap:wrap;gap:2px 14px}
        a{color:var(--s0)}
        .cards{display:flex;flex-wrap:wrap;gap:10px;margin:.8em 0}
        .card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:6px 14px;min-width:7.5em}
        .card b{display:block;font-size:1.45rem;font-variant-numeric:tabular-nums}
        .card span{color:var(--muted);font-size:13px}
        .table{overflow-x:auto;margin:.6em 0}
        table{border-collapse:collapse;font-size:13px;width:100%}
        th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        th{background:var(--card);white-space:nowrap}
        td{max-width:26em;overflow-wrap:break-word}
        th.wide{min-width:16em}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .empty{color:var(--muted);font-style:italic}
        .chart{display:block;width:100%;height:auto;margin:.4em 0}
        .columns{max-width:680px}
        .bars{max-width:520px}
        .chart text{fill:var(--fg)}
        .chart .axis{fill:var(--muted)}
        .grid{stroke:var(--line)}
        .base{stroke:var(--muted)}
        .chart rect{stroke:var(--bg);stroke-width:.6}
        .s0,.k0{fill:var(--s0);background:var(--s0)}.s1,.k1{fill:var(--s1);background:var(--s1)}
        .s2,.k2{fill:var(--s2);background:var(--s2)}.s3,.k3{fill:var(--s3);background:var(--s3)}
        .s4,.k4{fill:var(--s4);background:var(--s4)}.s5,.k5{fill:var(--s5);background:var(--s5)}
        .s6,.k6{fill:var(--s6);background:var(--s6)}.s7,.k7{fill:var(--s7);background:var(--s7)}
        .ok{fill:var(--ok)}.no{fill:var(--no)}.unsure{fill:var(--unsure)}.bar{fill:var(--bar)}
        .legend{list-style:none;padding:0;margin:.3em 0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:13px}
        .legend i{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px;border-radius:2px}
        @media (max-width:600px){main{padding:10px 12px 30px}h1{font-size:1.25rem}table{font-size:12px;width:max-content;min-width:100%}\
        td{max-width:16em}.card{min-width:6em;padding:4px 10px}.card b{font-size:1.2rem}}
        @media print{:root{--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--card:#f3f3f3;\
        --s0:#0072b2;--s1:#e69f00;--s2:#009e73;--s3:#cc79a7;--s4:#56b4e9;--s5:#d55e00;--s6:#3d3d3d;--s7:#a8a8a8;\
        --ok:#009e73;--no:#d55e00;--unsure:#8c8c8c;--bar:#0072b2}\
        body{font-size:10pt}nav{display:none}section{break-inside:avoid}.table{overflow:visible}\
        table{font-size:7.5pt}th,td{padding:2px 4px}th{white-space:normal}th.wide{min-width:12em}td{overflow-wrap:anywhere}\
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}

        """
}
