"""Every route and every dependency is a coroutine: FastAPI runs a plain function (or a
class) in a worker thread, a hop per call that costs more than the little work they do."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

from app.main import create_app


def _calls(dependant: Dependant) -> Iterator[Any]:
    yield dependant.call
    for dependency in dependant.dependencies:
        yield from _calls(dependency)


def _on_the_loop(call: Any) -> bool:
    target = call if inspect.isfunction(call) or inspect.ismethod(call) else type(call).__call__
    return inspect.iscoroutinefunction(target) or inspect.isasyncgenfunction(target)


def test_no_route_or_dependency_runs_in_a_thread() -> None:
    app = create_app()
    routes = [
        context
        for context in iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute)
    ]
    assert len(routes) > 100  # every route of every included router
    threaded = sorted(
        f"{context.path}: {getattr(call, '__qualname__', type(call).__qualname__)}"
        for context in routes
        for call in _calls(context.dependant)
        if call is not None and (inspect.isclass(call) or not _on_the_loop(call))
    )
    assert threaded == []
