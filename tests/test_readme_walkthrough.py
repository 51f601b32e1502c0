"""The README's walk-through ("The programme, step by step") works, verbatim, on fresh demo data.

The walk-through is read from README.md itself: every fenced block opened with
```` ```sh walkthrough ````, in order. Two ways of running it:

- **step by step:** each `curl` call is replayed over HTTP and checked against the comment
  line under it, `# -> STATUS [.path] [JSON]`: the status, and (when given) that the answer,
  or the part of it at `.path`, contains JSON (objects: these keys with these values; lists:
  as many items, each containing the one given). A call without that line must answer 2xx;
  a captured value (`NAME=$(curl ... | jq .id)`) must not be null.
- **in bash:** the same blocks are run as one shell script with curl and jq, as a reader
  pastes them, and the state they leave behind is checked.

What the step-by-step reader understands (kept small on purpose, so that the README's calls
stay plain): `NAME=value`, `NAME=$(date -u +%F)`, `NAME=$(curl ... | jq [-r] PATH)` (PATH such
as `.id` or `.items[-1].id`), `curl ...` with `-s -X -H -d -o` and `-d @- <<EOF` here-documents,
a display pipe `| jq ...` (ignored), `$NAME` variables, comments. Anything else fails the test:
write the README within it or teach it here. `PM` (the server's address) is the live server's.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from api import cli

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"^```sh walkthrough\n(.*?)^```$", re.M | re.S)
VARIABLE = re.compile(r"\$(\w+)|\$\{(\w+)\}")
EXPECT = re.compile(r"^# -> (\d{3})(?: (\.[\w\[\]\-.]*))?(?: (.+))?$")
CAPTURE = re.compile(r"^(\w+)=\$\((.*)\)$")
ASSIGNMENT = re.compile(r"^(\w+)=(.*)$")
JQ_STEP = re.compile(r"\.(\w+)|\[(-?\d+)\]")


@dataclass
class Step:
    line: int
    command: str  # the logical line: continuations joined, here-document removed
    heredoc: str | None = None
    expect: list[str] = field(default_factory=list)


def walkthrough() -> str:
    blocks = BLOCK.findall(README.read_text(encoding="utf-8"))
    assert len(blocks) >= 9, "README.md lost its ```sh walkthrough blocks"
    return "\n".join(blocks)


def without_comment(line: str) -> str:
    """The line without a trailing `  # comment` (a `#` outside quotes, after a space)."""
    for match in re.finditer(r"\s#", line):
        before = line[: match.start()]
        if before.count("'") % 2 == 0 and before.count('"') % 2 == 0:
            return before.rstrip()
    return line


def steps(script: str) -> Iterator[Step]:
    lines = script.splitlines()
    index, current = 0, None
    while index < len(lines):
        number, line = index + 1, lines[index].strip()
        index += 1
        if not line:
            continue
        if line.startswith("# ->"):
            assert current is not None, f"line {number}: an expectation before any call"
            current.expect.append(line)
            continue
        if line.startswith("#"):
            continue
        while line.endswith("\\"):
            line = line[:-1] + " " + lines[index].strip()
            index += 1
        line = without_comment(line)
        if current is not None:
            yield current
        current = Step(number, line)
        if "<<EOF" in line:
            body = []
            while lines[index] != "EOF":
                body.append(lines[index])
                index += 1
            index += 1
            current.heredoc = "\n".join(body)
            if CAPTURE.match(line + ")"):
                assert lines[index].strip() == ")", f"line {number}: `)` after the here-document"
                index += 1
                current.command += ")"
    if current is not None:
        yield current


def expand(text_: str, variables: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        assert name in variables, f"${name} is used before it is set"
        return variables[name]

    return VARIABLE.sub(value, text_)


def jq_path(value: Any, path: str) -> Any:
    assert JQ_STEP.sub("", path) == "", f"jq {path!r}: only .key and [n] steps are understood"
    for key, position in JQ_STEP.findall(path):
        value = value[key] if key else value[int(position)]
    return value


def contains(actual: Any, expected: Any) -> bool:
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and contains(actual[k], v) for k, v in expected.items()
        )
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(actual) == len(expected)
            and all(contains(a, e) for a, e in zip(actual, expected, strict=True))
        )
    return bool(actual == expected)


def curl(http: httpx.Client, argv: list[str], heredoc: str | None) -> httpx.Response:
    """Send what `curl argv` sends."""
    assert argv[0] == "curl", argv
    method, url, headers, data = None, None, {}, []
    args = iter(argv[1:])
    for arg in args:
        if arg == "-s":
            continue
        if arg == "-X":
            method = next(args)
        elif arg == "-H":
            name, value = next(args).split(":", 1)
            headers[name.strip().lower()] = value.strip()
        elif arg == "-d":
            value = next(args)
            if value == "@-":  # curl drops the newlines of data read from a file
                assert heredoc is not None, "-d @- without a here-document"
                value = heredoc.replace("\r", "").replace("\n", "")
            data.append(value)
        elif arg == "-o":
            next(args)
        elif arg == "<<EOF":
            continue
        else:
            assert not arg.startswith("-") and url is None, f"curl {arg!r} is not understood"
            url = arg
    assert url is not None, argv
    if data:
        headers.setdefault("content-type", "application/x-www-form-urlencoded")
    return http.request(
        method or ("POST" if data else "GET"),
        url,
        headers=headers,
        content="&".join(data).encode() if data else None,
    )


def check(step: Step, response: httpx.Response, variables: dict[str, str]) -> None:
    where = f"README walk-through, line {step.line}: {step.command}\n{response.text[:2000]}"
    if not step.expect:
        assert response.is_success, where
        return
    [expect] = step.expect
    match = EXPECT.match(expand(expect, variables))
    assert match, f"{where}\nnot an expectation: {expect}"
    status, path, body = match.groups()
    assert response.status_code == int(status), where
    if body:
        actual = jq_path(response.json(), path or "")
        assert contains(actual, json.loads(body)), f"{where}\nexpected {body}\ngot {actual}"


def run_step(http: httpx.Client, step: Step, variables: dict[str, str], base: str) -> None:
    name, command = None, step.command
    if capture := CAPTURE.match(step.command):  # NAME=$(command)
        name, command = capture.groups()
    elif assignment := ASSIGNMENT.match(step.command):  # NAME=value
        name, value = assignment.groups()
        variables[name] = base if name == "PM" else shlex.split(value, comments=True)[0]
        return
    if command == "date -u +%F":
        variables[str(name)] = datetime.now(UTC).date().isoformat()
        return
    argv = shlex.split(expand(command, variables), comments=True)
    pipe = argv.index("|") if "|" in argv else len(argv)
    heredoc = expand(step.heredoc, variables) if step.heredoc is not None else None
    response = curl(http, argv[:pipe], heredoc)
    check(step, response, variables)
    if name is not None:
        jq = argv[pipe + 1 :]
        assert jq[:1] == ["jq"], f"line {step.line}: a capture ends in `| jq PATH`"
        value = jq_path(response.json(), jq[-1])
        assert value is not None, f"line {step.line}: {jq[-1]} is null\n{response.text}"
        variables[name] = value if "-r" in jq and isinstance(value, str) else json.dumps(value)


@pytest.fixture
def fresh_demo(settings, engine, monkeypatch, capsys):
    """The demo organisation, loaded now into the empty test database (emptied again after)."""
    monkeypatch.setattr(cli, "get_settings", lambda: settings)
    assert cli.main(["seed-demo"]) == 0
    out = capsys.readouterr().out
    assert "Demo data loaded." in out, out
    assert "nadia.rahman@example.com" in out  # the walk-through's mentor is a printed login


def test_the_walkthrough_parses():
    parsed = list(steps(walkthrough()))
    calls = [s for s in parsed if "curl" in s.command]
    assert len(calls) >= 30
    assert all(len(s.expect) <= 1 for s in parsed)
    # Every call that is not a sign-in or a look-up says what it answers.
    assert sum(1 for s in calls if s.expect) >= 25


def test_readme_walkthrough_step_by_step(fresh_demo, live_server, engine):
    variables: dict[str, str] = {}
    with httpx.Client(timeout=30) as http:
        for step in steps(walkthrough()):
            run_step(http, step, variables, live_server)
    # What the walk-through did is what the README says it did.
    with engine.connect() as conn:
        pairing = conn.execute(
            text("SELECT status, mentor_id FROM pairings WHERE id = :id"),
            {"id": int(variables["PAIRING_ID"])},
        ).one()
        evaluated = conn.execute(
            text("SELECT status FROM pairings WHERE id = :id"), {"id": int(variables["DUE_ID"])}
        ).scalar()
    assert pairing == ("active", int(variables["NADIA_ID"]))
    assert evaluated == "completed"


@pytest.mark.skipif(
    not (shutil.which("bash") and shutil.which("curl") and shutil.which("jq")),
    reason="needs bash, curl and jq",
)
def test_readme_walkthrough_in_bash(fresh_demo, live_server, engine, tmp_path):
    script = walkthrough().replace(
        "PM=http://127.0.0.1:8000 ", f"PM={live_server} ", 1
    )  # the one line that names the server
    assert f"PM={live_server}" in script
    done = subprocess.run(  # noqa: S603 - our own script, from our README
        ["bash", "-euo", "pipefail", "-c", script],  # noqa: S607 - bash from PATH
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ | {"LC_ALL": "C.UTF-8"},
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert '"status": "active"' in done.stdout and "evaluation_too_early" in done.stdout
    assert (tmp_path / "programme-summary.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with engine.connect() as conn:
        states = dict(
            conn.execute(
                text(
                    "SELECT e.email, p.status FROM pairings p "
                    "JOIN employees e ON e.id = p.mentee_id "
                    "WHERE e.email = 'tom.becker@example.com'"
                )
            ).all()
        )
        resolved = conn.execute(  # the text is encrypted at rest: count HR's closings
            text("SELECT count(*) FROM audit_events WHERE action = 'grievance.resolve'")
        ).scalar()
        sessions = conn.execute(
            text(
                "SELECT count(*) FROM training_records WHERE kind = 'peer_session' "
                "AND title = 'Handing over the planning' AND confirmed_at IS NOT NULL"
            )
        ).scalar()
    assert states == {"tom.becker@example.com": "active"}
    assert resolved == 1 and sessions == 1
