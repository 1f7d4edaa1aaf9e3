"""A real OpenAI-style chat-completions server on 127.0.0.1 for tests (plain JSON and SSE streams).

`http.server` in a thread; a test sets how it answers (`mode`, `answer`, `delay`, `hold`) and reads
what it was asked (`requests`). Shared by tests/test_llm.py and the TUI's summary panel tests; it is
importable from both because pytest puts tests/ (where the root conftest.py lives) on sys.path.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

GOOD = ("MDES and China's MIIT hold the second Thai–China digital ministerial dialogue; 21 Chinese companies join\n"
        "\n"
        "On 18 January 2025 in Bangkok, Deputy Prime Minister Prasert Chantararuangthong and Zhang YunMing, "
        "Vice Minister of Industry and Information Technology, co-chaired the second Thai–China Ministerial "
        "Dialogue on Digital Economy Cooperation. 21 Chinese companies took part. depa said digital startups "
        "grew 15%, or over 1.5 trillion yuan.")
"""A good answer for the seed release (tests/data/summary, tests/data/tui): every number is a fact."""
INVENTED = GOOD.replace("21 Chinese companies took part", "35 Chinese companies took part")
"""The good answer with one invented number: it must be rejected."""


FLOOD_LIMIT = 64 * 1024 * 1024
"""Where an endless answer gives up when the client keeps reading (the test then fails on its size)."""


class ChatServer(ThreadingHTTPServer):
    daemon_threads = True
    mode = "answer"
    """"answer", "500", "malformed", "ignore-stream" (a plain JSON answer to a streamed request),
    "trickle" (a byte of the answer every `trickle_s`, for as long as the client listens) or "flood"
    (an answer that never ends, 64 KB at a time, until the client hangs up or FLOOD_LIMIT is sent)."""
    error_message = "model crashed"
    """What mode "500" says went wrong (the escape tests put terminal controls in it)."""
    trickle_s = 0.05
    answer = GOOD
    delay = 0.0
    """Seconds to wait before answering (the timeout tests)."""
    hold: threading.Event | None = None
    """When set, a stream stops after its first piece of text until the event is set."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ChatHandler)
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.answered = 0
        """Requests whose answer has been written in full (or that the client gave up on)."""
        self.hung_up = threading.Event()
        """Set when the client closed the connection before a trickled or flooded answer ended."""
        self.sent = 0
        """Bytes of the last trickled or flooded answer written before it ended."""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class ChatHandler(BaseHTTPRequestHandler):
    server: ChatServer

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        try:
            self._answer()
        finally:
            self.server.answered += 1

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        payload = json.loads(self.rfile.read(length))
        self.server.requests.append((dict(self.headers), payload))
        if self.path != "/v1/chat/completions":
            self._send(404, b'{"error": {"message": "not found"}}')
            return
        mode = self.server.mode
        if self.server.delay:
            time.sleep(self.server.delay)
        try:
            if mode == "500":
                self._send(500, json.dumps({"error": {"message": self.server.error_message}}).encode())
            elif mode in ("trickle", "flood"):
                self._endless(trickle=mode == "trickle", stream=bool(payload.get("stream")))
            elif mode == "malformed":
                if payload.get("stream"):
                    self._send(200, b'data: {"choices": [{"delta": {"content": "MDES ho\n\n', "text/event-stream")
                else:
                    self._send(200, b'{"choices": [{"message": {"content": "MDES', "application/json")
            elif payload.get("stream") and mode != "ignore-stream":
                self._stream(self.server.answer)
            else:
                body = {"id": "x", "object": "chat.completion", "model": payload["model"],
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": self.server.answer},
                                     "finish_reason": "stop"}]}
                self._send(200, json.dumps(body).encode())
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout tests)

    def _endless(self, trickle: bool, stream: bool) -> None:
        """An answer that does not end by itself: the client must stop reading on its own."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream" if stream else "application/json")
        self.end_headers()
        self.server.sent = 0
        if stream:
            chunk = {"choices": [{"index": 0, "delta": {"content": "x" * (1 if trickle else 65536)}}]}
            piece = f"data: {json.dumps(chunk)}\n\n".encode()
        else:
            piece = b" " if trickle else b" " * 65536
            self.wfile.write(b'{"choices": [{"message": {"content": "')
        try:
            while self.server.sent < FLOOD_LIMIT:
                self.wfile.write(piece)
                self.wfile.flush()
                self.server.sent += len(piece)
                if trickle:
                    time.sleep(self.server.trickle_s)
        except (BrokenPipeError, ConnectionResetError):
            self.server.hung_up.set()

    def _stream(self, text: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        words = text.split(" ")
        pieces = [" ".join(words[i:i + 7]) + (" " if i + 7 < len(words) else "") for i in range(0, len(words), 7)]
        first = {"choices": [{"index": 0, "delta": {"role": "assistant"}}]}
        self.wfile.write(f"data: {json.dumps(first)}\n\n".encode())
        for n, piece in enumerate(pieces):
            chunk = {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()
            if n == 0 and self.server.hold is not None:
                self.server.hold.wait(timeout=30)
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()


@contextmanager
def running_server() -> Iterator[ChatServer]:
    """A ChatServer answering in a thread until the block ends."""
    srv = ChatServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        if srv.hold is not None:
            srv.hold.set()
        srv.shutdown()
        srv.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released): connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
