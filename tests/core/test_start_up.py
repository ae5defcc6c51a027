"""Starting Django for a command or the web server: the garbage collector is left on, start-up
objects frozen (a full collection walking them during a request had put 30-43 ms at the p99 of
one Today slice in six under load)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out

PROBE = """
import gc, json

gc.enable()
{start}
frozen = gc.get_freeze_count()
class Cycle:
    pass
garbage = Cycle(); garbage.me = garbage; del garbage
print(json.dumps({"enabled": gc.isenabled(), "frozen": frozen, "collected": gc.collect()}))
"""


@pytest.mark.parametrize("start", [
    "from followthrough.bootstrap import setup_django; setup_django()",  # every command
    "import followthrough.wsgi",  # the web server's workers
])
def test_after_set_up_the_collector_is_on_and_collects_new_garbage(
        tmp_path: Path, start: str) -> None:
    env = {**os.environ, "FOLLOWTHROUGH_DATA_DIR": str(tmp_path / "data"),
           "FOLLOWTHROUGH_CONFIG_DIR": str(tmp_path / "config"),
           "DJANGO_SETTINGS_MODULE": "followthrough.settings"}
    env.pop("DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", PROBE.replace("{start}", start)], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    assert state["enabled"] is True
    assert state["frozen"] > 10_000  # Django's modules and classes, out of the collector's way
    assert state["collected"] >= 1  # a cycle made afterwards is still found
