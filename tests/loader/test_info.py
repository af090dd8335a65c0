"""`python -m loader info` and `loader.inspect`: a checkpoint described from headers alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

import loader
from loader.__main__ import main
from loader.config import GptOssConfig
from synthetic import build_config


@pytest.mark.parametrize(
    "fixture, layout, experts",
    [
        ("tiny_ckpt", "hf", "8 in each of 4 layers (total 32, top-4)"),
        ("tiny_lite_ckpt", "lite", "8,6,4,8 (total 26, top-4)"),
    ],
)
def test_info_describes_checkpoint(request, capsys, fixture, layout, experts):
    path = request.getfixturevalue(fixture)
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    info = loader.inspect(path)
    assert f"layout:             {layout}" in out
    assert "layers:             4" in out
    assert f"experts per layer:  {experts}" in out
    assert f"parameters:         {info.parameter_count:,}" in out
    assert info.bytes_on_disk == sum(f.stat().st_size for f in path.glob("*.safetensors"))
    assert "random-weight" in out


def test_lite_has_fewer_parameters_than_full(tiny_ckpt, tiny_lite_ckpt):
    full, lite = loader.inspect(tiny_ckpt), loader.inspect(tiny_lite_ckpt)
    assert lite.parameter_count < full.parameter_count
    assert lite.estimated_resident_bytes < full.estimated_resident_bytes


def test_real_shape_parameter_counts():
    from loader.layout import parameter_count

    assert round(parameter_count(GptOssConfig.from_dict(build_config("20b"))) / 1e9, 1) == 20.9
    assert round(parameter_count(GptOssConfig.from_dict(build_config("120b"))) / 1e9, 1) == 116.8


def test_module_entry_point_exit_status(tmp_path):
    ok = subprocess.run(
        [sys.executable, "-m", "loader", "info", str(tmp_path)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ok.returncode == 2
    assert ok.stderr.startswith("error: ") and ok.stderr.count("\n") == 1
    assert "config.json not found" in ok.stderr
