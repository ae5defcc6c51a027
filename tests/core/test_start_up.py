"""Starting Django for a command: the garbage collector is left on, start-up objects frozen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import gc, json
from followthrough.bootstrap import setup_django
gc.enable()
setup_django()
frozen = gc.get_freeze_count()
class Cycle:
    pass
garbage = Cycle(); garbage.me = garbage; del garbage
print(json.dumps({"enabled": gc.isenabled(), "frozen": frozen, "collected": gc.collect()}))
"""


def test_after_set_up_the_collector_is_on_and_collects_new_garbage(tmp_path: Path) -> None:
    env = {**os.environ, "FOLLOWTHROUGH_DATA_DIR": str(tmp_path / "data"),
           "FOLLOWTHROUGH_CONFIG_DIR": str(tmp_path / "config"),
           "DJANGO_SETTINGS_MODULE": "followthrough.settings"}
    env.pop("DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    assert state["enabled"] is True
    assert state["frozen"] > 10_000  # Django's modules and classes, out of the collector's way
    assert state["collected"] >= 1  # a cycle made afterwards is still found
