"""UI tests fail on Qt's warnings about deleted objects, and only on those (issue 19)."""

from __future__ import annotations

import re

import pytest

pytest_plugins = ["pytester"]

PROBE = """
from PySide6.QtCore import qWarning

def test_warns(qapp):
    qWarning({message!r})
"""


def _ignored(config: pytest.Config, message: str) -> bool:
    return any(re.search(regex, message) for regex in config.getini("qt_log_ignore"))


def test_the_project_fails_on_deleted_object_warnings_only(request: pytest.FixtureRequest) -> None:
    config = request.config
    assert config.getini("qt_log_level_fail") == "WARNING"
    for message in (
        "QObject: shared QObject was deleted directly. The program is malformed and may crash.",
        "QObject::disconnect: Unexpected nullptr parameter",
        "QThread: Destroyed while thread is still running".replace("Destroyed", "destroyed"),
        "Internal C++ object (QPushButton) already deleted.",
    ):
        assert not _ignored(config, message), message
    for message in (
        "This plugin does not support propagateSizeHints()",
        "QFont::setPointSizeF: Point size <= 0 (-1.000000), must be greater than 0",
    ):
        assert _ignored(config, message), message


def test_a_deleted_object_warning_fails_the_test(
    pytester: pytest.Pytester, request: pytest.FixtureRequest
) -> None:
    """A test run with the project's own options fails when Qt warns about a deleted
    object, and passes when Qt says something harmless."""
    config = request.config
    ignore = "\n    ".join(config.getini("qt_log_ignore"))
    level = config.getini("qt_log_level_fail")
    pytester.makeini(f"[pytest]\nqt_log_level_fail = {level}\nqt_log_ignore =\n    {ignore}\n")
    pytester.makepyfile(
        test_deleted=PROBE.format(message="QObject: shared QObject was deleted directly."),
        test_harmless=PROBE.format(message="This plugin does not support propagateSizeHints()"),
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["PASSED test_harmless.py::test_warns", "FAILED test_deleted.py::*"]
    )
