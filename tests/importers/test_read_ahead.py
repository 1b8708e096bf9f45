import threading

import pytest

from oms_desktop.importers.read_ahead import read_ahead


def test_batches_come_in_order_with_the_position_after_each():
    position = {"at": 0}

    def rows():
        for n in range(25):
            position["at"] = n + 1
            yield n

    got = list(read_ahead(rows(), 10, lambda: position["at"]))
    assert [batch for batch, _ in got] == [list(range(10)), list(range(10, 20)),
                                           list(range(20, 25))]
    assert [at for _, at in got] == [10, 20, 25]


def test_a_reader_error_is_raised_in_the_callers_thread():
    def rows():
        yield 1
        raise ValueError("line 2: broken")

    with pytest.raises(ValueError, match="line 2"):
        list(read_ahead(rows(), 1))


def test_stopping_early_stops_the_reader():
    produced = []

    def rows():
        for n in range(1_000_000):
            produced.append(n)
            yield n

    batches = read_ahead(rows(), 100, depth=1)
    next(batches)
    batches.close()
    assert not [t for t in threading.enumerate() if t.name == "read-ahead"]
    assert len(produced) < 1000  # it did not read the rest of the file


def test_nothing_to_read_gives_no_batch():
    assert list(read_ahead(iter(()), 10)) == []
