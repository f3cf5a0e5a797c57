"""Password key derivation: Argon2id, mixed with the device secret by HKDF.

SECURITY.md sets the floor (64 MiB, 3 passes, 4 lanes) and asks for a
calibration at set-up so that one unlock takes 0.5-1 s on the machine.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
LANES = 4
MAX_MEMORY_KIB = 1024 * 1024
TARGET_SECONDS = (0.5, 1.0)
SALT_BYTES = 16
KEY_BYTES = 32

# Test suites may set HOTLINE_INSECURE_FAST_KDF=1: new slots then use a tiny
# Argon2id cost. The slot records its parameters, and `verify` and the
# window report such slots as below the floor.
FAST_ENV = "HOTLINE_INSECURE_FAST_KDF"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int = LANES

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> KdfParams:
        params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        if not (8 <= params.memory_kib <= 4 * MAX_MEMORY_KIB and 1 <= params.iterations <= 64):
            raise ValueError("Argon2id parameters out of range")
        if not 1 <= params.lanes <= 64:
            raise ValueError("Argon2id lanes out of range")
        return params

    @property
    def underivable(self) -> bool:
        """Below what Argon2id accepts (8 KiB per lane): no slot the desk ever wrote."""
        return self.memory_kib < 8 * self.lanes

    @property
    def weakened(self) -> bool:
        """Underivable, or below the floor where only the test suites make such slots:
        the mark of a key file whose cost was lowered outside the program."""
        return self.underivable or (self.below_floor and not fast_kdf_allowed())

    @property
    def below_floor(self) -> bool:
        return self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS


FLOOR = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, LANES)
INSECURE_FAST = KdfParams(8 * LANES, 1, LANES)


def fast_kdf_allowed() -> bool:
    return os.environ.get(FAST_ENV) == "1"


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id over the password (NFC-normalised by the caller)."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(password.encode("utf-8"))


def mix_device_secret(argon_output: bytes, device_secret: bytes | None, context: bytes) -> bytes:
    """HKDF over the Argon2id output and the device secret (when the slot uses one)."""
    material = argon_output + (device_secret or b"")
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"hotline-slot|" + context
    ).derive(material)


def time_derive(params: KdfParams) -> float:
    start = time.perf_counter()
    derive("calibration password", os.urandom(SALT_BYTES), params)
    return time.perf_counter() - start


def calibrate() -> KdfParams:
    """The cheapest parameters at or above the floor that take 0.5-1 s here."""
    if fast_kdf_allowed():
        return INSECURE_FAST
    params = FLOOR
    elapsed = time_derive(params)
    while elapsed < TARGET_SECONDS[0] and params.memory_kib < MAX_MEMORY_KIB:
        # Memory first (it is what makes GPUs expensive), then passes.
        factor = min(4.0, max(1.25, 0.75 / max(elapsed, 1e-3)))
        memory = min(MAX_MEMORY_KIB, int(params.memory_kib * factor) // LANES * LANES)
        params = KdfParams(memory, params.iterations, LANES)
        elapsed = time_derive(params)
    while elapsed < TARGET_SECONDS[0] and params.iterations < 16:
        params = KdfParams(params.memory_kib, params.iterations + 1, LANES)
        elapsed = time_derive(params)
    return params
