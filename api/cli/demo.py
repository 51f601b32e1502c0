"""A believable demo organisation for `make run`: loaded once, on an empty database."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.core import audit
from api.core.config import Settings
from api.core.dates import WorkingCalendar, add_months
from api.core.security import SYSTEM_ACTOR, hash_password
from api.development.models import DevelopmentKind, DevelopmentRecord
from api.employees import repository as people
from api.employees.models import (
    Department,
    Employee,
    EmployeeSkill,
    EmployeeStatus,
    PerformanceReview,
)
from api.evaluations.models import Evaluation, EvaluationOutcome
from api.grievances.models import Grievance, GrievanceKind, GrievanceStatus
from api.mentors.models import MentorProfile
from api.pairings.models import (
    ENDED_EARLY_STATUSES,
    PRE_START_STATUSES,
    STARTED_STATUSES,
    Pairing,
    PairingAcknowledgement,
    PairingApproval,
    PairingStatus,
)
from api.programme.models import DEFAULT_PURPOSE
from api.records import service as records
from api.requests.models import MentoringRequest, RequestStatus
from api.reviews import service as reviews
from api.reviews.models import PeriodicReview
from api.training.models import TrainingKind, TrainingRecord, TrainingRole

DEMO_PASSWORD = "mentor-demo-2026"  # noqa: S105 - the published demo login
DEMO_LOGINS = {
    "password": DEMO_PASSWORD,
    "accounts": [
        ("hr_admin", "hr@example.com"),
        ("team_leader", "lena.fischer@example.com"),
        ("team_leader", "omar.haddad@example.com"),
        ("employee", "priya.nair@example.com"),
        ("employee", "tom.becker@example.com"),
        ("employee", "nadia.rahman@example.com"),
    ],
}
# The README's walk-through (tests/test_readme_walkthrough.py runs it on this data): Tom asks
# for mentoring in the skills his latest review found, and Nadia, an opted-in, eligible peer
# with a login, covers both at the top level.
WALKTHROUGH_AREAS = ["Delegation", "Stakeholder management"]
# Nadia's place among Operations' 15 people: an M2 (positions 3-10), managers[3] in
# DEMO_PAIRINGS' terms, which pairs managers 0, 2, 6 and 7 there: she is free to mentor Tom.
NADIA_POSITION = 6

DEPARTMENTS = [
    ("D-OPS", "Operations", "Operations"),
    ("D-FIN", "Finance", "Finance"),
    ("D-SAL", "Sales", "Commercial"),
    ("D-ENG", "Engineering", "Technology"),
]
SKILLS = [
    "Delegation",
    "Coaching",
    "Budgeting",
    "Stakeholder management",
    "Conflict resolution",
    "Public speaking",
    "Strategic planning",
    "Negotiation",
    "Change management",
    "Data-driven decisions",
    "Feedback",
    "Time management",
]
FIRST = [
    "Lena",
    "Omar",
    "Priya",
    "Tom",
    "Aisha",
    "Marco",
    "Sofia",
    "Jonas",
    "Mei",
    "Lucas",
    "Amara",
    "Noah",
    "Elif",
    "Ravi",
    "Hannah",
    "Diego",
    "Yuki",
    "Sam",
    "Olga",
    "Kwame",
    "Chloe",
    "Mateo",
    "Ingrid",
    "Tariq",
    "Nora",
    "Felix",
    "Zara",
    "Ivan",
    "Grace",
    "Luca",
]
LAST = [
    "Fischer",
    "Haddad",
    "Nair",
    "Becker",
    "Khan",
    "Rossi",
    "Garcia",
    "Weber",
    "Chen",
    "Silva",
    "Okafor",
    "Müller",
    "Yilmaz",
    "Patel",
    "Schmidt",
    "Lopez",
    "Tanaka",
    "Berg",
    "Ivanova",
    "Mensah",
]


async def seed_demo(session: AsyncSession, settings: Settings) -> bool:
    """Load the demo organisation unless the database already has people in it."""
    if await session.scalar(select(func.count()).select_from(Employee)):
        return False
    rng = random.Random(2026)  # noqa: S311 - demo data, not security
    today = date.today()

    departments = [Department(external_id=ext, name=name) for ext, name, _ in DEPARTMENTS]
    session.add_all(departments)
    await session.flush()

    fixed_names = [
        ("Lena", "Fischer"),
        ("Omar", "Haddad"),
        ("Priya", "Nair"),
        ("Tom", "Becker"),
        ("Nadia", "Rahman"),
    ]
    used: set[tuple[str, str]] = set(fixed_names)
    employees: list[Employee] = []
    number = 1000
    for d_index, (dept, (_, _, function)) in enumerate(zip(departments, DEPARTMENTS, strict=True)):
        # A head of department, then two team leaders who report to them, then their teams.
        staff_count = 15
        dept_staff: list[Employee] = []
        for position in range(staff_count):
            if d_index == 0 and position in (1, 2):
                first, last = fixed_names[position - 1]  # Lena and Omar lead teams in Operations
            elif d_index == 0 and position in (3, 4):
                first, last = fixed_names[position - 1]  # Priya and Tom are M2 peers there
            elif d_index == 0 and position == NADIA_POSITION:
                first, last = fixed_names[4]  # and so is Nadia, the walk-through's mentor
            else:
                while True:
                    first, last = rng.choice(FIRST), rng.choice(LAST)
                    if (first, last) not in used:
                        break
            used.add((first, last))
            number += 1
            if position == 0:
                level, title, managerial = "M4", f"Head of {dept.name}", True
            elif position in (1, 2):
                level, title, managerial = "M3", "Team Leader", True
            elif position < 11:
                level, title, managerial = (
                    "M2",
                    rng.choice(["Manager", "Senior Manager", "Project Manager"]),
                    True,
                )
            else:
                level, title, managerial = "P3", rng.choice(["Analyst", "Specialist"]), False
            hire = today - timedelta(days=rng.randint(120, 3650))
            if d_index == 0 and position == 4:
                hire = today - timedelta(days=200)  # Tom is new: too short a tenure to mentor
            skills = [
                EmployeeSkill(skill=skill, level=rng.randint(2, 5))
                for skill in rng.sample(SKILLS, k=rng.randint(3, 6))
            ]
            if d_index == 0 and position == 4:  # weak where his review says so
                skills = [s for s in skills if s.skill not in WALKTHROUGH_AREAS]
                skills += [EmployeeSkill(skill=area, level=2) for area in WALKTHROUGH_AREAS]
            if d_index == 0 and position == NADIA_POSITION:  # strong there, for years
                hire = add_months(today, -40)
                skills = [s for s in skills if s.skill not in WALKTHROUGH_AREAS]
                skills += [EmployeeSkill(skill=area, level=5) for area in WALKTHROUGH_AREAS]
            employee = Employee(
                external_id=f"E-{number}",
                employee_number=str(number),
                full_name=f"{first} {last}",
                email=f"{first}.{last}".lower().replace("ü", "ue") + "@example.com",
                department_id=dept.id,
                function=function,
                level=level,
                job_title=title,
                is_managerial=managerial,
                hire_date=hire,
                status=EmployeeStatus.ACTIVE,
                skills=skills,
            )
            dept_staff.append(employee)
        session.add_all(dept_staff)
        await session.flush()
        head, leader_a, leader_b = dept_staff[0], dept_staff[1], dept_staff[2]
        leader_a.team_leader_id = head.id
        leader_b.team_leader_id = head.id
        for position, employee in enumerate(dept_staff[3:], start=3):
            employee.team_leader_id = (leader_a if position % 2 else leader_b).id
        employees.extend(dept_staff)
    # One leaver, kept as a record.
    employees[-1].status = EmployeeStatus.TERMINATED
    employees[-1].terminated_on = today - timedelta(days=30)

    # Two years of half-yearly performance reviews.
    for employee in employees:
        for half in range(4):
            end = date(today.year, 6 if today.month > 6 else 1, 1) - timedelta(days=1)
            end = end - timedelta(days=182 * half)
            start = end - timedelta(days=181)
            if start < employee.hire_date:
                continue
            rating = max(1, min(5, round(rng.gauss(3.6, 0.9))))
            weak = [s.skill for s in employee.skills if s.level <= 3][:2] or rng.sample(SKILLS, 1)
            session.add(
                PerformanceReview(
                    external_id=f"PR-{employee.external_id}-{half}",
                    employee_id=employee.id,
                    period_start=start,
                    period_end=end,
                    rating=rating,
                    summary=f"Half-year review: rated {rating} of 5.",
                    improvement_areas=weak if rating < 5 else [],
                )
            )

    await _seed_walkthrough_people(session, employees, today)
    await session.flush()
    by_email = {e.email: e for e in employees}
    password_hash = await hash_password(settings, DEMO_PASSWORD)
    users: dict[int | None, User] = {}
    for role, email in DEMO_LOGINS["accounts"]:
        account_of = by_email.get(email)
        users[account_of.id if account_of else None] = User(
            email=email,
            password_hash=password_hash,
            role=role,
            employee_id=account_of.id if account_of else None,
        )
    # Every team leader can sign in (only two are listed in the README).
    for employee in employees:
        if employee.job_title == "Team Leader" and employee.id not in users:
            users[employee.id] = User(
                email=employee.email,
                password_hash=password_hash,
                role="team_leader",
                employee_id=employee.id,
            )
    session.add_all(users.values())
    await session.flush()
    await _seed_pairings(session, employees, users, today)
    cohort = await _seed_impact_cohort(session, hr=users[None], today=today)
    await people.refresh_rating_histories(session, await session.scalars(select(Employee.id)))
    audit.record(
        session,
        SYSTEM_ACTOR,
        "demo.seed",
        entity="organisation",
        entity_id=None,
        after={"departments": len(departments) + 1, "employees": len(employees) + cohort},
    )
    return True


async def _seed_walkthrough_people(
    session: AsyncSession, employees: list[Employee], today: date
) -> None:
    """Tom's latest review (the basis of his own request) and Nadia, rated 5 and opted in."""
    tom = next(e for e in employees if e.email == "tom.becker@example.com")
    nadia = next(e for e in employees if e.email == "nadia.rahman@example.com")
    for person, rating, areas, summary in (
        (tom, 3, WALKTHROUGH_AREAS, "A good start; delegate more and bring stakeholders along."),
        (nadia, 5, [], "Outstanding half-year."),
    ):
        session.add(
            PerformanceReview(
                external_id=f"PR-{person.external_id}-latest",
                employee_id=person.id,
                period_start=max(person.hire_date, today - timedelta(days=180)),
                period_end=today - timedelta(days=1),
                rating=rating,
                summary=summary,
                improvement_areas=list(areas),
            )
        )
    session.add(
        MentorProfile(
            employee_id=nadia.id,
            available=True,
            capacity=2,
            bio="Ten years of running teams across sites.",
            skills_offered=list(WALKTHROUGH_AREAS),
        )
    )


