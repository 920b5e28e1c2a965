"""A bad rural link on loopback: an asyncio TCP proxy between the sync client and the server.

The kernel here has no netem, so the faults are made in user space: a bandwidth cap per direction,
added latency (half the round trip each way, pipelined like a real link), random stalls, every
connection cut after so many bytes, a global cut every N bytes, and a captive-portal mode that answers
every request itself with "200 OK" and an HTML page. Only loopback targets; it stops with its owner
(a daemon thread) or on stop(). Shared by tests/ and bench/.

    with FaultProxy(port, bandwidth=32_000, rtt=0.3, cut_every=2_000_000) as proxy:
        ... point the client at proxy.url ...
        proxy.stats.up   # bytes client -> server that went through
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType

_PORTAL_BODY = b"<html><body><h1>Wi-Fi</h1><p>Please accept the terms to use the internet.</p></body></html>\n"
PORTAL_PAGE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
               + str(len(_PORTAL_BODY)).encode() + b"\r\nConnection: close\r\n\r\n" + _PORTAL_BODY)
_PIECE = 4096


@dataclass
class Stats:
    up: int = 0                 # client -> server bytes forwarded
    down: int = 0               # server -> client bytes forwarded
    connections: int = 0
    cuts: int = 0
    stalls: int = 0
    lost_up: int = 0            # client -> server bytes that went through but got no reply: cut off
    up_by_connection: list[int] = field(default_factory=list)


class FaultProxy:
    def __init__(self, target_port: int, *, target_host: str = "127.0.0.1", bandwidth: float | None = None,
                 rtt: float = 0.0, cut_after: int | None = None, cut_every: int | None = None,
                 stall_chance: float = 0.0, stall_seconds: float = 0.0, portal: bool = False,
                 offline: bool = False,
                 seed: int = 1, lifetime: float = 3600.0) -> None:
        if target_host not in ("127.0.0.1", "::1", "localhost"):
            raise ValueError("the fault proxy only targets loopback")
        self.target = (target_host, target_port)
        self.bandwidth = bandwidth          # bytes per second, each direction
        self.delay = rtt / 2
        self.cut_after = cut_after          # per connection, client -> server bytes
        self.cut_every = cut_every          # across connections, client -> server bytes
        self.stall_chance = stall_chance    # per piece forwarded
        self.stall_seconds = stall_seconds
        self.portal = portal
        self.offline = offline              # the cable pulled: every connection dropped at once
        self.lifetime = lifetime
        self.stats = Stats()
        self._rand = random.Random(seed)
        self._next_cut = cut_every
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self.port = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._unanswered: dict[int, int] = {}

    # ----------------------------------------------------------------- lifecycle
    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._main, name="fault-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(30):
            raise RuntimeError("fault proxy did not start")
        return self

    def stop(self) -> None:
        loop = self._loop
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(self._shutdown)
        if self._thread is not None:
            self._thread.join(30)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def configure(self, **faults: object) -> None:
        """Change the faults between runs (bandwidth, rtt, cut_after, cut_every, stall_*, portal)."""
        for name, value in faults.items():
            if name == "rtt":
                self.delay = float(value) / 2  # type: ignore[arg-type]
            elif name in ("bandwidth", "cut_after", "cut_every", "stall_chance", "stall_seconds", "portal",
                          "offline"):
                setattr(self, name, value)
            else:
                raise TypeError(name)
        if faults.get("offline"):
            self.cut_all()
        if "cut_every" in faults:
            self._next_cut = None if self.cut_every is None else self.stats.up + self.cut_every

    def cut_all(self) -> None:
        """Pull the cable: every open connection is dropped now."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._drop_all)

    def _drop_all(self) -> None:
        for w in list(self._writers):
            with contextlib.suppress(Exception):
                w.transport.abort()

    def _shutdown(self) -> None:
        self._drop_all()
        if self._server is not None:
            self._server.close()
        assert self._loop is not None
        self._loop.call_later(0.05, self._loop.stop)

    def _main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._server = loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        loop.call_later(self.lifetime, self._shutdown)
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    # ----------------------------------------------------------------- one connection
    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        index = len(self.stats.up_by_connection)
        self.stats.up_by_connection.append(0)
        self._writers.add(writer)
        if self.offline:
            writer.transport.abort()
            self._writers.discard(writer)
            return
        if self.portal:
            await self._portal(reader, writer)
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            self._writers.discard(writer)
            return
        self._writers.add(up_writer)
        cut = asyncio.Event()
        self._unanswered[index] = 0
        tasks = [asyncio.ensure_future(self._pipe(reader, up_writer, True, index, cut)),
                 asyncio.ensure_future(self._pipe(up_reader, writer, False, index, cut))]
        await cut.wait()
        self.stats.lost_up += self._unanswered.pop(index, 0)   # sent since the last reply: must go again
        for t in tasks:
            t.cancel()
        for w in (writer, up_writer):
            with contextlib.suppress(Exception):
                w.transport.abort()
            self._writers.discard(w)

    async def _portal(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            await reader.readuntil(b"\r\n\r\n")
            writer.write(PORTAL_PAGE)
            await writer.drain()
        with contextlib.suppress(Exception):
            writer.close()   # a clean close: the page must reach the client whole
            await writer.wait_closed()
        self._writers.discard(writer)

    async def _pipe(self, src: asyncio.StreamReader, dst: asyncio.StreamWriter, up: bool, index: int,
                    cut: asyncio.Event) -> None:
        # Bounded: what the link holds is its bandwidth × delay (plus a little), so a sender feels the
        # link's pace through TCP back-pressure instead of filling a buffer the cut then throws away.
        depth = 2 if not self.bandwidth else max(2, int(self.bandwidth * max(self.delay, 0.01) / _PIECE) + 2)
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue(maxsize=depth)

        async def deliver() -> None:
            while True:
                ready_at, data = await queue.get()
                if not data:
                    break
                wait = ready_at - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if self.stall_chance and self._rand.random() < self.stall_chance:
                    self.stats.stalls += 1
                    await asyncio.sleep(self.stall_seconds)
                if up:
                    data = self._trim_for_cut(data, index)
                dst.write(data)
                await dst.drain()
                if up:
                    self.stats.up += len(data)
                    self.stats.up_by_connection[index] += len(data)
                    if index in self._unanswered:
                        self._unanswered[index] += len(data)
                else:
                    self.stats.down += len(data)
                    self._unanswered[index] = 0
                if self.bandwidth:
                    await asyncio.sleep(len(data) / self.bandwidth)
                if up and self._cut_due(index):
                    self.stats.cuts += 1
                    break
            cut.set()

        sender = asyncio.ensure_future(deliver())
        try:
            while True:
                data = await src.read(_PIECE)
                await queue.put((time.monotonic() + self.delay, data))
                if not data:
                    break
            await sender
        except (asyncio.CancelledError, ConnectionError, OSError):
            sender.cancel()
            cut.set()
            raise

    def _trim_for_cut(self, data: bytes, index: int) -> bytes:
        room = None
        if self.cut_after is not None:
            room = self.cut_after - self.stats.up_by_connection[index]
        if self._next_cut is not None:
            left = self._next_cut - self.stats.up
            room = left if room is None else min(room, left)
        return data if room is None or room >= len(data) else data[:max(room, 0)]

    def _cut_due(self, index: int) -> bool:
        due = False
        if self.cut_after is not None and self.stats.up_by_connection[index] >= self.cut_after:
            due = True
        if self._next_cut is not None and self.cut_every is not None and self.stats.up >= self._next_cut:
            self._next_cut += self.cut_every
            due = True
        return due
