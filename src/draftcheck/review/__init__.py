"""Reviewing findings one by one: decisions that persist (``decisions``), a pure state machine (``session``)
and a thin terminal front end (``terminal``). Nothing here touches the report itself."""
