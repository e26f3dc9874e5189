"""`pipwarden policy init`: generated files, their validity, no overwrite, prompts."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import click
import pytest
import yaml

from pipwarden.disclosure import init, posture, templates
from pipwarden.errors import PipwardenError

ACTION = "acme-org/pipwarden@" + "0123456789abcdef" * 2 + "01234567"
INPUTS = templates.PolicyInputs(project="acme", contact="security@acme-project.org", action=ACTION)


def _pipwarden_lines(node: Any) -> list[str]:
    """Every `pipwarden ...` command line in a parsed YAML document (run: / entry: values)."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("run", "entry") and isinstance(value, str):
                found += [
                    line.strip()
                    for line in value.splitlines()
                    if line.strip().startswith("pipwarden ")
                ]
            else:
                found += _pipwarden_lines(value)
    elif isinstance(node, list):
        for item in node:
            found += _pipwarden_lines(item)
    return found


def _generated_command_lines() -> list[str]:
    lines: list[str] = []
    for inputs in (
        INPUTS,
        templates.PolicyInputs("x", "a@b.org", ACTION, dependency_files=("pyproject.toml",)),
    ):
        rendered = templates.render_all(inputs)
        for rel in (templates.WORKFLOW_PATH, templates.PRECOMMIT_PATH):
            lines += _pipwarden_lines(yaml.safe_load(rendered[rel]))
    return sorted(set(lines))


def test_generated_files_are_valid_yaml_with_expected_steps() -> None:
    files = templates.render_all(INPUTS)
    workflow = yaml.safe_load(files[templates.WORKFLOW_PATH])
    # PyYAML reads the bare key `on` as True.
    triggers = workflow.get("on", workflow.get(True))
    assert "pull_request" in triggers
    steps = workflow["jobs"]["pipwarden"]["steps"]
    runs = [s.get("run", "") for s in steps]
    # The pinned pipwarden Action scans (uploading SARIF) and leaves pipwarden installed.
    scan = [s for s in steps if s.get("uses") == ACTION]
    assert len(scan) == 1 and scan[0]["with"] == {"paths": ".", "sarif-file": "pipwarden.sarif"}
    assert steps.index(scan[0]) < runs.index("pipwarden db update")
    assert "pipwarden audit -r requirements.txt" in runs
    assert runs.index("pipwarden db update") < runs.index("pipwarden audit -r requirements.txt")
    assert all("always()" in s["if"] for s in steps if s.get("run", "").startswith("pipwarden"))
    assert not any("pip install" in r for r in runs)
    assert workflow["jobs"]["pipwarden"]["permissions"]["security-events"] == "write"

    dependabot = yaml.safe_load(files[templates.DEPENDABOT_PATH])
    assert dependabot["version"] == 2
    assert {u["package-ecosystem"] for u in dependabot["updates"]} >= {"pip"}

    precommit = yaml.safe_load(files[templates.PRECOMMIT_PATH])
    hooks = precommit["repos"][0]["hooks"]
    assert [h["id"] for h in hooks] == ["pipwarden-scan", "pipwarden-audit-1"]


def _resolve(argv: list[str]) -> tuple[click.Command | None, list[str], str]:
    """The click command an argv names in pipwarden.cli.cli, the remaining args, and its path."""
    from pipwarden.cli import cli

    command: click.Command = cli
    path = "pipwarden"
    args = list(argv[1:])
    while isinstance(command, click.Group) and args and not args[0].startswith("-"):
        # get_command, not .commands: the top-level group imports its modules lazily.
        sub = command.get_command(click.Context(command), args[0])
        if sub is None:
            return None, args, f"{path} {args[0]}"
        command, path = sub, f"{path} {args.pop(0)}"
    return command, args, path


def _problems(line: str) -> tuple[str | None, list[str]]:
    """(skip reason or None, problems) of a `pipwarden ...` command line against the real CLI."""
    argv = shlex.split(line)
    command, args, path = _resolve(argv)
    if command is None:
        return f"`{path}` is not registered in pipwarden.cli yet (built by another helper)", []
    if isinstance(command, click.Group):
        return None, [f"{line!r} stops at a group"]
    options: dict[str, click.Option] = {}
    for param in command.params:
        if isinstance(param, click.Option):
            for opt in (*param.opts, *param.secondary_opts):
                options[opt] = param
    problems: list[str] = []
    i = 0
    while i < len(args):
        token = args[i]
        if token.startswith("-"):
            name, _, inline = token.partition("=")
            if name not in options:
                problems.append(f"{path} has no option {name}")
                i += 1
                continue
            param = options[name]
            if not param.is_flag and not inline:
                i += 1
                if i >= len(args):
                    problems.append(f"{name} needs a value")
                    break
                inline = args[i]
            if isinstance(param.type, click.Choice) and inline not in param.type.choices:
                problems.append(f"{name} {inline!r} not in {list(param.type.choices)}")
        i += 1
    return None, problems


