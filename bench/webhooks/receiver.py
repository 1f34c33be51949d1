#!/usr/bin/env python3
"""A webhook receiver for trying Newsroom's webhooks by hand and for bench/webhooks/run.sh.

Listens on 127.0.0.1:PORT (first argument), answers 204 to every POST and prints one line per delivery: its
webhook-id, its type and whether its signature verifies, checked here with Python's own HMAC against the
whsec_ secret in the WEBHOOK_SECRET environment variable (if set), as the Standard Webhooks specification says.
"""
import base64
import hashlib
import hmac
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def verifies(secret, msg_id, timestamp, body, header):
    key = base64.b64decode(secret.removeprefix("whsec_"))
    expected = base64.b64encode(
        hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()).decode()
    return any(hmac.compare_digest(part, "v1," + expected) for part in header.split(" "))


class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(204)
        self.end_headers()
        secret = os.environ.get("WEBHOOK_SECRET")
        check = ""
        if secret:
            ok = verifies(secret, self.headers["webhook-id"], self.headers["webhook-timestamp"], body,
                          self.headers["webhook-signature"])
            check = " signature " + ("verified" if ok else "WRONG")
        print(f"{self.headers['webhook-id']} {json.loads(body)['type']}{check} {body.decode()[:120]}", flush=True)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
