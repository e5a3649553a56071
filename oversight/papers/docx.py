"""Render a paper's content to Word with docxtpl, from the organisation's template or the default.

Templates are uploaded by users, so they are rendered in Jinja's sandbox with undefined names
treated as errors, and refused outright when they are not a .docx or carry macros.
"""

import io
import zipfile
from pathlib import Path

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from oversight.core.exceptions import InvalidInput

from . import chart

DEFAULT_TEMPLATE = Path(__file__).parent / "templates_docx" / "default.docx"
# Names a template may use beside the content's own keys (docs/templates.md).
EXTRA_PLACEHOLDERS = {"chart"}
MACRO_MARKERS = ("vbaproject", "vbadata", "macroenabled", "activex")


class TemplateProblem(InvalidInput):
    """A Word template that cannot be used, with a message naming the problem."""


def environment():
    """Jinja's sandbox: a template cannot reach Python internals, and a misspelt placeholder is an error."""
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


def default_template_bytes():
    return DEFAULT_TEMPLATE.read_bytes()


def check_package(data, filename=""):
    """Refuse anything that is not a plain .docx: macro-enabled files, other formats, broken zips."""
    name = filename.lower()
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
    context = dict(content)
    context["chart"] = InlineImage(template, io.BytesIO(chart.png(content["open_findings"])), width=Mm(150))
    try:
        template.render(context, jinja_env=environment(), autoescape=True)
    except UndefinedError as problem:
        raise TemplateProblem(f"The template uses a placeholder the paper does not have ({problem.message}).") from problem
    except SecurityError as problem:
        raise TemplateProblem("The template tries to do something a template may not do, and was refused.") from problem
    except TemplateSyntaxError as problem:
        raise TemplateProblem(f"A placeholder in the template is not well formed: {problem.message}.") from problem
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()
