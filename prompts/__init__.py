"""Built-in prompt templates of ``draftcheck draft`` (Jinja2), installed as ``draftcheck.prompts``.

They live at the top of the repository, beside ``src/``, so that editing a prompt is not editing code;
pyproject.toml maps this folder to the package. Load them with ``importlib.resources``.
"""
