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
