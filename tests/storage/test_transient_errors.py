"""Transient database errors on real servers: a terminated backend, a network cut, a
deadlock, a serialization failure, SQLite's busy timeout. Lost races are run again by
run_in_transaction; a lost connection is reported in plain words and the next unit works."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from showroom.core.errors import ConnectionLostError, TransientDatabaseError
from showroom.storage.config import AppConfig, resolve_config
from showroom.storage.database import Database, create_database_engine, run_in_transaction
from showroom.storage.migrate import open_database
from showroom.storage.models import Setting

LOST = (
    "The database server at {server} cannot be reached; your last change was not saved. "
    "Showroom will reconnect when it is back."
)


def _admin(url: str) -> psycopg.Connection[tuple[object, ...]]:
    dsn = make_url(url).set(drivername="postgresql").render_as_string(False)
    return psycopg.connect(dsn, autocommit=True)


def _put(key: str, value: str) -> object:
    def work(session: Session) -> None:
        session.merge(Setting(key=key, value=value))

    return work


def _values(db: Database) -> dict[str, str]:
    with db.reader() as session:
        return {k: v for k, v in session.execute(text("SELECT key, value FROM settings"))}


@pytest.fixture
def pg(postgres_url: str, tmp_path: Path) -> Iterator[Database]:
    db = open_database(resolve_config(str(tmp_path / "h"), postgres_url, environ={}))
    yield db
    db.dispose()


@pytest.mark.postgres
def test_backend_terminated_between_units(pg: Database, postgres_url: str) -> None:
    run_in_transaction(pg, _put("a", "1"))  # type: ignore[arg-type]
    with _admin(postgres_url) as admin:
        killed = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    assert killed, "the pool's connection was terminated"
    run_in_transaction(pg, _put("b", "2"))  # type: ignore[arg-type]  # pre-ping reconnects
    assert {"a": "1", "b": "2"}.items() <= _values(pg).items()


@pytest.mark.postgres
def test_backend_terminated_inside_a_unit(pg: Database, postgres_url: str) -> None:
    def work(session: Session) -> None:
        session.merge(Setting(key="lost", value="x"))
        session.flush()
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with _admin(postgres_url) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        session.execute(text("SELECT 1"))

    server = f"{pg.url.host}:{pg.url.port}"
    with pytest.raises(ConnectionLostError) as caught:
        run_in_transaction(pg, work)
    assert str(caught.value) == LOST.format(server=server)
    run_in_transaction(pg, _put("after", "y"))  # type: ignore[arg-type]
    values = _values(pg)
    assert values.get("after") == "y" and "lost" not in values


class Cable:
    """A TCP proxy in front of the PostgreSQL server whose cable can be pulled and plugged
    back in (same port), like a switch or Wi-Fi going away."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.listener: socket.socket | None = None
        self.plug()

    def plug(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for s in (source, sink):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def pull(self) -> None:
        assert self.listener is not None
        with contextlib.suppress(OSError):  # wakes the thread blocked in accept()
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for s in self.sockets:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self.sockets.clear()


@pytest.mark.postgres
def test_network_cut_is_reported_and_showroom_reconnects(postgres_url: str, tmp_path: Path) -> None:
    real = make_url(postgres_url)
    cable = Cable(real.host or "127.0.0.1", real.port or 5432)
    via_cable = real.set(host="127.0.0.1", port=cable.port).render_as_string(False)
    config: AppConfig = resolve_config(str(tmp_path / "h"), via_cable, environ={})
    db = open_database(config)
    try:
        run_in_transaction(db, _put("before", "1"))  # type: ignore[arg-type]
        cable.pull()
        with pytest.raises(ConnectionLostError) as caught:
            run_in_transaction(db, _put("during", "2"))  # type: ignore[arg-type]
        assert str(caught.value) == LOST.format(server=f"127.0.0.1:{cable.port}")
        with pytest.raises(ConnectionLostError, match="cannot be reached; Showroom will"):
            _values(db)
        cable.plug()
        run_in_transaction(db, _put("after", "3"))  # type: ignore[arg-type]
        values = _values(db)
        assert values.get("before") == "1" and values.get("after") == "3"
        assert "during" not in values
    finally:
        db.dispose()
        cable.pull()


@pytest.mark.postgres
def test_serialization_failure_is_run_again(pg: Database) -> None:
    run_in_transaction(pg, _put("counter", "0"))  # type: ignore[arg-type]
    attempts: list[int] = []

    def increment(session: Session) -> None:
        attempts.append(1)
        session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        value = int(
            session.execute(text("SELECT value FROM settings WHERE key = 'counter'")).scalar_one()
        )
        if len(attempts) == 1:  # another PC increments meanwhile, and commits first
            other = threading.Thread(
                target=lambda: run_in_transaction(
                    pg,
                    lambda s: s.execute(
                        text("UPDATE settings SET value = '100' WHERE key = 'counter'")
                    ),
                )
            )
            other.start()
            other.join()
        session.execute(
            text("UPDATE settings SET value = :v WHERE key = 'counter'"), {"v": str(value + 1)}
        )

    run_in_transaction(pg, increment)
    assert len(attempts) == 2, "the first attempt lost the race and was run again"
    assert _values(pg)["counter"] == "101", "the second attempt saw the other PC's change"


@pytest.mark.postgres
def test_deadlock_is_run_again_and_both_units_land(pg: Database) -> None:
    run_in_transaction(pg, _put("left", "0"))  # type: ignore[arg-type]
    run_in_transaction(pg, _put("right", "0"))  # type: ignore[arg-type]
    barrier = threading.Barrier(2, timeout=10)
    attempts = {"a": 0, "b": 0}
    errors: list[BaseException] = []

    def worker(name: str, first: str, second: str) -> None:
        def work(session: Session) -> None:
            attempts[name] += 1
            session.execute(text("SET LOCAL deadlock_timeout = '50ms'"))
            session.execute(
                text("UPDATE settings SET value = value || :n WHERE key = :k"),
                {"n": name, "k": first},
            )
            if attempts[name] == 1:
                barrier.wait()  # both hold their first row now
            session.execute(
                text("UPDATE settings SET value = value || :n WHERE key = :k"),
                {"n": name, "k": second},
            )

        try:
            run_in_transaction(pg, work, attempts=3)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [
        threading.Thread(target=worker, args=("a", "left", "right")),
        threading.Thread(target=worker, args=("b", "right", "left")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    assert sorted(attempts.values()) == [1, 2], "one of them was chosen as the victim and rerun"
    values = _values(pg)
    assert sorted(values["left"]) == sorted("0ab") and sorted(values["right"]) == sorted("0ab")


@pytest.mark.postgres
def test_deadlock_without_retry_is_one_plain_sentence(pg: Database) -> None:
    run_in_transaction(pg, _put("x", "0"))  # type: ignore[arg-type]
    run_in_transaction(pg, _put("y", "0"))  # type: ignore[arg-type]
    barrier = threading.Barrier(2, timeout=10)
    caught: list[BaseException] = []

    def worker(first: str, second: str) -> None:
        def work(session: Session) -> None:
            session.execute(text("SET LOCAL deadlock_timeout = '50ms'"))
            session.execute(text("UPDATE settings SET value = '1' WHERE key = :k"), {"k": first})
            barrier.wait()
            session.execute(text("UPDATE settings SET value = '1' WHERE key = :k"), {"k": second})

        try:
            run_in_transaction(pg, work, attempts=1)
        except TransientDatabaseError as error:
            caught.append(error)

    threads = [threading.Thread(target=worker, args=p) for p in (("x", "y"), ("y", "x"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(caught) == 1
    assert str(caught[0]) == (
        "Another PC changed the same records at the same moment, so your change was not "
        "saved; try again."
    )


def test_sqlite_busy_is_waited_out_and_run_again(sqlite_config: AppConfig) -> None:
    open_database(sqlite_config).dispose()
    path = sqlite_config.sqlite_path
    assert path is not None
    db = Database(
        sqlite_config, create_database_engine(sqlite_config.database_url, busy_timeout_ms=100)
    )
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock for 0.45 s
    release = threading.Timer(0.45, lambda: holder.execute("COMMIT"))
    attempts: list[float] = []

    def work(session: Session) -> None:
        attempts.append(time.monotonic())
        session.merge(Setting(key="busy", value="done"))

    try:
        with pytest.raises(TransientDatabaseError, match="is busy in another program"):
            run_in_transaction(db, work, attempts=1)
        release.start()
        run_in_transaction(db, work, attempts=8, pause_s=0.05)
    finally:
        release.join()
        holder.close()
    assert len(attempts) >= 3, "it failed while the lock was held and was run again"
    assert _values(db)["busy"] == "done"
    db.dispose()
