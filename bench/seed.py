"""(Re)create the benchmark database: 100,000 employees and a 20,000-pairing programme.

50 departments, the employees with their skills and performance reviews, and a mentoring
programme of 20,000 pairings with everything hanging off them (see bench/README.md).

    .venv/bin/python bench/seed.py            # drop, create, migrate, load (about a minute)
    .venv/bin/python bench/seed.py --if-needed
    BENCH_DATABASE_URL=postgresql://... .venv/bin/python bench/seed.py

The schema comes from the app's own migrations (`peermentor migrate`); the rows are generated
in PostgreSQL with INSERT ... SELECT generate_series, deterministically (no randomness: the
same seed gives the same database; programme dates are relative to the day of seeding). The
grievance texts the app keeps encrypted are encrypted here with the bench's fixed Fernet key.
The accounts are the fixed ones in bench/common.py.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time

import psycopg
from common import (
    DEPARTMENTS,
    EMPLOYEES,
    ENCRYPTION_KEY,
    HR_EMAIL,
    HR_PASSWORD,
    HRIS_CLIENT_ID,
    HRIS_CLIENT_SECRET,
    LEADER_EMAIL,
    LEADER_EMPLOYEE_ID,
    LEADER_PASSWORD,
    PAIRINGS,
    PROJECT_ROOT,
    REPORTING_CLIENT_ID,
    REPORTING_CLIENT_SECRET,
    SKILLS,
    TEAM_SIZE,
    VENV_BIN,
    connect,
    database_url,
    ensure_postgres_running,
    libpq_url,
)
from cryptography.fernet import Fernet
from psycopg import sql

DEPARTMENTS_SQL = """
INSERT INTO departments (id, external_id, name, created_at, updated_at)
SELECT d, 'D-' || d,
       (ARRAY['Engineering', 'Sales', 'Finance', 'Operations', 'Marketing', 'Support',
              'Legal', 'People', 'Product', 'Research'])[1 + (d - 1) %% 10] || ' ' || d,
       now(), now()
FROM generate_series(1, %(departments)s) AS d
"""

# Employee n is member k = (n - 1) / D of department (n - 1) % D + 1, so member m of a
# department has id m * D + department. Every TEAM_SIZE-th member (k % T = 0) is a team leader
# (M1/M2) leading the next T - 1 members; every T*T-th member is a department head (M3/M4)
# leading the team leaders of their block. Heads have no leader. Everyone else is P1..P3.
EMPLOYEES_SQL = """
INSERT INTO employees (
    id, external_id, employee_number, full_name, email, department_id, function, level,
    job_title, is_managerial, hire_date, team_leader_id, status, created_at, updated_at)
SELECT n,
       'E-' || n,
       'N' || lpad(n::text, 7, '0'),
       (ARRAY['Ada', 'Ben', 'Chloe', 'Dev', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas',
              'Kemal', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven',
              'Tomas'])[1 + (n * 7) %% 20]
         || ' ' ||
       (ARRAY['Abara', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad',
              'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor',
              'Petrov', 'Rossi', 'Silva', 'Tanaka', 'Varga'])[1 + (n / 20) %% 20],
       'employee' || n || '@bench.example.com',
       dept,
       (ARRAY['engineering', 'sales', 'finance', 'operations', 'marketing', 'support',
              'legal', 'people', 'product', 'research'])[1 + (dept - 1) %% 10],
       CASE WHEN k %% (%(team)s * %(team)s) = 0 THEN (ARRAY['M3', 'M4'])[1 + n %% 2]
            WHEN k %% %(team)s = 0 THEN (ARRAY['M1', 'M2'])[1 + n %% 2]
            ELSE (ARRAY['P1', 'P2', 'P3'])[1 + n %% 3] END,
       CASE WHEN k %% (%(team)s * %(team)s) = 0 THEN 'Head of department'
            WHEN k %% %(team)s = 0 THEN 'Team lead'
            ELSE (ARRAY['Associate', 'Specialist', 'Senior specialist'])[1 + n %% 3] END,
       k %% %(team)s = 0,
       DATE '2008-01-01' + (n * 37) %% 6200,
       CASE WHEN k %% (%(team)s * %(team)s) = 0 THEN NULL
            WHEN k %% %(team)s = 0 THEN (k / (%(team)s * %(team)s)) * %(team)s * %(team)s
                                        * %(departments)s + dept
            ELSE (k / %(team)s) * %(team)s * %(departments)s + dept END,
       CASE WHEN n %% 33 = 0 THEN 'terminated' ELSE 'active' END,
       now(), now()
