"""Helpers for analysing Chinese newspaper pages: one small module per stage.

pages → clean + layout → (words → themes, places → quantities) → plots; see README.md.
"""
