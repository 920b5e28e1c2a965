"""`./run server-demo`: a throwaway PostgreSQL, the demo district, the server in front — until Ctrl-C.

Everything lives in a temp folder removed at the end; nothing touches a real database.
"""

from __future__ import annotations

import argparse
import signal
import sys

from . import cli
from .throwaway import Cluster


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="server-demo")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8470)
    args = ap.parse_args(argv)
    with Cluster() as cluster:
        dsn = cluster.create_database("kense_demo")
        print(f"PostgreSQL (throwaway): {cluster.folder}", flush=True)
        if cli.main(["demo", "--dsn", dsn]) != 0:
            return 1
        print(f"server:         http://{args.host}:{args.port}{'/openapi.json'}\n"
              f"operator CLI:   kense-server … --dsn {dsn}\nCtrl-C stops the server and removes the database.",
              flush=True)
        # uvicorn re-raises the SIGTERM it handled once it has stopped: turn it into a normal exit so
        # the cluster is stopped and its folder removed.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            return cli.main(["serve", "--dsn", dsn, "--host", args.host, "--port", str(args.port)])
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())
