"""A TCP forwarder the tests can cut and restore: a real lost connection to a database."""

from __future__ import annotations

import contextlib
import socket
import threading

from tests.support.mariadb_server import free_port


class TcpProxy:
    """Listens on a free port of 127.0.0.1 and forwards to ``target_port``."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._losing_answers = False
        self.restore()

    def restore(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Refuse new connections and break every open one."""
        if self._listener is not None:
            with contextlib.suppress(OSError):  # shutdown wakes the thread in accept()
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        with self._lock:
            for s in self._open:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self._open.clear()

    def lose_answers(self) -> None:
        """From now on what the server sends is dropped and its connection broken, while what
        the clients send still reaches it: a COMMIT the server did whose answer never comes
        back. Connections opened meanwhile fail too, until :meth:`answer_again`."""
        self._losing_answers = True

    def answer_again(self) -> None:
        self._losing_answers = False

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, upstream]
            for a, b, answers in ((client, upstream, False), (upstream, client, True)):
                threading.Thread(target=self._pump, args=(a, b, answers), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, answers: bool) -> None:
        try:
            while data := source.recv(65536):
                if answers and self._losing_answers:
                    # Dropped. Shut down, not only closed: the other direction's thread is
                    # in recv() on the client's socket, and a close alone sends no FIN then.
                    for s in (source, sink):
                        with contextlib.suppress(OSError):
                            s.shutdown(socket.SHUT_RDWR)
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.close()
