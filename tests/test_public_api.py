"""The public API: what `import bigprotokoll` offers is pinned."""

import bigprotokoll


def test_all_is_sorted_and_complete() -> None:
    # a change to the public surface must be deliberate: update this list with it
    assert bigprotokoll.__all__ == sorted(bigprotokoll.__all__)
    for name in bigprotokoll.__all__:
        assert hasattr(bigprotokoll, name), name


def test_core_names_are_exported() -> None:
    for name in ("parse_text", "parse_file", "render", "Minutes", "AgendaItem", "dumps", "loads", "Registry"):
        assert name in bigprotokoll.__all__


def test_package_is_typed() -> None:
    from importlib.resources import files

    assert (files("bigprotokoll") / "py.typed").is_file()


def test_bundled_example_parses() -> None:
    minutes = bigprotokoll.parse_text(bigprotokoll.example_text())
    assert minutes.title.startswith("Protokoll")
    assert [i.number for i in minutes.items] == [1, 2, 3, 4, 5, 6]


def test_every_public_function_shows_its_documentation_and_types() -> None:
    """``help(bigprotokoll)`` and ``inspect`` see a docstring and annotated parameters for
    each function, in the compiled build too (mypyc keeps neither)."""
    import inspect

    functions = [getattr(bigprotokoll, name) for name in bigprotokoll.__all__]
    functions = [f for f in functions if callable(f) and not isinstance(f, type)]
    assert {f.__name__ for f in functions} >= {"parse_text", "parse_file", "parse_bytes", "render", "dumps"}
    for function in functions:
        assert (function.__doc__ or "").strip(), function.__name__
        signature = inspect.signature(function)
        assert signature.return_annotation is not inspect.Signature.empty, function.__name__
        assert all(p.annotation is not inspect.Parameter.empty for p in signature.parameters.values()), function.__name__
