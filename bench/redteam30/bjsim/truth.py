"""Ground truth: one role per entity (fraud roles over look-alike over victim), and victims' losses."""

from __future__ import annotations

import numpy as np

RANK = {"victim": 0}


def _rank(role: str) -> int:
    if role == "victim":
        return 0
    if role.startswith("lookalike:"):
        return 1
    return 2


class Truth:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], list] = {}
        self.losses: list[tuple[int, int, float, str]] = []

    def add(self, etype: str, entities, role: str, gang: str = "", scheme: str = "", first=None) -> None:
        ents = [entities] if isinstance(entities, str | int | np.integer) else list(entities)
        firsts = first if isinstance(first, np.ndarray | list) else [first] * len(ents)
        for e, f in zip(ents, firsts, strict=True):
            key = (etype, str(e))
            f = None if f is None or f < 0 else int(f)
            old = self.rows.get(key)
            if old is None or _rank(role) > _rank(old[0]):
                self.rows[key] = [role, gang, scheme, f if old is None or old[3] is None else old[3]]
            elif f is not None and (old[3] is None or f < old[3]):
                old[3] = f

    def loss(self, victim: int, t: int, amount: float, to_account: str) -> None:
        self.losses.append((int(victim), int(t), float(amount), to_account))

    def write(self, sink) -> None:
        keys = sorted(self.rows)
        sink.add("truth_entities", entity_type=[k[0] for k in keys], entity=[k[1] for k in keys],
                 role=[self.rows[k][0] for k in keys], gang_id=[self.rows[k][1] or None for k in keys],
                 scheme=[self.rows[k][2] or None for k in keys],
                 first_active=np.array([-1 if self.rows[k][3] is None else self.rows[k][3] for k in keys], np.int64))
        if self.losses:
            ls = sorted(self.losses)
            sink.add("truth_events", victim=np.array([x[0] for x in ls], np.int64), time=np.array([x[1] for x in ls]),
                     amount=np.array([x[2] for x in ls]), to_account=[x[3] for x in ls])
