"""draftcheck: draft, lint and review Chinese work reports."""

__version__ = "0.1.0"
