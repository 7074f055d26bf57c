"""A third-party digest server for interop tests: Twisted's own HTTP Digest
implementation guarding a resource that answers any GET with JSON.

Prints its port, then serves until killed. Every request, authenticated or not,
is counted; the JSON body carries the count so far.
"""

from __future__ import annotations

import json
import sys

from twisted.cred import checkers, portal
from twisted.internet import reactor
from twisted.web import guard, resource, server
from zope.interface import implementer

USER, PASSWORD = sys.argv[1], sys.argv[2]
seen = {"requests": 0}


class Answer(resource.Resource):
    isLeaf = True

    def render_GET(self, request):
        request.setHeader(b"content-type", b"application/json")
        body = {"path": request.path.decode(), "query": request.uri.decode(),
                "seen": seen["requests"]}
        return json.dumps(body).encode()


@implementer(portal.IRealm)
class Realm:
    def requestAvatar(self, avatar_id, mind, *interfaces):
        return resource.IResource, Answer(), lambda: None


class CountingSite(server.Site):
    def getResourceFor(self, request):
        seen["requests"] += 1
        return super().getResourceFor(request)


checker = checkers.InMemoryUsernamePasswordDatabaseDontUse(**{USER: PASSWORD.encode()})
wrapper = guard.HTTPAuthSessionWrapper(
    portal.Portal(Realm(), [checker]), [guard.DigestCredentialFactory(b"md5", b"interop")]
)
port = reactor.listenTCP(0, CountingSite(wrapper), interface="127.0.0.1")
print(port.getHost().port, flush=True)
reactor.run()
