"""DC603's binder: a figure belongs to the subject named closest before it in its sentence, as the
shared sentence model (text.segmentation) cuts sentences."""

from draftcheck.grounding.subject_binding import SubjectBinder, SubjectFacts
from draftcheck.numbers.quantity import extract_quantities


def _bindings(text: str) -> dict[str, str]:
    binder = SubjectBinder([SubjectFacts(name="固定资产投资", values=["下降6.5%"]), SubjectFacts(name="工业投资", values=["增长48.0%"])])
    quantities = [q for q in extract_quantities(text) if q.unit == "%"]
    return {text[q.start : q.end]: b.subject for q in quantities for b in binder.bind(text, [q])}


def test_a_figure_binds_to_the_subject_before_it_in_its_sentence():
    assert _bindings("固定资产投资增长48.0%，工业投资下降6.5%。") == {"48.0%": "固定资产投资", "6.5%": "工业投资"}


def test_a_sentence_end_cuts_the_binding():
    assert _bindings("固定资产投资保持平稳。增长48.0%。") == {}
    assert _bindings("固定资产投资保持平稳；\n增长48.0%。") == {}


def test_a_terminator_inside_brackets_does_not_end_the_sentence():
    # the old binder cut at the ； inside the brackets and lost the subject
    assert _bindings("固定资产投资（同比口径；不含农户）增长48.0%。") == {"48.0%": "固定资产投资"}
