"""Render a paper's content to Word with docxtpl, from the organisation's template or the default.

Templates are uploaded by users, so they are rendered in Jinja's sandbox with undefined names
treated as errors, and refused outright when they are not a .docx or carry macros.
"""

import io
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import (
    DictLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from oversight.core.exceptions import InvalidInput

from . import chart

DEFAULT_TEMPLATE = Path(__file__).parent / "templates_docx" / "default.docx"
# Names a template may use beside the content's own keys (docs/templates.md).
EXTRA_PLACEHOLDERS = {"chart", "straight"}
MACRO_MARKERS = ("vbaproject", "vbadata", "macroenabled", "activex")
MAX_TEMPLATE_BYTES = 5 * 1024 * 1024  # an organisation's letterhead template is tens of KB
MAX_TEMPLATE_XML_BYTES = 20 * 1024 * 1024  # unpacked: refuses zip bombs
RENDER_SECONDS = 5.0  # a template that loops longer than this is refused
MAX_RANGE = 10_000  # range() in a template: no paper has more rows than this
MAX_OUTPUT_CHARS = 2_000_000  # a string built by a template (`'x' * 10**9`) is refused past this


class DescribedImage(InlineImage):
    """docxtpl's InlineImage with a text alternative, which Word shows to screen readers and LibreOffice
    carries into the tagged PDF as the figure's /Alt."""

    def __init__(self, tpl, image_descriptor, *, description, **kwargs):
        super().__init__(tpl, image_descriptor, **kwargs)
        self.description = description

    def _insert_image(self):
        pic = self.tpl.current_rendering_part.new_pic_inline(self.image_descriptor, self.width, self.height)
        for element in pic.xpath(".//wp:docPr"):
            element.set("descr", self.description)
        return f'</w:t></w:r><w:r><w:drawing>{pic.xml}</w:drawing></w:r><w:r><w:t xml:space="preserve">'


class TemplateProblem(InvalidInput):
    """A Word template that cannot be used, with a message naming the problem."""


class TooSlow(SecurityError):
    """The template ran past its time or size budget."""


class PaperEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox: a template cannot reach Python internals nor change the content it is
    given (`reports.clear()`, `closures.update(...)` are refused), loads no other file
    (`{% include '/etc/passwd' %}`), and is stopped when it loops too long or builds huge strings."""

    intercepted_binops = frozenset(["*", "**", "+"])

    def __init__(self, seconds=None, numbering="decimal"):
        super().__init__(undefined=StrictUndefined, autoescape=True, loader=DictLoader({}))
        self.deadline = time.monotonic() + (RENDER_SECONDS if seconds is None else seconds)
        self.globals["range"] = self.bounded_range
        self.paragraphs = 0
        self.numbering = numbering
        self.globals["straight"] = self.straight

    def straight(self):
        """The next paragraph number, "7. ", where the layout numbers paragraphs straight through (the
        Panel's 1–31); nothing where it numbers by section."""
        if self.numbering != "straight":
            return ""
        self.paragraphs += 1
        return f"{self.paragraphs}. "

    def tick(self):
        if time.monotonic() > self.deadline:
            raise TooSlow("The template took too long to render.")

    def bounded_range(self, *args):
        span = range(*args)
        if len(span) > MAX_RANGE:
            raise TooSlow(f"The template asks for a range of {len(span):,} items; the limit is {MAX_RANGE:,}.")
        for item in span:
            self.tick()
            yield item

    def call_binop(self, context, operator, left, right):
        self.tick()
        if operator == "**" and isinstance(right, int) and right > 64:
            raise TooSlow("The template computes too large a number.")
        result = super().call_binop(context, operator, left, right)
        if isinstance(result, (str, list, tuple)) and len(result) > MAX_OUTPUT_CHARS:
            raise TooSlow("The template builds too large a value.")
        return result

    def getattr(self, obj, attribute):
        self.tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        self.tick()
        return super().getitem(obj, argument)

    def call(self, __context, __obj, *args, **kwargs):  # noqa: N807 - Jinja's signature
        self.tick()
        return super().call(__context, __obj, *args, **kwargs)


def environment(numbering="decimal"):
    """A fresh sandbox per render, so its time budget and paragraph count start now."""
    return PaperEnvironment(numbering=numbering)


def freeze(value):
    """A deep, read-only copy of the content: mappings become read-only proxies, lists tuples."""
    if isinstance(value, dict):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    return value


def default_template_bytes():
    return DEFAULT_TEMPLATE.read_bytes()


def check_package(data, filename=""):
    """Refuse anything that is not a plain .docx: macro-enabled files, other formats, broken zips."""
    name = filename.lower()
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateProblem(
            f"The template is {len(data) / 1024 / 1024:.1f} MB; a Word template may be at most "
            f"{MAX_TEMPLATE_BYTES // 1024 // 1024} MB. Remove large images from it."
        )
    if name.endswith((".docm", ".dotm")):
        raise TemplateProblem(f"{filename} is a macro-enabled Word file. Save it as a Word Document (.docx) without macros.")
    if name and not name.endswith(".docx"):
        raise TemplateProblem(f"{filename} is not a Word document. Upload a .docx file.")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = [n.lower() for n in package.namelist()]
        content_types = package.read("[Content_Types].xml").decode("utf-8", "replace").lower() \
            if "[content_types].xml" in names else ""
    except (zipfile.BadZipFile, KeyError, OSError) as problem:
        raise TemplateProblem("The file is not a Word document (.docx): it could not be opened.") from problem
    if sum(i.file_size for i in package.infolist()) > MAX_TEMPLATE_XML_BYTES:
        raise TemplateProblem("The template unpacks to more than 20 MB; a Word template may not be that large.")
    if any(marker in n for n in names for marker in MACRO_MARKERS) or "macroenabled" in content_types:
        raise TemplateProblem("The template contains macros or embedded code. Save it as a Word Document (.docx) without macros.")
    if "word/document.xml" not in names:
        raise TemplateProblem("The file is not a Word document (.docx): it has no document body.")


def load(data, filename=""):
    """A DocxTemplate from uploaded bytes, after the package checks."""
    check_package(data, filename)
    try:
        return DocxTemplate(io.BytesIO(data))
    except Exception as problem:  # python-docx raises several types for a damaged package
        raise TemplateProblem("The file is not a Word document (.docx): it could not be read.") from problem


def check_placeholders(template, allowed):
    """Refuse placeholders the paper does not provide, naming them."""
    try:
        used = template.get_undeclared_template_variables(jinja_env=environment())
    except TemplateSyntaxError as problem:
        raise TemplateProblem(f"A placeholder in the template is not well formed: {problem.message}.") from problem
    unknown = sorted(used - set(allowed) - EXTRA_PLACEHOLDERS)
    if unknown:
        raise TemplateProblem(
            "The template uses placeholders the paper does not have: "
            + ", ".join(f"{{{{ {name} }}}}" for name in unknown)
            + ". See the placeholder list in docs/templates.md."
        )


def validate(data, filename, content):
    """Check an uploaded template fully, by rendering it with `content`; raises TemplateProblem."""
    render(content, data, filename)


def render(content, template_data=None, filename=""):
    """The paper as .docx bytes, from `template_data` (an organisation's template) or the default."""
    data = template_data if template_data is not None else default_template_bytes()
    template = load(data, filename)
    check_placeholders(template, content.keys())
    # The template sees a deep-frozen copy: whatever it does, the content the paper issues (its JSON,
    # its PDF) is unchanged, and an attempt to change it is refused.
    context = dict(freeze(content))
    context["chart"] = DescribedImage(template, io.BytesIO(chart.png(content["open_findings"])), width=Mm(150),
                                      description=chart.alt_text(content["open_findings"]))
    try:
        template.render(context, jinja_env=environment(content.get("numbering", "decimal")), autoescape=True)
    except TooSlow as problem:
        raise TemplateProblem(f"{problem} Simplify the template's loops.") from problem
    except TemplateNotFound as problem:
        raise TemplateProblem(
            f"The template tries to include another file ({problem.name}); a paper template may not include "
            "or import files."
        ) from problem
    except UndefinedError as problem:
        raise TemplateProblem(f"The template uses a placeholder the paper does not have ({problem.message}).") from problem
    except SecurityError as problem:
        raise TemplateProblem("The template tries to do something a template may not do, and was refused.") from problem
    except TemplateSyntaxError as problem:
        raise TemplateProblem(f"A placeholder in the template is not well formed: {problem.message}.") from problem
    except TemplateError as problem:
        raise TemplateProblem(f"The template could not be rendered: {problem.message}.") from problem
    except (TypeError, ValueError, ZeroDivisionError, AttributeError) as problem:
        raise TemplateProblem(f"The template could not be rendered: {problem}.") from problem
    stamp(template, content)
    if content.get("draft"):
        watermark(template.docx)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def stamp(template, content):
    """The file's own properties: the paper's title, the organisation, en-GB, created now (not the
    template's date, nor "python-docx")."""
    core = template.docx.core_properties if hasattr(template, "docx") else template.core_properties
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    core.title = f"{content.get('committee', '')} {content.get('meeting_date', '')}: {content.get('title', '')}".strip()
    core.subject = "HMICFRS update"
    core.author = core.last_modified_by = content.get("organisation", "") or "Oversight"
    core.created = core.modified = now
    core.language = "en-GB"
    core.comments = ""
    core.keywords = "DRAFT" if content.get("draft") else ""


# Word's own watermark shape (Design > Watermark): a VML text path behind the text, in the header so it
# is on every page. LibreOffice reads it as a watermark, so the PDF of a preview carries it too.
WATERMARK = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"><w:rPr><w:noProof/></w:rPr><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" alt="DRAFT: this paper has not been issued" '
    'style="position:absolute;margin-left:0;margin-top:0;width:420pt;height:140pt;rotation:315;'
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
    'fillcolor="#b1b4b6" stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="DRAFT"/>'
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
)


def watermark(document):
    """DRAFT across every page of a preview, in each section's header (whatever the template's header holds)."""
    from docx.oxml import parse_xml

    for section in document.sections:
        header = section.header
        header.is_linked_to_previous = False
        paragraphs = header.paragraphs
        paragraph = paragraphs[0] if paragraphs else header.add_paragraph()
        paragraph._p.append(parse_xml(WATERMARK))
