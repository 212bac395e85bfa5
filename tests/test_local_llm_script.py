"""scripts/local-llm.sh: AMX-safe build flags, no pip cache, a 4,096-token context, and a `check` that
never calls an incomplete install verified (it runs a real completion only when everything is there)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "local-llm.sh"
pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def test_the_script_parses():
    subprocess.run(["bash", "-n", str(SCRIPT)], check=True)


def test_build_flags_cache_and_context():
    text = SCRIPT.read_text(encoding="utf-8")
    amx = re.search(r'^AMX_OFF="([^"]+)"', text, re.M)
    assert amx and set(amx.group(1).split()) == {"-mno-amx-tile", "-mno-amx-int8", "-mno-amx-bf16"}
    assert 'CMAKE_ARGS="$LLAMA_CMAKE_ARGS"' in text and "$AMX_OFF" in text.split("LLAMA_CMAKE_ARGS=", 1)[1].splitlines()[0]
    pip_installs = [line for line in text.splitlines() if "-m pip install" in line]
    assert pip_installs and all("--no-cache-dir" in line for line in pip_installs)
    assert 'N_CTX="${LLM_N_CTX:-4096}"' in text and '--n_ctx "$N_CTX"' in text


def test_check_fails_on_an_incomplete_install(tmp_path):
    env = {**os.environ, "LLM_VENV": str(tmp_path / "venv"), "LLM_MODEL_DIR": str(tmp_path / "models")}
    result = subprocess.run(["bash", str(SCRIPT), "check"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "server: not installed" in result.stderr and "model: missing or unverified" in result.stderr
    assert "check passed" not in result.stderr
