"""Only for what pyproject.toml cannot say: the packages found under src/ plus the top-level prompts/
folder, installed as ``draftcheck.prompts`` (its package-dir mapping is in pyproject.toml)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages("src"), "draftcheck.prompts"])
