"""The organisations, people, reference lists and committees the four seed papers name."""

from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth.hashers import make_password

from oversight.accounts.models import Membership, Role, User
from oversight.organisations.models import Board, BusinessArea, ClosureLevel, Organisation, Portfolio
from oversight.papers.models import Committee, Meeting

from .build import upsert

DEMO_PASSWORD = "oversight-demo-2024"

WMP = "West Midlands Police"
WMPCC = "West Midlands Police and Crime Commissioner"
WMERP = "West Mercia Police"
WMERPCC = "West Mercia Police and Crime Commissioner"

ORGANISATIONS = [
    # name, short name, kind, oversees
    (WMP, "WMP", Organisation.Kind.POLICE_FORCE, []),
    (WMPCC, "WMPCC", Organisation.Kind.PCC_OFFICE, [WMP]),
    (WMERP, "WMerP", Organisation.Kind.POLICE_FORCE, []),
    # Seed 002: the PCC's office oversees West Mercia's response and reports to the Panel.
    (WMERPCC, "WMerPCC", Organisation.Kind.PCC_OFFICE, [WMERP]),
]

PORTFOLIOS = {WMP: ["Crime", "Security"]}  # seed 001: Force Executive Team portfolios

BUSINESS_AREAS = {
    # name, portfolio (only where a seed places the area under one)
    WMP: [
        ("Regional Organised Crime Unit (ROCU)", "Security"),
        ("Intelligence", "Security"),
        ("Criminal Justice", "Crime"),
        ("Public Protection Unit", "Crime"),
        ("Contact", None),
        ("Professional Standards", None),
    ],
    WMERP: [
        ("Operations and Communication Centre (OCC)", None),
        ("Strategic Vulnerability Team", None),
        ("Continuous Improvement Team", None),
        ("Force Intelligence Bureau", None),
        ("OCG Management Unit", None),
    ],
}

BOARDS = {
    # name, chair, cadence, archived because (seed 002: the PEEL core groups were disbanded)
    WMP: [
        ("HMIC Oversight Board", "Deputy Chief Constable", "Monthly", ""),  # seed 003
        ("Violence and Intimidation Against Women and Girls Board", "", "", ""),  # seed 001
        ("Vulnerability Improvement Board", "ACC Crime", "", ""),  # seed 004
        ("Contact tactical delivery board", "", "", ""),  # seed 004
        ("Force Executive", "", "", ""),  # seed 004: THRIVE+ policy sign-off
    ],
    WMERP: [
        ("Service Improvement Board", "Deputy Chief Constable", "", ""),
        ("SOC Delivery Group", "Assistant Chief Constable", "", ""),
        ("Strategic Priorities Board", "Both Assistant Chief Constables", "", ""),
        ("Organised Crime Group Management Meeting", "ACC for Shared Service", "Monthly", ""),
        (
            "PEEL Effectiveness Core Group",
            "Assistant Chief Constable",
            "",
            "The three PEEL core groups were disbanded; the Service Improvement Board kept oversight.",
        ),
    ],
    WMERPCC: [("Crime Reduction Board", "Police and Crime Commissioner", "", "")],
}

# Seed 003's portal levels; what each means is not published (DOMAIN.md §3).
CLOSURE_LEVELS = ["Lv2", "Lv3", "Lv4"]

