"""Windows in parallel: worker connections, replica databases with copies of the run's tables."""

from __future__ import annotations

import duckdb

from fraudwall.features.registry import in_parallel, replica_connection


def _source() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET threads = 2")
    con.execute("CREATE TABLE hist_active_bits AS SELECT 'n' || i AS msisdn, (CAST(1 AS HUGEINT) << (i * 13)) "
                "| (CAST(1 AS HUGEINT) << 119) AS days FROM range(10) r(i)")
    con.execute("CREATE TABLE hist_pairs AS SELECT hash(i) AS k, DATE '2026-01-01' + CAST(i % 7 AS INTEGER) AS d "
                "FROM range(300000) r(i)")
    con.execute("CREATE VIEW hist_imei AS SELECT 'i' || i AS imei FROM range(3) r(i)")
    return con


def test_replica_holds_copies_of_the_tables_with_their_types_and_the_views():
    con = _source()
    rep = replica_connection(con, None)
    for table in ("hist_active_bits", "hist_pairs"):
        types = f"SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = '{table}' ORDER BY column_index"
        assert rep.execute(types).fetchall() == con.execute(types).fetchall()
        rows = f"SELECT * FROM {table} ORDER BY ALL"
        assert rep.execute(rows).fetchall() == con.execute(rows).fetchall()
    assert rep.execute("SELECT count(*) FROM hist_imei").fetchall() == [(3,)]
    assert rep.execute("SELECT current_setting('threads')").fetchall() == [(1,)]
    rep.execute("CREATE TABLE only_in_replica AS SELECT 1 AS x")  # its own database
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'only_in_replica'").fetchall() == [(0,)]


def test_in_parallel_with_replicas_does_every_item_on_two_databases_and_restores_threads():
    con = _source()

    def work(c: duckdb.DuckDBPyConnection, item: int) -> tuple[int, int]:
        c.execute("CREATE TEMP TABLE IF NOT EXISTS marker AS SELECT 1 AS x")
        n = c.execute(f"SELECT count(*) FROM hist_pairs WHERE d = DATE '2026-01-01' + {item % 7}").fetchall()[0][0]
        return item, n

    out = sorted(in_parallel(con, None, list(range(6)), work, 2, replicas=True))
    expected = [(i, con.execute(f"SELECT count(*) FROM hist_pairs WHERE d = DATE '2026-01-01' + {i % 7}").fetchall()[0][0])
                for i in range(6)]
    assert out == expected
    assert con.execute("SELECT current_setting('threads')").fetchall() == [(2,)]
