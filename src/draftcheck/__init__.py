"""draftcheck: draft and lint Chinese work reports."""

__version__ = "0.1.0"
