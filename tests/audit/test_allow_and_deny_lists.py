from __future__ import annotations

from pathlib import Path

import pytest

from followthrough.audit import AuditError, check_text
from followthrough.audit.user_lists import read_user_lists


def test_an_allowed_word_is_never_a_finding() -> None:
    assert check_text("Launch party at Hammered Brewing", allow=["hammered brewing"]) == []


def test_an_allowed_email_address_is_not_personal_data() -> None:
    assert check_text("Write to jobs@example.com", allow=["jobs@example.com"]) == []


def test_a_denied_word_is_always_a_finding() -> None:
    [finding] = check_text("Falcon ships soon", deny=["Falcon"])
    assert (finding.category, finding.words) == ("deny_list", ["Falcon"])


def test_it_reads_lists_from_config_toml(isolated_dirs: Path) -> None:
    config = isolated_dirs / "config" / "config.toml"
    config.write_text('[audit]\nallow = ["Acme"]\ndeny = ["Falcon", "Osprey"]\n')
    lists = read_user_lists(config.parent)
    assert (lists.allow, lists.deny) == (("Acme",), ("Falcon", "Osprey"))


def test_it_says_what_is_wrong_with_config_toml(isolated_dirs: Path) -> None:
    config = isolated_dirs / "config" / "config.toml"
    config.write_text('[audit]\ndeny = "Falcon"\n')
    with pytest.raises(AuditError, match=r"config.toml: \[audit\] deny must be a list of strings"):
        read_user_lists(config.parent)
