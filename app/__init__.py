"""Passerelle: the record system for rehabilitation and reintegration in prisons."""
