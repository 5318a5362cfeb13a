"""What the quantity case files share: find the quantity a case names, and check its fields."""
import pytest

P = pytest.param


def find(sentence):
    # Imported here so that a missing or broken module fails each case, not the collection.
    from helpers.quantities import find_quantities

    return find_quantities(sentence)


def one(sentence, text):
    """The quantity whose text is `text` (the first, if the span occurs twice)."""
    assert text in sentence, f"bad case: {text!r} is not in the sentence"
    qs = find(sentence)
    for q in qs:
        if q.text == text:
            return q
    pytest.fail(f"{text!r} not found; found {[q.text for q in qs]}")


def check(q, want):
    for field, expected in want.items():
        got = getattr(q, field)
        if expected is None:
            assert got is None, f"{field}: expected None, got {got!r} (text {q.text!r})"
        elif isinstance(expected, (int, float)) and not isinstance(expected, bool):
            assert got is not None and got == pytest.approx(expected), (
                f"{field}: expected {expected!r}, got {got!r} (text {q.text!r})"
            )
        else:
            assert got == expected, f"{field}: expected {expected!r}, got {got!r} (text {q.text!r})"


def spans(sentence, sub):
    assert sub in sentence, f"bad case: {sub!r} is not in the sentence"
    out, i = [], sentence.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = sentence.find(sub, i + 1)
    return out


def no_quantity_on(sentence, forbidden):
    """No quantity overlaps any place where `forbidden` stands in the sentence."""
    found = spans(sentence, forbidden)
    bad = [
        q.text for q in find(sentence)
        if any(q.start < end and start < q.end for start, end in found)
    ]
    assert not bad, f"{forbidden!r} overlapped by {bad}"


def offsets_slice_back(sentence):
    """At least two quantities, each `sentence[start:end] == text`."""
    qs = find(sentence)
    assert len(qs) >= 2, [q.text for q in qs]
    bad = [(q.text, q.start, q.end, sentence[q.start:q.end]) for q in qs if sentence[q.start:q.end] != q.text]
    assert not bad, bad


def in_text_order(sentence, texts):
    """The quantities come in text order, `texts` among them as listed."""
    qs = find(sentence)
    starts = [q.start for q in qs]
    assert starts == sorted(starts), [q.text for q in qs]
    got = [q.text for q in qs if q.text in texts]
    assert got == texts, [q.text for q in qs]
