"""Sending an SMS: the gateway interface and one real adapter, Aliyun Dysms ``SendSms``
(RPC API version 2017-05-25) signed with HMAC-SHA1 signature version 1.0.

The signing follows Aliyun's public description of the RPC signature: every request
parameter except ``Signature`` sorted by name, names and values percent-encoded per
RFC 3986 (UTF-8; ``A-Z a-z 0-9 - _ . ~`` kept, a space as ``%20``), joined as
``k=v&k=v`` (the canonicalized query string); the string to sign is
``GET&%2F&`` + the percent-encoded canonicalized query string; the signature is the
Base64 of HMAC-SHA1 keyed with ``AccessKeySecret + "&"``. The request is a GET of
``endpoint?Signature=<encoded>&<canonicalized query string>``; the answer is JSON with
``Code`` ``OK`` (and ``BizId``) or an error code and message.

The endpoint is a setting (``sms.endpoint``), so a test points it at a local server.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Protocol


class SmsFailed(Exception):
    """The gateway did not take the message: ``reason`` says why (kept on the message)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class SmsGateway(Protocol):
    def send(
        self, phone: str, text: str, *, template_code: str | None, params: Mapping[str, str]
    ) -> str:
        """Send one message; returns the provider's id for it, or raises :class:`SmsFailed`."""
        ...


def percent_encode(value: str) -> str:
    """RFC 3986 percent-encoding as Aliyun's signature wants it."""
    return urllib.parse.quote(value, safe="-_.~")


def canonical_query(params: Mapping[str, str]) -> str:
    return "&".join(f"{percent_encode(k)}={percent_encode(params[k])}" for k in sorted(params))


def string_to_sign(params: Mapping[str, str], method: str = "GET") -> str:
    return f"{method}&{percent_encode('/')}&{percent_encode(canonical_query(params))}"


def sign(params: Mapping[str, str], access_key_secret: str, method: str = "GET") -> str:
    """The ``Signature`` of a request with ``params`` (everything but Signature itself)."""
    digest = hmac.new(
        (access_key_secret + "&").encode("utf-8"),
        string_to_sign(params, method).encode("utf-8"),
        hashlib.sha1,
    ).digest()
    return base64.b64encode(digest).decode("ascii")


class AliyunSms:
    """Aliyun Dysms ``SendSms``. ``template_code`` is the template's code registered at
    Aliyun (SMS_...); ``params`` fill its variables; ``sign_name`` is the approved 签名."""

    VERSION = "2017-05-25"

    def __init__(
        self,
        access_key_id: str,
        access_key_secret: str,
        sign_name: str,
        endpoint: str = "https://dysmsapi.aliyuncs.com/",
        *,
        region: str = "cn-hangzhou",
        timeout: float = 10.0,
        clock: Callable[[], datetime] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        self.access_key_id = access_key_id
        self.access_key_secret = access_key_secret
        self.sign_name = sign_name
        self.endpoint = endpoint
        self.region = region
        self.timeout = timeout
        self._clock = clock or (lambda: datetime.now(UTC))
        self._nonce = nonce or (lambda: uuid.uuid4().hex)

    def request_params(
        self, phone: str, template_code: str, params: Mapping[str, str]
    ) -> dict[str, str]:
        return {
            "AccessKeyId": self.access_key_id,
            "Action": "SendSms",
            "Format": "JSON",
            "PhoneNumbers": phone,
            "RegionId": self.region,
            "SignName": self.sign_name,
            "SignatureMethod": "HMAC-SHA1",
            "SignatureNonce": self._nonce(),
            "SignatureVersion": "1.0",
            "TemplateCode": template_code,
            "TemplateParam": json.dumps(dict(params), ensure_ascii=False, separators=(",", ":")),
            "Timestamp": self._clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "Version": self.VERSION,
        }

    def url(self, params: Mapping[str, str]) -> str:
        signature = sign(params, self.access_key_secret)
        query = f"Signature={percent_encode(signature)}&{canonical_query(params)}"
        return f"{self.endpoint}{'&' if '?' in self.endpoint else '?'}{query}"

    def send(
        self, phone: str, text: str, *, template_code: str | None, params: Mapping[str, str]
    ) -> str:
        if not template_code:
            raise SmsFailed("no Aliyun template code for this message (set it in setup)")
        url = self.url(self.request_params(phone, template_code, params))
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as response:  # noqa: S310
                body = response.read()
        except urllib.error.HTTPError as err:
            body = err.read()
            if not body:
                raise SmsFailed(f"HTTP {err.code}") from None
        except (urllib.error.URLError, OSError) as err:
            raise SmsFailed(f"network: {getattr(err, 'reason', err)}") from None
        try:
            answer = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise SmsFailed("the gateway's answer is not JSON") from None
        if answer.get("Code") != "OK":
            raise SmsFailed(f"{answer.get('Code')}: {answer.get('Message')}"[:500])
        return str(answer.get("BizId") or answer.get("RequestId") or "")
