"""A believable demo organisation for `make run`: loaded once, on an empty database."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.core import audit
from api.core.config import Settings
from api.core.security import SYSTEM_ACTOR, hash_password
from api.employees.models import Department, Employee, EmployeeSkill, PerformanceReview

DEMO_PASSWORD = "mentor-demo-2026"  # noqa: S105 - the published demo login
DEMO_LOGINS = {
    "password": DEMO_PASSWORD,
    "accounts": [
        ("hr_admin", "hr@example.com"),
        ("team_leader", "lena.fischer@example.com"),
        ("team_leader", "omar.haddad@example.com"),
        ("employee", "priya.nair@example.com"),
        ("employee", "tom.becker@example.com"),
    ],
}

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

    fixed_names = [("Lena", "Fischer"), ("Omar", "Haddad"), ("Priya", "Nair"), ("Tom", "Becker")]
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
                status="active",
                skills=[
                    EmployeeSkill(skill=skill, level=rng.randint(2, 5))
                    for skill in rng.sample(SKILLS, k=rng.randint(3, 6))
                ],
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
    employees[-1].status = "terminated"

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

    by_email = {e.email: e for e in employees}
    password_hash = await hash_password(settings, DEMO_PASSWORD)
    for role, email in DEMO_LOGINS["accounts"]:
        account_of = by_email.get(email)
        session.add(
            User(
                email=email,
                password_hash=password_hash,
                role=role,
                employee_id=account_of.id if account_of else None,
            )
        )
    await session.flush()
    audit.record(
        session,
        SYSTEM_ACTOR,
        "demo.seed",
        entity="organisation",
        entity_id=None,
        after={"departments": len(departments), "employees": len(employees)},
    )
    return True
