"""The document's intervention (analyzer/measure/intervention.py): what it names, and when it
names nothing, on short pages of the kinds the harms and alternatives rules read."""

from analyzer import analyze
from analyzer.measure.intervention import identify
from analyzer.text import prepare


def _names(text: str) -> tuple[str, ...]:
    return identify(prepare(text)).names


def test_drug_story_names_the_drug_by_its_stem_and_brand():
    text = ("A new antibody, relatumab, slowed memory loss in a large trial. Patients on relatumab "
            "declined less than those on placebo. The maker will sell relatumab as Cognira (relatumab). "
            "Older antidepressants did not help these patients.")
    names = _names(text)
    assert names[0] == "relatumab"
    assert "antidepressant" not in names  # a class named once, outside the lead, is a comparator


def test_advertorial_names_the_product_marked_or_framed():
    text = ("Erase fine lines without botox or surgery! Thousands of women now use Lumivera™ serum. "
            "Lumivera works overnight. Order Lumivera today while supplies last.")
    names = _names(text)
    assert names == ("lumivera",)  # botox and surgery are set aside in the lead, not the product


def test_procedure_story_names_the_procedure():
    text = ("Acupuncture eased chronic neck pain in a trial of 500 adults. Those given acupuncture "
            "reported less pain after a year. Painkillers were allowed in both groups.")
    assert _names(text) == ("acupuncture",)


def test_story_without_a_clear_intervention_names_none():
    text = ("Heart disease remains the leading cause of death. Researchers followed 10,000 adults "
            "for a decade. Those who slept less than six hours had more heart attacks.")
    iv = identify(prepare(text))
    assert not iv and iv.names == ()
    assert iv.describe() == "no intervention identified"


def test_people_and_places_are_not_products():
    text = ("Dr. Maria Lanctot said the results were clear. Lanctot works in Toronto. "
            "Lanctot said more study is needed in Toronto.")
    assert _names(text) == ()


def test_a_rejected_finding_stays_visible_with_its_reason():
    text = ("A gel called Zelvora is a new contraceptive without hormones. Zelvora was approved on "
            "Monday. Oral pills often cause bleeding between periods.")
    harms = [f for f in analyze(text).findings if f.family == "harms"]
    assert harms and not any(f.counts for f in harms)
    assert harms[0].usage == "rejected"
    assert harms[0].mention_reason == "harm of another option; the page's intervention: zelvora"
