#!/usr/bin/env python3
"""Checks the HTML report in headless Chromium with no network (used by .ci/run).

Usage: check-report.py REPORT.html OUT_DIR

1. Static: the HTML references nothing outside itself (no src/href to http(s) or //, no url() but #ids, no @import,
   no <script>, <link> or <img>), and carries a Content-Security-Policy of default-src 'none'.
2. Requests: Chromium opens a copy of the report WITHOUT its CSP (so that any outside reference would really be
   fetched) behind a dead proxy and a resolver that resolves nothing, with a NetLog; every request the page started
   (initiator null / file:// isolation key; the browser's own update and account pings are not the page's) must be
   for file: or data: URLs. A control copy with one outside <img> must show exactly that request, which proves the
   detection works.
3. Visibility: a screenshot of the report as shipped; the chart bars' colour (ScottPlot blue, #1f77b4 at 55%) must
   appear in as many separate horizontal bands as the page has chart rows (two histograms per row, then the tornado).
Prints what it checked; exits 1 on the first failure.
"""
import json, math, os, re, struct, subprocess, sys, zlib

WIDTH, HEIGHT, SCALE = 1200, 4400, 0.5  # CSS pixels; the screenshot is drawn at half scale to keep the decoding quick
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
    "--disable-extensions", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND", f"--window-size={WIDTH},{HEIGHT}",
]
SCREENSHOT_FLAGS = [f"--force-device-scale-factor={SCALE}"]


def fail(message):
    print(f"report check FAILED: {message}")
    sys.exit(1)


def chromium(url, out_dir, name, screenshot=False):
    netlog = os.path.join(out_dir, name + ".netlog.json")
    args = ["chromium", *CHROMIUM_FLAGS, f"--log-net-log={netlog}", f"--user-data-dir={os.path.join(out_dir, name + '.profile')}"]
    shot = os.path.join(out_dir, name + ".png")
    args += [*SCREENSHOT_FLAGS, f"--screenshot={shot}"] if screenshot else ["--dump-dom"]
    subprocess.run(args + [url], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, check=True)
    return netlog, shot


def page_requests(netlog):
    data = json.load(open(netlog))
    types = {v: k for k, v in data["constants"]["logEventTypes"].items()}
    urls = []
    for event in data["events"]:
        params = event.get("params") or {}
        if types.get(event["type"]) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        from_page = params.get("initiator") != "not an origin" or "file://" in params.get("network_isolation_key", "")
        if from_page and not params["url"].startswith(("file:", "data:")):
            urls.append(params["url"])
    return urls


def read_png(path):
    raw = open(path, "rb").read()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(raw):
        length, kind = struct.unpack(">I4s", raw[pos:pos + 8])
        body = raw[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, "unsupported PNG layout"
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    data = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = data[i], bytearray(data[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b, c = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1: line[x] = (line[x] + a) & 255
            elif kind == 2: line[x] = (line[x] + b) & 255
            elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def bar_bands(path):
    """Horizontal bands (runs of rows, gaps under 20 px merged) that hold chart-bar blue pixels, in screenshot pixels."""
    width, height, channels, rows = read_png(path)
    marked = []
    for y, row in enumerate(rows):
        count = 0
        for x in range(0, width * channels, channels):
            r, g, b = row[x], row[x + 1], row[x + 2]
            if b > 150 and b - r > 40 and g > r and b > g:
                count += 1
        if count >= 10:
            marked.append(y)
    bands = []
    for y in marked:
        if bands and y - bands[-1][1] < 20:
            bands[-1][1] = y
        else:
            bands.append([y, y])
    return [(a, b) for a, b in bands if b - a >= 10], width, height


def main():
    report, out_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    html = open(report, encoding="utf-8").read()

    outside = re.findall(r"(?:src|href)\s*=\s*[\"']?\s*(?:https?:|//)[^\"' >]*", html, re.I)
    outside += re.findall(r"url\(\s*(?!#)[^)]*\)", html, re.I) + re.findall(r"@import[^;]*", html, re.I)
    tags = re.findall(r"<(?:script|link|img|iframe|object|embed)\b", html, re.I)
    if outside or tags:
        fail(f"the HTML references outside resources: {outside[:5]} {tags[:5]}")
    if "default-src 'none'" not in html:
        fail("no Content-Security-Policy default-src 'none'")
    print(f"static: {len(html):,} bytes, no outside src/href/url()/@import, no script/link/img, CSP default-src 'none'")

    without_csp = re.sub(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "", html)
    open(os.path.join(out_dir, "report-no-csp.html"), "w", encoding="utf-8").write(without_csp)
    control = without_csp.replace("</body>", "<img src=\"http://outside.invalid/probe.png\" alt=\"\"></body>")
    open(os.path.join(out_dir, "control.html"), "w", encoding="utf-8").write(control)

    control_requests = page_requests(chromium("file://" + os.path.join(out_dir, "control.html"), out_dir, "control")[0])
    if control_requests != ["http://outside.invalid/probe.png"]:
        fail(f"the request detector is broken: the control page with one outside image showed {control_requests}")
    print("control: a copy with one outside <img> and no CSP made exactly that request (detection works)")

    requests = page_requests(chromium("file://" + os.path.join(out_dir, "report-no-csp.html"), out_dir, "requests")[0])
    if requests:
        fail(f"the report requested outside resources: {requests}")
    print("requests: the report without its CSP, opened with no network, requested nothing outside the page")

    _, shot = chromium("file://" + report, out_dir, "screenshot", screenshot=True)
    histograms = len(re.findall(r"data-chart=\"histogram\"", html))
    tornadoes = len(re.findall(r"data-chart=\"tornado\"", html))
    expected = math.ceil(histograms / 2) + tornadoes
    bands, width, height = bar_bands(shot)
    print(f"screenshot: {width}x{height} px (page {WIDTH}x{HEIGHT} at scale {SCALE}); {histograms} histograms and {tornadoes} tornado in the HTML, so {expected} rows of charts expected;"
          f" chart-bar colour found in {len(bands)} bands at y = {', '.join(f'{a}-{b}' for a, b in bands)}")
    if len(bands) < expected:
        fail(f"expected visible bars in {expected} chart rows; found {len(bands)}")
    if bands and bands[-1][1] >= height - 5:
        fail("the screenshot ends inside the last chart: raise HEIGHT")
    print("report check passed")


main()
