"""The round-robin reverse proxy in front of the replicas, as a load balancer would be: every
request goes to the next replica; a replica that refuses the connection (killed, restarting)
is skipped, since the request never reached it; a request cut after it was sent answers 502,
and the client decides whether to retry. It is the public URL of the project, so the SDK's
JWKS fetches go through it too.

Written on aiohttp's server and client rather than by hand: the harness needs HTTP/1.1 with
keep-alive on both sides, and nothing more.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import Counter

import aiohttp
from aiohttp import web

# RFC 9110 §7.6.1 connection-specific fields, plus those aiohttp recomputes.
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}


def _error(status: int, code: str, message: str) -> web.Response:
    body = {"error": "bad_gateway", "code": code, "message": message, "field": None}
    return web.Response(status=status, text=json.dumps(body), content_type="application/json")


class RoundRobinProxy:
    def __init__(self, upstream_ports: list[int]) -> None:
        self.upstream_ports = upstream_ports
        self._next = itertools.count()
        self.session: aiohttp.ClientSession | None = None
        self.runner: web.AppRunner | None = None
        self.port = 0
        self.counts: Counter = Counter()

    async def start(self) -> int:
        self.session = aiohttp.ClientSession(
            auto_decompress=False,
            connector=aiohttp.TCPConnector(limit=256, force_close=False),
        )
        app = web.Application(client_max_size=2 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets
        self.port = server.sockets[0].getsockname()[1]
        return self.port

    async def close(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
        if self.session is not None:
            await self.session.close()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        assert self.session is not None
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        for _ in range(len(self.upstream_ports)):
            port = self.upstream_ports[next(self._next) % len(self.upstream_ports)]
            try:
                async with self.session.request(
                    request.method,
                    f"http://127.0.0.1:{port}{request.rel_url}",
                    headers=headers,
                    data=body,
                    allow_redirects=False,
                    timeout=aiohttp.ClientTimeout(total=30),
                ) as upstream:
                    payload = await upstream.read()
                    out = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP}
                    self.counts["forwarded"] += 1
                    return web.Response(status=upstream.status, body=payload, headers=out)
            except aiohttp.ClientConnectorError:
                # Connection refused: the request never reached this replica.
                self.counts["skipped_down_replica"] += 1
                continue
            except (aiohttp.ClientError, asyncio.TimeoutError) as err:
                self.counts["cut"] += 1
                return _error(502, "upstream_cut", f"the replica did not answer: {err}")
        self.counts["no_replica"] += 1
        return _error(503, "no_replica", "no replica accepted the connection")
