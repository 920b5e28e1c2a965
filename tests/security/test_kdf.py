from __future__ import annotations

from app.security import kdf


def test_calibration_respects_the_memory_floor_and_reaches_the_target() -> None:
    result = kdf.calibrate(target_seconds=0.15)
    assert result.memory_kib >= kdf.MIN_MEMORY_KIB
    assert result.parallelism == 2
    # The target is a floor (stepping stops once a derivation takes at least that long). No upper
    # bound: on a busy machine one derivation may take any time, and that is not a calibration fault.
    assert result.seconds >= 0.15 or result.time_cost == kdf.MAX_TIME_COST
    assert 1 <= result.time_cost <= kdf.MAX_TIME_COST


def test_params_round_trip() -> None:
    params = kdf.Calibration(3, kdf.MIN_MEMORY_KIB, 2, 0.1).params()
    assert kdf.KdfParams.from_json(params.to_json()) == params
    assert kdf.derive(b"x", params) == kdf.derive(b"x", params)
    assert kdf.derive(b"x", params) != kdf.derive(b"y", params)
