"""The SIPp harness itself: a port taken by another process between choosing and binding
(a shared machine) moves the peer to a new port instead of failing the test."""

from __future__ import annotations

import socket
from pathlib import Path

from tests.support.sipp import SippPeer, free_udp_port


def test_a_port_taken_meanwhile_moves_the_peer_to_a_free_one(tmp_path: Path) -> None:
    port = free_udp_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
        squatter.bind(("127.0.0.1", port))
        peer = SippPeer("uas", tmp_path, port=port)
        try:
            peer.start()
            assert peer.port != port and peer.running()
            assert "errno = 98" not in peer.errors()  # the first attempt's log is gone
        finally:
            peer.stop()
