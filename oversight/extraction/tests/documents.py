"""Build test reports in each format from one HTML source, so every reader is tested on the same words.

PDFs are printed by WeasyPrint on small pages with a running header, page numbers, justified and
hyphenated text, raised footnote markers and a two-column section: what real report PDFs do.
"""

import io

from bs4 import BeautifulSoup

PRINT_CSS = """
@page { size: A5; margin: 22mm 16mm 20mm 16mm;
        @top-center { content: "Inspection report – OFFICIAL"; font-size: 8pt }
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt } }
body { font-family: sans-serif; font-size: 10pt }
p, li { hyphens: auto; text-align: justify }
h1 { font-size: 16pt } h2 { font-size: 13pt } h3 { font-size: 11pt }
sup { font-size: 6pt; vertical-align: super }
.columns { columns: 2; column-gap: 8mm }
"""


def pdf_from_html(html):
    """The report as a PDF with a text layer."""
    import weasyprint

    return weasyprint.HTML(string=html).write_pdf(stylesheets=[weasyprint.CSS(string=PRINT_CSS)])


def docx_from_html(html):
    """The report as a Word document: headings, paragraphs, bulleted and numbered items, superscripts."""
    import docx

    document = docx.Document()
    soup = BeautifulSoup(html, "lxml")
    if soup.title:
        document.core_properties.title = soup.title.get_text()
    for element in soup.body.find_all(["h1", "h2", "h3", "p", "li"]):
        if element.find_parent("li") is not None:
            continue
        if element.name in ("h1", "h2", "h3"):
            document.add_heading(element.get_text(), level=int(element.name[1]))
            continue
        paragraph = document.add_paragraph()
        if element.name == "li":
            paragraph.add_run("• ")
        for child in element.children:
            run = paragraph.add_run(child.get_text() if hasattr(child, "get_text") else str(child))
            if getattr(child, "name", None) == "sup":
                run.font.superscript = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def text_from_html(html):
    """The report as plain text, one paragraph a line, as a web page's text is stored."""
    soup = BeautifulSoup(html, "lxml")
    for sup in soup.find_all("sup"):
        sup.decompose()
    lines = []
    for element in soup.body.find_all(["h1", "h2", "h3", "p", "li"]):
        text = " ".join(element.get_text().split())
        lines.append(("• " if element.name == "li" else "") + text)
    return ("\n".join(lines) + "\n").encode()


BUILDERS = {"html": lambda html: html.encode(), "pdf": pdf_from_html, "docx": docx_from_html, "txt": text_from_html}


def encrypted_pdf():
    """A one-page PDF protected by a user password (standard security handler), which readers must refuse."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -44 >>",
    ]
    return _pdf(objects, trailer=b"/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]")


def scanned_pdf():
    """A PDF whose pages carry only a picture of text, as a scanner makes: no text layer."""
    content = b"q 0.5 g 50 700 400 20 re f 50 660 380 20 re f Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return _pdf(objects)


def _pdf(objects, trailer=b""):
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
