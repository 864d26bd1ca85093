"""The analyst's desk: a dashboard and a REST API over a store (`parley serve`).

`create_app` (in `app.py`, the one module importing fastapi) builds the application; `serve` runs
it under uvicorn, imported here only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parley.web.app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None, workers: int = 1,
          rate_limit: float = 50.0) -> None:
    """Serve the store at `db` until interrupted; read-only unless `token` is given.

    `workers` processes share the port (both cores for a busy dashboard); `rate_limit` is requests a
    second per client address (bursts of four times that), 0 for none.
    """
    import os

    import uvicorn

    from parley.store import StoreError
    from parley.web.app import create_app

    if workers > 1 and token and not db.startswith(("postgresql://", "postgres://")):
        raise StoreError("a DuckDB store has one writer: serve it writable (--token) with one worker, or "
                         "read-only with several, or use a PostgreSQL store")
    limit = (rate_limit, rate_limit * 4) if rate_limit > 0 else None
    app = create_app(db, token=token, rate_limit=limit)  # a missing or locked store fails before listening
    shown = f"[{host}]" if ":" in host else host
    mode = "writes allowed with the token" if token else "read-only"
    print(f"Parley: open http://{shown}:{port}/ ({mode}; API at /api/, OpenAPI at /api/openapi.json; "
          "Ctrl-C to stop)", flush=True)
    if workers <= 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
        return
    del app  # each worker process builds its own, from these settings
    os.environ.update(PARLEY_SERVE_DB=db, PARLEY_SERVE_TOKEN=token or "", PARLEY_SERVE_RATE=str(rate_limit))
    uvicorn.run("parley.web.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning", server_header=False)


def __getattr__(name: str) -> Any:
    # fastapi loads in about half a second: `import parley.web` stays cheap until the app is wanted.
    if name == "create_app":
        from parley.web.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