# Pairing states shown by the demo, per department: (mentee position, mentor position, state,
# months since the start). Positions index the department's M2 managers.
DEMO_PAIRINGS = {
    0: [(0, 7, PairingStatus.ACTIVE, 2), (2, 6, PairingStatus.PROPOSED, -1)],
    # Finance's active pairing started 6 months ago: its evaluation is due (GET
    # /evaluations/due, and the README's walk-through evaluates it).
    1: [
        (0, 7, PairingStatus.APPROVED, 0),
        (1, 6, PairingStatus.COMPLETED, 8),
        (2, 5, PairingStatus.ACTIVE, 6),
    ],
    2: [
        (0, 7, PairingStatus.REJECTED, 0),
        (1, 6, PairingStatus.TERMINATED, 3),
        (2, 5, PairingStatus.COMPLETED, 9),
    ],
    3: [(0, 7, PairingStatus.WITHDRAWN, 2), (1, 6, PairingStatus.ACTIVE, 5)],
}


async def _seed_pairings(
    session: AsyncSession, employees: list[Employee], users: dict[int | None, User], today: date
) -> None:
    """Mentor profiles and pairings in every state, with the records each state implies."""
    hr = users[None]
    departments = sorted({e.department_id for e in employees})
    for index, department_id in enumerate(departments):
        managers = [
            e
            for e in employees
            if e.department_id == department_id
            and e.level == "M2"
            and e.status == EmployeeStatus.ACTIVE
        ]
        for mentee_pos, mentor_pos, state, months_ago in DEMO_PAIRINGS[index]:
            mentee, mentor = managers[mentee_pos], managers[mentor_pos]
            leader = users[mentee.team_leader_id]
            await _demo_pairing(
                session,
                mentee=mentee,
                mentor=mentor,
                state=state,
                start=add_months(today, -months_ago),
                hr=hr,
                leader=leader,
                today=today,
            )


