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


_FILLER = "The team followed the volunteers at four clinics for two full years, with visits every month. " * 6


def test_the_usual_care_a_page_compares_with_is_its_comparator():
    # PICO's C named as usual care: "the gold standard", "standard", "current treatments such as"
    text = ("A skin patch of the drug morvetide eased migraines as well as standard sumatriptan in a trial. "
            "Sumatriptan remains the gold standard for attacks. " + _FILLER
            + "Morvetide patches caused less nausea. Sumatriptan costs less, and sumatriptan is familiar.")
    assert _names(text) == ("morvetide",)


def test_after_a_year_on_a_drug_names_what_patients_had_before():
    text = ("After a year on metformin, adults switched to the drug pelvorin in a trial. " + _FILLER
            + "Pelvorin lowered blood sugar further. Pelvorin is taken weekly. Metformin is cheap; "
            "metformin is old; metformin upsets some stomachs; metformin is still advised first.")
    assert "metformin" not in _names(text)
    assert _names(text)[0] == "pelvorin"


def test_a_name_restated_after_or_shares_the_comparison():
    # "better than magnetic resonance imaging, or MRI": the abbreviation is compared too, and a name the
    # lead only sets aside is not chosen however often the page returns to it
    text = ("Computed tomography found more heart blockages than magnetic resonance imaging, or MRI, "
            "in a review of studies. " + _FILLER
            + "MRI scans took longer. MRI scans cost more. MRI scans need a calm patient. MRI scans are loud.")
    assert "mri" not in _names(text)


def test_a_capitalised_name_headed_by_its_device_kind():
    text = ("Surgeons fitted the Korvane Implant System in 40 patients with hip pain. " + _FILLER
            + "Korvane implants held firm in most patients.")
    assert _names(text) == ("korvane",)


def test_an_abbreviation_defined_beside_a_procedure_names_it():
    text = ("Focused nerve stimulation (FNS) eased tremor in a small trial. FNS sends weak pulses "
            "to the brain. Patients given FNS slept better.")
    assert _names(text) == ("fns",)


def test_an_abbreviation_defined_in_parentheses_is_no_product():
    # "(also called HPV)": a definition names the virus, it sells nothing
    text = ("Many adults carry human papillomavirus (also called HPV) without knowing. Doctors check "
            "for HPV in smears. HPV clears by itself in most people. HPV is common.")
    assert _names(text) == ()


def test_an_abbreviation_a_page_gives_or_uses_can_be_its_product():
    text = ("Surgeons using TXA saw less bleeding in knee operations, a study found. TXA is cheap. "
            "Hospitals giving TXA needed fewer transfusions.")
    assert _names(text) == ("txa",)


def test_frames_and_treatment_words_do_not_reach_across_punctuation_or_into_titles():
    # "the method used, Halvik says" frames no product; "Annals of Thoracic Surgery" names no surgery
    text = ("Halvik, a surgeon, wrote in the Annals of Thoracic Surgery about breath tests. "
            "No one knows which method is used, Halvik says. The breath test found tumours early; "
            "after surgery, Halvik said, the test is repeated. Halvik will test it again.")
    assert _names(text) == ()


def test_a_herbal_option_named_in_the_lead():
    text = ("Daily ginseng did not ease fatigue in cancer survivors, a trial found. Those given "
            "ginseng felt as tired as those given dummy pills.")
    assert _names(text) == ("ginseng",)


def test_a_name_classified_as_a_product_kind():
    # "X, a new eye drop", "X is a low-level laser": classifying apposition names a product
    text = ("Zervane, a new eye drop, eased dry eyes in a trial. Patients given Zervane blinked less. "
            "Zervane stings for a moment.")
    assert _names(text) == ("zervane",)


def test_a_name_classified_as_no_product_kind_is_not_one():
    text = ("Kelvane, a town near the coast, opened a clinic for dry eyes. Kelvane is a quiet place. "
            "Kelvane doctors saw many patients.")
    assert _names(text) == ()


def test_a_test_is_named_after_what_it_measures_not_a_product():
    text = ("A home HIV test gives results in minutes, a maker says. Doctors said the HIV test is "
            "reliable. The HIV test costs little. People with HIV can start treatment early.")
    assert "hiv" not in _names(text)


def test_a_marked_journal_name_is_no_product():
    text = ("Early drug treatment delayed multiple sclerosis, a study in Neurology® found. "
            "Neurology® is a journal. The study in Neurology® followed 400 adults.")
    assert _names(text) == ()
