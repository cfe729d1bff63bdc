"""redteam23: Hebei in the 2030 summer holiday, a blind red-team generator for fraudwall (interchange v1)."""