async def _demo_pairing(
    session: AsyncSession,
    *,
    mentee: Employee,
    mentor: Employee,
    state: PairingStatus,
    start: date,
    hr: User,
    leader: User,
    today: date,
) -> None:
    # The mentor is high-performing and has opted in; the mentee was rated below par.
    session.add(
        PerformanceReview(
            external_id=f"PR-{mentor.external_id}-latest",
            employee_id=mentor.id,
            period_start=today - timedelta(days=180),
            period_end=today - timedelta(days=1),
            rating=5,
            summary="Outstanding half-year.",
            improvement_areas=[],
        )
    )
    if await session.get(MentorProfile, mentor.id) is None:
        session.add(
            MentorProfile(
                employee_id=mentor.id,
                available=True,
                capacity=2,
                bio="Happy to share what worked for me.",
                skills_offered=[s.skill for s in mentor.skills if s.level >= 4],
            )
        )
    areas = [s.skill for s in mentor.skills if s.level >= 4][:2] or ["Delegation"]
    review = PerformanceReview(
        external_id=f"PR-{mentee.external_id}-latest",
        employee_id=mentee.id,
        period_start=today - timedelta(days=180),
        period_end=today - timedelta(days=1),
        rating=3,
        summary="Good results; needs to grow as a people manager.",
        improvement_areas=areas,
    )
    session.add(review)
    await session.flush()
    discussion = min(start, today) - timedelta(days=14)
    request_status = (
        RequestStatus.OPEN
        if state in (*PRE_START_STATUSES, PairingStatus.REJECTED)
        else RequestStatus.MATCHED
    )
    request = MentoringRequest(
        mentee_id=mentee.id,
        performance_review_id=review.id,
        discussion_date=discussion,
        improvement_areas=areas,
        status=request_status,
        requested_by=leader.id,
        notes="Agreed in the half-year performance discussion.",
        # Raised on the day of the discussion, so that the report's lead times are real.
        created_at=datetime.combine(discussion, datetime.min.time(), tzinfo=UTC),
    )
    session.add(request)
    await session.flush()
    pairing = Pairing(
        request_id=request.id,
        mentee_id=mentee.id,
        mentor_id=mentor.id,
        goals=[f"Improve {area.lower()} with a peer's help" for area in areas],
        meeting_cadence="fortnightly, one hour",
        start_date=start,
        status=state,
        proposed_by=f"user:{leader.id}",
        approvals=[],
        acknowledgements=[],
    )
    session.add(pairing)
    started = state in STARTED_STATUSES
    if state != PairingStatus.PROPOSED:
        at = datetime.combine(discussion + timedelta(days=2), datetime.min.time(), tzinfo=UTC)
        pairing.approvals = [
            PairingApproval(role="team_leader", by=leader.id, at=at),
            PairingApproval(role="hr_admin", by=hr.id, at=at),
        ]
    if state in (PairingStatus.APPROVED, *STARTED_STATUSES):
        at = datetime.combine(discussion + timedelta(days=4), datetime.min.time(), tzinfo=UTC)
        pairing.acknowledgements = [
            PairingAcknowledgement(employee_id=person.id, at=at, purpose_statement=DEFAULT_PURPOSE)
            for person in (mentor, mentee)
        ]
        for person, role in ((mentor, TrainingRole.MENTOR), (mentee, TrainingRole.MENTEE)):
            session.add(
                TrainingRecord(
                    kind=TrainingKind.ROLE_TRAINING,
                    employee_id=person.id,
                    role=role,
                    title="Mentor training"
                    if role == TrainingRole.MENTOR
                    else "Mentee orientation",
                    provider="HR Academy",
                    date=discussion + timedelta(days=5),
                    duration_minutes=120,
                    topics=[],
                    skills=[],
                    recorded_by=f"user:{hr.id}",
                )
            )
    if state == PairingStatus.REJECTED:
        pairing.status_reason = "The mentor's workload is too high this quarter."
    await session.flush()
    if started:
        pairing.activated_at = datetime.combine(start, datetime.min.time(), tzinfo=UTC)
        pairing.evaluation_due_date = add_months(start, 6)
        await reviews.schedule(
            session,
            pairing_id=pairing.id,
            start=start,
            until=pairing.evaluation_due_date,
            interval_months=1,
        )
        for employee_id, kind, title in (
            (mentor.id, DevelopmentKind.KRA, "Peer mentoring"),
            (mentee.id, DevelopmentKind.CAREER_DEVELOPMENT, "Peer mentoring: development plan"),
        ):
            session.add(
                DevelopmentRecord(
                    employee_id=employee_id,
                    kind=kind,
                    pairing_id=pairing.id,
                    title=title,
                    period_start=start,
                    period_end=pairing.evaluation_due_date,
                    rating=4
                    if state == PairingStatus.COMPLETED and kind == DevelopmentKind.KRA
                    else None,
                    closed_at=None if state == PairingStatus.ACTIVE else datetime.now(UTC),
                )
            )
    if started:
        await _demo_activity(
            session, pairing, mentor=mentor, mentee=mentee, hr=hr, today=today, areas=areas
        )
    if state in (PairingStatus.COMPLETED, *ENDED_EARLY_STATUSES):
        pairing.end_date = min(today, pairing.evaluation_due_date or today)
        if state != PairingStatus.COMPLETED:
            pairing.status_reason = (
                "The mentee withdrew from the agreement."
                if state == PairingStatus.WITHDRAWN
                else "The mentor left the company."
            )
            await reviews.cancel_open(session, pairing_id=pairing.id)
    await records.file_document(
        session,
        document_type="mentoring_request",
        document_id=request.id,
        title="Mentoring request",
        participants=[mentee],
        record=("mentoring_request", request.id),
    )
    if state not in (PairingStatus.PROPOSED, PairingStatus.REJECTED):
        await records.file_document(
            session,
            document_type="agreement",
            document_id=pairing.id,
            title="Mentoring agreement",
            participants=[mentor, mentee],
            record=("pairing", pairing.id),
        )
    await session.flush()


