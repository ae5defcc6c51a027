from pathlib import Path

import pytest

from followthrough.envvars import ConfigurationError
from followthrough.preferences import preferences_for


def write_config(tmp_path: Path, text: str) -> None:
    folder = tmp_path / "config"
    folder.mkdir(exist_ok=True)
    (folder / "config.toml").write_text(text)


def test_premium_linkedin_accounts_get_300_characters(isolated_dirs):
    assert preferences_for().linkedin_limit == 200
    write_config(isolated_dirs, "[linkedin]\npremium = true\n[me]\nname = 'Alex'\n")
    prefs = preferences_for()
    assert (prefs.linkedin_limit, prefs.my_name) == (300, "Alex")


def test_a_custom_playbook_file_is_the_active_playbook(isolated_dirs):
    folder = isolated_dirs / "config"
    folder.mkdir()
    (folder / "playbook.toml").write_text(
        '[[step]]\nkind = "coffee"\ntitle = "Coffee within a week"\nafter = "7d"\n'
        'completed_by = ["face-to-face"]\ncadence = true\n')
    playbook = preferences_for().playbook
    assert [s.kind for s in playbook.steps] == ["coffee"]
    assert playbook.source.endswith("playbook.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[time]\nzone = 'Mars/Olympus'\n", "time.zone 'Mars/Olympus' is not a time zone"),
        ("[me]\nname = 3\n", "me.name must be text"),
        ("me = 'x'\n", "[me] must be a table"),
        ("[me\n", "not valid TOML"),
    ],
)
def test_a_mistake_in_config_toml_names_the_key(isolated_dirs, text, message):
    write_config(isolated_dirs, text)
    with pytest.raises(ConfigurationError, match=message.replace("[", r"\[").replace("]", r"\]")):
        preferences_for()
