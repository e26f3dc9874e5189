"""Where the firewall index keeps the files it serves: a folder, or an S3-compatible bucket.

One small interface, `ArtifactStore`, and two implementations: `Folder` (the
local cache folder by default, or a folder that replicas share) and
`S3Bucket`. An artifact is named by its sha256 (and its file name), and is
only ever written from a local file whose sha256 was verified against the one
the upstream announced. Nothing partly written is visible: the folder renames
a complete temporary file into place; a bucket shows an object only once its
upload completed (an S3 PUT, and a multipart upload, are atomic).

A folder is trusted as the local cache is (only verified files are renamed
into it) and served with the operating system's sendfile. What is read from a
bucket is verified again while it streams: its size before the first byte,
its sha256 before the last chunk is sent, so that a client never receives a
whole file whose bytes are not the vetted ones (with ``Content-Length`` set, a
stream cut short is an error for every installer), and the object is deleted
so that the next request fetches the file from the upstream again.

Errors are `ArtifactStoreError`, whose message is made here, from the S3
error code and HTTP status only: never from a response body or an exception
text, which could quote an access key or an endpoint's credentials.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipwarden import paths
from pipwarden.index import artifact_path, is_sha256
from pipwarden.redact import redact_url

log = logging.getLogger("pipwarden.serve")

#: Bytes read from a bucket at a time (and the most a client can miss of a bad object).
CHUNK = 1 << 16


class ArtifactStoreError(Exception):
    """The artifact store failed; the message says what, and holds no credentials."""


@dataclass(frozen=True)
class Opened:
    """An artifact ready to be served: a file of this machine, or verified chunks."""

    size: int
    #: A local file, served as it is.
    path: Path | None = None
    #: Otherwise the bytes, verified as they are read (`ArtifactStoreError` before the
    #: last chunk when they are not the artifact's).
    chunks: Iterator[bytes] | None = None


class ArtifactStore(ABC):
    """Artifacts by sha256: looked up, opened for streaming, and stored from verified files."""

    #: Where the artifacts are, fit to show (no credentials).
    shown: str

    @abstractmethod
    def has(self, sha256: str, filename: str) -> bool:
        """Whether the artifact is stored."""

    @abstractmethod
    def open(self, sha256: str, filename: str, size: int | None = None) -> Opened | None:
        """The stored artifact, or None when absent (or not of the announced `size`)."""

    @abstractmethod
    def put(self, sha256: str, filename: str, verified: Path) -> None:
        """Store `verified`, a local file whose sha256 was verified to be `sha256`.

        The artifact becomes visible whole, or not at all; `verified` is left in place.
        """

    def keep(self, sha256: str, filename: str, verified: Path) -> None:
        """Store `verified` (see `put`) unless the artifact is stored already."""
        if not self.has(sha256, filename):
            self.put(sha256, filename, verified)
            log.info("stored %s in %s", filename, self.shown)

    def discard(self, sha256: str, filename: str, download: Path) -> None:
        """Remove a download of the artifact once it is stored or refused."""
        download.unlink(missing_ok=True)

    @abstractmethod
    def check(self) -> None:
        """Raise `ArtifactStoreError` when the store cannot be used (run at start-up)."""

    @abstractmethod
    def close(self) -> None:
        """Release connections."""


def open_store(
    where: str | None,
    *,
    endpoint_url: str | None = None,
    timeout: float = 15.0,
    retries: int = 2,
) -> ArtifactStore:
    """The store `where` names: ``s3://BUCKET[/PREFIX]``, a folder, or None for the cache."""
    if where is not None and where.startswith("s3://"):
        return S3Bucket(where, endpoint_url=endpoint_url, timeout=timeout, retries=retries)
    if endpoint_url is not None:
        raise ArtifactStoreError("an S3 endpoint URL needs --artifacts s3://BUCKET/PREFIX")
    if where is not None and "://" in where:
        raise ArtifactStoreError(
            f"{redact_url(where)}: artifacts go in a folder or in s3://BUCKET/PREFIX"
        )
    return Folder(Path(where) if where else None)


def _safe_name(sha256: str, filename: str) -> str:
    """The name an artifact is stored under (never a path, never a query string)."""
    return artifact_path(sha256, filename).name


def _checked(sha256: str) -> str:
    """`sha256` in lower case; `ArtifactStoreError` when it is not one (never a path)."""
    if not is_sha256(sha256):
        raise ArtifactStoreError(f"{sha256[:80]!r} is not a sha256")
    return sha256.lower()


