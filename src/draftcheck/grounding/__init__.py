"""What a draft may state and must state, shared by the draft rules (``rules/dc60x``) and the drafting
pipeline (``draft/``): neither layer imports the other.

- ``values``: the figures of the facts, unit-normalised, and whether a draft number is one of them;
- ``required``: the facts a paragraph must state (a figure, a name, or a text in substance);
- ``subject_binding``: which subject (indicator, project, item) a figure in a draft is written about.
"""