@pytest.mark.parametrize("line", _generated_command_lines())
def test_generated_commands_exist_in_this_cli(line: str) -> None:
    skip, problems = _problems(line)
    if skip:
        pytest.skip(skip)
    assert problems == []


def test_command_line_checker_catches_wrong_options() -> None:
    assert _problems("pipwarden policy check . --format sarif --fail-under 5") == (None, [])
    assert _problems("pipwarden policy check --bogus")[1] == [
        "pipwarden policy check has no option --bogus"
    ]
    assert _problems("pipwarden policy check --format xml")[1] == [
        "--format 'xml' not in ['table', 'json', 'markdown', 'sarif']"
    ]
    assert _problems("pipwarden policy")[1] == ["'pipwarden policy' stops at a group"]
    skip, _ = _problems("pipwarden no-such-command -x")
    assert skip is not None and "no-such-command" in skip


def test_init_writes_files_and_never_overwrites(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / "requirements.txt").write_text("flask==3.0\n")
    res = run_cli(
        "policy",
        "init",
        "--action",
        ACTION,
        "--contact",
        "security@acme-project.org",
        "--project",
        "acme",
    )
    assert res.exit_code == 0, res.stderr
    for rel in templates.render_all(INPUTS):
        assert (tmp_path / rel).is_file()
        assert f"wrote   {rel}" in res.stdout
    security = (tmp_path / "SECURITY.md").read_text()
    assert "security@acme-project.org" in security
    assert posture.missing_report_fields(security) == []
    assert "Supported versions" in security and "Response timeline" in security

    (tmp_path / "SECURITY.md").write_text("mine\n")
    res = run_cli(
        "policy",
        "init",
        "--action",
        ACTION,
        "--contact",
        "other@acme-project.org",
        "--project",
        "acme",
    )
    assert res.exit_code == 0
    assert (tmp_path / "SECURITY.md").read_text() == "mine\n"
    assert "skipped SECURITY.md (exists; --force overwrites)" in res.stdout
    assert res.stdout.count("skipped") == 4

    res = run_cli(
        "policy", "init", "--action", ACTION, "--contact", "other@acme-project.org",
        "--project", "acme", "--force",
    )  # fmt: skip
    assert res.exit_code == 0
    assert "other@acme-project.org" in (tmp_path / "SECURITY.md").read_text()


def test_init_into_path_uses_pyproject_for_audit(tmp_path: Path, run_cli: Any) -> None:
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "pyproject.toml").write_text('[project]\nname = "acme"\n')
    res = run_cli(
        "policy", "init", "--action", ACTION, "--path", str(proj),
        "--contact", "https://acme-project.org/security", "--project", "acme",
    )  # fmt: skip
    assert res.exit_code == 0, res.stderr
    workflow = (proj / templates.WORKFLOW_PATH).read_text()
    assert "pipwarden audit -r pyproject.toml" in workflow
    assert not (tmp_path / "SECURITY.md").exists()


@pytest.mark.parametrize("requirements", [None, "flask==3.0 --hash=sha256:" + "a" * 64 + "\n"])
def test_generated_repo_passes_its_own_posture_checks(
    tmp_path: Path, requirements: str | None
) -> None:
    if requirements:
        (tmp_path / "requirements.txt").write_text(requirements)
    init.write_policy_files(tmp_path, INPUTS)
    result = posture.assess(tmp_path)
    failing = [r.id for r in result.results if r.status == posture.FAIL]
    assert failing == []
    assert result.score == 10.0  # as before the workflow ran the Action pinned by commit
    sast = {r.id: r for r in result.results}["static-analysis"]
    assert sast.evidence[0].text == f"uses: {ACTION}"


def test_init_without_terminal_names_missing_option(run_cli: Any) -> None:
    res = run_cli("policy", "init", "--action", ACTION, "--project", "acme")
    assert res.exit_code == 2
    assert res.stderr.strip() == (
        "pipwarden: error: missing --contact (stdin is not a terminal, so no prompt)"
    )
    res = run_cli("policy", "init", "--action", ACTION, "--contact", "sec@acme-project.org")
    assert res.exit_code == 2
    assert "missing --project" in res.stderr
    assert not Path("SECURITY.md").exists()


