"""Services below the command line: whole runs over files, returning results and never printing.

``lint.lint_paths`` discovers, loads and checks files (in parallel when asked) and returns a ``LintRun``;
the Typer commands only parse options, call a service and render what it returns.
"""
