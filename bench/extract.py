"""Extraction speed: build a realistic 200-page report PDF, read it, print pages per second and peak memory.

    .venv/bin/python bench/extract.py [--pages 200] [--runs 3] [--ocr-pages 10]

`--ocr-pages N` also reads the first N pages as a scan (each page a 150 dpi picture, no text layer) by
Tesseract OCR and prints OCR pages per second (0 skips it).

The PDF is printed by WeasyPrint from the realistic cases in oversight/extraction/tests/data, repeated as
chapters of narrative, recommendations, areas for improvement and causes of concern, with running
headers, page numbers, footnote markers, hyphenation and a two-column section. It is built once into
var/bench/. Each run reads it in a fresh process, so peak memory is extraction's own. Target: ≥ 50 pages/s.
"""

import argparse
import json
import math
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
os.environ.setdefault("DEBUG", "true")

DATA = ROOT / "oversight" / "extraction" / "tests" / "data"
NARRATIVE = (
    "<p>We found that the force has made progress since our last inspection, but that there is more to do."
    "<sup>{n}</sup> Supervisors did not always review investigations often enough, and victims were not always "
    "updated in line with the Code of Practice for Victims of Crime. Officers told us that workloads were high "
    "and that they did not always have time to complete the training they needed. The force has started a "
    "programme of improvement, which it expects to complete by the end of the year; we will check its progress "
    "when we revisit. In the twelve months to March 2024, the force recorded {n}34 crimes of this kind.</p>"
)


def body_of(html):
    return re.search(r"<body>(.*)</body>", html, re.S).group(1)


def build_html(chapter_count):
    cases = [body_of((DATA / name).read_text()) for name in sorted(os.listdir(DATA)) if name.startswith("case_") and name.endswith(".html")]
    chapters = []
    for n in range(chapter_count):
        narrative = "".join(NARRATIVE.format(n=n * 10 + k) for k in range(6))
        chapters.append(f"<h2>Chapter {n + 1}</h2>{narrative}{cases[n % len(cases)]}{narrative}")
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Bench report</title></head><body>"
            + "".join(chapters) + "</body></html>")


def build_pdf(pages, path):
    """A PDF of about `pages` pages (fonts decide the exact count, so it is measured and scaled once)."""
    import pypdfium2 as pdfium

    from oversight.extraction.tests.documents import pdf_from_html

    chapters = max(1, pages // 6)
    data = pdf_from_html(build_html(chapters))
    got = len(pdfium.PdfDocument(data))
    if got < pages or got > pages * 1.05:
        data = pdf_from_html(build_html(max(1, math.ceil(chapters * pages / got))))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def build_scan(source, pages, path):
    """The first `pages` pages of the bench PDF as a scanner gives them: pictures, no text layer."""
    import pypdfium2 as pdfium

    from oversight.extraction.tests.corpus import scan_of

    document = pdfium.PdfDocument(source.read_bytes())
    keep = pdfium.PdfDocument.new()
    keep.import_pages(document, list(range(min(pages, len(document)))))
    import io

    buffer = io.BytesIO()
    keep.save(buffer)
    path.write_bytes(scan_of(buffer.getvalue()))


def measure(path):
    """In a fresh process: read the PDF and propose its findings; print time and peak memory."""
    from oversight.extraction.propose import propose

    data = path.read_bytes()
    started = time.perf_counter()
    result = propose(data, path.name)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"pages": result["pages"], "seconds": seconds, "findings": len(result["findings"]),
                      "peak_mb": peak_mb}))


def main():
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--pages", type=int, default=200)
    options.add_argument("--runs", type=int, default=3)
    options.add_argument("--ocr-pages", type=int, default=10)
    options.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = options.parse_args()
    if args.measure:
        return measure(args.measure)
    path = ROOT / "var" / "bench" / f"report-{args.pages}.pdf"
    if not path.exists():
        print(f"Building a {args.pages}-page PDF into {path.relative_to(ROOT)} …", file=sys.stderr)
        build_pdf(args.pages, path)
    runs = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True,
                              check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["seconds"])
    rate = best["pages"] / best["seconds"]
    print(f"extract: {best['pages']} pages, {best['findings']} findings, {rate:.0f} pages/s "
          f"(best of {args.runs}: {best['seconds']:.2f} s), peak memory {max(r['peak_mb'] for r in runs):.0f} MB; "
          f"target ≥ 50 pages/s {'met' if rate >= 50 else 'NOT MET'}")
    if args.ocr_pages:
        scan = ROOT / "var" / "bench" / f"scan-{args.ocr_pages}.pdf"
        if not scan.exists():
            build_scan(path, args.ocr_pages, scan)
        done = subprocess.run([sys.executable, __file__, "--measure", str(scan)], capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"extract OCR: {result['pages']} scanned pages, {result['findings']} findings, "
              f"{result['pages'] / result['seconds']:.2f} pages/s ({result['seconds']:.1f} s), peak memory {result['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
