"""One module per ``draftcheck`` command; each stays thin and delegates to the core."""