FROM (SELECT n, (n - 1) %% %(departments)s + 1 AS dept, (n - 1) / %(departments)s AS k
      FROM generate_series(1, %(employees)s) AS n) AS e
"""

# Three distinct skills each: offsets 0, 7 and 14 in a list of 30 never collide.
SKILLS_SQL = """
INSERT INTO employee_skills (employee_id, skill, level)
SELECT n, (%(skills)s::text[])[1 + (n + i * 7) %% 30], 1 + (n * (i + 3) + i) %% 5
FROM generate_series(1, %(employees)s) AS n, generate_series(0, 2) AS i
"""

# Five half-year reviews each (2024 H1 .. 2026 H1), a rating history the impact report can
# read: a steady level per person (2..4) plus a small balanced wobble; improvement_areas is a
# JSON array of skills. MENTEE_GAIN_SQL later lifts mentees' ratings after their pairing ended.
REVIEWS_SQL = """
INSERT INTO performance_reviews (
    external_id, employee_id, period_start, period_end, rating, summary, improvement_areas,
    created_at, updated_at)
SELECT 'R-' || n || '-' || r,
       n,
       (DATE '2024-01-01' + (r - 1) * INTERVAL '6 months')::date,
       (DATE '2024-01-01' + r * INTERVAL '6 months' - INTERVAL '1 day')::date,
       2 + n %% 3 + CASE (n * 7 + r * 3) %% 5 WHEN 0 THEN -1 WHEN 1 THEN 1 ELSE 0 END,
       'Half-year review ' || r || ' of employee ' || n
         || ': met most objectives; agreed next steps with the team leader.',
       json_build_array((%(skills)s::text[])[1 + (n + 3 * r) %% 30],
                        (%(skills)s::text[])[1 + (n + 3 * r + 11) %% 30]),
       now(), now()
FROM generate_series(1, %(employees)s) AS n, generate_series(1, 5) AS r
ORDER BY n, r
"""

# The programme's effect, for the impact report to find: a completed mentee's ratings after
# the pairing ended are one point higher (at most 5); people who never took part leave more
# often (one in ten non-managerial ones, over the last three years) than participants; every
# leaver has the day they left.
MENTEE_GAIN_SQL = """
UPDATE performance_reviews AS pr SET rating = least(5, pr.rating + 1)
FROM pairings AS pa
WHERE pa.mentee_id = pr.employee_id AND pa.status = 'completed' AND pr.period_end > pa.end_date
"""
LEAVERS_SQL = """
UPDATE employees AS e SET status = 'terminated',
       terminated_on = current_date - 30 - (e.id * 13) %% 1000
WHERE e.id %% 10 = 5 AND NOT e.is_managerial
  AND NOT EXISTS (SELECT 1 FROM pairings AS pa WHERE e.id IN (pa.mentee_id, pa.mentor_id))
"""
# What the app keeps on every review write (api/employees/repository.py): each person's ratings
# packed for the impact report.
RATING_HISTORY_SQL = """
UPDATE employees AS e SET rating_history = r.packed
FROM (SELECT employee_id,
             string_agg(lpad(CAST((period_end - DATE '1970-01-01') * 10 + rating AS TEXT), 7, '0'),
                        ',' ORDER BY period_end) AS packed
      FROM performance_reviews GROUP BY employee_id) AS r
WHERE r.employee_id = e.id
"""
LEAVING_DAYS_SQL = """
UPDATE employees SET terminated_on = current_date - 200 - (id * 17) %% 700
WHERE status = 'terminated' AND terminated_on IS NULL
"""


# -- the mentoring programme -------------------------------------------------------------
#
# Pairing p (1..PAIRINGS) is number j = (p - 1) / D of department (p - 1) % D + 1; its mentee
# is member 5j + 1 of that department and its mentor member 5j + 3 (so nobody is in two
# pairings). h (0..99, uniform within every department) picks the status, r (0..996) the
# dates. Dates are relative to current_date (the day of seeding), so the figures (overdue,
# breached, due) look the same whenever the database is seeded. (%% is % in these statements:
# they take psycopg parameters.)
PLAN_SQL = """
CREATE TEMP TABLE plan ON COMMIT DROP AS
SELECT p, dept, mentee, mentor, h, r, status, start_date,
       status IN ('active', 'completed', 'withdrawn', 'terminated') AS started
