"""fraudwall.realtime"""
