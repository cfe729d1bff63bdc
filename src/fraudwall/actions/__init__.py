"""fraudwall.actions"""
