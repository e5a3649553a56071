"""What a register names, found among Oversight's records as a person would: owners (a rank before
the name ignored), portfolios, business areas and boards, reports (dashes, quotes, case and spacing
ignored; near titles offered). What is not found is noted for the preview and, as the person chose
there, created through its app's service, mapped to an existing record, or its row refused.

A mixin of interop.importer.Importer: it reads self.choices, self.default, self.people, self.members,
self.organisation, self.by, and fills self.unknown, self.created and self.row_created.
"""

import difflib

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.organisations.models import Board, BusinessArea, Portfolio
from oversight.reports import services as report_services
from oversight.reports.models import Report
from oversight.reports.services import normalise_title

from . import values
from .columns import LABELS
from .dates import parse_date

LISTS = {"portfolio": Portfolio, "business_area": BusinessArea, "board": Board}
CREATE, NONE, REFUSE, NEW = "create", "none", "refuse", "new"
NEAR = 0.85  # how alike two normalised titles must be to be offered as the same report


class RowError(Exception):
    """A row that cannot be imported as it is, with the column to blame and the reason in words."""

    def __init__(self, column, message):
        super().__init__(message)
        self.column, self.message = column, message


def guess_report_kind(title):
    """A new report's kind from its title; the preview shows it and the person may change it."""
    t = normalise_title(title)
    for words, kind in ((("spotlight",), Report.Kind.PEEL_SPOTLIGHT), (("peel",), Report.Kind.PEEL),
                        (("super-complaint", "super complaint"), Report.Kind.SUPER_COMPLAINT),
                        (("crime data integrity",), Report.Kind.CRIME_DATA_INTEGRITY),
                        (("revisit",), Report.Kind.REVISIT), (("state of policing",), Report.Kind.STATE_OF_POLICING),
                        (("joint",), Report.Kind.JOINT_THEMATIC), (("nca", "national crime agency"), Report.Kind.NCA_INSPECTION)):
        if any(w in t for w in words):
            return kind
    return Report.Kind.NATIONAL_THEMATIC


