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


def test_generic_name_in_apposition_to_a_drug_noun():
    # the stems miss the name; "the drug X" names it (appositive naming)
    text = ("Women given the drug halvorine had fewer relapses, a trial found. Halvorine is taken daily. "
            "The maker said halvorine would be tested further.")
    assert _names(text) == ("halvorine",)


def test_drug_noun_compounds_name_no_drug():
    text = ("The drug target was found in mice. Drug makers said the drug regimen was costly. "
            "The drug target may matter for the drug regimen.")
    assert _names(text) == ()


def test_brand_beside_its_generic_in_parentheses():
    text = ("Regulators cleared Zentravo (lorbatinib) for lung cancer. Zentravo is a daily pill. "
            "Patients on lorbatinib lived longer.")
    assert set(_names(text)) == {"zentravo", "lorbatinib"}


def test_a_capitalised_frame_belongs_to_a_name_not_a_product():
    text = ("The Food and Drug Administration met on Monday. The Administration said little. "
            "Administration staff left early. The Administration will meet again.")
    assert _names(text) == ()


def test_a_brand_in_a_web_address_is_no_lower_case_use():
    text = ("Doctors now offer the Veltrix™ procedure for knee pain. The Veltrix procedure takes an hour. "
            "Learn more at veltrix.com today.")
    assert _names(text) == ("veltrix",)


def test_a_comparator_in_the_lead_is_not_the_intervention():
    # "as effective as", "compared to" introduce the comparator (PICO's C), not the intervention
    filler = "The trial ran in twelve countries over three years with many older adults taking part. " * 6
    text = ("An oral drug, dovaxaban, worked just as well as injected dalteparin in the trial. " + filler
            + "Dovaxaban caused fewer bleeds. Dalteparin needs daily shots, and dalteparin costs more.")
    assert _names(text) == ("dovaxaban",)


def test_an_alternative_question_and_a_compound_modifier_name_no_topic():
    text = ("Is her secret botox, a facelift, or good lighting? She says no botox was used. "
            "Researchers grew insulin-producing cells in a lab. The insulin-producing cells survived.")
    assert _names(text) == ()
