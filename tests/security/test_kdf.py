from __future__ import annotations

from app.security import kdf


def test_calibration_respects_the_memory_floor_and_reaches_the_target() -> None:
    result = kdf.calibrate(target_seconds=0.15)
    assert result.memory_kib >= kdf.MIN_MEMORY_KIB
    assert result.parallelism == 2
    assert 0.05 < result.seconds < 0.6


def test_params_round_trip() -> None:
    params = kdf.Calibration(3, kdf.MIN_MEMORY_KIB, 2, 0.1).params()
    assert kdf.KdfParams.from_json(params.to_json()) == params
    assert kdf.derive(b"x", params) == kdf.derive(b"x", params)
    assert kdf.derive(b"x", params) != kdf.derive(b"y", params)