class References:
    def _note(self, kind, key, entry, number):
        noted = self.unknown[kind].setdefault(key, {**entry, "rows": []})
        if len(noted["rows"]) < 20:
            noted["rows"].append(number)
        return noted

    def owner_for(self, written, number):
        user, reason = self.people.find(written)
        if reason:
            raise RowError(self.column("owner"), reason)
        if user is not None:
            return user
        key = values.person_key(written) if "@" not in written else written.strip().lower()
        decision = str(self.choices.get("people", {}).get(key, self.default))
        name = values.display_name(written)
        can_create = "@" not in written and len(name.split()) >= 2
        if decision == CREATE and not can_create:
            decision = REFUSE
        self._note("people", key, {"key": key, "written": written, "name": name, "choice": decision,
                                   "can_create": can_create}, number)
        if decision == NONE:
            return None
        if decision.isdigit():
            user = self.members.filter(pk=int(decision)).first()
            if user is None:
                raise RowError(self.column("owner"), f'The person chosen for "{written}" is not one of your people')
            return user
        if decision == CREATE:
            from oversight.accounts import services as people

            try:
                user = people.add_named_person(full_name=name, organisation=self.organisation, by=self.by)
            except (InvalidInput, NotAllowed) as refusal:
                raise RowError(self.column("owner"), str(refusal)) from refusal
            self.people.add(written, user)
            self.created["people"][key] = name
            self.row_created.append(("people", key, written))
            return user
        hint = "give their full name, or " if not can_create else ""
        raise RowError(self.column("owner"), f'No one called "{written}" belongs to this organisation; '
                                             f"{hint}choose who it is in the preview")

    def listed(self, name_of_list, name, number):
        """The organisation's portfolio, business area or board of that name; else as chosen in the preview."""
        model = LISTS[name_of_list]
        key = " ".join(name.casefold().split())
        if key in self.lists.setdefault(name_of_list, {}):
            return self.lists[name_of_list][key]
        item = model.objects.filter(organisation=self.organisation, name__iexact=" ".join(name.split()),
                                    archived_at__isnull=True).first()
        if item is None:
            decision = str(self.choices.get(name_of_list, {}).get(key, self.default))
            self._note(name_of_list, key, {"key": key, "name": " ".join(name.split()), "choice": decision}, number)
            label = LABELS[name_of_list].lower()
            if decision.isdigit():
                item = model.objects.filter(organisation=self.organisation, pk=int(decision)).first()
                if item is None:
                    raise RowError(self.column(name_of_list), f"The {label} chosen for “{name}” is not one of yours")
            elif decision == CREATE:
                from oversight.organisations import services as lists

                try:
                    item = lists.add_item_from_register(model, self.organisation, " ".join(name.split()), by=self.by)
                except (InvalidInput, NotAllowed) as refusal:
                    raise RowError(self.column(name_of_list), str(refusal)) from refusal
                self.created[name_of_list][key] = item.name
                self.row_created.append((name_of_list, key, None))
            else:
                raise RowError(self.column(name_of_list), f"There is no {label} called “{name}”; choose one in the "
                                                          "preview or let it be created")
        self.lists[name_of_list][key] = item
        return item

    def titles(self):
        """(id, title, normalised title, published) of every report the importer may see, read once."""
        if self._titles is None:
            self._titles = [(r.pk, r.title, normalise_title(r.title), r.published_on) for r in self.visible()]
        return self._titles

    def visible(self):
        """The reports the importer may see, newest first, read once (matching_reports' candidates);
        a report the file creates joins them."""
        if self._visible is None:
            self._visible = list(report_services.visible_reports(self.by))
        return self._visible

    def near(self, title):
        wanted = normalise_title(title)
        scored = sorted(((difflib.SequenceMatcher(None, wanted, n).ratio(), pk, t, d) for pk, t, n, d in self.titles()
                         if n != wanted and pk not in self.made_reports), reverse=True)
        return [{"id": pk, "title": t, "published_on": d.isoformat() if d else ""}
                for score, pk, t, d in scored[:3] if score >= NEAR]

    def report_for(self, row, number=0):
        """The report the row names, matched as a person would (reports.services.matching_reports:
        dashes, quotes, case and spacing do not matter) among those the organisation may see; a near
        match or a new report as chosen in the preview. Never another organisation's."""
        key = normalise_title(row["report_title"])
        cache = (key, row.get("published_on"))
        if cache in self.reports:
            return self.reports[cache]
        matches = report_services.matching_reports(row["report_title"], by=self.by,
                                                   published_on=row.get("published_on"), among=self.visible())
        if matches:
            report = matches[0]
        else:
            decision = str(self.choices.get("reports", {}).get(key, NEW))
            kinds = self.choices.get("report_kind", {})
            dates = self.choices.get("report_date", {})
            kind = kinds.get(key) or guess_report_kind(row["report_title"])
            published = row.get("published_on") or (parse_date(dates[key]) if dates.get(key) else None)
            self._note("reports", key, {"key": key, "title": row["report_title"], "near": self.near(row["report_title"]),
                                        "choice": decision, "kind": kind,
                                        "published_on": published.isoformat() if published else ""}, number)
            if decision.isdigit():
                report = access.visible(Report.objects.filter(pk=int(decision)), self.by).first()
                if report is None:
                    raise RowError(self.column("report_title"), "The report chosen for this title is not one you may see")
            else:
                if self.default == REFUSE and key not in self.choices.get("reports", {}) and not self.allow_new_reports:
                    raise RowError(self.column("report_title"), f"No report called “{row['report_title']}”")
                report = report_services.create_report(title=row["report_title"], kind=kind, published_on=published,
                                                       by=self.by)
                self.visible().insert(0, report)  # later rows of the file match it
                self.created["reports"][key] = report.title
                self.made_reports.add(report.pk)  # never offered as a near match: it is this file's
                self.row_created.append(("reports", key, None))
        self.reports[cache] = report
        return report

    allow_new_reports = True  # reports are national: the command line creates them even with --no-create

    def references(self, row, number):
        """The row's owner and lists as Oversight's records ({field: record or None})."""
        refs = {}
        if "owner" in self.column_of and row.get("owner"):
            refs["owner"] = self.owner_for(row["owner"], number)
        for f in LISTS:
            if f in self.column_of and row.get(f):
                refs[f] = self.listed(f, row[f], number)
        return refs