COMMITTEES = {
    # Meetings marked assumed are the meeting before a seed's, not printed anywhere: quarterly
    # dates chosen before the first report each seed counts as "since the last" meeting.
    (WMPCC, "Joint Audit Committee"): [
        (date(2019, 3, 28), "", True),
        (date(2019, 6, 28), "Agenda Item 5", False),  # seed 004
        (date(2021, 6, 24), "", True),
        (date(2021, 9, 29), "Agenda Item 06", False),  # seed 001
        (date(2024, 6, 27), "", True),
        (date(2024, 12, 5), "Agenda Item 06", False),  # seed 003
    ],
    (WMERPCC, "West Mercia Police and Crime Panel"): [
        (date(2018, 6, 19), "", False),  # named by seed 002
        (date(2018, 11, 27), "", False),  # named by seed 002
        (date(2019, 6, 18), "", False),  # seed 002
    ],
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    organisation: str
    description: str
    portfolios: tuple = ()
    business_areas: tuple = ()
    superuser: bool = False
    name: tuple = ("", "")  # fictional first and last name: pages name people, never show a username


DEMO_USERS = [
    DemoUser("admin", Role.ADMINISTRATOR, WMP, "Administrator (superuser)", superuser=True,
             name=("Priya", "Shah")),
    DemoUser("liaison", Role.LIAISON_OFFICER, WMP, "West Midlands Police liaison officer", name=("Jane", "Smith")),
    DemoUser(
        "crime-lead",
        Role.PORTFOLIO_LEAD,
        WMP,
        "West Midlands Police, Crime portfolio lead",
        portfolios=("Crime",),
        name=("David", "Okafor"),
    ),
    DemoUser(
        "ppu-owner",
        Role.ACTION_OWNER,
        WMP,
        "West Midlands Police, action owner in the Public Protection Unit",
        business_areas=("Public Protection Unit",),
        name=("Laura", "Bennett"),
    ),
    DemoUser("pcc-office", Role.OVERSIGHT_REVIEWER, WMPCC, "West Midlands PCC office, oversight reviewer",
             name=("Tom", "Hughes")),
    DemoUser("committee", Role.COMMITTEE_MEMBER, WMPCC, "Joint Audit Committee member (West Midlands PCC)",
             name=("Margaret", "Ellis")),
    DemoUser("wm-liaison", Role.LIAISON_OFFICER, WMERP, "West Mercia Police liaison officer", name=("Chris", "Walker")),
]


@dataclass
class Cast:
    """Everything the seed modules look up by name while loading."""

    orgs: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    portfolios: dict = field(default_factory=dict)
    areas: dict = field(default_factory=dict)
    boards: dict = field(default_factory=dict)
    levels: dict = field(default_factory=dict)

    def portfolio(self, org, name):
        return self.portfolios[org, name]

    def area(self, org, name):
        return self.areas[org, name]

    def board(self, org, name):
        return self.boards[org, name]


def load_organisations(cast):
    for name, short_name, kind, _ in ORGANISATIONS:
        cast.orgs[name], _ = upsert(
            Organisation, name=name, defaults={"short_name": short_name, "kind": kind}
        )
    for name, _, _, oversees in ORGANISATIONS:
        cast.orgs[name].oversees.add(*(cast.orgs[o] for o in oversees))


def load_reference_lists(cast):
    for org_name, names in PORTFOLIOS.items():
        for name in names:
            cast.portfolios[org_name, name], _ = upsert(
                Portfolio, organisation=cast.orgs[org_name], name=name
            )
    for org_name, rows in BUSINESS_AREAS.items():
        for name, portfolio in rows:
            cast.areas[org_name, name], _ = upsert(
                BusinessArea,
                organisation=cast.orgs[org_name],
                name=name,
                defaults={"portfolio": cast.portfolios[org_name, portfolio] if portfolio else None},
            )
    for org_name, rows in BOARDS.items():
        for name, chair, cadence, archived_because in rows:
            board, _ = upsert(
                Board,
                organisation=cast.orgs[org_name],
                name=name,
                defaults={"chair": chair, "cadence": cadence, "archive_reason": archived_because},
            )
            if archived_because and not board.archived_at:
                board.mark_archived(by=None, reason=archived_because)
                board.save(update_fields=["archived_at", "archived_by", "archive_reason"])
            cast.boards[org_name, name] = board
    for org_name in (WMP, WMERP):
        for position, code in enumerate(CLOSURE_LEVELS):
            cast.levels[org_name, code], _ = upsert(
                ClosureLevel,
                organisation=cast.orgs[org_name],
                code=code,
                defaults={
                    "position": position,
                    "description": "HMICFRS portal level; HMICFRS has not published its meaning",
                },
            )


def load_users(cast):
    """The demo sign-ins; a password is set only when the user is first made.

    One hash serves every demo user: hashing is deliberately slow (about 0.7 s each here) and
    these accounts share their published password anyway.
    """
    password_hash = None
    for person in DEMO_USERS:
        user, created = upsert(
            User,
            username=person.username,
            defaults={
                "email": f"{person.username}@example.org",
                "first_name": person.name[0],
                "last_name": person.name[1],
                "is_staff": person.superuser,
                "is_superuser": person.superuser,
                "is_active": True,
            },
        )
        if created or not user.has_usable_password():
            password_hash = password_hash or make_password(DEMO_PASSWORD)
            user.password = password_hash
            user.save(update_fields=["password"])
        organisation = cast.orgs[person.organisation]
        membership, _ = upsert(
            Membership, user=user, organisation=organisation, defaults={"role": person.role}
        )
        membership.portfolios.set([cast.portfolio(person.organisation, p) for p in person.portfolios])
        membership.business_areas.set([cast.area(person.organisation, a) for a in person.business_areas])
        cast.users[person.username] = user


def load_committees(cast):
    for (org_name, name), meetings in COMMITTEES.items():
        committee, _ = upsert(Committee, organisation=cast.orgs[org_name], name=name)
        for held_on, agenda_item, _assumed in meetings:
            upsert(Meeting, committee=committee, held_on=held_on, defaults={"agenda_item": agenda_item})


def load(cast):
    load_organisations(cast)
    load_reference_lists(cast)
    load_users(cast)
    load_committees(cast)