FROM (
    SELECT p, dept, h, r,
           (5 * j + 1) * %(departments)s + dept AS mentee,
           (5 * j + 3) * %(departments)s + dept AS mentor,
           CASE WHEN h < 45 THEN 'active' WHEN h < 70 THEN 'completed'
                WHEN h < 78 THEN 'proposed' WHEN h < 85 THEN 'approved'
                WHEN h < 90 THEN 'rejected' WHEN h < 95 THEN 'withdrawn'
                ELSE 'terminated' END AS status
    FROM (SELECT p, (p - 1) %% %(departments)s + 1 AS dept, (p - 1) / %(departments)s AS j,
                 ((p - 1) / %(departments)s * 37 + ((p - 1) %% %(departments)s) * 11) %% 100 AS h,
                 ((p - 1) / %(departments)s * 7919 + ((p - 1) %% %(departments)s) * 104729)
                   %% 997 AS r
          FROM generate_series(1, %(pairings)s) AS p) AS s
) AS s2,
LATERAL (SELECT CASE status
    WHEN 'active' THEN current_date - r %% 200
    WHEN 'completed' THEN current_date - 190 - r %% 540
    WHEN 'proposed' THEN current_date - 14 + r %% 45
    WHEN 'approved' THEN current_date - 14 + r %% 45
    WHEN 'rejected' THEN current_date - r %% 730
    ELSE current_date - 160 - r %% 560 END AS start_date) AS d
"""

# One request per pairing (same id), on the mentee's 2024 H2 review.
REQUESTS_SQL = """
INSERT INTO mentoring_requests (
    id, mentee_id, performance_review_id, discussion_date, improvement_areas, notes, status,
    requested_by, confirmed_by, confirmed_at, status_reason, created_at, updated_at)
SELECT pl.p, pl.mentee, pr.id, pl.start_date - 21 - pl.r %% 10, pr.improvement_areas,
       'Agreed in the performance discussion.',
       CASE WHEN pl.started THEN 'matched'
            WHEN pl.status = 'rejected' AND pl.r %% 2 = 1 THEN 'cancelled'
            ELSE 'open' END,
       %(leader_user)s, %(hr_user)s,
       (pl.start_date - 19 - pl.r %% 10) + TIME '11:00',
       CASE WHEN pl.status = 'rejected' AND pl.r %% 2 = 1 THEN 'No suitable mentor' END,
       (pl.start_date - 20 - pl.r %% 10) + TIME '10:00', now()
FROM plan AS pl
JOIN performance_reviews AS pr ON pr.external_id = 'R-' || pl.mentee || '-2'
ORDER BY pl.p
"""

PAIRINGS_SQL = """
INSERT INTO pairings (
    id, request_id, mentee_id, mentor_id, goals, meeting_cadence, start_date, status,
    evaluation_due_date, end_date, status_reason, activated_at, proposed_by, version,
    created_at, updated_at)
SELECT p, p, mentee, mentor,
       json_build_array('Improve ' || (%(skills)s::text[])[1 + (mentee + 6) %% 30],
                        'Practise ' || (%(skills)s::text[])[1 + (mentee + 17) %% 30],
                        'Agree a development plan with the team leader'),
       (ARRAY['monthly', 'fortnightly', 'weekly'])[1 + r %% 3],
       start_date, status,
       CASE WHEN started THEN (start_date + INTERVAL '6 months')::date END,
       CASE WHEN status = 'completed' THEN (start_date + INTERVAL '6 months')::date
            WHEN status IN ('withdrawn', 'terminated') THEN start_date + 30 + r %% 120 END,
       CASE status WHEN 'rejected' THEN 'Levels do not match'
                   WHEN 'withdrawn' THEN 'Withdrawn after a grievance'
                   WHEN 'terminated' THEN 'The mentee left the team' END,
       CASE WHEN started THEN start_date + TIME '09:00' END,
       'user:' || %(hr_user)s,
       CASE WHEN started THEN 3 WHEN status = 'approved' THEN 2 ELSE 1 END,
       (start_date - 14) + TIME '10:00', now()
FROM plan
ORDER BY p
"""

APPROVALS_SQL = """
INSERT INTO pairing_approvals (pairing_id, role, by, at)
SELECT p, role, CASE role WHEN 'team_leader' THEN %(leader_user)s ELSE %(hr_user)s END,
       (start_date - 7) + CASE role WHEN 'team_leader' THEN TIME '10:00' ELSE TIME '15:00' END
