"""One sync run (docs/sync-protocol.md, "The client's run"): works from the spool alone, so it needs no
data key and runs while the session is locked. One run at a time per profile (a lock file).

Every server answer is written to the spool as soon as it arrives (a chunk receipt, a batch's
results), so a run that breaks anywhere resumes from the last answer; what was in flight is simply
sent again and the server's idempotency makes the repeat harmless."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.clock import now_iso, parse_iso, utc_now
from app.platform_support.file_lock import FileLock
from app.security.device_secret import DeviceSecretStore
from app.sync import credentials
from app.sync.client import Client, LinkDown, ServerRefused
from app.sync.protocol import MAX_FILES_QUERY, STOPS_THE_RUN, Fatal, Result, b64encode
from app.sync.spool import QUEUED, SPOOL_DIR, Spool, SpoolItem

SKEW_WARN_SECONDS = 300
RECONNECTS = 50          # reconnections within one run, each only after the one before moved something
RECONNECT_PAUSE = 0.5    # seconds between them
_ITEM_OVERHEAD = 160   # JSON around one sealed item in a batch body


class AlreadyRunning(Exception):
    pass


class Cancelled(Exception):
    pass


@dataclass
class RunReport:
    sent: int = 0               # items the server confirmed in this run (records ok + files complete)
    failed: int = 0             # items the server refused in this run (error or warning)
    pending: int = 0            # items still waiting after the run
    bytes_sent: int = 0         # request bodies as they went on the wire
    bytes_confirmed: int = 0    # of those, the bodies whose reply came (the rest was lost in a cut)
    reconnects: int = 0
    seconds: float = 0.0
    requests: int = 0
    reason: str | None = None   # why the run ended early: offline, stalled, captive_portal, unauthorized, …
    detail: str = ""
    skew_seconds: int | None = None
    chunks_sent: int = 0        # chunks whose receipt came
    chunk_attempts: int = 0     # chunk uploads started (a cut one counts, its receipt never came)
    stopped: bool = False       # a person must act (revoked, wrong server, unauthorized, old protocol)

    def to_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "failed": self.failed, "pending": self.pending, "bytes_sent": self.bytes_sent,
                "seconds": round(self.seconds, 2), "reason": self.reason, "skew_seconds": self.skew_seconds,
                "requests": self.requests}


Progress = Callable[[int, int, str], None]   # done, total, phase


class Sender:
    def __init__(self, root: Path, db_id: str, store: DeviceSecretStore, *, stall_seconds: float = 30.0,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> None:
        self.root, self.db_id, self.store = Path(root), db_id, store
        self.stall_seconds = stall_seconds
        self._progress = progress
        self._cancelled = cancelled or (lambda: False)
        self.report = RunReport()

    # ----------------------------------------------------------------- entry
    def run(self) -> RunReport:
        started = time.monotonic()
        lock_path = self.root / SPOOL_DIR / "run.lock"
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            lock = FileLock(lock_path, timeout=0).__enter__()
        except TimeoutError:
            raise AlreadyRunning() from None
        try:
            with Spool.for_profile(self.root, check=True) as spool:
                try:
                    self._run(spool)
                finally:
                    spool.requeue_interrupted()
                    counts = spool.counts()
                    self.report.pending = counts[QUEUED] + counts["sending"]
                    self.report.seconds = time.monotonic() - started
                    self._remember(spool)
        finally:
            lock.__exit__(None, None, None)
        return self.report

    def _count(self, n: int) -> None:
        self.report.bytes_sent += n
        if self._cancelled():
            raise Cancelled()

    def _step(self, done: int, total: int, phase: str) -> None:
        if self._cancelled():
            raise Cancelled()
        if self._progress is not None:
            self._progress(done, total, phase)

    def _run(self, spool: Spool) -> None:
        try:
            cred = credentials.read(self.store, self.db_id)
        except credentials.CredentialUnavailable:
            self._end("keyring_unavailable", stopped=True)
            return
        if cred is None:
            self._end("not_enrolled", stopped=True)
            return
        spool.requeue_interrupted()
        # A link that drops every few minutes: while each attempt moves something, reconnect at once
        # and go on where it broke (a new connection, a new health call); an attempt that moves
        # nothing ends the run and the scheduler's backoff takes over.
        for attempt in range(RECONNECTS + 1):
            before = self._moved()
            client = Client(cred.server_url, token=cred.token, server_id=cred.server_id,
                            stall_seconds=self.stall_seconds, on_bytes=self._count)
            try:
                self._exchange(spool, client, cred)
                self._end(None)
                return
            except LinkDown as exc:
                self._end(exc.reason)
                if self._moved() == before or attempt == RECONNECTS:
                    return
            except ServerRefused as exc:
                self._end(exc.code, exc.detail, stopped=exc.code in STOPS_THE_RUN or exc.code == Fatal.BAD_REQUEST)
                return
            except Cancelled:
                self._end("cancelled")
                return
            finally:
                self.report.requests += client.requests
                self.report.bytes_confirmed += client.confirmed_bytes
                self.report.reconnects = attempt
                client.close()
            spool.requeue_interrupted()
            time.sleep(RECONNECT_PAUSE)
            if self._cancelled():
                self._end("cancelled")
                return

    def _moved(self) -> tuple[int, int, int]:
        r = self.report
        return r.sent, r.failed, r.chunks_sent

    def _end(self, reason: str | None, detail: str = "", *, stopped: bool = False) -> None:
        self.report.reason, self.report.detail, self.report.stopped = reason, detail, stopped

    def _remember(self, spool: Spool) -> None:
        r = self.report
        if r.reason is None:
            spool.set(last_success=now_iso(), failures=0, last_error=None, last_error_detail=None, stopped=None)
        else:
            failures = int(spool.get("failures", "0") or 0) + (0 if r.reason == "cancelled" else 1)
            if r.sent or r.chunks_sent:
                failures = 1   # it moved: the link works now and then, try again soon
            spool.set(failures=failures, last_error=r.reason, last_error_detail=r.detail[:300] or None,
                      last_error_at=now_iso(), stopped=r.reason if r.stopped else None)
        spool.set(last_run=now_iso(), last_report_sent=r.sent, last_report_failed=r.failed)

    # ----------------------------------------------------------------- the exchange
    def _exchange(self, spool: Spool, client: Client, cred: credentials.Credential) -> None:
        health = client.health()
        server_now = parse_iso(health.server_time)
        self.report.skew_seconds = int((utc_now() - server_now).total_seconds())
        spool.set(last_contact=now_iso(), skew_seconds=self.report.skew_seconds,
                  server_time=health.server_time)
        if health.rotate_token:
            token = client.rotate()
            # Stored before it is used: the old token stays valid until the new one is first seen.
            credentials.write(self.store, self.db_id, credentials.Credential(token, cred.server_url, cred.server_id,
                                                                              cred.device_id))
            client.set_token(token)
        self._files(spool, client)
        self._records(spool, client, health.max_batch, health.max_body)

    def _files(self, spool: Spool, client: Client) -> None:
        files = spool.files_to_send()
        if not files:
            return
        total = sum(spool.chunk_count(sha) for sha, _ in files)
        done = 0
        for start in range(0, len(files), MAX_FILES_QUERY):
            group = files[start:start + MAX_FILES_QUERY]
            for state in client.files_missing(group):
                count = spool.chunk_count(state.sha256)
                if state.complete:
                    spool.file_complete(state.sha256)
                    self.report.sent += 1
                    done += count
                    continue
                missing = [i for i in state.missing if 0 <= i < count]
                if not missing:
                    # Every chunk held but the file not complete: the server died between storing the
                    # last chunk and checking the whole. Repeating a held chunk is harmless and makes
                    # it check again.
                    missing = [count - 1]
                spool.server_lacks(state.sha256, missing)
                done += count - len(missing)
                self._step(done, total, "files")
                for idx in missing:
                    if self._put(spool, client, state.sha256, idx):
                        self.report.sent += 1
                    done += 1
                    self._step(done, total, "files")

    def _put(self, spool: Spool, client: Client, sha: str, idx: int) -> bool:
        """One chunk; True when its receipt says the file is now complete on the server."""
        sealed = spool.chunk(sha, idx)
        for attempt in range(2):
            self.report.chunk_attempts += 1
            try:
                complete = client.put_chunk(sha, idx, sealed)
            except ServerRefused as exc:
                if exc.code == Fatal.CHUNK_HASH_MISMATCH and attempt == 0:
                    continue   # damaged on the way: once more
                if exc.code in (Fatal.CHUNK_INVALID, Fatal.FILE_MISMATCH, Fatal.CHUNK_HASH_MISMATCH):
                    spool.reset_file(sha)
                    spool.file_complete(sha, Result.INVALID, f"{exc.code}: {exc.detail}")
                    self.report.failed += 1
                    return False
                if exc.code == Fatal.NOT_FOUND:
                    return False   # the server forgot the announcement: the next run asks again
                raise
            spool.chunk_receipt(sha, idx)
            self.report.chunks_sent += 1
            if complete:
                spool.file_complete(sha)
            return complete
        return False

    def _records(self, spool: Spool, client: Client, max_batch: int, max_body: int) -> None:
        batch = max(1, min(max_batch, 250))
        total = len(spool.items(QUEUED, files=False))
        done = 0
        while True:
            items = spool.items(QUEUED, files=False, limit=batch)
            if not items:
                return
            chosen = _fit(items, max_body)
            wire = [_wire_item(i) for i in chosen]
            spool.mark_sending(i.client_id for i in chosen)
            try:
                results = client.post_records(wire)
            except ServerRefused as exc:
                spool.back_to_queue(i.client_id for i in chosen)
                if exc.code == Fatal.BODY_TOO_LARGE and len(chosen) > 1:
                    batch = max(1, len(chosen) // 2)
                    continue
                raise
            sent_ids = {i.client_id for i in chosen}
            answered = [(c, r, d) for c, r, d in results if c in sent_ids]
            spool.record_results(answered)
            spool.back_to_queue(sent_ids - {c for c, _, _ in answered})   # no answer: send again
            if not answered:
                raise LinkDown("server_unavailable")
            self.report.sent += sum(1 for _, r, _ in answered if r == Result.OK)
            self.report.failed += sum(1 for _, r, _ in answered if r != Result.OK)
            done += len(answered)
            self._step(done, total, "records")


def _wire_item(item: SpoolItem) -> dict[str, Any]:
    assert item.sealed is not None
    return {"client_id": item.client_id, "type": item.type, "id": item.record_id, "version": item.version,
            "sealed": b64encode(item.sealed)}


def _fit(items: list[SpoolItem], max_body: int) -> list[SpoolItem]:
    """As many items as fit the body limit (before gzip: sealed bytes do not shrink), at least one."""
    out: list[SpoolItem] = []
    size = 16
    for item in items:
        need = len(item.sealed or b"") * 4 // 3 + _ITEM_OVERHEAD
        if out and size + need > max_body:
            break
        out.append(item)
        size += need
    return out


@dataclass
class Backoff:
    """Seconds until the next automatic try after `failures` failed runs in a row: doubling from
    `base`, capped, with jitter so a district's schools do not all come back in the same second."""
    base: float = 15.0
    cap: float = 15 * 60.0
    rand: Callable[[], float] = field(default=lambda: __import__("random").random())

    def delay(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        ceiling = min(self.cap, self.base * (2 ** min(failures - 1, 30)))
        return ceiling / 2 + self.rand() * ceiling / 2
