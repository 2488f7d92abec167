#!/usr/bin/env python3
"""A small SAML 2.0 identity provider built on pysaml2, for end-to-end tests of Gatehouse's SAML
connections in a browser. Loopback HTTP only; test keys only; never a production IdP.

    python3 scripts/lib/saml-idp-server.py --sp-metadata URL_OR_FILE --ready-file PATH \\
        [--port 0] [--key testdata/saml/keys/idp.key.pem --cert testdata/saml/keys/idp.crt.pem] \\
        [--user alice@corp.example:alice:Alice Example:engineering,admins ...] \\
        [--auto-login EMAIL] [--sign response|assertion|both] [--mfa]

Needs the packages of testdata/saml/requirements.txt and Debian's `xmlsec1` (pysaml2 signs
with it). Endpoints, all under the base URL written to the ready file:

- GET  /metadata       the IdP's metadata (entity id = base URL + /metadata, SSO for the
                       HTTP-Redirect binding, the signing certificate): feed it to
                       gatehouse_domain::saml::parse_idp_metadata or a connection's metadata URL;
- GET  /sso            the HTTP-Redirect binding: reads SAMLRequest (deflated AuthnRequest) and
                       RelayState, then shows a login form, or with --auto-login answers at once;
- POST /login          the login form (email, password); answers with a page that POSTs the
                       signed SAMLResponse and RelayState to the request's ACS URL;
- GET  /initiate?acs=URL&RelayState=...   an IdP-initiated (unsolicited) response for the
                       --auto-login user, to test refusal or acceptance of IdP-initiated sign-in.

The SP metadata (--sp-metadata, an http(s) URL or a file) is read again on every request, so a
test may create the connection after starting this server. The ready file is JSON:
{"base_url", "entity_id", "metadata_url", "sso_url", "certificate_pem"}; it is written once the
server listens. Users: `email:password[:display name[:group,group]]`, default
`alice@corp.example:alice:Alice Example:engineering`. Attributes are sent under pysaml2's
standard URI names (mail, displayName, isMemberOf); --mfa sends the REFEDS MFA context class.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import os
import shutil
import sys
import tempfile
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.metadata import create_metadata_string
from saml2.saml import NAMEID_FORMAT_EMAILADDRESS, NameID
from saml2.server import Server

ROOT = Path(__file__).resolve().parent.parent.parent
PASSWORD_CONTEXT = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
MFA_CONTEXT = "https://refeds.org/profile/mfa"
SIGNING = {
    "sign_alg": "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    "digest_alg": "http://www.w3.org/2001/04/xmlenc#sha256",
}


def parse_user(spec: str) -> tuple[str, dict]:
    parts = spec.split(":", 3)
    if len(parts) < 2:
        raise argparse.ArgumentTypeError("a user is email:password[:name[:groups]]")
    email, password = parts[0], parts[1]
    name = parts[2] if len(parts) > 2 else email
    groups = [g for g in parts[3].split(",") if g] if len(parts) > 3 else []
    return email, {"password": password, "name": name, "groups": groups}


class Idp:
    def __init__(self, args: argparse.Namespace, base_url: str):
        self.args = args
        self.base_url = base_url
        self.entity_id = base_url + "/metadata"
        self.users = dict(
            args.user or [parse_user("alice@corp.example:alice:Alice Example:engineering")]
        )
        self.lock = threading.Lock()
        self.workdir = Path(tempfile.mkdtemp(prefix="saml-idp-"))
        self.config = IdPConfig()
        self.config.load(
            {
                "entityid": self.entity_id,
                "service": {
                    "idp": {
                        "endpoints": {
                            "single_sign_on_service": [(base_url + "/sso", BINDING_HTTP_REDIRECT)]
                        },
                        "policy": {"default": {"lifetime": {"minutes": 5}}},
                        "name_id_format": [NAMEID_FORMAT_EMAILADDRESS],
                        "want_authn_requests_signed": False,
                    }
                },
                "key_file": str(args.key),
                "cert_file": str(args.cert),
                "xmlsec_binary": shutil.which("xmlsec1"),
                "metadata": {},
            }
        )

    def server(self) -> Server:
        """A pysaml2 server with the SP metadata as it is now."""
        source = self.args.sp_metadata
        if source.startswith(("http://", "https://")):
            with urllib.request.urlopen(source, timeout=10) as answer:
                xml = answer.read().decode()
        else:
            xml = Path(source).read_text()
        server = Server(config=self.config)
        server.metadata.load("inline", xml)
        return server

    def metadata(self) -> str:
        return create_metadata_string(None, config=self.config, valid=None).decode()

    def respond(
        self, server: Server, email: str, acs: str, sp_entity: str, in_response_to: str | None
    ) -> str:
        user = self.users[email]
        identity = {"mail": [email], "displayName": [user["name"]]}
        if user["groups"]:
            identity["isMemberOf"] = user["groups"]
        sign = self.args.sign
        response = server.create_authn_response(
            identity,
            in_response_to=in_response_to,
            destination=acs,
            sp_entity_id=sp_entity,
            name_id=NameID(format=NAMEID_FORMAT_EMAILADDRESS, text=email),
            authn={"class_ref": MFA_CONTEXT if self.args.mfa else PASSWORD_CONTEXT},
            sign_response=sign in ("response", "both"),
            sign_assertion=sign in ("assertion", "both"),
            binding=BINDING_HTTP_POST,
            **SIGNING,
        )
        return base64.b64encode(str(response).encode()).decode()


def post_page(acs: str, saml_response: str, relay_state: str) -> str:
    return (
        "<!doctype html><html><head><title>Signing in</title></head>"
        '<body onload="document.forms[0].submit()">'
        f'<form method="post" action="{html.escape(acs)}">'
        f'<input type="hidden" name="SAMLResponse" value="{saml_response}">'
        f'<input type="hidden" name="RelayState" value="{html.escape(relay_state)}">'
        '<noscript><button type="submit">Continue</button></noscript>'
        "</form></body></html>"
    )


def login_page(saml_request: str, relay_state: str, error: str = "") -> str:
    message = f'<p role="alert">{html.escape(error)}</p>' if error else ""
    return (
        "<!doctype html><html><head><title>Test IdP sign-in</title></head><body>"
        f"<h1>Test IdP</h1>{message}"
        '<form method="post" action="/login">'
        f'<input type="hidden" name="SAMLRequest" value="{html.escape(saml_request)}">'
        f'<input type="hidden" name="RelayState" value="{html.escape(relay_state)}">'
        '<label>Email <input name="email" type="email" autocomplete="username"></label>'
        '<label>Password <input name="password" type="password"></label>'
        '<button type="submit">Sign in</button></form></body></html>'
    )


def make_handler(idp: Idp):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, fmt, *a):
            sys.stderr.write("saml-idp: " + fmt % a + "\n")

        def send(self, status: int, body: str, content_type: str = "text/html; charset=utf-8"):
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def answer_request(self, saml_request: str, relay_state: str, email: str):
            with idp.lock:
                server = idp.server()
                request = server.parse_authn_request(saml_request, BINDING_HTTP_REDIRECT)
                message = request.message
                acs = message.assertion_consumer_service_url
                if not acs:
                    acs = server.metadata.assertion_consumer_service(
                        message.issuer.text, BINDING_HTTP_POST
                    )[0]["location"]
                body = idp.respond(server, email, acs, message.issuer.text, message.id)
            self.send(200, post_page(acs, body, relay_state))

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(url.query))
            try:
                if url.path == "/metadata":
                    self.send(200, idp.metadata(), "application/samlmetadata+xml")
                elif url.path == "/sso":
                    saml_request = query.get("SAMLRequest", "")
                    relay_state = query.get("RelayState", "")
                    if idp.args.auto_login:
                        self.answer_request(saml_request, relay_state, idp.args.auto_login)
                    else:
                        self.send(200, login_page(saml_request, relay_state))
                elif url.path == "/initiate" and idp.args.auto_login and "acs" in query:
                    with idp.lock:
                        server = idp.server()
                        sp_entity = next(iter(server.metadata.service_providers()))
                        body = idp.respond(
                            server, idp.args.auto_login, query["acs"], sp_entity, None
                        )
                    self.send(200, post_page(query["acs"], body, query.get("RelayState", "")))
                else:
                    self.send(404, "not found", "text/plain")
            except Exception as error:  # a test IdP reports what went wrong to the test
                self.send(400, f"saml-idp: {type(error).__name__}: {error}", "text/plain")

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            if urllib.parse.urlsplit(self.path).path != "/login":
                self.send(404, "not found", "text/plain")
                return
            email, password = form.get("email", ""), form.get("password", "")
            user = idp.users.get(email)
            if user is None or user["password"] != password:
                self.send(
                    401,
                    login_page(
                        form.get("SAMLRequest", ""),
                        form.get("RelayState", ""),
                        "Wrong email or password",
                    ),
                )
                return
            try:
                self.answer_request(form.get("SAMLRequest", ""), form.get("RelayState", ""), email)
            except Exception as error:
                self.send(400, f"saml-idp: {type(error).__name__}: {error}", "text/plain")

    return Handler


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--ready-file", required=True)
    parser.add_argument("--sp-metadata", required=True, help="SP metadata: http(s) URL or file")
    parser.add_argument("--key", default=str(ROOT / "testdata/saml/keys/idp.key.pem"))
    parser.add_argument("--cert", default=str(ROOT / "testdata/saml/keys/idp.crt.pem"))
    parser.add_argument("--user", action="append", type=parse_user)
    parser.add_argument("--auto-login", metavar="EMAIL")
    parser.add_argument("--sign", choices=["response", "assertion", "both"], default="assertion")
    parser.add_argument("--mfa", action="store_true")
    args = parser.parse_args()

    httpd = ThreadingHTTPServer(("127.0.0.1", args.port), BaseHTTPRequestHandler)
    base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    idp = Idp(args, base_url)
    if args.auto_login and args.auto_login not in idp.users:
        parser.error(f"--auto-login {args.auto_login} is not a --user")
    httpd.RequestHandlerClass = make_handler(idp)
    ready = {
        "base_url": base_url,
        "entity_id": idp.entity_id,
        "metadata_url": base_url + "/metadata",
        "sso_url": base_url + "/sso",
        "certificate_pem": Path(args.cert).read_text(),
    }
    tmp = args.ready_file + ".tmp"
    with open(tmp, "w") as f:
        json.dump(ready, f)
    os.replace(tmp, args.ready_file)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        shutil.rmtree(idp.workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
