"""Argon2id key derivation, calibrated on this machine and stored with each slot.

Parameters live in the slot, so they can be raised later (at the next password change) without
re-encrypting the database.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import asdict, dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 64 * 1024  # floor from the design: 64 MiB
DEFAULT_PARALLELISM = 2  # the fastest on the 2-core office PCs we measured
DEFAULT_TARGET_SECONDS = 0.5
MAX_TIME_COST = 200


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        data["alg"] = "argon2id"
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unsupported KDF")
        params = cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]),
                     bytes.fromhex(data["salt"]))
        # Never derive with parameters below the floor, whatever the file says.
        if not (1 <= params.time_cost <= MAX_TIME_COST and MIN_MEMORY_KIB <= params.memory_kib <= 4 * 1024 * 1024
                and 1 <= params.parallelism <= 16 and len(params.salt) >= 16):
            raise ValueError("KDF parameters out of range")
        return params

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.time_cost, self.memory_kib, self.parallelism, os.urandom(16))


@dataclass(frozen=True)
class Calibration:
    time_cost: int
    memory_kib: int
    parallelism: int
    seconds: float

    def params(self) -> KdfParams:
        return KdfParams(self.time_cost, self.memory_kib, self.parallelism, os.urandom(16))


def derive(secret: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=secret,
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _time_one(time_cost: int, memory_kib: int, parallelism: int) -> float:
    start = time.perf_counter()
    derive(b"calibration", KdfParams(time_cost, memory_kib, parallelism, b"\0" * 16))
    return time.perf_counter() - start


def target_seconds_from_env() -> float:
    """``KENSE_KDF_TARGET_MS`` lets test suites calibrate to a shorter time; memory never drops below
    the 64 MiB floor, and the chosen parameters are stored in the slot for anyone to inspect."""
    raw = os.environ.get("KENSE_KDF_TARGET_MS")
    if not raw:
        return DEFAULT_TARGET_SECONDS
    try:
        return max(0.001, int(raw) / 1000)
    except ValueError:
        return DEFAULT_TARGET_SECONDS


def calibrate(target_seconds: float | None = None, memory_kib: int = MIN_MEMORY_KIB,
              parallelism: int = DEFAULT_PARALLELISM) -> Calibration:
    """Find the time cost that makes one derivation take about ``target_seconds`` here."""
    target = target_seconds_from_env() if target_seconds is None else target_seconds
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    one = _time_one(1, memory_kib, parallelism)
    time_cost = max(1, min(MAX_TIME_COST, math.ceil(target / max(one, 1e-4))))
    seconds = _time_one(time_cost, memory_kib, parallelism)
    # Passes after the first are cheaper than the first (allocation), so the estimate overshoots or
    # undershoots; step until at least the target is reached: the target is a floor, not an average.
    while seconds < target and time_cost < MAX_TIME_COST:  # ends: time_cost grows by >= 1 a step
        time_cost = min(MAX_TIME_COST, max(time_cost + 1, math.ceil(time_cost * target / max(seconds, 1e-4))))
        seconds = _time_one(time_cost, memory_kib, parallelism)
    return Calibration(time_cost, memory_kib, parallelism, seconds)
