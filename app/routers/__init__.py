"""Thin HTTP layer, one module per domain."""