FROM plan, unnest(ARRAY['team_leader', 'hr_admin']) AS role
WHERE started OR status = 'approved'
ORDER BY p, role DESC
"""

ACKNOWLEDGEMENTS_SQL = """
INSERT INTO pairing_acknowledgements (pairing_id, employee_id, at, purpose_statement)
SELECT p, who, (start_date - 3) + TIME '12:00',
       (SELECT programme_purpose FROM programme_settings WHERE id = 1)
FROM plan, unnest(ARRAY[mentor, mentee]) AS who
WHERE started OR (status = 'approved' AND r %% 2 = 0)
ORDER BY p, who
"""

ROLE_TRAINING_SQL = """
INSERT INTO training_records (
    kind, employee_id, trainer_id, pairing_id, role, title, provider, date, duration_minutes,
    topics, skills, notes, recorded_by, confirmed_at, created_at, updated_at)
SELECT 'role_training', CASE role WHEN 'mentor' THEN mentor ELSE mentee END, NULL, NULL, role,
       CASE role WHEN 'mentor' THEN 'Mentor training' ELSE 'Mentee orientation' END,
       'People team', start_date - 10, CASE role WHEN 'mentor' THEN 240 ELSE 90 END,
       '[]', '[]', NULL, 'user:' || %(hr_user)s, NULL, (start_date - 10) + TIME '17:00', now()
FROM plan, unnest(ARRAY['mentor', 'mentee']) AS role
WHERE started OR (status = 'approved' AND r %% 2 = 0)
ORDER BY p, role DESC
"""

# Monthly reviews until the evaluation (5 each). Past ones of active pairings carry both forms,
# except: a form is missing for about one review in eight, and for half of those due in the
# last two weeks (overdue). Completed pairings: all submitted. Ended early: submitted before the
# end, cancelled after it (and the last one before it, one time in four).
REVIEWS_FORMS_SQL = """
INSERT INTO periodic_reviews (
    pairing_id, sequence, due_date, mentor_form, mentee_form, hr_follow_up, submitted_at,
    cancelled_at, version, created_at, updated_at)
SELECT p, k, due,
       CASE WHEN has_mentor THEN json_build_object(
           'progress', 1 + (p + k) %% 5, 'relationship_health', 2 + (p * k) %% 4,
           'comments', 'Review ' || k || ': worked through the plan; next steps agreed.',
           'concern', concern, 'submitted_at', to_char(due + TIME '16:00', %(iso)s),
           'submitted_by', 'user:' || %(hr_user)s,
           'on_behalf_note', 'Received from the mentor by e-mail.') END,
       CASE WHEN has_mentee THEN json_build_object(
           'progress', 1 + (p + 2 * k) %% 5, 'relationship_health', 1 + (p + k) %% 5,
           'comments', 'Useful session; I am applying the feedback in my team.',
           'concern', false, 'submitted_at', to_char(due + TIME '17:00', %(iso)s),
           'submitted_by', 'user:' || %(hr_user)s,
           'on_behalf_note', 'Received from the mentee by e-mail.') END,
       CASE WHEN concern AND has_mentor THEN json_build_object(
           'notes', 'Spoke to both participants; no further action.',
           'action_required', false, 'at', to_char(due + 2 + TIME '10:00', %(iso)s),
           'by', 'user:' || %(hr_user)s) END,
       CASE WHEN has_mentor AND has_mentee THEN due + TIME '17:00' END,
       CASE WHEN cancelled THEN ended + TIME '09:00' END,
       CASE WHEN has_mentor AND has_mentee THEN 3 WHEN has_mentor OR has_mentee THEN 2
            ELSE 1 END,
       start_date + TIME '09:00', now()
FROM (
    SELECT pl.p, k, pl.start_date, due, concern, ended,
           past AND NOT cancelled AND NOT (pl.status = 'active' AND (
               (pl.p + 3 * k) %% 11 = 0 OR (recent AND (pl.p + k) %% 3 = 0))) AS has_mentor,
           past AND NOT cancelled AND NOT (pl.status = 'active' AND (
               (pl.p * 3 + k) %% 8 = 0 OR (recent AND (pl.p + k) %% 2 = 0))) AS has_mentee,
           cancelled
    FROM plan AS pl
    JOIN pairings AS pa ON pa.id = pl.p
    CROSS JOIN generate_series(1, 5) AS k
    CROSS JOIN LATERAL (SELECT (pl.start_date + k * INTERVAL '1 month')::date AS due) AS d
    CROSS JOIN LATERAL (SELECT
        pa.end_date AS ended,
        due < current_date AND (pa.end_date IS NULL OR due < pa.end_date) AS past,
        due >= current_date - 14 AS recent,
        (pl.p + k) %% 23 = 0 AS concern,
        pl.status IN ('withdrawn', 'terminated')
          AND (due >= pa.end_date
               OR (pl.r %% 4 = 0 AND due >= pa.end_date - INTERVAL '1 month')) AS cancelled
    ) AS f
    WHERE pl.started
) AS x
ORDER BY p, k
"""

# About six sessions per pairing (one every 25 days), none in the future or after its end.
PEER_SESSIONS_SQL = """
INSERT INTO training_records (
    kind, employee_id, trainer_id, pairing_id, role, title, provider, date, duration_minutes,
    topics, skills, notes, recorded_by, confirmed_at, created_at, updated_at)
