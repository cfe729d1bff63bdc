"""fraudwall.models"""