async def _demo_activity(
    session: AsyncSession,
    pairing: Pairing,
    *,
    mentor: Employee,
    mentee: Employee,
    hr: User,
    today: date,
    areas: list[str],
) -> None:
    """What a running pairing accumulates: fortnightly sessions (confirmed by the mentee),
    review forms for past reviews (the latest one left open: overdue), the evaluation of a
    completed pairing, and a grievance on a withdrawn one."""
    end = min(today, pairing.evaluation_due_date or today)
    day = pairing.start_date + timedelta(days=7)
    while day < end:
        session.add(
            TrainingRecord(
                kind=TrainingKind.PEER_SESSION,
                employee_id=mentee.id,
                trainer_id=mentor.id,
                pairing_id=pairing.id,
                title="Peer mentoring session",
                date=day,
                duration_minutes=60,
                topics=[f"Practising {areas[0].lower()}"],
                skills=areas[:1],
                notes="Went through a real case from this week.",
                recorded_by=f"user:{hr.id}",
                confirmed_at=datetime.combine(day, datetime.min.time(), tzinfo=UTC)
                if day < end - timedelta(days=14)
                else None,
            )
        )
        day += timedelta(days=14)
    past = (
        await session.scalars(
            select(PeriodicReview)
            .where(PeriodicReview.pairing_id == pairing.id, PeriodicReview.due_date < today)
            .order_by(PeriodicReview.sequence)
        )
    ).all()
    for review in past[:-1] if pairing.status == PairingStatus.ACTIVE else past:
        at = datetime.combine(review.due_date, datetime.min.time(), tzinfo=UTC)
        form = {
            "progress": 4,
            "relationship_health": 5,
            "comments": "Steady progress.",
            "concern": False,
            "submitted_at": at.isoformat(),
            "submitted_by": f"user:{hr.id}",
            "on_behalf_note": None,
        }
        reviews.record_past_submission(review, mentor_form=form, mentee_form=dict(form), at=at)
    if pairing.status == PairingStatus.COMPLETED and pairing.evaluation_due_date:
        session.add(
            Evaluation(
                pairing_id=pairing.id,
                evaluated_on=pairing.evaluation_due_date,
                goals=[{"goal": goal, "met": True} for goal in pairing.goals],
                skill_ratings=[{"skill": area, "before": 2, "after": 4} for area in areas],
                effectiveness=4,
                mentor_kra_rating=4,
                outcome=EvaluationOutcome.COMPLETE,
                summary="Clear, lasting progress in the improvement areas.",
                due_date=pairing.evaluation_due_date,
                evaluated_by=f"user:{hr.id}",
            )
        )
    if pairing.status == PairingStatus.WITHDRAWN:
        raised = pairing.start_date + timedelta(days=30)
        session.add(
            Grievance(
                pairing_id=pairing.id,
                kind=GrievanceKind.WITHDRAWAL,
                raised_by=mentee.id,
                raised_on=raised,
                description="My new project leaves no time for the sessions.",
                status=GrievanceStatus.RESOLVED,
                due_date=raised + timedelta(days=6),
                resolution="Withdrawal agreed with both.",
                resolved_on=raised + timedelta(days=3),
                resolved_by=hr.id,
                recorded_by=f"user:{hr.id}",
                actions=[],
            )
        )
    if pairing.status == PairingStatus.ACTIVE and pairing.start_date < add_months(today, -4):
        raised = today - timedelta(days=2)
        session.add(
            Grievance(
                pairing_id=pairing.id,
                kind=GrievanceKind.GRIEVANCE,
                raised_by=mentor.id,
                raised_on=raised,
                description="Sessions keep being cancelled at short notice.",
                status=GrievanceStatus.OPEN,
                due_date=WorkingCalendar.of(None).add_working_days(raised, 4),
                recorded_by=f"user:{hr.id}",
                actions=[],
            )
        )
    await session.flush()