SELECT 'peer_session', pa.mentee_id, pa.mentor_id, pa.id, NULL,
       'Peer session ' || s, NULL, pa.start_date + 25 * s - 10, 45 + 15 * ((pa.id + s) %% 4),
       json_build_array('goal review', (ARRAY['feedback', 'shadowing', 'role play',
                                              'case study'])[1 + (pa.id + s) %% 4]),
       json_build_array((%(skills)s::text[])[1 + (pa.mentee_id + 6) %% 30]),
       NULL, 'user:' || %(hr_user)s,
       CASE WHEN (pa.id + s) %% 4 <> 0 THEN (pa.start_date + 25 * s - 8) + TIME '09:00' END,
       (pa.start_date + 25 * s - 10) + TIME '18:00', now()
FROM pairings AS pa CROSS JOIN generate_series(1, 6) AS s
WHERE pa.activated_at IS NOT NULL
  AND pa.start_date + 25 * s - 10 <= least(coalesce(pa.end_date, current_date), current_date)
ORDER BY pa.id, s
"""

EVALUATIONS_SQL = """
INSERT INTO evaluations (
    pairing_id, evaluated_on, goals, skill_ratings, effectiveness, mentor_kra_rating, outcome,
    extend_months, summary, early, early_reason, due_date, evaluated_by, version, created_at,
    updated_at)
SELECT pa.id, pa.evaluation_due_date - 3 + pa.id %% 6,
       (SELECT json_agg(json_build_object('goal', g.value, 'met', (pa.id + g.i) %% 3 <> 0)
                        ORDER BY g.i)
        FROM json_array_elements_text(pa.goals) WITH ORDINALITY AS g(value, i)),
       json_build_array(
           json_build_object('skill', (%(skills)s::text[])[1 + (pa.mentee_id + 6) %% 30],
                             'before', 1 + pa.id %% 3, 'after', 2 + pa.id %% 3 + pa.id %% 2),
           json_build_object('skill', (%(skills)s::text[])[1 + (pa.mentee_id + 17) %% 30],
                             'before', 2 + pa.id %% 2, 'after', 3 + pa.id %% 3)),
       1 + (pa.id * 7 %% 10 + 3) / 3 %% 5, 2 + pa.id %% 4, 'complete', NULL,
       'Goals largely met; the mentee applies the skills independently.', false, NULL,
       pa.evaluation_due_date, 'user:' || %(hr_user)s, 1,
       (pa.evaluation_due_date - 3 + pa.id %% 6) + TIME '15:00', now()
FROM pairings AS pa
WHERE pa.status = 'completed'
ORDER BY pa.id
"""

DEVELOPMENT_SQL = """
INSERT INTO development_records (
    employee_id, kind, pairing_id, title, period_start, period_end, rating, closed_at,
    created_at, updated_at)
SELECT CASE kind WHEN 'kra' THEN pa.mentor_id ELSE pa.mentee_id END, kind, pa.id,
       CASE kind WHEN 'kra' THEN 'Peer mentoring' ELSE 'Peer mentoring: development plan' END,
       pa.start_date, pa.evaluation_due_date,
       CASE WHEN pa.status = 'completed' THEN 2 + pa.id %% 4 END,
       CASE WHEN pa.end_date IS NOT NULL THEN pa.end_date + TIME '16:00' END,
       pa.activated_at, now()
FROM pairings AS pa, unnest(ARRAY['kra', 'career_development']) AS kind
WHERE pa.activated_at IS NOT NULL
ORDER BY pa.id, kind DESC
"""

# Every withdrawn pairing had its withdrawal raised; one in 30 of the other started pairings
# a grievance. Due `sla` working days (Monday-Friday; no holidays are seeded) after raised_on.
# Texts are plain here and encrypted in Python right after (encrypt_column).
GRIEVANCES_SQL = """
INSERT INTO grievances (
    pairing_id, kind, raised_by, raised_on, description, status, due_date, resolution,
    resolved_on, resolved_by, recorded_by, breach_notified_at, version, created_at, updated_at)