def test_init_prompts_on_a_terminal(
    tmp_path: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pipwarden.cli.disclosure._stdin_is_tty", lambda: True)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "from-pyproject"\n')
    res = run_cli("policy", "init", "--action", ACTION, input="sec@acme-project.org\n\n")
    assert res.exit_code == 0, res.stderr
    text = (tmp_path / "SECURITY.md").read_text()
    assert "# Security policy for from-pyproject" in text
    assert "sec@acme-project.org" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--contact", "not an address"], "neither an email address nor an https:// URL"),
        (
            ["--contact", "http://acme-project.org/sec"],
            "neither an email address nor an https:// URL",
        ),
        (["--contact", "a@acme.org", "--project", " "], "--project must be a non-empty name"),
        (["--contact", "a@acme.org", "--path", "missing-dir"], "is not an existing directory"),
    ],
)
def test_init_bad_input(run_cli: Any, args: list[str], message: str) -> None:
    if "--project" not in args:
        args = [*args, "--project", "acme"]
    res = run_cli("policy", "init", "--action", ACTION, *args)
    assert res.exit_code == 2
    assert message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "contact",
    [
        "security@example.org",
        "mailto:sec@example.com",
        "security@acme.invalid",
        "sec@yourdomain.com",
        "https://acme.test/security",
    ],
)
def test_init_and_check_agree_on_placeholder_contacts(
    tmp_path: Path, run_cli: Any, contact: str
) -> None:
    """A contact `policy check` would not count is one `policy init` refuses, in its words."""
    # What `check` says of a SECURITY.md naming this contact...
    (tmp_path / "SECURITY.md").write_text(
        templates.security_md(templates.PolicyInputs("acme", contact, ACTION))
    )
    result = {r.id: r for r in posture.assess(tmp_path).results}["security-policy"]
    assert result.status == posture.FAIL and "names no contact" in result.reason
    why = [e.text for e in result.evidence if "is a placeholder" in e.text]
    assert len(why) == 1
    (tmp_path / "SECURITY.md").unlink()
    # ...is why `init` refuses to write it (exit 2, one line, nothing written).
    res = run_cli("policy", "init", "--action", ACTION, "--contact", contact, "--project", "acme")
    assert res.exit_code == 2
    assert res.stderr.strip() == f"pipwarden: error: --contact {why[0]}"
    assert not (tmp_path / "SECURITY.md").exists()


def test_init_accepts_what_check_counts(tmp_path: Path, run_cli: Any) -> None:
    for contact in ("security@acme-project.org", "https://github.com/acme/acme/security"):
        res = run_cli(
            "policy", "init", "--action", ACTION, "--contact", contact, "--project", "acme",
            "--force",
        )  # fmt: skip
        assert res.exit_code == 0, res.stderr
        result = {r.id: r for r in posture.assess(tmp_path).results}["security-policy"]
        assert result.status == posture.PASS, result.reason


@pytest.mark.parametrize(
    "action",
    [
        "acme-org/pipwarden@v1",
        "acme-org/pipwarden@main",
        "acme-org/pipwarden@" + "a" * 39,
        "acme-org/pipwarden@" + "A" * 40,
        "pipwarden@" + "a" * 40,
        "acme-org/pipwarden",
        "",
    ],
)
def test_workflow_refuses_an_action_not_pinned_by_commit(run_cli: Any, action: str) -> None:
    with pytest.raises(PipwardenError, match="not OWNER/REPO@<40-hex commit SHA>"):
        templates.workflow_yml(templates.PolicyInputs("acme", "sec@acme-project.org", action))
    res = run_cli(
        "policy", "init", "--action", action, "--contact", "sec@acme-project.org",
        "--project", "acme",
    )  # fmt: skip
    assert res.exit_code == 2
    assert "is not OWNER/REPO@<40-hex commit SHA>" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert not Path(templates.WORKFLOW_PATH).exists() and not Path("SECURITY.md").exists()


def test_init_without_action_and_terminal_names_the_option(run_cli: Any) -> None:
    assert templates.PIPWARDEN_ACTION is None  # no released commit to default to yet
    res = run_cli("policy", "init", "--contact", "sec@acme-project.org", "--project", "acme")
    assert res.exit_code == 2
    assert res.stderr.strip() == (
        "pipwarden: error: missing --action (stdin is not a terminal, so no prompt)"
    )
    assert not Path("SECURITY.md").exists()
