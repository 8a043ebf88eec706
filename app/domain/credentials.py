"""Hashing and checking of staff secrets: passwords and PINs (argon2id), staff cards.

The argon2 parameters are chosen so that one check costs well under 250 ms on a counter PC
(``python -m app bench --only sign_in`` measures it); the hash string carries them, so a
later change of parameters still verifies old hashes and :func:`needs_rehash` says when to
store a new one.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

#: argon2id, 64 MiB, 2 passes, 2 lanes: about 60-90 ms on this class of machine
HASHER = PasswordHasher(time_cost=2, memory_cost=64 * 1024, parallelism=2)

#: the text a staff card's QR code starts with
CARD_PREFIX = "WBSTAFF:"


def hash_secret(secret: str) -> str:
    return HASHER.hash(secret)


def verify_secret(stored: str | None, secret: str) -> bool:
    if not stored:
        return False
    try:
        return HASHER.verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return HASHER.check_needs_rehash(stored)


def new_card_secret() -> str:
    """What a new staff card's QR code carries (prefix + 32 random characters)."""
    return CARD_PREFIX + secrets.token_urlsafe(24)


def card_hash(scanned: str) -> str:
    """The stored form of a card's code: a fast hash is enough for a 192-bit random secret,
    and it lets a scan find its user with one indexed look-up."""
    return hashlib.sha256(scanned.strip().encode()).hexdigest()


def is_card_code(text: str) -> bool:
    return text.strip().startswith(CARD_PREFIX)