SELECT id, kind, raised_by, raised_on,
       CASE kind WHEN 'withdrawal'
            THEN 'I want to withdraw from the agreement: our schedules no longer fit and the '
                 || 'sessions keep being cancelled (pairing ' || id || ').'
            ELSE 'The sessions are not confidential: things I said were repeated in the team '
                 || '(pairing ' || id || ').' END,
       status, due_date,
       CASE WHEN status = 'resolved' THEN 'Talked to both; agreed a way forward and documented it.'
            WHEN status = 'dismissed' THEN 'No breach of the agreement found after interviews.'
            END,
       resolved_on,
       CASE WHEN resolved_on IS NOT NULL THEN %(hr_user)s END,
       'user:' || %(hr_user)s,
       CASE WHEN resolved_on IS NULL AND due_date < current_date THEN due_date + 1 + TIME '08:00'
            END,
       CASE WHEN resolved_on IS NULL THEN 1 ELSE 3 END,
       raised_on + TIME '10:00', now()
FROM (
    SELECT g.*,
           CASE WHEN status IN ('resolved', 'dismissed') THEN
               CASE WHEN q %% 5 = 2 THEN due_date + 1 + q %% 4
                    ELSE least(due_date, raised_on + 1 + q %% 4) END END AS resolved_on
    FROM (
        SELECT b.*, due.due_date,
               CASE WHEN b.raised_on >= current_date - 10
                        THEN CASE WHEN q < 12 THEN 'open' ELSE 'under_review' END
                    WHEN q = 0 THEN 'open' WHEN q = 1 THEN 'under_review'
                    WHEN q < 16 THEN 'resolved' ELSE 'dismissed' END AS status
        FROM (
            SELECT pa.id, pa.status AS pairing_status,
                   CASE WHEN pa.status = 'withdrawn' THEN 'withdrawal' ELSE 'grievance' END
                     AS kind,
                   CASE WHEN pa.id %% 3 = 0 THEN pa.mentor_id ELSE pa.mentee_id END AS raised_by,
                   CASE WHEN pa.status = 'withdrawn' THEN pa.end_date - 7 - pa.id %% 5
                        ELSE greatest(pa.start_date,
                                      least(pa.start_date + 20 + pa.id %% 100,
                                            coalesce(pa.end_date, current_date) - 1))
                        END AS raised_on,
                   (pa.id * 13) %% 20 AS q
            FROM pairings AS pa
            WHERE pa.status = 'withdrawn'
               OR (pa.status IN ('active', 'completed', 'terminated')
                   AND (pa.id / %(departments)s * 7 + pa.id) %% 30 = 0)
        ) AS b
        CROSS JOIN LATERAL (
            SELECT day::date AS due_date
            FROM generate_series((b.raised_on + 1)::timestamp, (b.raised_on + 30)::timestamp,
                                     INTERVAL '1 day') AS day
            WHERE extract(isodow FROM day) < 6
            ORDER BY day OFFSET %(sla)s - 1 LIMIT 1
        ) AS due
    ) AS g
) AS x
ORDER BY raised_on, id
"""

GRIEVANCE_ACTIONS_SQL = """
INSERT INTO grievance_actions (grievance_id, at, by, note)
SELECT g.id, (g.raised_on + a) + TIME '14:00', %(hr_user)s,
       (ARRAY['Acknowledged receipt and explained the process.',
              'Interviewed the mentor.', 'Interviewed the mentee.'])[a]
