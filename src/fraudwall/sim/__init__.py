"""fraudwall.sim"""