# Customer Care: a past cohort the programme-impact report can judge (GET
# /api/v1/reports/programme-impact). 100 M2 managers: 12 mentors (rated 5), 24 mentees (rated 2
# or 3) whose pairings started 20 months ago and ran 6 months, and 64 people who never took
# part (rated 2 to 5). After the pairings, mentees' ratings rise by one point (with a balanced
# wobble that everyone else has too); one mentee and one in five of the others leave.
# Deterministic (no random draws: the rest of the demo stays as it was).
COHORT_DEPARTMENT = ("D-CC", "Customer Care", "Service")
COHORT_MENTORS, COHORT_MENTEES, COHORT_OTHERS = 12, 24, 64
WOBBLE = (-1, 0, 1)


async def _seed_impact_cohort(session: AsyncSession, *, hr: User, today: date) -> int:
    ext, name, function = COHORT_DEPARTMENT
    department = Department(external_id=ext, name=name)
    session.add(department)
    await session.flush()
    start = add_months(today, -20)
    end = add_months(start, 6)
    # Half-year periods ending 30 June and 31 December, the last six before today.
    ends: list[date] = []
    year = today.year
    while len(ends) < 6:
        for period_end in (date(year, 12, 31), date(year, 6, 30)):
            if period_end < today and len(ends) < 6:
                ends.append(period_end)
        year -= 1
    ends.reverse()
    total = COHORT_MENTORS + COHORT_MENTEES + COHORT_OTHERS
    people: list[tuple[Employee, str, int]] = []  # (employee, role, rating before)
    for k in range(total):
        if k < COHORT_MENTORS:
            role, before, leaver = "mentor", 5, False
        elif k < COHORT_MENTORS + COHORT_MENTEES:
            i = k - COHORT_MENTORS
            role, before, leaver = "mentee", 2 + i % 2, i == COHORT_MENTEES - 1
        else:
            i = k - COHORT_MENTORS - COHORT_MENTEES
            role, before, leaver = "other", 2 + i % 4, i % 5 == 4
        first, last = FIRST[k % len(FIRST)], LAST[(k // len(FIRST) + k) % len(LAST)]
        employee = Employee(
            external_id=f"E-CC-{k + 1}",
            employee_number=f"CC{k + 1:03d}",
            full_name=f"{first} {last}",
            email=f"{first}.{last}.cc{k + 1}".lower().replace("ü", "ue") + "@example.com",
            department_id=department.id,
            function=function,
            level="M2",
            job_title="Customer Care Manager",
            is_managerial=True,
            hire_date=start - timedelta(days=900 + 17 * k),
            status=EmployeeStatus.TERMINATED if leaver else EmployeeStatus.ACTIVE,
            terminated_on=add_months(start, 4) if leaver else None,
        )
        people.append((employee, role, before))
    session.add_all(e for e, _, _ in people)
    await session.flush()
    pre_review: dict[int, PerformanceReview] = {}
    for k, (employee, role, before) in enumerate(people):
        for period_end in ends:
            if employee.terminated_on and period_end > employee.terminated_on:
                break
            rating = before
            if period_end > end:
                gain = 1 if role == "mentee" else 0
                rating = max(1, min(5, before + gain + WOBBLE[(k // 2) % 3]))
            review = PerformanceReview(
                external_id=f"PR-{employee.external_id}-{period_end.isoformat()}",
                employee_id=employee.id,
                period_start=period_end.replace(day=1, month=1 if period_end.month == 6 else 7),
                period_end=period_end,
                rating=rating,
                summary=f"Half-year review: rated {rating} of 5.",
                improvement_areas=["Delegation", "Coaching"] if rating < 4 else [],
            )
            session.add(review)
            if period_end < start:
                pre_review[employee.id] = review
    await session.flush()
    mentors = [e for e, role, _ in people if role == "mentor"]
    mentees = [e for e, role, _ in people if role == "mentee"]
    for i, mentee in enumerate(mentees):
        request = MentoringRequest(
            mentee_id=mentee.id,
            performance_review_id=pre_review[mentee.id].id,
            discussion_date=start - timedelta(days=21),
            improvement_areas=["Delegation", "Coaching"],
            status=RequestStatus.MATCHED,
            requested_by=hr.id,
            # Raised after the discussion, before the pairing started (the dashboard's "days
            # from request to start" reads it).
            created_at=datetime.combine(
                start - timedelta(days=20), datetime.min.time(), tzinfo=UTC
            ),
        )
        session.add(request)
        await session.flush()
        pairing = Pairing(
            request_id=request.id,
            mentee_id=mentee.id,
            mentor_id=mentors[i % len(mentors)].id,
            goals=["Delegate the team's weekly planning", "Coach a new starter"],
            meeting_cadence="fortnightly",
            start_date=start,
            status=PairingStatus.COMPLETED,
            evaluation_due_date=end,
            end_date=end,
            activated_at=datetime.combine(start, datetime.min.time(), tzinfo=UTC),
            proposed_by=f"user:{hr.id}",
        )
        session.add(pairing)
        await session.flush()
        session.add(
            Evaluation(
                pairing_id=pairing.id,
                evaluated_on=end,
                goals=[{"goal": goal, "met": True} for goal in pairing.goals],
                skill_ratings=[
                    {"skill": "Delegation", "before": 2, "after": 3 + i % 2},
                    {"skill": "Coaching", "before": 2 + i % 2, "after": 4},
                ],
                effectiveness=4,
                mentor_kra_rating=4,
                outcome=EvaluationOutcome.COMPLETE,
                summary="Clear progress in both improvement areas.",
                due_date=end,
                evaluated_by=f"user:{hr.id}",
            )
        )
    await session.flush()
    return total
