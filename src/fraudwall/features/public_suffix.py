"""Registrable domains by the Public Suffix List (the ``publicsuffixlist`` package's copy, ICANN and private rules).

A domain block acts on a registrable domain and every host under it, so the registrable domain must stop at the public
suffix: ``s7xbub.cn.com`` (cn.com is a registry), ``x.github.io`` and ``y.vercel.app`` (one customer's site each),
``a.bbc.co.uk``'s ``bbc.co.uk``, never ``cn.com`` or ``github.io`` themselves.

:func:`register` puts ``psl_reg_domain(host)`` on a DuckDB connection: a vectorised (Arrow) function that looks up
each distinct host of a batch once, remembering up to :data:`MEMO_LIMIT` hosts between batches.
"""

from __future__ import annotations

import contextlib
import threading
from functools import cache

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from publicsuffixlist import PublicSuffixList

#: top-level domains under which a host written without a scheme or a path counts as a link ("点击 ybj-rz.cn 办理"):
#: the batch's bare links (f_link_domain, the ``bare_link_host`` macro) and the real-time screener's alike; under any
#: other listed top-level domain a bare host counts only with a path after it (x7.rw-task.icu/reg)
COMMON_TLDS = frozenset(["com", "cn", "net", "top", "xyz", "vip", "cc", "info", "org", "shop", "club", "site",
                         "online", "app", "io", "me"])

#: hosts remembered between batches (the memo is cleared when it grows past this)
MEMO_LIMIT = 1_000_000
_memo: dict[str, str] = {}
_lock = threading.Lock()


@cache
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # the list shipped in the package: nothing is downloaded


@cache
def is_top_level_domain(label: str) -> bool:
    """Whether a lower-case label is a top-level domain on the list (icu, live, shop: yes; txt, zz: no)."""
    return _known_psl().is_public(label)


@cache
def _known_psl() -> PublicSuffixList:
    return PublicSuffixList(accept_unknown=False)  # no default "*" rule: an unlisted label is no suffix


def registrable_domain(host: str) -> str:
    """The registrable domain of a lower-case host (public suffix plus one label); a host that is itself a public
    suffix, or a single label, is returned as it is."""
    return _psl().privatesuffix(host) or host


def _reg_domains(hosts: pa.Array) -> pa.Array:
    uniq = pc.unique(hosts)
    out = []
    with _lock:
        if len(_memo) > MEMO_LIMIT:
            _memo.clear()
        for h in uniq.to_pylist():
            if h is None:
                out.append(None)
                continue
            r = _memo.get(h)
            if r is None:
                r = _memo[h] = registrable_domain(h)
            out.append(r)
    return pc.take(pa.array(out, pa.string()), pc.index_in(hosts, value_set=uniq))


def register(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``psl_reg_domain(VARCHAR) -> VARCHAR`` on the connection (idempotent)."""
    # already on this database (a cursor or second connection of it): DuckDB does not replace a function
    with contextlib.suppress(duckdb.NotImplementedException, duckdb.CatalogException):
        con.create_function("psl_reg_domain", _reg_domains, ["VARCHAR"], "VARCHAR", type="arrow",
                            side_effects=False)
