"""Importer of the 2020 report (seed 002) into Content/: tables.py (tables, registries), chapters.py (per-service pages)."""
