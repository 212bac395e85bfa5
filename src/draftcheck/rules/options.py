"""Rule options: plain dataclasses on the checking path, a pydantic model built only to validate them.

A rule declares its options as a dataclass (``options_type``): the fields' defaults are what a run uses
when nothing is configured, and each field's ``metadata`` holds the pydantic field arguments that
constrain a configured value (``ge``, ``gt``, ``le``, ``strict``, ``description``). ``Rule.Options`` is
the pydantic model of that dataclass (unknown keys forbidden), built the first time something asks for
it: a configuration table to validate, a test, the drafter building options from facts. A ``lint``
without per-rule options never imports pydantic (about 0.1 s of every process, issue 10).
"""

from __future__ import annotations

import dataclasses
import typing
from functools import lru_cache
from typing import Any


@dataclasses.dataclass(frozen=True)
class RuleOptions:
    """Base of every rule's options dataclass."""

    @classmethod
    def annotation_types(cls) -> dict[str, Any]:
        """Names used in the fields' annotations that the rule's module imports only when it checks
        (the drafter's grounding models): a subclass returns them so the model can be built."""
        return {}


@dataclasses.dataclass(frozen=True)
class NoOptions(RuleOptions):
    """A rule without options: only an empty table is valid."""


@lru_cache(maxsize=None)
def options_model(options_type: type[RuleOptions]) -> Any:
    """The pydantic model validating a table for ``options_type``: same fields, defaults and constraints,
    unknown keys forbidden."""
    from pydantic import ConfigDict, Field, create_model

    hints = typing.get_type_hints(options_type, localns=options_type.annotation_types())
    fields: dict[str, Any] = {}
    for field in dataclasses.fields(options_type):
        if field.default is not dataclasses.MISSING:
            info = Field(field.default, **field.metadata)
        elif field.default_factory is not dataclasses.MISSING:
            info = Field(default_factory=field.default_factory, **field.metadata)
        else:
            info = Field(**field.metadata)
        fields[field.name] = (hints[field.name], info)
    return create_model(
        options_type.__name__,
        __config__=ConfigDict(extra="forbid"),
        __doc__=options_type.__doc__,
        __module__=options_type.__module__,
        **fields,
    )


def validated_options(rule_cls: type, table: dict[str, Any]) -> Any:
    """``table`` validated by ``rule_cls.Options`` (pydantic's ValidationError when invalid). For a rule
    with an options dataclass the result is that dataclass, as when nothing is configured."""
    validated = rule_cls.Options.model_validate(table)
    if isinstance(_declared_options(rule_cls), OptionsModel):
        options_type = rule_cls.options_type
        return options_type(**{field.name: getattr(validated, field.name) for field in dataclasses.fields(options_type)})
    return validated


def default_options(rule_cls: type) -> Any:
    """The options of a rule with nothing configured, without building the pydantic model when the rule
    declares an options dataclass."""
    declared = _declared_options(rule_cls)
    if isinstance(declared, OptionsModel):
        return rule_cls.options_type()
    return rule_cls.Options()


def options_json(options: Any) -> dict[str, Any]:
    """``options`` as JSON-ready values (``draftcheck config show``)."""
    if dataclasses.is_dataclass(options):
        model = options_model(type(options))
        options = model.model_validate({field.name: getattr(options, field.name) for field in dataclasses.fields(options)})
    return options.model_dump(mode="json")


def _declared_options(rule_cls: type) -> Any:
    """What the class (or its closest base declaring it) sets ``Options`` to, without running a descriptor."""
    for klass in rule_cls.__mro__:
        if "Options" in vars(klass):
            return vars(klass)["Options"]
    return None


class OptionsModel:
    """``Rule.Options``: the pydantic model of the class's ``options_type``, built on first access.

    A rule (or a test) may still set ``Options`` to a pydantic model of its own."""

    def __get__(self, instance: object, owner: type) -> Any:
        return options_model(owner.options_type)
