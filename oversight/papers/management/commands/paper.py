"""`oversight paper --committee NAME --meeting DATE --format docx|pdf|html [--public] --out PATH`: write a
meeting's paper (with --public, the version for the PCC's website, without the restricted items).

Writes the frozen paper if it has been issued, otherwise a preview built from the register now.
"""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from oversight.core.exceptions import InvalidInput
from oversight.papers import services
from oversight.papers.models import Meeting, Paper


class Command(BaseCommand):
    help = "Write the committee paper for one meeting as Word, PDF or accessible HTML."
    # The project's checks (URLs, admin, templates) cost ~2 s of start-up and guard nothing this
    # command uses; `manage.py check --deploy` runs them at deployment (issue 17).
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--committee", required=True, help='For example: "Joint Audit Committee"')
        parser.add_argument("--meeting", required=True, help="The meeting date, YYYY-MM-DD")
        parser.add_argument("--format", choices=sorted(services.MEDIA_TYPES), default="docx")
        parser.add_argument("--out", required=True, help="Where to write the file")
        parser.add_argument("--public", action="store_true", help="The public version, without restricted items")
        parser.add_argument("--organisation", help="Short name, when several organisations have this committee")

    def handle(self, *args, committee, meeting, format, out, organisation=None, public=False, **options):
        try:
            held_on = date.fromisoformat(meeting)
        except ValueError as problem:
            raise CommandError(f"--meeting must be a date like 2024-12-05, not {meeting!r}") from problem
        meetings = Meeting.objects.filter(committee__name__iexact=committee, held_on=held_on).select_related(
            "committee__organisation"
        )
        if organisation:
            meetings = meetings.filter(committee__organisation__short_name__iexact=organisation)
        found = list(meetings)
        if not found:
            raise CommandError(f"No meeting of {committee!r} on {held_on:%-d %B %Y}.")
        if len(found) > 1:
            names = ", ".join(m.committee.organisation.short_name for m in found)
            raise CommandError(f"Several organisations have that meeting ({names}); add --organisation.")
        paper = services.paper_for(found[0])
        try:
            data, problem = services.document(paper, format, public=public)
        except InvalidInput as error:
            raise CommandError(str(error)) from error
        if problem:
            self.stderr.write(problem)
        with open(out, "wb") as f:
            f.write(data)
        kind = "issued paper" if paper.status == Paper.Status.ISSUED else "preview"
        self.stdout.write(f"Wrote the {kind} for {paper.meeting} to {out} ({len(data):,} bytes).")
