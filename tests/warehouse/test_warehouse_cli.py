import json

from click.testing import CliRunner

from fraudwall.cli import cli
from fraudwall.interchange.ingest import ingest
from fraudwall.interchange.schema import RECORD_TYPES
from tests.helpers import valid_rows, write_csv


def test_info_and_quarantine_listing_mask_numbers(tmp_path):
    rows = valid_rows(RECORD_TYPES["voice"], 3)
    rows[1]["start_time"] = "soon"
    write_csv(tmp_path / "d" / "voice" / "v.csv", rows)
    ingest(tmp_path / "d", tmp_path / "wh", timezone="Asia/Shanghai")
    run = CliRunner()
    res = run.invoke(cli, ["warehouse", "info", "-w", str(tmp_path / "wh"), "--json"])
    info = json.loads(res.output)
    assert info["record_types"]["voice"]["rows"] == 2 and info["quarantined"] == {"voice": 1}
    assert info["timezone"] == "Asia/Shanghai"
    res = run.invoke(cli, ["warehouse", "quarantine", "-w", str(tmp_path / "wh")])
    assert "v.csv:3:" in res.output and "unparsable time in start_time: soon" in res.output
    assert rows[1]["caller"] not in res.output  # raw values masked
    res = run.invoke(cli, ["--unmask", "warehouse", "quarantine", "-w", str(tmp_path / "wh")])
    assert rows[1]["caller"] in res.output