class Folder(ArtifactStore):
    """A folder laid out as the cache is: ``ROOT/<sha[:2]>/<sha>/<name>``."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else paths.cache_dir() / "artifacts"
        self.shown = str(self.root)

    def path(self, sha256: str, filename: str) -> Path:
        """Where the artifact lives in this folder."""
        sha256 = _checked(sha256)
        return self.root / sha256[:2] / sha256 / _safe_name(sha256, filename)

    def has(self, sha256: str, filename: str) -> bool:
        return self.path(sha256, filename).is_file()

    def open(self, sha256: str, filename: str, size: int | None = None) -> Opened | None:
        target = self.path(sha256, filename)
        try:
            found = target.stat().st_size
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ArtifactStoreError(f"the artifact folder {self.shown}: {exc.strerror}") from None
        if size is not None and found != size:
            log.warning("%s has %d bytes, not %d: deleted", target, found, size)
            target.unlink(missing_ok=True)
            return None
        return Opened(size=found, path=target)

    def put(self, sha256: str, filename: str, verified: Path) -> None:
        target = self.path(sha256, filename)
        if verified == target:
            return
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".put-", suffix=".part", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as out, verified.open("rb") as src:
                    shutil.copyfileobj(src, out, CHUNK)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp_name, target)
            finally:
                Path(tmp_name).unlink(missing_ok=True)
        except OSError as exc:
            raise ArtifactStoreError(
                f"the artifact folder {self.shown} could not store {target.name}: {exc.strerror}"
            ) from None

    def discard(self, sha256: str, filename: str, download: Path) -> None:
        if download != self.path(sha256, filename):  # the cache folder downloads in place
            download.unlink(missing_ok=True)

    def check(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.root):
                pass
        except OSError as exc:
            raise ArtifactStoreError(
                f"the artifact folder {self.shown} is not writable: {exc.strerror}"
            ) from None

    def close(self) -> None:
        return None  # nothing is held open


#: S3 error codes that mean "no such object" (a HEAD has no body, so only its status).
_ABSENT = {"404", "NoSuchKey", "NotFound"}
_REFUSED = {
    "403",
    "AccessDenied",
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "InvalidToken",
    "ExpiredToken",
    "InvalidClientTokenId",
}


def _code(exc: Exception) -> tuple[str, int]:
    """The S3 error code (only a plain token) and HTTP status of a botocore ClientError."""
    response: Any = getattr(exc, "response", None) or {}
    code = str(response.get("Error", {}).get("Code", ""))
    status = response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", code):
        code = str(status or "error")
    return code, int(status or 0)


class S3Bucket(ArtifactStore):
    """Objects ``PREFIX/<sha[:2]>/<sha>/<name>`` in an S3-compatible bucket (boto3).

    Credentials, region and endpoint come from boto3's usual sources (the
    ``AWS_*`` environment variables, ``AWS_PROFILE`` and its files, an instance
    role); `endpoint_url` overrides the endpoint, for MinIO, Ceph, R2 and the like.
    """

    def __init__(
        self,
        url: str,
        *,
        endpoint_url: str | None = None,
        timeout: float = 15.0,
        retries: int = 2,
    ) -> None:
        rest = url[len("s3://") :]
        bucket, _, prefix = rest.partition("/")
        if not re.fullmatch(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", bucket):
            raise ArtifactStoreError(
                f"{redact_url(url)}: expected s3://BUCKET/PREFIX with a valid bucket name"
            )
        self.bucket = bucket
        self.prefix = "/".join(p for p in prefix.split("/") if p)
        self.shown = f"s3://{bucket}/{self.prefix}"
        # boto3 reads these itself; the server behind them is S3-compatible, not AWS
        custom = (
            endpoint_url
            or os.environ.get("AWS_ENDPOINT_URL_S3")
            or os.environ.get("AWS_ENDPOINT_URL")
        )
        if custom:
            self.shown += f" at {redact_url(custom)}"
        # botocore logs signed request headers at DEBUG: they never reach our logs
        for name in ("boto3", "botocore", "s3transfer", "urllib3"):
            logger = logging.getLogger(name)
            logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
        try:
            import boto3
            from boto3.s3.transfer import TransferConfig
            from botocore.config import Config
        except ImportError as exc:
            raise ArtifactStoreError(
                f"artifacts in S3 need boto3 ({exc.name} is missing): install pipwarden with "
                "its serve extra from your checkout, e.g. pipx install '.[serve]'"
            ) from None
        config = Config(
            connect_timeout=timeout,
            read_timeout=timeout,
            retries={"mode": "standard", "total_max_attempts": retries + 1},
            # S3-compatible servers on an endpoint of their own are addressed by path
            s3={"addressing_style": "path" if custom else "auto"},
        )
        try:
            self.client: Any = boto3.session.Session().client(
                "s3", endpoint_url=endpoint_url, config=config
            )
        except Exception as exc:
            raise ArtifactStoreError(
                f"cannot use the artifact store {self.shown}: {type(exc).__name__}"
            ) from None
        self.transfer = TransferConfig(multipart_chunksize=16 << 20, max_concurrency=4)

    def key(self, sha256: str, filename: str) -> str:
        """The object key of an artifact."""
        sha256 = _checked(sha256)
        name = f"{sha256[:2]}/{sha256}/{_safe_name(sha256, filename)}"
        return f"{self.prefix}/{name}" if self.prefix else name

    def _failed(self, what: str, exc: BaseException) -> ArtifactStoreError:
        """An error that says what failed, without anything the store or botocore wrote."""
        from botocore.exceptions import (
            ClientError,
            ConnectionError,
            EndpointConnectionError,
            NoCredentialsError,
        )

        cause = exc
        if not isinstance(cause, ClientError):  # boto3's S3UploadFailedError wraps it
            inner = exc.__cause__ or exc.__context__
            if isinstance(inner, ClientError):
                cause = inner
        if isinstance(cause, ClientError):
            code, status = _code(cause)
            answer = f"HTTP {status}" if code == str(status) else f"{code}, HTTP {status}"
            if code == "NoSuchBucket" or (status == 404 and what == "check"):
                why = "the bucket does not exist"
            elif code in _REFUSED:
                why = f"the store refused the credentials ({answer})"
            else:
                why = f"the store answered {answer}"
        elif isinstance(cause, NoCredentialsError):
            why = "no credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE)"
        elif isinstance(cause, (EndpointConnectionError, ConnectionError)):
            why = f"the endpoint cannot be reached ({type(cause).__name__})"
        else:
            why = type(cause).__name__
        return ArtifactStoreError(f"the artifact store {self.shown} failed ({what}): {why}")

    def has(self, sha256: str, filename: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self.key(sha256, filename))
        except ClientError as exc:
            if _code(exc)[0] in _ABSENT:
                return False
            raise self._failed("lookup", exc) from None
        except Exception as exc:
            raise self._failed("lookup", exc) from None
        return True

    def open(self, sha256: str, filename: str, size: int | None = None) -> Opened | None:
        from botocore.exceptions import ClientError

        key = self.key(sha256, filename)
        try:
            got = self.client.get_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if _code(exc)[0] in _ABSENT:
                return None
            raise self._failed("read", exc) from None
        except Exception as exc:
            raise self._failed("read", exc) from None
        body = got["Body"]
        length = int(got.get("ContentLength", -1))
        if size is not None and length != size:
            body.close()
            log.warning(
                "%s: the object of %s has %d bytes, not %d: deleted", self.shown, key, length, size
            )
            self._delete(key)
            return None
        return Opened(size=length, chunks=self._verified(body, _checked(sha256), key, length))

    def _verified(self, body: Any, sha256: str, key: str, length: int) -> Iterator[bytes]:
        """The object's bytes, one chunk behind: the last is sent only once all are verified."""
        digest = hashlib.sha256()
        held = b""
        got = 0
        try:
            try:
                for chunk in body.iter_chunks(CHUNK):
                    if not chunk:
                        continue
                    digest.update(chunk)
                    got += len(chunk)
                    if held:
                        yield held
                    held = chunk
            except Exception as exc:
                raise self._failed("read", exc) from None
            if got != length or digest.hexdigest() != sha256:
                log.error(
                    "%s: the object %s is not the artifact it names (sha256 %s): not served "
                    "whole, deleted",
                    self.shown,
                    key,
                    digest.hexdigest(),
                )
                self._delete(key)
                raise ArtifactStoreError(
                    f"the artifact store {self.shown} holds a corrupt copy of {key}"
                )
            if held:
                yield held
        finally:
            body.close()

    def _delete(self, key: str) -> None:
        """Delete a bad object (when the credentials allow it)."""
        try:
            self.client.delete_object(Bucket=self.bucket, Key=key)
        except Exception as exc:
            log.warning("%s", self._failed("delete", exc))

    def put(self, sha256: str, filename: str, verified: Path) -> None:
        try:
            self.client.upload_file(
                str(verified),
                self.bucket,
                self.key(sha256, filename),
                ExtraArgs={"ContentType": "application/octet-stream"},
                Config=self.transfer,
            )
        except ArtifactStoreError:
            raise
        except Exception as exc:
            raise self._failed("upload", exc) from None

    def check(self) -> None:
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except Exception as exc:
            raise self._failed("check", exc) from None

    def close(self) -> None:
        self.client.close()
