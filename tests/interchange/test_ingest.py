"""Ingest: every record type and format, quarantine with reasons, idempotency, profiles."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.errors import InputError, WarehouseError
from fraudwall.interchange.ingest import ingest
from fraudwall.interchange.profile import load_profile
from fraudwall.interchange.schema import RECORD_TYPES
from fraudwall.warehouse.store import Warehouse
from tests.helpers import valid_rows, write_csv, write_jsonl, write_parquet

PROFILES = Path(__file__).parents[2] / "src" / "fraudwall" / "interchange" / "profiles"


def bad_rows(rt) -> list[tuple[dict, str]]:
    """Malformed rows for ``rt`` and a fragment the quarantine reason must contain."""
    base = valid_rows(rt, 1, start=900)[0]
    out = []
    req = rt.required[0]
    out.append(({**base, req: ""}, f"missing required field {req}"))
    times = [c.name for c in rt.columns if c.type == "time" and c.required]
    if times:
        out.append(({**base, times[0]: "yesterday 8am"}, f"unparsable time in {times[0]}"))
    ints = [c.name for c in rt.columns if c.type in ("int", "float")]
    if ints:
        out.append(({**base, ints[0]: "twelve"}, f"in {ints[0]}: twelve"))
    nums = [c.name for c in rt.columns if c.type == "msisdn" and c.required]
    if nums:
        out.append(({**base, nums[0]: "+86 138 0013"}, f"not a phone number (digits only, E.164 without +) in {nums[0]}"))
    return out


@pytest.fixture
def messy(tmp_path: Path) -> tuple[Path, dict[str, int], dict[str, list[str]]]:
    """A data folder with every record type, good and bad rows, in CSV, CSV.gz, JSON Lines and Parquet."""
    data = tmp_path / "data"
    rows_per_type: dict[str, int] = {}
    reasons: dict[str, list[str]] = {}
    for k, rt in enumerate(RECORD_TYPES.values()):
        good = valid_rows(rt, 6)
        for r in good:
            r["operator_note"] = "kept"  # an extra column
        bad = bad_rows(rt)
        fmt = k % 4
        rows = good[:3] + [b for b, _ in bad] + good[3:]
        if fmt == 0:
            write_csv(data / rt.name / "part1.csv", rows)
        elif fmt == 1:
            write_csv(data / rt.name / "part1.csv.gz", rows, gz=True)
        elif fmt == 2:
            write_jsonl(data / rt.name / "part1.jsonl", rows)
        else:
            write_csv(data / rt.name / "part1.csv", rows[:4])
            write_parquet(data / rt.name / "part2.parquet", rows[4:])
        rows_per_type[rt.name] = len(rows)
        reasons[rt.name] = [frag for _, frag in bad]
    return data, rows_per_type, reasons


def test_every_row_is_loaded_or_quarantined_with_reason(messy, tmp_path):
    data, rows, reasons = messy
    wh = tmp_path / "wh"
    report = ingest(data, wh, timezone="Asia/Shanghai")
    for name, n in rows.items():
        assert report.loaded.get(name, 0) + report.quarantined.get(name, 0) == n, name
        assert report.quarantined[name] == len(reasons[name]), name
        assert report.loaded[name] == 6, name
    con = Warehouse.open(wh).connect()
    for name, frags in reasons.items():
        got = [r for (r,) in con.execute("SELECT reason FROM quarantine WHERE record_type = ?", [name]).fetchall()]
        for frag in frags:
            assert any(frag in g for g in got), (name, frag, got)
        lines = con.execute("SELECT min(line) FROM quarantine WHERE record_type = ?", [name]).fetchall()[0][0]
        assert lines >= 1
        # loaded rows are queryable with canonical types and the extra column kept
        n = con.execute(f"SELECT count(*), count(operator_note) FROM {name}").fetchall()[0]
        assert n == (6, 6), name


def test_reloading_adds_nothing(messy, tmp_path):
    data, rows, _ = messy
    wh = tmp_path / "wh"
    ingest(data, wh, timezone="Asia/Shanghai")
    again = ingest(data, wh)
    assert sum(again.loaded.values()) == 0 and sum(again.quarantined.values()) == 0
    assert again.duplicates == rows
    con = Warehouse.open(wh).connect()
    assert con.execute("SELECT count(*) FROM voice").fetchall()[0][0] == 6
    assert con.execute("SELECT count(*) FROM quarantine").fetchall()[0][0] == sum(
        len(v) for v in _bad_counts(rows, messy[2]).values())


def _bad_counts(rows, reasons):
    return {k: reasons[k] for k in rows}


def test_same_records_in_a_new_file_and_within_a_file_are_duplicates(tmp_path):
    rt = RECORD_TYPES["voice"]
    rows = valid_rows(rt, 5)
    write_csv(tmp_path / "a" / "voice" / "x.csv", rows + [rows[0]])  # duplicate call_id within the file
    r1 = ingest(tmp_path / "a", tmp_path / "wh", timezone="UTC")
    assert (r1.loaded["voice"], r1.duplicates["voice"]) == (5, 1)
    # an overlapping export: 2 known records, 3 new ones (different file content)
    write_csv(tmp_path / "b" / "voice" / "y.csv", rows[3:] + valid_rows(rt, 3, start=10))
    r2 = ingest(tmp_path / "b", tmp_path / "wh")
    assert (r2.loaded["voice"], r2.duplicates["voice"]) == (3, 2)
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT count(*), count(DISTINCT call_id) FROM voice").fetchall()[0] == (8, 8)


def test_keyless_types_deduplicate_on_whole_row(tmp_path):
    rt = RECORD_TYPES["device"]
    rows = valid_rows(rt, 4)
    write_csv(tmp_path / "a" / "device" / "x.csv", rows)
    ingest(tmp_path / "a", tmp_path / "wh", timezone="UTC")
    changed = dict(rows[0], cell="OTHER")
    write_csv(tmp_path / "b" / "device" / "y.csv", rows[:2] + [changed])
    r = ingest(tmp_path / "b", tmp_path / "wh")
    assert (r.loaded["device"], r.duplicates["device"]) == (1, 2)


def test_clean_daily_parquet_is_copied_and_queryable(tmp_path):
    rt = RECORD_TYPES["voice"]
    con_rows = valid_rows(rt, 50)
    tbl = pa.table({
        **{c.name: pa.array([r[c.name] for r in con_rows], pa.string()) for c in rt.columns if c.type in ("str", "msisdn")},
        "start_time": pa.array([1_772_400_000_000_000 + i * 1_000_000 for i in range(50)], pa.timestamp("us", tz="UTC")),
        "duration_s": pa.array(range(50), pa.int64()), "ring_s": pa.array(range(50), pa.int64()),
    })
    (tmp_path / "d" / "voice").mkdir(parents=True)
    pq.write_table(tbl, tmp_path / "d" / "voice" / "day.parquet")
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    assert r.loaded["voice"] == 50 and r.files[0].copied
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT count(*), sum(duration_s) FROM voice").fetchall()[0] == (50, sum(range(50)))


def test_parquet_with_bad_rows_is_rewritten_not_copied(tmp_path):
    rt = RECORD_TYPES["sms"]
    rows = valid_rows(rt, 4)
    rows[1]["sender"] = "abc"
    write_parquet(tmp_path / "d" / "sms" / "x.parquet", rows)
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    assert (r.loaded["sms"], r.quarantined["sms"]) == (3, 1) and not r.files[0].copied
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT line FROM quarantine").fetchall() == [(2,)]


def _voice_csv(tmp_path: Path, text: str) -> None:
    f = tmp_path / "d" / "voice" / "x.csv"
    f.parent.mkdir(parents=True)
    f.write_bytes(text.encode())


def test_line_numbers_count_header_rejected_lines_and_quoted_newlines(tmp_path):
    _voice_csv(
        tmp_path,
        "call_id,start_time,caller,callee,duration_s,note\n"
        'c1,2026-03-01T08:00:00Z,8613800000001,8613800000002,5,"two\nlines"\n'
        "c2,2026-03-01T08:00:00Z,8613800000001\n"
        "c3,not-a-time,8613800000001,8613800000002,5,x\n"
    )
    ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    con = Warehouse.open(tmp_path / "wh").connect()
    got = dict(con.execute("SELECT line, reason FROM quarantine ORDER BY line").fetchall())
    assert sorted(got) == [4, 5]
    assert "MISSING COLUMNS" in got[4] and "unparsable time" in got[5]


def test_profile_maps_operator_layout(tmp_path):
    f = tmp_path / "d" / "cdr" / "x.csv"
    f.parent.mkdir(parents=True)
    f.write_text(
        "CDR_ID,START,CALLING,CALLED,DUR_MS,RES\n"
        "1,20260301081500,13800138000,13900139000,65000,0\n"
        "2,20260301081600,13800138000,13900139001,0,1\n"
        "3,2026-03-01,13800138000,13900139001,0,1\n"
    )
    prof = load_profile(PROFILES / "example-operator.yaml")
    r = ingest(tmp_path / "d", tmp_path / "wh", prof)
    assert (r.loaded["voice"], r.quarantined["voice"]) == (2, 1)
    con = Warehouse.open(tmp_path / "wh").connect()
    rows = con.execute("SELECT call_id, caller, duration_s, result, strftime(start_time AT TIME ZONE 'UTC', '%H:%M') "
                       "FROM voice ORDER BY call_id").fetchall()
    assert rows[0] == ("1", "8613800138000", 65, "answered", "00:15")
    assert rows[1][3] == "no_answer"


def test_profile_errors_name_file_and_key(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("types:\n  voice:\n    rename: {A: not_a_column}\n")
    with pytest.raises(InputError, match=r"p.yaml: types.voice.rename.A: target 'not_a_column'"):
        load_profile(p)
    p.write_text("typos: 1\n")
    with pytest.raises(InputError, match="unknown key 'typos'"):
        load_profile(p)


def test_warehouse_errors(tmp_path):
    with pytest.raises(WarehouseError, match="no such warehouse"):
        Warehouse.open(tmp_path / "nope")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.txt").write_text("x")
    with pytest.raises(WarehouseError, match="not a fraudwall warehouse"):
        Warehouse.open(tmp_path / "other")
    wh = Warehouse.create(tmp_path / "wh")
    meta = json.loads((wh.root / "fraudwall-warehouse.json").read_text())
    meta["version"] = 99
    (wh.root / "fraudwall-warehouse.json").write_text(json.dumps(meta))
    with pytest.raises(WarehouseError, match="version 99 is not supported"):
        Warehouse.open(wh.root)


def test_unrecognised_files_are_reported_not_silently_skipped(tmp_path):
    write_csv(tmp_path / "d" / "voice" / "x.csv", valid_rows(RECORD_TYPES["voice"], 1))
    (tmp_path / "d" / "voice" / "notes.txt").write_text("hello")
    (tmp_path / "d" / "cdrs_2026").mkdir()
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    assert any(p.endswith("notes.txt") for p in r.ignored) and any(p.endswith("cdrs_2026") for p in r.ignored)


def test_cli_json_output(messy, tmp_path):
    data, rows, _ = messy
    res = CliRunner().invoke(cli, ["-q", "ingest", str(data), "--warehouse", str(tmp_path / "wh"), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert set(out) >= {"loaded", "quarantined", "duplicates"}
    assert {k: out["loaded"][k] + out["quarantined"][k] for k in rows} == rows


def test_timezone_inferred_from_offsets(tmp_path):
    write_csv(tmp_path / "d" / "voice" / "x.csv", valid_rows(RECORD_TYPES["voice"], 2))
    ingest(tmp_path / "d", tmp_path / "wh")
    assert Warehouse.open(tmp_path / "wh").timezone == "Etc/GMT-8"


def test_timezone_inferred_from_gzipped_csv(tmp_path):
    """Compressed CSV (as most operators export it) says its zone too: read as UTC, a province's +08:00 office
    hours would count as night calls."""
    import gzip

    plain = tmp_path / "plain.csv"
    write_csv(plain, valid_rows(RECORD_TYPES["voice"], 2))
    gz = tmp_path / "d" / "voice" / "x.csv.gz"
    gz.parent.mkdir(parents=True)
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    ingest(tmp_path / "d", tmp_path / "wh")
    assert Warehouse.open(tmp_path / "wh").timezone == "Etc/GMT-8"


def test_unreadable_file_is_named_and_the_others_still_load(tmp_path):
    write_csv(tmp_path / "d" / "sms" / "ok.csv", valid_rows(RECORD_TYPES["sms"], 3))
    bad = tmp_path / "d" / "voice" / "broken.parquet"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"PAR1 this is not parquet")
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    assert r.loaded == {"sms": 3}
    assert [f["file"] for f in r.failed] == [str(bad)] and r.failed[0]["error"]
    res = CliRunner().invoke(cli, ["-q", "ingest", str(tmp_path / "d"), "-w", str(tmp_path / "wh2"), "--json"])
    assert res.exit_code != 0
    assert "broken.parquet" in str(res.exception) or "broken.parquet" in res.output
    bad.unlink()  # once fixed (here: removed), loading again works and nothing was recorded for it
    write_csv(tmp_path / "d" / "voice" / "v.csv", valid_rows(RECORD_TYPES["voice"], 2))
    again = ingest(tmp_path / "d", tmp_path / "wh")
    assert again.loaded["voice"] == 2 and again.duplicates["sms"] == 3 and not again.failed


def test_invalid_utf8_row_is_quarantined_not_lost(tmp_path):
    f = tmp_path / "d" / "sms" / "x.csv"
    f.parent.mkdir(parents=True)
    f.write_bytes(b"sms_id,send_time,sender,receiver,content\n"
                  b"s1,2026-03-02T08:00:00+08:00,8613800000001,8613800000002,hello\n"
                  b"s2,2026-03-02T08:00:00+08:00,8613800000001,8613800000002,\xff\xfe broken\n")
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    assert (r.loaded["sms"], r.quarantined["sms"]) == (1, 1) and not r.failed
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT sms_id FROM sms").fetchall() == [("s1",)]
    line, reason = con.execute("SELECT line, reason FROM quarantine").fetchall()[0]
    assert line == 3 and "UNICODE" in reason.upper()


def test_timezone_inferred_from_zone_labelled_parquet(tmp_path):
    from datetime import UTC, datetime

    rows = valid_rows(RECORD_TYPES["voice"], 2)
    t = pa.array([datetime(2026, 3, 2, 1, tzinfo=UTC)] * 2, pa.timestamp("us", tz="Asia/Shanghai"))
    tbl = pa.table({k: [r[k] for r in rows] for k in rows[0]}).set_column(
        list(rows[0]).index("start_time"), "start_time", t)
    (tmp_path / "d" / "voice").mkdir(parents=True)
    pq.write_table(tbl, tmp_path / "d" / "voice" / "x.parquet")
    ingest(tmp_path / "d", tmp_path / "wh")
    assert Warehouse.open(tmp_path / "wh").timezone == "Asia/Shanghai"


@pytest.mark.parametrize("zone, times, days", [
    # a fixed-offset zone: local day by epoch arithmetic, 23:30 UTC is already the next day in UTC+8
    ("Asia/Shanghai", ["2026-03-01T15:59:59Z", "2026-03-01T16:00:00Z", "2026-03-02T23:30:00Z"],
     ["2026-03-01", "2026-03-02", "2026-03-03"]),
    # a file spanning a daylight-saving change (Berlin, 29 March 2026): the per-row zone cast
    ("Europe/Berlin", ["2026-03-28T22:59:59Z", "2026-03-28T23:00:00Z", "2026-03-29T21:59:59Z",
                       "2026-03-29T22:00:00Z"],
     ["2026-03-28", "2026-03-29", "2026-03-29", "2026-03-30"]),
])
def test_rows_land_in_their_local_day(tmp_path, zone, times, days):
    rows = valid_rows(RECORD_TYPES["voice"], len(times))
    for r, t in zip(rows, times, strict=True):
        r["start_time"] = t
    write_csv(tmp_path / "d" / "voice" / "x.csv", rows)
    ingest(tmp_path / "d", tmp_path / "wh", timezone=zone)
    con = Warehouse.open(tmp_path / "wh").connect()
    got = con.execute("SELECT call_id, CAST(_day AS VARCHAR) FROM read_parquet("
                      f"'{tmp_path}/wh/data/voice/*/*.parquet', hive_partitioning=true)").fetchall()
    assert sorted(got) == sorted(zip([r["call_id"] for r in rows], days, strict=True))


def test_parquet_number_checks_agree_with_the_sql_checks(tmp_path):
    """Parquet number columns are checked on Arrow buffers, text formats in SQL: same rows, same reasons."""
    rt = RECORD_TYPES["voice"]
    values = ["8613800138000", "+8613800138000", "12", "123", "1234567890123456", "123456789012345",
              "１２３４５", "138 0013 8000", "0x1F4", "9e2", "", "00123"]
    rows = valid_rows(rt, len(values))
    for r, v in zip(rows, values, strict=True):
        r["caller"] = v
    rows[0]["callee"] = "12a45"
    write_csv(tmp_path / "c" / "voice" / "x.csv", rows)
    write_parquet(tmp_path / "p" / "voice" / "x.parquet", rows)
    got = {}
    for fmt in ("c", "p"):
        ingest(tmp_path / fmt, tmp_path / f"wh{fmt}", timezone="UTC")
        con = Warehouse.open(tmp_path / f"wh{fmt}").connect()
        q = con.execute("SELECT line, reason FROM quarantine ORDER BY line").fetchall()
        got[fmt] = [(line - (1 if fmt == "c" else 0), reason) for line, reason in q]  # CSV counts the header
    assert got["c"] == got["p"]
    bad = {values[i - 1] for i, _ in got["p"]}
    assert bad == {"8613800138000", "+8613800138000", "12", "1234567890123456", "１２３４５", "138 0013 8000",
                   "0x1F4", "9e2", ""}
    assert any("callee" in reason for _, reason in got["p"])


def _quarantine(wh: Path) -> list[tuple[int, str]]:
    con = Warehouse.open(wh).connect()
    return con.execute("SELECT line, reason FROM quarantine ORDER BY line").fetchall()


def test_csv_row_with_too_many_or_too_few_fields_is_quarantined_with_its_line(tmp_path):
    _voice_csv(
        tmp_path,
        "call_id,start_time,caller,callee,duration_s\n"
        "c1,2026-03-01T08:00:00Z,8613800000001,8613800000002,5\n"
        "c2,2026-03-01T08:00:00Z,8613800000001,8613800000002,5,surplus,fields\n"
        "c3,2026-03-01T08:00:00Z,8613800000001\n"
        "c4,2026-03-01T08:00:00Z,8613800000001,8613800000002,7\n"
    )
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    assert r.files[0].rows == 4
    assert (r.loaded["voice"], r.quarantined["voice"]) == (2, 2)
    got = _quarantine(tmp_path / "wh")
    assert [line for line, _ in got] == [3, 4]
    assert "TOO MANY COLUMNS" in got[0][1] and "MISSING COLUMNS" in got[1][1]
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT call_id, duration_s FROM voice ORDER BY call_id").fetchall() == [("c1", 5), ("c4", 7)]


def test_type_errors_in_csv_keep_line_and_reason_after_quoted_newlines(tmp_path):
    """Bad values after a field spanning lines, without a final newline and with CRLF line ends."""
    _voice_csv(
        tmp_path,
        "call_id,start_time,caller,callee,duration_s,note\r\n"
        'c1,2026-03-01T08:00:00Z,8613800000001,8613800000002,5,"three\r\nline\r\nnote"\r\n'
        "c2,2026-03-01T08:00:00Z,8613800000001,8613800000002,twelve,x\r\n"
        "c3,2026-03-01T08:00:00Z,8613800000001,8613800000002,6,x\r\n"
        "c4,2026-03-01 08:00:00,8613800000001,8613800000002,6,x",
    )
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    assert (r.loaded["voice"], r.quarantined["voice"]) == (2, 2)
    got = _quarantine(tmp_path / "wh")
    assert [line for line, _ in got] == [5, 7]
    assert "not an integer in duration_s: twelve" in got[0][1]
    assert "time without UTC offset in start_time" in got[1][1]
    raw = Warehouse.open(tmp_path / "wh").connect().execute("SELECT raw FROM quarantine ORDER BY line").fetchall()
    assert json.loads(raw[0][0]) == {"call_id": "c2", "start_time": "2026-03-01T08:00:00Z", "caller": "8613800000001",
                                     "callee": "8613800000002", "duration_s": "twelve", "note": "x"}


def test_line_numbers_and_duplicates_across_many_read_batches(tmp_path):
    """A file far longer than one streamed batch: ordinals, lines and first-kept duplicates stay exact."""
    n = 300_000
    path = tmp_path / "d" / "voice" / "big.csv"
    path.parent.mkdir(parents=True)
    bad = {7: "abc", 123_457: "+8613800000001", 299_990: "12"}  # record index -> bad caller
    dup_of = {200_001: 5, 250_000: 123_456}  # record index -> earlier record it repeats
    with open(path, "w") as fh:
        fh.write("call_id,start_time,caller,callee,duration_s\n")
        for i in range(n):
            j = dup_of.get(i, i)
            day = 2 + j % 3  # three local days, rows interleaved
            caller = bad.get(i, f"86138{j:08d}")
            fh.write(f"c{j},2026-03-0{day}T{j % 24:02d}:00:00+08:00,{caller},8613900000000,{j % 600}\n")
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="Asia/Shanghai")
    assert (r.loaded["voice"], r.quarantined["voice"], r.duplicates["voice"]) == (n - 5, 3, 2)
    assert [line for line, _ in _quarantine(tmp_path / "wh")] == [i + 2 for i in sorted(bad)]
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT count(*), count(DISTINCT call_id) FROM voice").fetchall()[0] == (n - 5, n - 5)
    # the kept copy of a repeated record is the first one (its caller is the original, not the repeat's)
    assert con.execute("SELECT caller FROM voice WHERE call_id = 'c5'").fetchall() == [("8613800000005",)]
    assert con.execute("SELECT count(*) FROM voice WHERE call_id = 'c123456'").fetchall() == [(1,)]
    days = con.execute(f"SELECT CAST(_day AS VARCHAR), count(*) FROM read_parquet('{tmp_path}/wh/data/voice/*/*.parquet', "
                       "hive_partitioning=true) GROUP BY 1 ORDER BY 1").fetchall()
    assert [d for d, _ in days] == ["2026-03-02", "2026-03-03", "2026-03-04"] and sum(c for _, c in days) == n - 5
    # loading it again adds nothing
    again = ingest(tmp_path / "d", tmp_path / "wh")
    assert again.duplicates["voice"] == n and sum(again.loaded.values()) == 0


def test_overlapping_csv_export_drops_a_whole_day_already_loaded(tmp_path):
    """Rows of one day all known: that staged day file is removed, the new day is still loaded."""
    rt = RECORD_TYPES["voice"]
    old = valid_rows(rt, 4)
    for r in old:
        r["start_time"] = "2026-03-02T09:00:00+08:00"
    write_csv(tmp_path / "a" / "voice" / "x.csv", old)
    ingest(tmp_path / "a", tmp_path / "wh", timezone="Asia/Shanghai")
    new = valid_rows(rt, 3, start=10)
    for r in new:
        r["start_time"] = "2026-03-03T09:00:00+08:00"
    write_csv(tmp_path / "b" / "voice" / "y.csv", old + new)
    r = ingest(tmp_path / "b", tmp_path / "wh")
    assert (r.loaded["voice"], r.duplicates["voice"]) == (3, 4)
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT count(*), count(DISTINCT call_id) FROM voice").fetchall()[0] == (7, 7)
    assert Warehouse.open(tmp_path / "wh").days("voice") == ["2026-03-02", "2026-03-03"]


def test_csv_and_parquet_agree_on_every_kind_of_bad_value(tmp_path):
    """Text-format checks: the same rows loaded with the same values, the same rows quarantined with the same
    reasons, whether the file is CSV or (all-text) Parquet."""
    rt = RECORD_TYPES["voice"]
    ints = {"12.0": 12, "+5": 5, "-0": 0, "00123": 123, "123456789012345678": 123456789012345678, "7": 7}
    cases = [("duration_s", v) for v in [*ints, " 5", "1e3", "12.5", "0x10", "1234567890123456789", "1_000", "-3"]]
    cases += [("start_time", v) for v in ["2026-03-02T08:15:00Z", "2026-03-02 08:15:00+08:00", "2026-03-02T08:15:00.250+0800",
                                          "2026-03-02T08:15:00", "2026-03-02", "2026-02-30T08:00:00Z", "soon"]]
    cases += [("result", v) for v in ["ANSWERED", "Busy", "hung_up", ""]] + [("media", "Video"), ("call_id", "")]
    rows = valid_rows(rt, len(cases))
    for r, (col, v) in zip(rows, cases, strict=True):
        r[col] = v
    write_csv(tmp_path / "c" / "voice" / "x.csv", rows)
    write_parquet(tmp_path / "p" / "voice" / "x.parquet", rows)
    got, loaded = {}, {}
    for fmt in ("c", "p"):
        ingest(tmp_path / fmt, tmp_path / f"wh{fmt}", timezone="UTC")
        got[fmt] = [(line - (1 if fmt == "c" else 0), reason) for line, reason in _quarantine(tmp_path / f"wh{fmt}")]
        con = Warehouse.open(tmp_path / f"wh{fmt}").connect()
        loaded[fmt] = con.execute("SELECT call_id, start_time, duration_s, result, media FROM voice ORDER BY call_id").fetchall()
    assert got["c"] == got["p"] and loaded["c"] == loaded["p"]
    assert len(got["c"]) + len(loaded["c"]) == len(cases)
    bad = {cases[i - 1] for i, _ in got["c"]}
    assert {v for c, v in bad if c == "duration_s"} == {" 5", "1e3", "12.5", "0x10", "1234567890123456789", "1_000", "-3"}
    stored = {cid: d for cid, _, d, _, _ in loaded["c"]}
    assert [stored[rows[i]["call_id"]] for i in range(len(ints))] == list(ints.values())
    assert ("start_time", "2026-03-02T08:15:00") in bad and ("result", "hung_up") in bad and ("result", "ANSWERED") not in bad


def test_quoted_field_far_into_a_csv_file_is_read_as_one_field(tmp_path):
    """Quoting holds beyond the rows the CSV sniffer samples: a late quoted field with a newline and a comma
    is one value, not the start of a garbage record."""
    rt = RECORD_TYPES["sms"]
    rows = valid_rows(rt, 30_000)
    rows[29_990]["content"] = "call me back,\nurgent"
    write_csv(tmp_path / "d" / "sms" / "x.csv", rows)
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    assert (r.loaded["sms"], r.quarantined["sms"]) == (30_000, 0)
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT content FROM sms WHERE sms_id = ?", [rows[29_990]["sms_id"]]).fetchall() == [
        ("call me back,\nurgent",)]


def test_csv_files_of_one_run_read_in_parallel_still_deduplicate_in_file_order(tmp_path):
    """CSV files are parsed a few at a time on worker threads; duplicates across files of the same run, an
    identical copy of a file and a broken file are still handled as if the files were loaded one by one."""
    rt = RECORD_TYPES["voice"]
    rows = valid_rows(rt, 6)
    write_csv(tmp_path / "d" / "voice" / "a.csv", rows)
    write_csv(tmp_path / "d" / "voice" / "b.csv", rows[4:] + valid_rows(rt, 3, start=20))  # 2 known, 3 new
    write_csv(tmp_path / "d" / "voice" / "c.csv", rows)  # the same content as a.csv
    (tmp_path / "d" / "voice" / "d.csv.gz").write_bytes(b"not gzip at all")
    write_csv(tmp_path / "d" / "voice" / "e.csv", rows[:1] + valid_rows(rt, 2, start=40))  # 1 known, 2 new
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    got = {Path(f.path).name: (f.loaded, f.duplicates, f.skipped_as_loaded) for f in r.files}
    assert got == {"a.csv": (6, 0, False), "b.csv": (3, 2, False), "c.csv": (0, 6, True), "e.csv": (2, 1, False)}
    assert [Path(f["file"]).name for f in r.failed] == ["d.csv.gz"]
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT count(*), count(DISTINCT call_id) FROM voice").fetchall()[0] == (11, 11)


def test_csv_field_of_a_megabyte_and_a_half_is_read_whole(tmp_path):
    """CSV is read with 4 MiB buffers: a field longer than a megabyte (within the reader's 2 MB line limit)
    is still one value."""
    rows = valid_rows(RECORD_TYPES["sms"], 3)
    rows[1]["content"] = "x" * 1_500_000
    write_csv(tmp_path / "d" / "sms" / "x.csv", rows)
    r = ingest(tmp_path / "d", tmp_path / "wh", timezone="UTC")
    assert (r.loaded["sms"], r.quarantined["sms"]) == (3, 0)
    con = Warehouse.open(tmp_path / "wh").connect()
    assert con.execute("SELECT max(length(content)) FROM sms").fetchall() == [(1_500_000,)]


def test_existing_warehouse_in_another_zone_is_warned_about(tmp_path, caplog):
    """A warehouse created in UTC (before the .gz fix, or by hand) keeps its zone when +08:00 data is loaded into it
    later; ingest says so instead of cutting the days silently."""
    Warehouse.create(tmp_path / "wh", "UTC")
    write_csv(tmp_path / "d" / "voice" / "x.csv", valid_rows(RECORD_TYPES["voice"], 2))
    with caplog.at_level("WARNING"):
        ingest(tmp_path / "d", tmp_path / "wh")
    assert "UTC offset 8:00:00" in caplog.text and "--timezone" in caplog.text
    caplog.clear()
    with caplog.at_level("WARNING"):  # the same zone: nothing to say
        ingest(tmp_path / "d", tmp_path / "wh2", timezone="Asia/Shanghai")
        ingest(tmp_path / "d", tmp_path / "wh2")
    assert "UTC offset" not in caplog.text
