"""Quantities in report text and the numeric relations between them (totals, growth, ratios...)."""
