"""fraudwall.web"""