FROM grievances AS g CROSS JOIN generate_series(1, 3) AS a
WHERE a <= CASE WHEN g.status = 'open' THEN g.id %% 2 ELSE 1 + g.id %% 3 END
ORDER BY g.id, a
"""

# (table, column): the app stores these as Fernet tokens (api.core.crypto.EncryptedText).
ENCRYPTED_COLUMNS = [
    ("grievances", "description"),
    ("grievances", "resolution"),
    ("grievance_actions", "note"),
]

SEQUENCED_TABLES = [
    "departments",
    "employees",
    "performance_reviews",
    "users",
    "service_accounts",
    "mentoring_requests",
    "pairings",
    "pairing_approvals",
    "pairing_acknowledgements",
    "training_records",
    "periodic_reviews",
    "evaluations",
    "development_records",
    "grievances",
    "grievance_actions",
]


def encrypt_column(conn: psycopg.Connection, table: str, column: str) -> int:
    """Replace the plain text of `table.column` by Fernet tokens under ENCRYPTION_KEY."""
    fernet = Fernet(ENCRYPTION_KEY.encode())
    rows = conn.execute(
        sql.SQL("SELECT id, {c} FROM {t} WHERE {c} IS NOT NULL").format(
            c=sql.Identifier(column), t=sql.Identifier(table)
        )
    ).fetchall()
    conn.execute("CREATE TEMP TABLE encrypted (id integer PRIMARY KEY, value text) ON COMMIT DROP")
    with conn.cursor().copy("COPY encrypted (id, value) FROM STDIN") as copy:
        for row_id, text in rows:
            copy.write_row((row_id, fernet.encrypt(text.encode()).decode()))
    conn.execute(
        sql.SQL("UPDATE {t} SET {c} = e.value FROM encrypted AS e WHERE {t}.id = e.id").format(
            c=sql.Identifier(column), t=sql.Identifier(table)
        )
    )
    conn.execute("DROP TABLE encrypted")
    return len(rows)


def load_programme(conn: psycopg.Connection, hr_user: int, leader_user: int) -> None:
    sla = conn.execute(
        "SELECT grievance_sla_working_days FROM programme_settings WHERE id = 1"
    ).fetchone()[0]  # type: ignore[index]
    params = {
        "departments": DEPARTMENTS,
        "pairings": PAIRINGS,
        "skills": SKILLS,
        "hr_user": hr_user,
        "leader_user": leader_user,
        "iso": 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"',
        "sla": sla,
    }
    conn.execute("SET LOCAL TIME ZONE 'UTC'")
    conn.execute(PLAN_SQL, params)
    conn.execute("ALTER TABLE plan ADD PRIMARY KEY (p)")
    conn.execute("ANALYZE plan")
    steps = [
        ("mentoring_requests", REQUESTS_SQL),
        ("pairings", PAIRINGS_SQL),
        ("pairing_approvals", APPROVALS_SQL),
        ("pairing_acknowledgements", ACKNOWLEDGEMENTS_SQL),
        ("training (role)", ROLE_TRAINING_SQL),
        ("periodic_reviews", REVIEWS_FORMS_SQL),
        ("training (sessions)", PEER_SESSIONS_SQL),
        ("evaluations", EVALUATIONS_SQL),
        ("development_records", DEVELOPMENT_SQL),
        ("grievances", GRIEVANCES_SQL),
        ("grievance_actions", GRIEVANCE_ACTIONS_SQL),
        ("(impact: mentees' gain)", MENTEE_GAIN_SQL),
        ("(impact: leavers)", LEAVERS_SQL),
        ("(impact: leaving days)", LEAVING_DAYS_SQL),
        ("(impact: rating histories)", RATING_HISTORY_SQL),
    ]
    for table, statement in steps:
        started = time.perf_counter()
        count = conn.execute(statement, params).rowcount
        print(f"  {table:<24} {count:>8} rows  {time.perf_counter() - started:6.1f} s")
    started = time.perf_counter()
    count = sum(encrypt_column(conn, table, column) for table, column in ENCRYPTED_COLUMNS)
    print(f"  {'(encrypt texts)':<24} {count:>8} rows  {time.perf_counter() - started:6.1f} s")


def _secret_digest(secret: str) -> str:
    # The same digest as api.auth.service.secret_digest (a plain SHA-256 of the secret).
    return hashlib.sha256(secret.encode()).hexdigest()


def seeded_employees(url: str | None = None) -> int | None:
    """How many seeded (E-n) employees the database holds; None if it is missing or empty."""
    try:
        with connect(url, connect_timeout=5) as conn:
            return conn.execute(
                "SELECT count(*) FROM employees WHERE external_id LIKE 'E-%'"
            ).fetchone()[0]  # type: ignore[index]
    except (psycopg.OperationalError, psycopg.errors.UndefinedTable):
        return None


def is_seeded(url: str | None = None) -> bool:
    """The database holds the current seed: the employees, the programme (an older seed had
    no pairings) and the reporting account."""
    if seeded_employees(url) != EMPLOYEES:
        return False
    try:
        with connect(url, connect_timeout=5) as conn:
            pairings, reporting = conn.execute(
                "SELECT (SELECT count(*) FROM pairings),"
                " (SELECT count(*) FROM service_accounts WHERE client_id = %s)",
                (REPORTING_CLIENT_ID,),
            ).fetchone()  # type: ignore[misc]
    except (psycopg.OperationalError, psycopg.errors.UndefinedTable):
        return False
    return bool(pairings == PAIRINGS and reporting == 1)


def recreate_database(url: str) -> None:
    info = psycopg.conninfo.conninfo_to_dict(libpq_url(url))
    name = str(info.get("dbname") or "")
    if not name or name in ("postgres", "template0", "template1"):
        raise SystemExit(f"refusing to recreate the database {name!r}")
    admin = psycopg.conninfo.make_conninfo(libpq_url(url), dbname="postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def migrate(url: str) -> None:
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run(  # noqa: S603
        [str(VENV_BIN / "peermentor"), "migrate"], check=True, env=env, cwd=PROJECT_ROOT
    )


def load(url: str) -> None:
    # Imported here: the app's settings and hasher, so the logins verify as the server checks.
    from api.core.config import Settings
    from api.core.security import hash_password_sync

    settings = Settings()
    params = {
        "departments": DEPARTMENTS,
        "employees": EMPLOYEES,
        "team": TEAM_SIZE,
        "skills": SKILLS,
    }
    with connect(url) as conn:
        conn.execute("SET LOCAL synchronous_commit = off")
        conn.execute("SET LOCAL maintenance_work_mem = '256MB'")
        steps = [
            ("departments", DEPARTMENTS_SQL),
            ("employees", EMPLOYEES_SQL),
            ("employee_skills", SKILLS_SQL),
            ("performance_reviews", REVIEWS_SQL),
        ]
        for table, statement in steps:
            started = time.perf_counter()
            count = conn.execute(statement, params).rowcount
            print(f"  {table:<24} {count:>8} rows  {time.perf_counter() - started:6.1f} s")
        hr_user, leader_user = (
            row[0]
            for row in conn.execute(
                "INSERT INTO users (email, password_hash, role, employee_id, is_active,"
                " created_at, updated_at) VALUES"
                " (%s, %s, 'hr_admin', NULL, true, now(), now()),"
                " (%s, %s, 'team_leader', %s, true, now(), now()) RETURNING id",
                (
                    HR_EMAIL,
                    hash_password_sync(settings, HR_PASSWORD),
                    LEADER_EMAIL,
                    hash_password_sync(settings, LEADER_PASSWORD),
                    LEADER_EMPLOYEE_ID,
                ),
            ).fetchall()
        )
        conn.execute(
            "INSERT INTO service_accounts (name, role, client_id, secret_hash, is_active,"
            " created_at, updated_at) VALUES"
            " ('Bench HRIS', 'hris', %s, %s, true, now(), now()),"
            " ('Bench reporting', 'reporting', %s, %s, true, now(), now())",
            (
                HRIS_CLIENT_ID,
                _secret_digest(HRIS_CLIENT_SECRET),
                REPORTING_CLIENT_ID,
                _secret_digest(REPORTING_CLIENT_SECRET),
            ),
        )
        load_programme(conn, hr_user, leader_user)
        for table in SEQUENCED_TABLES:
            # Rows were inserted with explicit ids (or a fresh sequence): make the next
            # nextval() follow the highest id, so the app's own inserts do not collide.
            conn.execute(
                sql.SQL(
                    "SELECT setval(pg_get_serial_sequence({t}, 'id'),"
                    " coalesce(max(id), 1), max(id) IS NOT NULL) FROM {i}"
                ).format(t=sql.Literal(table), i=sql.Identifier(table))
            )
    with connect(url, autocommit=True) as conn:
        started = time.perf_counter()
        conn.execute("VACUUM (ANALYZE)")
        print(f"  {'VACUUM (ANALYZE)':<38}{time.perf_counter() - started:6.1f} s")


def seed(url: str | None = None) -> None:
    url = url or database_url()
    started = time.perf_counter()
    ensure_postgres_running(url)
    print(f"Recreating {url} ...", flush=True)
    recreate_database(url)
    migrate(url)
    load(url)
    print(f"Seeded in {time.perf_counter() - started:.1f} s.", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--if-needed",
        action="store_true",
        help=f"do nothing when the database already holds the {EMPLOYEES} seeded employees "
        f"and the {PAIRINGS} pairings",
    )
    args = parser.parse_args()
    if args.if_needed:
        ensure_postgres_running()
        if is_seeded():
            print("The bench database is already seeded.")
            return 0
    seed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
