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

#: argon2id with OWASP's first recommended setting (46 MiB, one pass, one lane): about
#: 70 ms on a loaded 2-core machine, so sign-in stays well under 250 ms even when the PC is
#: busy, while a stolen hash still costs 46 MiB of memory per guess
HASHER = PasswordHasher(time_cost=1, memory_cost=46 * 1024, parallelism=1)

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
