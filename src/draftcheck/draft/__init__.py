"""Drafting a 工作总结 from a facts file, checked and repaired section by section.

``facts`` (the YAML facts file, validated) -> ``derive`` (figures computed in code) -> ``sections``
(what each section is drafted from and must state) -> ``prompts`` (strict Jinja2 templates) ->
a ``backend`` (``offline_backend`` templates, or ``llm_backend`` through an OpenAI-compatible
endpoint, optionally behind ``cache``) -> ``pipeline`` (lint with DC601/DC602 via ``grounding``,
repair, keep the best) -> ``writer`` (Markdown / .docx) and the run manifest (``run``).

Nothing here is imported by ``lint``; the LLM client is imported only when it is chosen.
"""
