"""The document's intervention (analyzer/measure/intervention.py): what it names, and when it
names nothing, on short pages of the kinds the harms and alternatives rules read."""

import pytest

from analyzer import analyze
from analyzer.measure.intervention import identify, key_of
from analyzer.text import prepare

# Pads a page so that later sentences fall outside its lead (the lead decides the topic).
_FILLER = "The team followed the volunteers at four clinics for two full years, with visits every month. " * 6
_TRIAL_FILLER = "The trial ran in twelve countries over three years with many older adults taking part. " * 6


def _names(text: str) -> tuple[str, ...]:
    return identify(prepare(text)).names


# (case, page, the names identify() must give, in order). Every page is invented.
NAMES = [
    ("advertorial names the product marked or framed; botox and surgery are set aside in the lead",
     "Erase fine lines without botox or surgery! Thousands of women now use Lumivera™ serum. "
     "Lumivera works overnight. Order Lumivera today while supplies last.", ("lumivera",)),
    ("procedure story names the procedure",
     "Acupuncture eased chronic neck pain in a trial of 500 adults. Those given acupuncture "
     "reported less pain after a year. Painkillers were allowed in both groups.", ("acupuncture",)),
    ("people and places are not products",
     "Dr. Maria Lanctot said the results were clear. Lanctot works in Toronto. "
     "Lanctot said more study is needed in Toronto.", ()),
    ("a generic the stems miss is named by apposition: 'the drug X'",
     "Women given the drug halvorine had fewer relapses, a trial found. Halvorine is taken daily. "
     "The maker said halvorine would be tested further.", ("halvorine",)),
    ("drug-noun compounds name no drug",
     "The drug target was found in mice. Drug makers said the drug regimen was costly. "
     "The drug target may matter for the drug regimen.", ()),
    ("a capitalised frame belongs to a name, not a product",
     "The Food and Drug Administration met on Monday. The Administration said little. "
     "Administration staff left early. The Administration will meet again.", ()),
    ("a brand in a web address is no lower-case use",
     "Doctors now offer the Veltrix™ procedure for knee pain. The Veltrix procedure takes an hour. "
     "Learn more at veltrix.com today.", ("veltrix",)),
    ("'as effective as', 'compared to' introduce the comparator (PICO's C), not the intervention",
     "An oral drug, dovaxaban, worked just as well as injected dalteparin in the trial. " + _TRIAL_FILLER
     + "Dovaxaban caused fewer bleeds. Dalteparin needs daily shots, and dalteparin costs more.", ("dovaxaban",)),
    ("an alternative question and a compound modifier name no topic",
     "Is her secret botox, a facelift, or good lighting? She says no botox was used. "
     "Researchers grew insulin-producing cells in a lab. The insulin-producing cells survived.", ()),
    ("usual care the page compares with ('the gold standard', 'standard') is its comparator",
     "A skin patch of the drug morvetide eased migraines as well as standard sumatriptan in a trial. "
     "Sumatriptan remains the gold standard for attacks. " + _FILLER
     + "Morvetide patches caused less nausea. Sumatriptan costs less, and sumatriptan is familiar.", ("morvetide",)),
    ("a capitalised name headed by its device kind",
     "Surgeons fitted the Korvane Implant System in 40 patients with hip pain. " + _FILLER
     + "Korvane implants held firm in most patients.", ("korvane",)),
    ("an abbreviation defined beside a procedure names it",
     "Focused nerve stimulation (FNS) eased tremor in a small trial. FNS sends weak pulses "
     "to the brain. Patients given FNS slept better.", ("fns",)),
    ("an abbreviation defined in parentheses ('also called HPV') names the virus, it sells nothing",
     "Many adults carry human papillomavirus (also called HPV) without knowing. Doctors check "
     "for HPV in smears. HPV clears by itself in most people. HPV is common.", ()),
    ("an abbreviation a page gives or uses can be its product",
     "Surgeons using TXA saw less bleeding in knee operations, a study found. TXA is cheap. "
     "Hospitals giving TXA needed fewer transfusions.", ("txa",)),
    ("frames and treatment words reach neither across punctuation nor into titles",
     "Halvik, a surgeon, wrote in the Annals of Thoracic Surgery about breath tests. "
     "No one knows which method is used, Halvik says. The breath test found tumours early; "
     "after surgery, Halvik said, the test is repeated. Halvik will test it again.",
     # round 16: "breath tests" in the lead, then "breath test", describe the page's own test
     ("breath test",)),
    ("a herbal option named in the lead",
     "Daily ginseng did not ease fatigue in cancer survivors, a trial found. Those given "
     "ginseng felt as tired as those given dummy pills.", ("ginseng",)),
    ("a name classified as a product kind: 'X, a new eye drop'",
     "Zervane, a new eye drop, eased dry eyes in a trial. Patients given Zervane blinked less. "
     "Zervane stings for a moment.", ("zervane",)),
    ("a name classified as no product kind is not one",
     "Kelvane, a town near the coast, opened a clinic for dry eyes. Kelvane is a quiet place. "
     "Kelvane doctors saw many patients.", ()),
    ("a supplement named by its source before a supplement head, at a sentence's start too",
     "Ginger root capsules calmed nausea in a trial of 200 pregnant women. Women given ginger vomited less. "
     "The ginger group also slept better.", ("ginger",)),
    ("a food named as what people eat",
     "Eating rye bread every day lowered cholesterol in a year-long trial. Adults who ate rye had lower "
     "LDL. Rye is cheap and easy to find.", ("rye",)),
    ("exercise as the option studied",
     "Regular exercise eased knee pain in older adults, a trial found. Those who kept up the exercise "
     "walked farther. Exercise also lifted their mood.", ("exercise",)),
    ("what follows an eating verb names nothing when it is a verb, a pronoun or part of a compound",
     "What you eat can matter for the heart, doctors say. Berry-eating birds were counted in a park. "
     "What you eat can change. They said what you eat can matter.", ()),
    ("a lead that announces an option it does not name: the new option, as the lead writes it",
     "An experimental oral drug cut levels of the hepatitis virus in a small trial. The drug has no name "
     "yet. Patients who took the drug had few side effects.", ("experimental oral drug",)),
    ("a named option of the lead comes before any unnamed new one",
     "A new pill form of the drug halvorine eased relapses in a trial. Halvorine is taken daily. "
     "Halvorine costs little.", ("halvorine",)),
    ("a marked journal name is no product",
     "Early drug treatment delayed multiple sclerosis, a study in Neurology® found. "
     "Neurology® is a journal. The study in Neurology® followed 400 adults.", ()),
    ("a class the page names twice beside a food it names often does not join it",
     "Cholesterol pills called statins can make muscles ache. Quince leaf extract lowered cholesterol "
     "in a small trial, researchers say. " + _FILLER + "Quince extract was well tolerated. Quince is grown "
     "in Iran. The quince group also lost weight. Quince tea is a folk remedy. Quince extract is cheap.",
     ("quince",)),
    ("a drug the lead once sets against the page's drug is its comparator, though named plainly too",
     "The drug relvomab cleared psoriasis better than the widely used drug trexolimab in a trial. "
     "Trexolimab is an older injection. " + _TRIAL_FILLER + "Relvomab caused more infections. "
     "Relvomab is given monthly. Relvomab will cost more.", ("relvomab",)),
    ("another drug a study also looked at, named far less than the page's product, is not its option",
     "Korvexa® (dovaxaban) cut strokes in frail patients, the maker said; the study also looked at "
     "pelmigatran. " + _TRIAL_FILLER + " ".join(["Korvexa was taken once a day."] * 8)
     + " Pelmigatran was taken twice a day.", ("korvexa", "dovaxaban")),
    ("a name classified by 'the company's ... product' is a product, and a class the page contrasts it "
     "with does not join it",
     "A maker said its contraceptive gel worked in a large trial. Oral pills lead the market, but oral "
     "pills can cause bleeding. " + _FILLER + "Vaxora, the company's lead product, is applied before sex. "
     "Vaxora was 86 percent effective. Vaxora may reach pharmacies next year. Vaxora has no hormones. "
     "Vaxora is cheap.", ("vaxora",)),
    ("a treatment word after a dateline's dash is no part of the dateline's name",
     "MONDAY, May 2 (HealthDay News) -- Acupuncture eased hot flashes in men on hormone treatment, a "
     "small study says. Men given acupuncture twice a week slept better.", ("acupuncture",)),
    ("a named drug under the class a page is about stays beside it",
     "Statins cut heart attacks in older adults, a review of statins found. " + _FILLER
     + "High doses of Lipvora (simvorastatin) hurt muscles. Lipvora is sold widely. Patients on Lipvora "
     "were watched. Statins were stopped in a few. Lipvora doses were lowered. Most statins are cheap. "
     "Statins lower cholesterol. Doctors prescribe statins often. Statins are safe for most. "
     "Some statins interact with grapefruit. Statins need a prescription. Statins are old drugs. "
     "Statins work in women too. Statins were studied in 20 trials. Statins are taken at night. Lipvora was studied most.",
     ("statin", "lipvora", "simvorastatin")),
    # round 10
    ("a trial drug named only by its sponsor's code",
     "An insomnia pill from a large drugmaker, KV-2281, beat placebo in a mid-stage trial. KV-2281 "
     "helped patients fall asleep faster, the maker said. " + _TRIAL_FILLER + "KV-2281 caused some "
     "morning grogginess.", ("kv-2281",)),
    ("a code written without a hyphen is a name too",
     "A numbing spray, TRX719, helped men last longer in bed in a trial. Men used TRX719 before sex. "
     "TRX719 tingled a little.", ("trx719",)),
    ("a brand linked by 'plus' to a named treatment is a drug of the regimen",
     "Patients given Velostra plus chemotherapy lived longer in a lung cancer trial. Velostra blocks "
     "a protein on tumours. " + _TRIAL_FILLER + "Velostra caused rashes in some.", ("velostra",)),
    ("a dosage form's capital suffix does not make the drug a compound modifier",
     "Women on the investigational drug morvaparatide-XR had fewer fractures, a trial found. "
     "Morvaparatide-XR is injected once a week. The maker will file morvaparatide-XR soon.",
     ("morvaparatide",)),
    ("a food named after a container and its colour, as what people drink",
     "A glass of red wine a night eased cholesterol in a two-year trial. Those who drank a glass of red "
     "wine slept better too. Wine drinkers gained no weight.", ("wine",)),
    ("a code given as the brand's other name joins it, however often the brand is used",
     "Korlix™ (also known as AB-7731) helped older leukemia patients live longer in a trial. "
     + " ".join(["Korlix was given weekly."] * 12) + " AB-7731 was safe. AB-7731 is a liposome.",
     ("korlix", "ab-7731")),
    ("a treatment defined by its abbreviation in parentheses names the abbreviation",
     "Osteopathic manipulative treatment (OMT) shortened hospital stays for pneumonia in a trial. "
     "Patients given OMT went home sooner. OMT was added to usual care.", ("omt",)),
    # round 13, from the misses of seeds 77 and 88
    ("a supplement named by a listed pair, in lower case",
     "Taking folic acid before pregnancy may lower the risk of a rare heart defect, a study says. "
     "Mothers who used folic acid early had fewer affected babies.", ("folic acid",)),
    ("a procedure written as a title, its initials in parentheses",
     "Adults who tried Guided Breathing Training (GBT) slept an hour longer than those given sleep "
     "advice alone. GBT takes ten minutes a day. Most kept up GBT for a year.", ("gbt",)),
    ("a therapy the lead describes by a compound, inside a longer lower-case name",
     "Online cognitive behavioral therapy eased insomnia in a trial of 300 adults. Those given the "
     "behavioral therapy slept longer.", ("behavioral therapy",)),
    ("a lead that names no option describes one by a compound it writes again",
     "A simple saliva test spotted gum disease in most adults, a study found. The saliva test costs "
     "little. Dentists could offer the saliva test.", ("saliva test",)),
    ("a hyphened modifier of a described option is written whole",
     "Researchers built a phone-based test that reads a drop of blood. The phone-based test matched "
     "the lab in nine of ten samples.", ("phone-based test",)),
    ("a named option of the lead comes before a described one",
     "A blood test showed the drug halvorine cleared the virus. Halvorine is taken daily. "
     "The blood test was repeated. Halvorine costs little.", ("halvorine",)),
    # round 13b, from the family fixers' notes (IV2_NOTES)
    ("a drug class named by two words is an option a page can be about",
     "Beta blockers taken after a heart attack may slow the spread of some tumours, a study finds. "
     "Patients on beta blockers lived longer.", ("beta blocker",)),
    ("a bare 'instead' marks the option chosen in place of another, not one set aside",
     "Men with slow tumours may instead choose active surveillance, a study suggests. Active "
     "surveillance means a check-up every six months.", ("active surveillance",)),
    ("a small interfering RNA is named by its stem",
     "The eye drop velosiran eased dry eye in a small trial. Velosiran is given twice a day.", ("velosiran",)),
    ("a generic the stems miss is named by apposition to 'the antibiotic'",
     "Patients given the antibiotic corvimaxin had fewer flares of bowel pain. Corvimaxin is taken "
     "for two weeks.", ("corvimaxin",)),
    ("a supplement and a device no list named before (the benefits fixer's note)",
     "Men with more lycopene in their blood had fewer strokes, a study finds. Lycopene gives "
     "fruit its red colour.", ("lycopene",)),
    ("a device named by a listed pair",
     "An electronic nose sniffed out lung tumours in breath samples, a small study finds. The "
     "electronic nose was right nine times in ten.", ("electronic nose",)),
    # round 16 (seed 133 misses)
    ("a drug named as what a dose is of",
     "One large dose of the mushroom compound velocybin eased dread in people with cancer, a trial finds. "
     + _FILLER + "Velocybin lasted for months. Those given velocybin slept better.", ("velocybin",)),
    ("a nicotinic partial agonist's generic name by its stem",
     "Doctors say tarenicline is a safe way to stop smoking, a review finds. Tarenicline doubled quit "
     "rates.", ("tarenicline",)),
    ("an approved injectable framed by 'administer'",
     "Morvella dissolves fat under the chin, the agency said on Tuesday. " + _FILLER
     + "Only trained doctors may administer Morvella. Morvella needs several sessions.", ("morvella",)),
    ("skin-to-skin care of newborns is a named option",
     "Kangaroo care helped small babies gain weight in a trial. Kangaroo care costs nothing.",
     ("kangaroo care",)),
    ("a lead's test described in the singular and written again in the plural",
     "A simple blood test may show which women need more treatment after surgery, a study finds. "
     "Blood tests like it could guide care.", ("blood test",)),
    ("usual care described in the lead, or a compound written once, describes no option",
     "Standard treatment helped most of the children, the doctors said. Standard treatment is cheap. "
     "One girl had a bone scan in May.", ()),
    ("a lead that names only a class lets the product the page names as often further down be its option",
     "A maker said its new contraceptive ring did well in a trial. Condoms and oral pills lead the market, "
     "and oral pills are cheap. " + _FILLER + "Women who used Ovandra said it was easy. Ovandra stays in "
     "place for a month. Oral pills must be taken daily. Ovandra may be approved next year.", ("ovandra",)),
    ("a named drug beside a single agent (a mass noun, never plural) is its rival, held to the share",
     "Low-dose lithium eased the tremor caused by the drug Dopavel, a mouse study found. Lithium was given daily. "
     + _FILLER + "Lithium is cheap. Mice on lithium moved better. Lithium levels were checked. "
     "Lithium may help people. Dopavel was given to all the mice. Lithium was safe. Lithium is old. "
     "Lithium is mined. Lithium was dosed low.", ("lithium",)),
    ("a named drug beside a class the page writes in the plural is the class's member",
     "Statins such as Zorvatin lowered the risk of stroke, a review found. Statins are widely used. " + _FILLER
     + "Statins were taken daily. Some took Zorvatin. Statins were cheap. Statins may help.",
     ("statin", "zorvatin")),
    ("a product named fewer times than the lead's class does not displace it",
     "Oral pills remain the most used contraceptive, a survey finds. Oral pills are cheap. " + _FILLER
     + "Some women used Ovandra instead. Oral pills were taken daily. Ovandra was rarer.", ("oral pill",)),
    # round 23: a new device, test or drug the lead announces wins over the classes it names (the
    # setting or the option replaced: seed 199, "surgery" on a hair-robot page); a bare "developed a
    # device" may be the class option itself and does not
    ("a new robot, not the surgery it works in",
     "Hair-transplant surgery could get cheaper with a new robot that moves follicles. The robot "
     "takes four hours. Surgery by hand takes a full day, and the robot costs less.", ("new robot",)),
    ("a device made by verb and article over the scan it replaces",
     "Only a CT scan can rule out a brain bleed today, and the scan is costly. Researchers have "
     "developed a handheld device that reads a drop of blood. The device gave results in minutes.",
     ("handheld device",)),
    ("a bare 'developed a device' leaves the named stent",
     "Velcor Inc has developed a device for leg pain. The stent opens the narrowed artery. The stent "
     "was placed in ten men, and stent patients walked farther.", ("stent",)),
    # round 23: an option the lead sets aside more often than it names it is the comparator (round
    # 22's report: warfarin on new-anticoagulant pages); one contrast does not demote a page's own
    ("the old option the lead weighs the new one against twice is no option of the lead",
     "People struggling with the blood thinner warfarin may soon have a choice. An experimental drug "
     "worked as well as warfarin in a large trial. It was not better than warfarin at preventing "
     "strokes. " + _TRIAL_FILLER + "Velorixaban caused less bleeding. Velorixaban is taken once a day. "
     "Doctors said velorixaban would cost more. Velorixaban needs no blood tests.", ("experimental drug",)),
    ("an option set aside once in the lead stays the page's own",
     "Statins cut heart attacks in older adults, a trial found. Those on statins did better than those "
     "not on statins. Statins are cheap.", ("statin",)),
    # round 23 (round 22's report): a preposition after an eating verb names no food
    ("eating between set hours names no food",
     "Eating between 10 a.m. and 6 p.m. helped adults lose weight, a small study found. Those who ate "
     "between those hours slept better. Eating between meals was allowed.", ()),
    # round 23: a dosage form names what it delivers ("ketamine injections", "nicotine patches")
    ("a name before a dosage form is the option it delivers",
     "Teenagers with hard-to-treat depression improved after ketamine injections, a study found. "
     "Ketamine worked within hours. Ketamine can cause dizziness.", ("ketamine",)),
    ("the condition or place before a dosage form names no option",
     "Home infusions spared patients trips to the clinic, a survey found. Patients liked home infusions. "
     "Flu injections were given at home too, and flu injections were free.", ()),
    # round 23 (round 22's report): "the pill -- lubiprostone" names the pill
    ("a generic the stems miss, apposed to 'the pill' across a dash",
     "Patients took the pill -- velubrone -- before the test, a study found. Those given velubrone "
     "drank less. Velubrone is sold for constipation.", ("velubrone",)),
]


@pytest.mark.parametrize("page, expected", [case[1:] for case in NAMES], ids=[case[0] for case in NAMES])
def test_the_page_names(page, expected):
    assert _names(page) == expected


# (case, page, a name identify() must not give): comparators and words that only look like products.
NOT_NAMED = [
    ("a class named once, outside the lead, is a comparator",
     "A new antibody, relatumab, slowed memory loss in a large trial. Patients on relatumab "
     "declined less than those on placebo. The maker will sell relatumab as Cognira (relatumab). "
     "Older antidepressants did not help these patients.", "antidepressant"),
    ("'after a year on X' names what patients had before",
     "After a year on metformin, adults switched to the drug pelvorin in a trial. " + _FILLER
     + "Pelvorin lowered blood sugar further. Pelvorin is taken weekly. Metformin is cheap; "
     "metformin is old; metformin upsets some stomachs; metformin is still advised first.", "metformin"),
    ("a name restated after ', or' shares the comparison, however often the page returns to it",
     "Computed tomography found more heart blockages than magnetic resonance imaging, or MRI, "
     "in a review of studies. " + _FILLER
     + "MRI scans took longer. MRI scans cost more. MRI scans need a calm patient. MRI scans are loud.", "mri"),
    ("a test is named after what it measures, not a product",
     "A home HIV test gives results in minutes, a maker says. Doctors said the HIV test is "
     "reliable. The HIV test costs little. People with HIV can start treatment early.", "hiv"),
    ("'called' after a noun that names no option (an enzyme, a protein) gives no product",
     "The drug halvorine blocks an enzyme called KRX4 in tumour cells. Halvorine shrank tumours. "
     "KRX4 is active in many cancers, and KRX4 levels vary.", "krx4"),
    ("what people are 'with' is a condition, though a frame elsewhere puts it before a product word",
     "Children with ABCD were offered a strict ABCD diet in a trial. Children with ABCD ate fewer "
     "additives. The ABCD diet eased symptoms in half of them.", "abcd"),
    ("a title's kind before 'of' is the head: 'a professor of medicine' classifies a person",
     "Light from a new lamp made vitamin D in skin samples, said Dr. Harlow, a professor of medicine. "
     "Harlow tested the lamp for a year. Harlow said the lamp is cheap. Harlow will test it again.", "harlow"),
    ("a name after a capitalised word and 'of' belongs to the longer name",
     "The University of Marbury System runs six hospitals. A trial there tested the drug halvorine. "
     "Halvorine eased pain. Marbury staff ran the trial. Marbury doctors said halvorine helped.", "marbury"),
    ("an editor's parenthesis after a comma re-names nothing",
     "Acupuncture eased hot flashes in a trial. Compared to other treatments such as antidepressants, "
     "(acupuncture) costs less. Acupuncture sessions were weekly.", "antidepressant"),
    ("a name called a company names the maker, not the product",
     "The first new asthma pill in decades worked in a trial. It was made by the drugmaker Kelvaris. "
     "The Kelvaris pill is taken twice a day. Kelvaris will seek approval. Kelvaris shares rose.", "kelvaris"),
    # round 10
    ("a trial registry number is no code name",
     "The drug halvorine eased gout in trial NCT01234567, its maker said. Halvorine was taken daily. "
     "NCT01234567 enrolled 400 adults. Results of NCT01234567 were posted.", "nct01234567"),
    ("a code that names a measured marker ('CA-125 levels') is no drug",
     "A blood test that tracks CA-125 levels spotted ovarian cancer early in a study. CA-125 levels rise "
     "with tumours. Doctors watched CA-125 levels for five years.", "ca-125"),
    ("'plus' beside no option makes no product",
     "Medicare plus a private plan paid most bills for the patients. Medicare also pays for visits. "
     "Medicare rules changed in spring.", "medicare"),
    ("the second word of a treatment pair starts no pair of its own",
     "Stem cell therapy restored some movement after spinal injuries in a small trial. Stem cell "
     "therapy is still experimental.", "cell therapy"),
    # round 13b
    ("'instead of X' still sets X aside",
     "A gel may be used instead of chemotherapy for early skin cancer, a trial finds. " + _FILLER
     + "Chemotherapy causes hair loss. Chemotherapy takes months. Chemotherapy is costly.", "chemotherapy"),
    ("a name ending like an antisense drug ('-ersen') is a surname, no drug",
     "Dr. Lise Andersen tested the drug halvorine in a trial. Halvorine eased gout. Andersen said "
     "the andersen lab would go on.", "andersen"),
    ("a body's own hormone named by apposition is no option",
     "Levels of the hormone kisspeptin rose in the women who took the drug halvorine. Halvorine "
     "is new. Kisspeptin may matter.", "kisspeptin"),
    # round 16: "of" names a drug only after a dose noun
    ("a dose of placebo or of a vitamin names no drug",
     "Adults took doses of placebo or doses of vitamin pills for a year, a trial finds. Placebo and "
     "vitamin pills did the same.", "placebo"),
    ("a compound the lead sets aside describes no option",
     "A urine check spots bladder tumours better than the current blood test, a study finds. "
     + _FILLER + "The blood test misses many small tumours.", "blood test"),
    ("a dose of a two-word name gives no first word as a drug",
     "A daily dose of growth hormone kept bones strong in older women, a study finds. "
     "Growth hormone was given for years.", "growth"),
    ("'of' after a drug noun other than a dose names nothing ('drugs of abuse')",
     "Teens misuse drugs of kelmarine sort less than before, a survey finds. Kelmarine is a street word.",
     "kelmarine"),
    # round 13
    ("an abbreviation that is not the initials of the title before it names no procedure",
     "The Society of Chest Surgery (SCS) met in June. A review by the SCS found more lung "
     "operations. SCS members voted. The SCS will meet again.", "scs"),
]


@pytest.mark.parametrize("page, name", [case[1:] for case in NOT_NAMED], ids=[case[0] for case in NOT_NAMED])
def test_the_page_does_not_name(page, name):
    assert name not in _names(page)


def test_drug_story_names_the_drug_first_and_after_a_year_the_new_one():
    assert _names(NOT_NAMED[0][1])[0] == "relatumab"
    assert _names(NOT_NAMED[1][1])[0] == "pelvorin"


def test_a_latin_us_is_no_plural():
    from analyzer.measure.intervention import key_of
    assert key_of("citrus") == "citrus" and key_of("statins") == "statin"


def test_brand_beside_its_generic_in_parentheses_names_both():
    text = ("Regulators cleared Zentravo (lorbatinib) for lung cancer. Zentravo is a daily pill. "
            "Patients on lorbatinib lived longer.")
    assert set(_names(text)) == {"zentravo", "lorbatinib"}


def test_story_without_a_clear_intervention_names_none():
    text = ("Heart disease remains the leading cause of death. Researchers followed 10,000 adults "
            "for a decade. Those who slept less than six hours had more heart attacks.")
    iv = identify(prepare(text))
    assert not iv and iv.names == ()
    assert iv.describe() == "no intervention identified"


def test_a_rejected_finding_stays_visible_with_its_reason():
    text = ("A gel called Zelvora is a new contraceptive without hormones. Zelvora was approved on "
            "Monday. Oral pills often cause bleeding between periods.")
    harms = [f for f in analyze(text).findings if f.family == "harms"]
    assert harms and not any(f.counted for f in harms)
    assert harms[0].usage == "rejected"
    assert harms[0].mention_reason == "harm of another option; the page's intervention: zelvora"


def test_a_food_the_page_is_not_about_names_no_option():
    text = ("The drug velnorin lowered blood pressure in a trial of 900 adults. Patients on velnorin had "
            "fewer strokes. Velnorin raised potassium levels, so patients were told not to take potassium "
            "supplements or eat bananas.")
    iv = identify(prepare(text))
    assert iv.names == ("velnorin",)
    assert {"potassium", "banana"}.isdisjoint(iv.options.values())


def test_on_a_page_about_an_unnamed_new_option_a_named_one_is_another():
    text = ("An experimental oral drug cut levels of the hepatitis virus in a small trial. " + _TRIAL_FILLER
            + "Patients who took the new drug had few problems. Older treatment with interferon "
            "can cause anemia and severe flu-like symptoms.")
    harms = [f for f in analyze(text).findings if f.family == "harms" and f.term in ("anemia",)]
    assert harms and not any(f.counted for f in harms)
    assert harms[0].mention_reason.startswith("harm of another option; the page's intervention: experimental oral drug")


def test_a_partner_linked_by_plus_is_part_of_the_intervention_there_and_another_option_elsewhere():
    text = ("Patients given Velostra plus chemotherapy lived longer in a lung cancer trial. Velostra blocks "
            "a protein on tumours. " + _TRIAL_FILLER + "Velostra caused rashes in some. Chemotherapy alone "
            "gave patients eleven months.")
    prepared = prepare(text)
    iv = identify(prepared)
    words = prepared.tokens.words
    keys = [iv.options.get(i) for i, w in enumerate(words) if w == "chemotherapy"]
    assert keys == ["velostra", "chemotherapy"]


def test_a_drug_class_the_page_sets_its_drug_against_is_another_option():
    # round 13b (harms fixer): "the typical treatment is glucocorticoids, which have side effects"
    found = identify(prepare(
        "The drug teprovumab eased eye bulging in a small trial. Teprovumab was given by infusion. "
        + _FILLER + "The usual treatment is glucocorticoids, which also have side effects."))
    assert found.names == ("teprovumab",)
    assert "glucocorticoid" in found.options.values()


LEVELS = [
    # (case, page, the sentence's words that must hold no option token, whether the page's option is still named there)
    ("a name before 'levels' names what the body holds, not the option given",
     "Taking vitamin D pills cut colds in a trial of 400 adults. Vitamin D was taken daily. "
     "People with low vitamin D levels had more colds.", "low vitamin D levels", False),
    ("a name before 'resistance' is a body measure too",
     "Insulin given by nasal spray helped memory in a small trial. Insulin was given daily. "
     "Insulin resistance is common in old age.", "Insulin resistance is", False),
    ("after 'levels of' the name is often a dose, and stays an option",
     "Taking vitamin D pills cut colds in a trial of 400 adults. Vitamin D was taken daily. "
     "High levels of vitamin D can raise the risk of falls.", "levels of vitamin D", True),
]


@pytest.mark.parametrize("page, phrase, named", [c[1:] for c in LEVELS], ids=[c[0] for c in LEVELS])
def test_a_body_level_names_no_option(page, phrase, named):
    # round 13b: dev harms disease_burden counted on "lower vitamin D levels", "insulin levels spike"
    prepared = prepare(page)
    found = identify(prepared)
    start = page.index(phrase)
    tokens = [i for i, s in enumerate(prepared.tokens.starts) if start <= s < start + len(phrase)]
    assert bool(found.named(tokens[0], tokens[-1] + 1)) == named
    assert found.names  # the page's topic is still found



_STORY_LEAD = ("Anna Reyes was 62 when her hip gave way on a walk to the shops. She spent a month in a "
               "ward and a year learning to walk again. Her daughter drove her to every visit. " + _FILLER)


RETURNED = [
    # round 13b (alternatives fixer): a feature's lead tells a story; the page then keeps returning to one class
    ("bisphosphonates named again and again after a story lead",
     _STORY_LEAD + "Bisphosphonates slow bone loss. " * 5 + "Doctors prescribe bisphosphonates for years. "
     "Some stop bisphosphonates after five years. Bisphosphonates cost little. Yoga may help too.",
     ("bisphosphonate",)),
    ("surgery is one arm of the page's comparison, not its option",
     _STORY_LEAD + "Surgery repairs the joint. " * 8 + "Physical therapy is another route.", ()),
    ("two classes returned to about as often make no single option",
     _STORY_LEAD + "Bisphosphonates slow bone loss. " * 8 + "Hormone therapy helps too. " * 5, ()),
]


@pytest.mark.parametrize("page, expected", [c[1:] for c in RETURNED], ids=[c[0] for c in RETURNED])
def test_a_class_the_page_keeps_returning_to(page, expected):
    assert _names(page) == expected


# (case, page, the target condition's words identify() must give). Every page is invented (round 16).
CONDITIONS = [
    ("a frame of indication in the lead names the condition the page returns to",
     "Regulators cleared a tablet for chronic insomnia on Friday. Insomnia troubles one adult in ten.",
     {"insomnia"}),
    ("people 'with' a condition, an abbreviation defined after it, a modifier passed over",
     "Doctors gave a nasal spray to mothers with postpartum depression (PPD). PPD eased within days. "
     "Depression returned in a few.", {"depression", "ppd"}),
    ("a possessive name stands for the disease and is kept with and without its 's",
     "A pill to treat Parkinson's disease slowed tremors in mice. Parkinson's affects millions.",
     {"parkinson's", "parkinson"}),
    ("a Roman numeral of a stage is no abbreviation of a condition",
     "A drug for stage IV melanoma shrank tumours in 80 adults. Melanoma is rising. Stage IV is late.",
     {"melanoma"}),
    ("a condition named once is none; a phrase ends at a function word",
     "A gel to treat acne in teenagers was approved. Teenagers used it twice a day.", set()),
    ("a frame with no condition after it names none",
     "A drug for women was tested in a trial. The drug for women lowered costs.", set()),
    ("a condition named only after the lead is none",
     "A new blood test was tried at four clinics. " + _FILLER * 3 + "It may help to treat insomnia, and insomnia is common.",
     set()),
]


@pytest.mark.parametrize("case, page, expected", CONDITIONS, ids=[c[0] for c in CONDITIONS])
def test_target_condition(case, page, expected):
    assert set(identify(prepare(page)).conditions) == expected


def test_target_condition_matches_singular_and_plural_and_keeps_the_intervention():
    found = identify(prepare("A velmiconazole cream for fungal infections was tested in 300 adults. "
                             "Velmiconazole cleared infections in half."))
    assert found.names_condition(["infection"]) and found.names_condition(["infections"])
    assert not found.names_condition(["rash"])
    assert found.names == ("velmiconazole",)


# round 16: keys of words that end in "s" (key_of): an abbreviation's plural is one option with its
# singular; "cannabis" and an "-itis" are no plurals ("cannabi" was a key)
KEYS = [("arbs", "arb"), ("ppis", "ppi"), ("cannabis", "cannabis"), ("arthritis", "arthritis"),
        ("statins", "statin"), ("dialysis", "dialysis"), ("virus", "virus"), ("therapies", "therapy"),
        # review of round 17: four-letter singulars in "s" are no abbreviation's plural
        ("aids", "aids"), ("news", "news"), ("lens", "lens"), ("bias", "bias"), ("hearing aids", "hearing aid")]


@pytest.mark.parametrize("word, key", KEYS)
def test_key_of(word, key):
    assert key_of(word) == key


def test_an_abbreviated_class_is_one_option_in_the_singular_and_plural():
    found = identify(prepare("ARBs lowered blood pressure as well as other pills in a large review. "
                             "An ARB is taken once a day, and ARBs are cheap."))
    assert found.names == ("arb",)


# round 20 (seed 155 misses and wrongs). (case, page, the names identify() must give). Invented pages.
ROUND_20 = [
    # a placebo is the control arm, never what a page is about
    ("a placebo pill is no option taken",
     "More patients taking Zelvora improved than those taking a sugar-free placebo pill, a review found. "
     "The placebo pill group improved less. Zelvora is taken daily, and a placebo pill was given to the rest.",
     ("zelvora",)),
    # a class name used as an adjective of a property names what another option does
    ("'antidepressant effect' names no antidepressant",
     "Arthritis drugs that block cytokines could one day treat depression, a review says. The review "
     "found a clear antidepressant effect of the arthritis drugs. That antidepressant effect was seen in "
     "seven trials.", ()),
    ("antidepressants as the page's own option are still found",
     "Antidepressants helped people with mild depression, a new analysis says. Antidepressants "
     "worked across the board, and antidepressants were safe.", ("antidepressant",)),
    # a dosage form the lead describes its option by
    ("a nasal spray the lead describes is the intervention",
     "Help for night-time urination may come in the form of a nasal spray, researchers say. "
     "The nasal spray holds a synthetic hormone. Patients used the nasal spray each night.",
     ("nasal spray",)),
    ("a spray written once names nothing",
     "A nasal spray was mentioned by one doctor. Most patients slept badly in the study. Sleep improved "
     "with time.", ()),
    # examples after "such as" share the contrast of the noun they exemplify
    ("an option exemplifying the comparator ('alternative to screens such as colonoscopy') is set aside",
     "A new noninvasive test finds colon polyps, researchers say. It is an alternative to invasive screens "
     "such as colonoscopy. " + _FILLER + "Colonoscopy finds more polyps, but colonoscopy is costly.",
     ("new noninvasive test",)),
    ("'such as' in the page's own option list keeps it",
     "Statins such as atorvastatin cut heart attacks, a trial found. Statins were taken daily. "
     "Statins are cheap.", ("statin",)),
    # a class of treatment before a capitalised name frames it as that kind's product
    ("'its immunotherapy Velmora' names a product",
     "Drugmaker Astrel said its immunotherapy Velmora delayed kidney cancer when used with another "
     "drug in a late-stage study. " + _FILLER + "Velmora caused fatigue in some patients.", ("velmora",)),
    ("a class before a place names no product",
     "Patients who had immunotherapy Tuesday in Boston felt tired. " + _FILLER + "Boston doctors said "
     "Boston patients did well.", ()),
    # an abbreviation after a named option and its procedure head is that option's other name
    ("'nicotine replacement therapy (NRT)': NRT and nicotine replacement are one intervention",
     "Smokers who used nicotine replacement therapy (NRT) were more likely to quit, a review found. "
     "NRT doubled quit rates. " + _FILLER + "NRT can cause nausea. Nicotine replacement is cheap.",
     ("nrt", "nicotine replacement")),
    # a test the lead describes once and the page then calls "the test"
    ("a described test referred back to as 'the test' is the intervention",
     "A saliva test may show which men are most at risk of prostate cancer, scientists say. " + _FILLER +
     "The test looks at 130 genes. Doctors said the test was cheap, and the test could be ready in a year.",
     ("saliva test",)),
    ("a described test the page never refers back to names nothing",
     "A saliva test was one of many ideas raised at the meeting, scientists say. " + _FILLER +
     "Prostate cancer is common in older men.", ()),
    ("a test described as the usual one ('the basic test') is no option",
     "The basic test measures a protein in the blood, researchers say. " + _FILLER +
     "The test is cheap. The test misses some cancers, and the test is old.", ()),
]


@pytest.mark.parametrize("case, page, expected", ROUND_20, ids=[c[0] for c in ROUND_20])
def test_round_20(case, page, expected):
    assert _names(page) == expected


# (case, page, the names identify() must give). Mends of the round 21 review; every page is invented.
ROUND_21 = [
    # a clause negator does not reach across "such as": it denies the clause, not the examples
    ("'not known whether pills such as metformin' keeps metformin",
     "It is not known yet whether pills such as metformin slow ageing, researchers say. " + _FILLER +
     "Metformin was given to half. Metformin is cheap.", ("metformin",)),
    ("'no sign that herbs such as ginseng' keeps ginseng",
     "There is no sign that herbs such as ginseng sharpen memory, a review says. " + _FILLER +
     "Ginseng was taken daily. Ginseng is sold widely.", ("ginseng",)),
    # a contrast word that sets its own noun apart still reaches across "such as"
    ("'rather than pills such as metformin' sets metformin aside",
     "A new implant controls blood sugar better than pills such as metformin, a trial found. " + _FILLER +
     "Metformin was given to half. Metformin is cheap.", ("new implant",)),
    ("'unlike older drugs such as warfarin' sets warfarin aside",
     "Unlike older blood thinners such as warfarin, the pill needs no blood tests, researchers say. " +
     _FILLER + "Warfarin was given to half. Warfarin is cheap.", ()),
]


@pytest.mark.parametrize("case, page, expected", ROUND_21, ids=[c[0] for c in ROUND_21])
def test_round_21(case, page, expected):
    assert _names(page) == expected


# (case, page, name identify() must not give): a name framed by a product word but followed by a
# verb of making or selling is the maker, subject of a relative clause with no "that".
MAKERS = [
    ("the vaccine a company developed", "Children got the vaccine Moderna developed with the army, a "
     "report says. " + _FILLER + "Moderna said more doses would come. Moderna staff visited schools. "
     "Moderna was thanked.", "moderna"),
    ("the inhaler a company sells", "Adults used the inhaler Glaxo sells in Europe, a trial found. " + _FILLER +
     "Glaxo said the results were good. Glaxo paid for the trial. Glaxo shares rose.", "glaxo"),
    ("the drug a company makes", "Patients took the drug Roche makes at a plant in Basel, a study says. " +
     _FILLER + "Roche said so. Roche paid. Roche shares rose.", "roche"),
]


@pytest.mark.parametrize("case, page, name", MAKERS, ids=[c[0] for c in MAKERS])
def test_a_maker_is_no_product(case, page, name):
    assert name not in _names(page)


def test_a_product_after_its_frame_is_still_named():
    page = ("Doctors gave the vaccine Imvexa to 300 adults, a trial found. " + _FILLER +
            "Imvexa caused sore arms. Imvexa is cheap. Imvexa was stored cold.")
    assert "imvexa" in _names(page)


# a class adjective before "effect(s)" names a property only inside one phrase
PROPERTY = [
    ("a stop between the class and 'effects' keeps the class",
     "Doctors gave an antidepressant. Effects on sleep were large, a trial found. " + _FILLER +
     "The antidepressant was taken at night. The antidepressant is cheap.", ("antidepressant",)),
    ("a comma between the class and 'effect' keeps the class",
     "Patients who took an antidepressant, effect sizes aside, slept better, a trial found. " + _FILLER +
     "The antidepressant was taken at night. The antidepressant is cheap.", ("antidepressant",)),
]


@pytest.mark.parametrize("case, page, expected", PROPERTY, ids=[c[0] for c in PROPERTY])
def test_property_needs_one_phrase(case, page, expected):
    assert _names(page) == expected


# (case, page, the names identify() must give, in order). Round 22, from the misses and wrongs of
# seed 177; every page is invented.
ROUND_22 = [
    # a mixed-case abbreviation no capitalised-name rule reads: the clot-busting drug of stroke care
    ("the clot-busting drug named 'tPA' is the page's option",
     "Paramedics who gave tPA before reaching hospital spared stroke patients disability, a study says. "
     + _FILLER + "Patients given tPA early walked sooner. tPA can cause bleeding.", ("tpa",)),
    ("the word 'tap' near 'tPA'-like letters names nothing",
     "Patients who tap a screen daily remember more, a study says. " + _FILLER + "The tap test is quick.", ()),
    # a measure of volume before what is drunk is no food
    ("'drink a gallon of fluids' names no option",
     "Patients who drink a gallon of fluids before the scan dread it, a survey says. " + _FILLER
     + "Many drink a gallon of fluids the night before.", ()),
    ("'drink two cups of coffee' still names coffee",
     "People who drink two cups of coffee a day live longer, a study says. " + _FILLER
     + "Coffee drinkers slept less. Coffee was the only drink studied.", ("coffee",)),
    # a quantifier or the way of eating after an eating verb is no food
    ("'eating both meat and fish', 'eating patterns' name no food",
     "Volunteers used to eating both meat and fish changed their eating patterns, researchers say. "
     + _FILLER + "Eating both meat and fish was common. Their eating patterns changed.", ()),
    # a diet named by its kind in the lead, used again, is the option
    ("a kind of diet named in the lead and again is the option",
     "A strict vegetarian diet lowered blood pressure in a trial of 200 adults. " + _FILLER
     + "The vegetarian diet was easy to follow for most.", ("vegetarian diet",)),
    ("a diet judged by its quality ('poor diets') is no option",
     "Poor diets are linked to half of all heart deaths, a study says. " + _FILLER
     + "Poor diets were common in the south.", ()),
    # a device the lead names in the plural
    ("'breast implants' in the plural are the option",
     "Silicone breast implants are safe for most women, a review says. " + _FILLER
     + "Many breast implants ruptured within ten years.", ("breast implant",)),
    # a named operation goes before its hypernym "surgery" when the lead names it first
    ("'gastric banding' named first goes before 'surgery' said more often",
     "Most patients who undergo gastric banding are satisfied, though surgery often fails later. " + _FILLER
     + "Gastric banding caused complications. The surgery was redone in half. Surgery costs a lot. "
       "Surgery was repeated. Surgery scars remained.", ("gastric banding", "surgery")),
    ("an operation named after 'surgery' does not displace it",
     "A rarer form of obesity surgery sheds more weight, researchers say, and patients given gastric "
     "banding lost less. " + _FILLER + "Surgery was followed for two years. Surgery helped most. "
     "Surgery was costly. Surgery scars healed. Gastric banding was rare.", ("surgery",)),
    # "surgery" joins an operation only as its running name, written more often than the operation's
    ("'surgery' written less often than 'transplant' does not join it",
     "A kidney transplant from a living donor lasts longer, a study says. " + _FILLER
     + "The transplant worked in most. Transplant waits are long. Surgery was an option for few.",
     ("transplant",)),
]


@pytest.mark.parametrize("case, page, expected", ROUND_22, ids=[c[0] for c in ROUND_22])
def test_round_22(case, page, expected):
    assert _names(page) == expected


def test_an_unnamed_or_described_intervention_marks_where_the_page_writes_it_whole():
    # round 23 (round 22's report): options held no token for an option found by description, so
    # the which_option rules searched each sentence for its written name; the whole name now marks its
    # tokens, singular or plural. Not the bare head after "the" (a test's "the test detects a
    # protein linked to a raised risk" is no harm of the test) nor a token of another option.
    text = ("Researchers unveiled a new blood test for early heart damage. The new blood tests were cheap. "
            + _FILLER + "The test was quick. Statins were given to those with new blood tests showing damage.")
    prepared = prepare(text)
    iv = identify(prepared)
    words = prepared.tokens.words
    marked = [words[i] for i in sorted(i for i, key in iv.options.items() if key == "new blood test")]
    assert iv.names == ("new blood test",)
    assert marked == ["new", "blood", "test", "new", "blood", "tests", "new", "blood", "tests"]
    assert iv.names_intervention(0, len(words)) and "statin" in iv.options.values()


def test_a_lead_announcing_a_new_drug_announces_the_named_top_option():
    # round 23: "An experimental Johnson & Johnson drug ... as well as warfarin and without more
    # bleeding" names the page's drug, not only its comparator; an older drug is no new one
    text = ("An experimental Velcor & Velcor drug prevented strokes as well as warfarin, a study found. "
            + _TRIAL_FILLER + "Velorixaban caused little bleeding. Velorixaban is taken daily. Velorixaban "
            "needs no blood tests. Doctors expect velorixaban to cost more. Velorixaban is a pill.")
    prepared = prepare(text)
    iv = identify(prepared)
    words = prepared.tokens.words
    assert iv.names[0] == "velorixaban"
    assert iv.options.get(words.index("drug")) == "velorixaban"
    assert iv.options.get(words.index("warfarin")) == "warfarin"


# Round 24 (seed 222 and the notes of round 23). Every page is invented.
ROUND_24 = [
    ("a name before its indefinite description is apposed too: 'X, a new eye drop'",
     "Regulators approved tenvorast, a new eye drop for dry eye in adults. Tenvorast was tested in "
     "four trials. Patients using tenvorast reported mild stinging.", ("tenvorast",)),
    ("'X, a once-daily pill': a hyphenated modifier stays inside the description",
     "The trial tested pridanorel, a once-daily pill for gout. Pridanorel lowered uric acid. "
     "Patients on pridanorel had rashes.", ("pridanorel",)),
    ("a description too far from its article names nothing: 'anxiety, an area that doctors' medicine'",
     "Mushroom extracts may ease existential dread, an area that modern medicine struggles with. "
     "Dread is common in the dying. Dread was measured in the trial.", ()),
    ("a food before a description that has no drug head names nothing",
     "Researchers gave the volunteers grapefruit, a common fruit, and a drug. The grapefruit group "
     "did better. The grapefruit was fresh.", ()),
    ("a salt after its drug's name is part of the name, not a second drug",
     "Adults with binge eating given zelmatinib dimesylate, a new drug, binged less. "
     "Zelmatinib dimesylate caused dry mouth. Zelmatinib was well tolerated.", ("zelmatinib",)),
    ("a drug the page names only after a lead announcing a new device does not take the page",
     "Researchers have developed a skin patch that vaccinates against the flu. " + _FILLER
     + "The patch was easy to apply. The patch worked well. Older adults are often treated with "
     "brovalimab, a drug that eases symptoms. Brovalimab works for a while. Brovalimab wears off. "
     "Brovalimab can cause nausea. Brovalimab is cheap.", ("skin patch",)),
]


@pytest.mark.parametrize("case, page, expected", ROUND_24, ids=[c[0] for c in ROUND_24])
def test_round_24(case, page, expected):
    assert _names(page) == expected


# Round 25 (seed 244). Every page is invented.
ROUND_25 = [
    ("a food eaten is named though a listed pair begins with it ('fish' of 'fish oil')",
     "Eating fish twice a week may slow memory loss, a study says. Fish consumption was higher "
     "in those who kept their memory. The fish eaters also walked more.", ("fish",)),
    ("a pair's first word is the pair's where the page writes the pair",
     "Taking fish oil capsules may ease joint pain, a trial found. Fish oil was given daily. "
     "Volunteers who ate fish were not counted.", ("fish oil",)),
    ("a dosage form of a pair's first word names that pair's class, no food",
     "A nicotine addiction pill, the drug tolvarine, helped smokers quit slowly, a study finds. "
     "Smokers given tolvarine cut down first. " + _FILLER + "Other aids such as nicotine patches help "
     "some. Nicotine patches are cheap. Nicotine patches are easy to buy.", ("tolvarine",)),
    ("the passive of 'have developed an X' announces X",
     "An inhaler that shields the lungs from smog has been developed by chemists. The inhaler "
     "coats the airways with a thin film. Users of the inhaler breathed more easily in tests.", ("inhaler",)),
    ("an indefinite head the sentence does not say was made announces nothing",
     "An inhaler is what most people with asthma carry. The inhaler was forgotten by many. "
     "The inhaler costs little.", ()),
    ("'been developed' in a later sentence does not reach back",
     "A device sat on the table. Since then a plan has been developed by the clinic for "
     "the winter. The device was unused. The device was old.", ()),
    ("a name that is the subject of a passive of approval is a product, at a sentence's start too",
     "Seizaril was approved for children with rare epilepsies on Monday. Doctors expect Seizaril to be "
     "widely used. Now that Seizaril is approved, insurers must decide.", ("seizaril",)),
    ("the active 'has approved' frames no product: the agency is its subject",
     "The Medicines Agency has approved a plan for clinics. The Agency met in June. "
     "The Agency will meet again.", ()),
    ("an adverb between the form of 'be' and the participle keeps the passive ('is now approved')",
     "Seizaril is now approved for children with rare epilepsies. Doctors expect Seizaril to be widely "
     "used. Since Seizaril was first approved, insurers must decide.", ("seizaril",)),
    ("the active with an adverb ('has now approved') still frames no product",
     "The Medicines Agency has now approved a plan for clinics. Doctors expect the Agency to be widely "
     "used. Since the Agency has now approved it, insurers must decide.", ()),
    ("'omega-3' is one name of two tokens, in the singular and the plural",
     "Omega-3s may slow memory loss, a study says. Adults who ate foods rich in omega-3 fatty acids "
     "kept more of their memory. Omega-3 intake was measured by survey.", ("omega 3",)),
]


@pytest.mark.parametrize("case, page, expected", ROUND_25, ids=[c[0] for c in ROUND_25])
def test_round_25(case, page, expected):
    assert _names(page) == expected


# Round 25, second pass (harms dev audit: disease_burden). Every page is invented.
def test_a_diet_named_by_what_it_keeps_out_is_the_option_and_the_thing_kept_out_is_not():
    text = ("A low-GRAIN diet eased bloating in a trial, researchers said. GRAIN stands for a group of "
            "sugars. People on the low-GRAIN diet felt better. " + _FILLER
            + "GRAINs can cause diarrhea in some people. The low-GRAIN diet caused constipation in a few.")
    iv = identify(prepare(text))
    assert iv.names == ("low grain diet",)
    assert "grain" in iv.options.values()
    counted = [text[f.start:f.end] for f in analyze(text).findings if f.family == "harms" and f.counted]
    assert "diarrhea" not in counted and "constipation" in counted


@pytest.mark.parametrize("case, page", [
    ("'X-free diet' restricts X", "A SOLVA-free diet eased rashes, a trial found. SOLVA is in bread. "
     "SOLVA-free diet users improved. SOLVA was avoided. SOLVA again. SOLVA is common. SOLVA here."),
])
def test_a_restricting_diet_sets_its_name_aside(case, page):
    assert "solva" not in identify(prepare(page)).names


# HealthNewsReview.org criterion 3: the disease's burden is no harm of the option; "Blasts can cause
# brain injuries" on a page about a blood test for brain injuries counted (story_reviews_01491).
CAUSED_CONDITION = [
    ("a causer that names no option tells what causes the disease",
     "Blasts can cause brain injuries in soldiers.", False),
    ("the option's reference as the causer keeps the harm the option's",
     "The drug can cause brain injuries in rare cases.", True),
    ("a pronoun that may stand for the option keeps the harm",
     "It can cause brain injuries in rare cases.", True),
]


@pytest.mark.parametrize("case, sentence, counts", CAUSED_CONDITION, ids=[c[0] for c in CAUSED_CONDITION])
def test_the_target_condition_after_a_cause_that_names_no_option(case, sentence, counts):
    text = ("A new drug, the pill velmarin, may treat brain injuries, a trial suggests. Patients with brain "
            "injuries took velmarin daily. " + _FILLER + sentence)
    iv = identify(prepare(text))
    assert iv.names_condition(["injuries"])
    start = text.index(sentence)
    harms = [f for f in analyze(text).findings if f.family == "harms" and f.start >= start and f.text == "injuries"]
    assert harms and any(f.counted for f in harms) == counts


def test_hypnotics_by_their_stems_make_their_brands_other_options():
    text = ("A new sleep drug, the orexin blocker dovorexant, spared memory in rats, a study found. Dovorexant "
            "was given nightly. " + _FILLER + "Sleep drugs such as Ambien (zolpidem) and Lunesta (eszopiclone) "
            "leave people groggy. Lunesta and Ambien are associated with side effects such as memory lapses.")
    iv = identify(prepare(text))
    assert iv.names == ("dovorexant",)
    assert {"zolpidem", "eszopiclone", "ambien", "lunesta"} <= set(iv.options.values())
    harms = [f for f in analyze(text).findings if f.family == "harms" and f.text == "side effects"]
    assert harms and not any(f.counted for f in harms)


def test_thyroid_hormone_is_an_option_a_thyroid_mimetic_page_sets_against_its_own():
    text = ("The drug velprotirome, a version of thyroid hormone, lowered cholesterol in a trial. "
            "Velprotirome was given daily. " + _FILLER + "Thyroid hormone would have side effects on the bones.")
    iv = identify(prepare(text))
    assert iv.names == ("velprotirome",) and "thyroid hormone" in iv.options.values()
    harms = [f for f in analyze(text).findings if f.family == "harms" and f.text == "side effects"]
    assert harms and not any(f.counted for f in harms)


# HealthNewsReview.org criterion 3: a harm in a sentence that names no option, after a sentence that
# names only the comparator the lead set against the page's own, is the comparator's (story_reviews_01318).
def test_a_harm_after_a_sentence_naming_only_the_lead_s_comparator_is_the_comparator_s():
    text = ("An experimental drug, dorvaxaban, prevented strokes as well as warfarin did, a trial found. "
            "Dorvaxaban was given once a day. " + _FILLER + "For decades the main treatment has been warfarin, "
            "but it is tough to use. Too much can lead to dangerous bleeding.")
    iv = identify(prepare(text))
    assert iv.names == ("dorvaxaban",) and iv.comparators == {"warfarin"}
    harms = [f for f in analyze(text).findings if f.family == "harms" and f.text == "bleeding"]
    assert harms and not any(f.counted for f in harms)


def test_a_harm_after_a_sentence_naming_the_page_s_own_option_stays_counted():
    text = ("An experimental drug, dorvaxaban, prevented strokes as well as warfarin did, a trial found. "
            "Dorvaxaban was given once a day. " + _FILLER + "Patients then took dorvaxaban for a year. "
            "Too much can lead to dangerous bleeding.")
    harms = [f for f in analyze(text).findings if f.family == "harms" and f.text == "bleeding"]
    assert harms and any(f.counted for f in harms)


def test_hormone_pills_named_by_their_hormone_are_another_option():
    text = ("The bone drug zelandronate may lower breast cancer risk, a study found. Zelandronate was given "
            "yearly. " + _FILLER + "The study is best known for revealing risks from estrogen and progestin pills.")
    iv = identify(prepare(text))
    assert iv.names == ("zelandronate",) and "progestin pill" in iv.options.values()


# Round 25, second pass: the condition written right before a noun of people who have it.
CONDITIONS_BEFORE_PEOPLE = [
    ("'X patients' names X", "Hospitals now put hip fracture patients on a fast track. A fracture can "
     "be deadly.", {"fracture"}),
    ("'X survivors' names X", "A walking plan helped stroke survivors in a trial. Stroke strikes many.",
     {"stroke"}),
    ("a word that names no condition before 'patients' names none", "A plan helped older patients in "
     "a trial. Older people did well.", set()),
    ("a hyphenated modifier is no condition", "A plan helped cancer-free patients. Cancer-free people did well.",
     set()),
]


@pytest.mark.parametrize("case, page, expected", CONDITIONS_BEFORE_PEOPLE, ids=[c[0] for c in CONDITIONS_BEFORE_PEOPLE])
def test_target_condition_before_people(case, page, expected):
    assert set(identify(prepare(page)).conditions) == expected


# Round 26 (seed 266 and the misses of seeds 11-255). Every page is invented.
ROUND_26 = [
    ("an abbreviation in parentheses before a test head names the test of that marker",
     "Men who had the thyroid-binding globulin (TBG) test lived longer, a review finds. TBG tests "
     "are cheap. Doctors order a TBG test at a routine visit.", ("tbg test",)),
    ("an abbreviation before a head of care names a field, no test",
     "Spending on HIV treatment rose in the county, a report finds. HIV treatment is free in clinics. "
     "Nurses said HIV treatment had changed.", ()),
    ("a title in title case describes the option the page writes again in lower case",
     "Saliva Swab Test Spots Gum Disease Early\n\nDentists tried it on 300 adults in a year, a study "
     "says. " + _FILLER + "The swab test was quick. Patients liked the swab test more than x-rays.",
     ("swab test",)),
    ("a title's capitals name no option the page never writes in lower case",
     "Summer Screening Days Return To Lake County\n\nThe county fair opens on Friday with rides. "
     "Summer Screening volunteers will staff a tent. Tickets cost five dollars.", ()),
    ("a sentence-case lead keeps its capitals as names: no title is read",
     "Summer Screening volunteers return to the county fair on Friday. The fair opens with rides. "
     "Summer Screening is run by a charity. Tickets cost five dollars.", ()),
    ("'this test' refers back to a described test as 'the test' does",
     "Pregnant women may soon have a saliva test to predict early labour, researchers say. This test "
     "looks for a hormone. The test was right in most women. This test is cheap, and the test is quick.",
     ("saliva test",)),
    ("a name before a noun of dependence names the condition, no option",
     "Opioid addiction is rising in rural towns, a report finds. Opioid addiction costs billions. "
     "Clinics for opioid addiction are few. Families of people with opioid addiction asked for help.", ()),
    ("the same class taken for pain stays the option",
     "Opioid painkillers after knee surgery were no better than ibuprofen, a trial finds. Opioids "
     "caused more nausea. Patients given opioids slept less.", ("opioid",)),
    ("a new technology the lead announces is the unnamed option",
     "A new imaging technology can tell aggressive tumours from slow ones, researchers report. "
     "The imaging technology reads the chemistry of tissue. " + _FILLER, ("new imaging technology",)),
]


@pytest.mark.parametrize("case, page, expected", ROUND_26, ids=[c[0] for c in ROUND_26])
def test_round_26(case, page, expected):
    assert _names(page) == expected


# Round 26, second pass (the harms fixer's comparator_harm causes on dev). Every page is invented.
# HealthNewsReview.org criterion 3: harms of the intervention; a comparator's harm is not one.
COMPARED_26 = [
    ("'as effective and safe as their older cousins, the X' sets X aside: the apposition shares the "
     "contrast, and the class the page returns to is its option",
     "These pills may be as effective and safe as their older cousins, the beta blockers. "
     + _FILLER + "ARBs lower pressure. ARBs were given once a day. Doctors prefer ARBs now. "
     "ARBs cost little. ARBs were studied again. Beta blockers can slow the heart. ARBs are cheap. "
     "ARBs help the kidneys. ARBs were safe.", ("arb",), {"beta blocker"}),
    ("'as effective as' with words between still sets its object aside",
     "A new pill, dorvatide, is as cheap and effective as warfarin, a trial finds. Dorvatide is taken "
     "daily. " + _FILLER + "Dorvatide worked.", ("dorvatide",), {"warfarin"}),
    ("a clause after a comma opened by 'the' that goes on past the name is no apposition",
     "Unlike older pills, the drug dorvatide works in a day, a trial finds. Dorvatide is taken daily. "
     + _FILLER + "Dorvatide worked.", ("dorvatide",), set()),
    ("an abbreviation shares the comparator status of the name it abbreviates",
     "Taking soy eased hot flashes, a review finds. Soy supplements may help women. Soy is an alternative "
     "to hormone replacement therapy for many. " + _FILLER + "Soy was safe. HRT was studied less. "
     "Women chose soy.", ("soy",), {"hormone replacement", "hrt"}),
]


@pytest.mark.parametrize("case, page, names, comparators", COMPARED_26, ids=[c[0] for c in COMPARED_26])
def test_comparators_round_26(case, page, names, comparators):
    iv = identify(prepare(page))
    assert iv.names == names and iv.comparators == comparators


@pytest.mark.parametrize("sentence, counted", [
    # the comparator nearest before the harm, in its clause, owns it
    ("Soy is touted as an alternative to hormone replacement therapy after HRT was linked to a higher risk of "
     "breast cancer.", False),
    # the page's own option compared with it there keeps the harm
    ("Women on soy had as many hot flashes as those on HRT and an increased risk of bloating.", True),
])
def test_a_harm_nearest_a_comparator_in_its_clause_is_the_comparator_s(sentence, counted):
    text = ("Taking soy eased hot flashes, a review finds. Soy supplements may help women. Soy is an alternative "
            "to hormone replacement therapy for many. " + _FILLER + "Soy was safe. Women chose soy. " + sentence)
    harms = [f for f in analyze(text).findings if f.family == "harms" and "risk" in f.text]
    assert harms and any(f.counted for f in harms) == counted


UNNAMED_26 = [
    ("a hyphened premodifier is one word between 'experimental' and its head, and the one sponsor code "
     "the page gives is the unnamed drug's name; the lead's comparator stays one",
     "A new, experimental cholesterol-fighting drug is drawing praise, a trial finds. The drug could prove "
     "more effective than statins, doctors say. " + _FILLER + "Subjects who received KRX-2041 did well. "
     "KRX-2041 was given every two weeks.",
     ("experimental cholesterol fighting drug", "krx-2041"), {"statin"}),
    ("two sponsor codes name no one drug",
     "An experimental drug eased asthma, a trial finds. " + _FILLER + "KRX-2041 and KRX-3050 were both tried. "
     "KRX-2041 did better than KRX-3050.", ("experimental drug",), set()),
    ("a code beside an unnamed device is no name of it",
     "A new device eased asthma, a trial finds. " + _FILLER + "Patients also took KRX-2041. KRX-2041 is a pill.",
     ("new device",), set()),
]


@pytest.mark.parametrize("case, page, names, comparators", UNNAMED_26, ids=[c[0] for c in UNNAMED_26])
def test_unnamed_round_26(case, page, names, comparators):
    iv = identify(prepare(page))
    assert iv.names == names and iv.comparators == comparators


def test_a_comparator_s_harm_beside_an_unnamed_drug_is_the_comparator_s():
    text = ("A new, experimental cholesterol-fighting drug is drawing praise, a trial finds. The drug could prove "
            "more effective than statins, doctors say. " + _FILLER + "With statins you get toxicity, he said.")
    harms = [f for f in analyze(text).findings if f.family == "harms" and f.text == "toxicity"]
    assert harms and not any(f.counted for f in harms)


@pytest.mark.parametrize("page, option, named", [
    ("Doctors give the drug halvorine to many. Both drugs increase the risk of bleeding. Halvorine is cheap. "
     "Drugs increase costs, and halvorine costs less.", "increase", False),
    ("Doctors give the drug halvorine to many. Halvorine is cheap. Halvorine is taken daily.", "halvorine", True),
])
def test_a_word_right_after_a_plural_drug_noun_is_its_verb_not_a_name(page, option, named):
    assert (option in identify(prepare(page)).options.values()) == named


def _named_in(text: str, sentence: str) -> list[str]:
    prepared = prepare(text)
    at = text.index(sentence)
    first = next(i for i, s in enumerate(prepared.tokens.starts) if s >= at)
    stop = next((i for i, s in enumerate(prepared.tokens.starts) if s >= at + len(sentence)), len(prepared.tokens.starts))
    return [key for _, key in identify(prepared).named(first, stop)]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_an_option_s_name_in_the_possessive_names_it(apostrophe):
    """Round 27: "Halvorine's approval", "halvorine\u2019s maker" name the option (the possessive is the
    name inflected), with a straight or a curly apostrophe; a possessive adds no use to the count."""
    text = (f"Doctors give the drug halvorine to many. Halvorine is cheap. Halvorine is taken daily. "
            f"Halvorine{apostrophe}s approval came last May.")
    assert identify(prepare(text)).names == ("halvorine",)
    assert _named_in(text, f"Halvorine{apostrophe}s approval came last May.") == ["halvorine"]


def test_a_head_noun_read_as_the_option_is_not_made_its_name_in_the_possessive():
    """Round 27: only the option's own word is marked in the possessive, never a head noun ("the drug")
    that identification reads as referring back to it: "the drug's activity" may be a rival's."""
    text = ("An experimental drug, halvorine, cut strokes in a trial. Halvorine is cheap. Halvorine is taken daily. "
            "Many older patients take warfarin. If the drug's level is not checked, bleeding follows.")
    assert "drug" in {prepare(text).tokens.words[i] for i in identify(prepare(text)).options}  # the apposition's head
    assert "halvorine" not in _named_in(text, "If the drug's level is not checked, bleeding follows.")


# round 27: what the page's option is said to prevent or reduce (``Interventions.prevents``): the
# heads of the outcome's list after a verb of lowering and a noun of risk, a verb of preventing or
# "protect ... against", where the option (or a pronoun for it) is the subject. Every page is invented.
PREVENTS = [
    ("a verb of lowering through a noun of risk: the heads of the list",
     "Zorvatin, a new heart pill made by Kellan Pharma, cut the risk of heart attack, stroke or death in a large trial.",
     {"attack", "stroke", "death"}),
    ("a modifier names no outcome of its own; a comma before a clause of its own ends the list",
     "A daily aspirin lowers the risk of bowel cancer, the researchers found in a long study of aspirin users.",
     {"cancer"}),
    ("a pronoun for the option as the subject of 'prevent'",
     "Apixaban is a blood thinner for people with an irregular heartbeat. It may help prevent strokes in older adults. "
     "Apixaban is taken twice a day.",
     {"stroke"}),
    ("'protect ... against'",
     "The shingles vaccine Shingrix protects older adults against shingles and nerve pain, a trial of Shingrix found.",
     {"shingle", "pain"}),
    ("under a negation nothing is prevented",
     "Drinking tea did not lower the risk of stroke in the trial of green tea.", set()),
    # round 27 review: a failed or doubted prevention is none ("failed to", "no evidence that", "whether")
    ("a failed prevention is none",
     "Zorvatin is a heart pill made by Kellan Pharma. In the trial, Zorvatin failed to reduce the risk of stroke.", set()),
    ("a doubted prevention is none",
     "Zorvatin is a heart pill made by Kellan Pharma. It is unclear whether Zorvatin can prevent strokes.", set()),
    ("a prevention no evidence supports is none",
     "Zorvatin is a heart pill made by Kellan Pharma. There is no evidence that Zorvatin can prevent strokes.", set()),
    ("another agent as the subject prevents nothing of the option's",
     "Apixaban is a blood thinner. Regular exercise can cut the risk of stroke, her doctor said. Apixaban is taken twice a day.",
     set()),
]


@pytest.mark.parametrize("case, page, expected", PREVENTS, ids=[c for c, _, _ in PREVENTS])
def test_prevented_outcomes(case, page, expected):
    assert set(identify(prepare(page)).prevents) == expected


# Round 28 (seed 288: "Stelara, known chemically as ustekinumab" left a page about Stelara with nothing):
# a brand glossed by its generic name after a comma is a product; a bare list comma or a gloss that
# ends on something other than a drug is not. Since round 30 the generic so glossed is the brand's
# other name and joins it. (case, page, names). Every page is invented.
GLOSSED = [
    ("a maker's brand glossed 'known chemically as' a generic",
     "Acme's Zorvala helped more patients than a placebo, according to a study. "
     "Zorvala, known chemically as ustekinumab, is already approved for psoriasis.", ("zorvala", "ustekinumab")),
    ("'also called' glosses the brand the same way",
     "Patients did better on Quenlira than on a placebo, researchers said. "
     "Quenlira, also called adalimumab, is injected every two weeks.", ("quenlira", "adalimumab")),
    ("a list comma beside a generic is no gloss",
     "Doctors met in Brenford to compare notes on arthritis care this spring. "
     "Brenford, adalimumab and etanercept were all on the agenda.", ()),
    ("a gloss that names no drug names no product",
     "Doctors met in Brenford to compare notes on arthritis care this spring. "
     "Brenford, known as a quiet town, hosted the meeting.", ()),
]


@pytest.mark.parametrize("case, page, names", GLOSSED, ids=[c for c, _, _ in GLOSSED])
def test_brand_glossed_by_generic(case, page, names):
    assert _names(page) == names


# Round 30: a competitor named as such in the lead is a comparator ("rival drug X"); a comparative
# of a familiar word after a drug noun ("the drug earlier") names no drug; a privative modifier
# before a treatment word ("sham", "virtual") makes something that is not that treatment.
# (case, page, names, comparators that must include, names that must be absent). Every page is invented.
ROUND_30 = [
    ("'rival drug X' in the lead is the page's comparator, not a second option",
     "Trial results for Acme's drug Zorvexa show it lengthened survival for bladder cancer patients. "
     "The data follow news that rival drug Pelmira, from Beta Corp, did not improve survival. "
     "Zorvexa awaits approval, but Pelmira was approved last year. Zorvexa will be reviewed soon.",
     ("zorvexa",), {"pelmira"}, ()),
    ("'a competing product' sets the name aside the same way",
     "The drug Zorvexa cut migraine days in half, a trial found, beating the competing drug Pelmira. "
     "Zorvexa is injected monthly. Zorvexa may reach pharmacies next year. Pelmira is a pill.",
     ("zorvexa",), {"pelmira"}, ()),
    ("a rival word far from the name sets nothing aside",
     "The drug Zorvexa cut migraine days in half, a trial found. Rival companies watched closely as the "
     "results came in on a Monday in the spring. Zorvexa is injected monthly.",
     ("zorvexa",), set(), ()),
    ("a comparative of a familiar word after 'drug' names no drug",
     "Patients who started taking the experimental drug earlier in their illness fared better than "
     "those who started later. Starting earlier helped, the maker said, and earlier treatment is the aim.",
     (), set(), ("earlier",)),
    ("a generic apposed to 'drug' is still named",
     "Patients who started taking the drug velmarine fared better than others. "
     "Velmarine is taken daily. The maker will test velmarine further.",
     ("velmarine",), set(), ()),
    ("'virtual colonoscopy' is an option of its own, not colonoscopy",
     "A new virtual colonoscopy found large polyps as well as the usual exam, a study found. "
     "Virtual colonoscopy uses CT scans. Patients preferred the virtual colonoscopy to a colonoscopy.",
     ("virtual colonoscopy",), set(), ("colonoscopy",)),
    ("a quotation mark may stand between the modifier and the procedure",
     "A new \u201cvirtual\u201d colonoscopy found large polyps, a study found. "
     "The virtual colonoscopy uses CT scans. Doctors liked the virtual colonoscopy.",
     ("virtual colonoscopy",), set(), ("colonoscopy",)),
    ("a sham treatment is the control, no use of the treatment",
     "Sham acupuncture was compared with painkillers in a small trial of back pain. "
     "Those given sham acupuncture did as well. Painkillers helped too, and sham acupuncture cost little.",
     (), set(), ("acupuncture",)),
    ("real acupuncture beside a sham arm is still the option",
     "Acupuncture eased back pain better than sham acupuncture in a trial. Those given acupuncture "
     "slept better. Acupuncture sessions lasted an hour.",
     ("acupuncture",), set(), ()),
]


@pytest.mark.parametrize("case, page, names, comparators, absent", ROUND_30, ids=[c[0] for c in ROUND_30])
def test_round_30(case, page, names, comparators, absent):
    found = identify(prepare(page))
    assert found.names[:len(names)] == names
    assert comparators <= found.comparators
    assert not set(absent) & set(found.names)


# Round 30b: names the page equates are one option (designating apposition, Quirk et al. 1985
# 17.65-17.81): a gloss ("also known as", "formerly", "marketed as", "its brand name,"), a fronted
# naming participle ("Known as X, the spray"), a renaming ("developed it into a molecule named X");
# and a definite description the page never introduced takes up its described option ("a novel test
# ... the DNA test"). (case, page, names in order, names that must be absent). Every page is invented.
ROUND_30B = [
    ("a generic glossed by its brand name in parentheses is one option",
     "Quorvia\u2122 eased headaches in a trial. I used to take velnoprofen (usually referred to by its "
     "brand name, Quorvia) for headaches. Quorvia works for most people. Quorvia is cheap.",
     ("quorvia", "velnoprofen"), ()),
    ("'formerly' gives the earlier name",
     "Patients given the pill ZT-4410 slept longer, a trial found. ZT-4410, formerly PX-2201, is taken "
     "nightly. The maker said ZT-4410 would be tested further.",
     ("zt-4410", "px-2201"), ()),
    ("'is marketed as' gives the brand",
     "Weight loss with lorcafenib was modest in the trial. Lorcafenib is marketed as Slimora\u2122 in Europe. "
     "Doctors said lorcafenib helped some patients.",
     ("lorcafenib", "slimora"), ()),
    ("a fronted 'Known as' names the subject after the comma",
     "A nasal spray cut night-time trips to the bathroom, a study found. The nasal spray was tested in "
     "older men. " + _FILLER + "Known as QR-120, the nasal spray contains a hormone. QR-120 wears off by morning.",
     ("nasal spray", "qr-120"), ()),
    ("what the option is developed into under a name is the option renamed",
     "A compound called KT0942 shrank breast tumours in mice. KT0942 may help other cancers. " + _TRIAL_FILLER
     + "KT0942 was licensed to a start-up, who developed it into a molecule named KB7001. KB7001 is in trials.",
     ("kt0942", "kb7001"), ()),
    ("a bare 'called' after a kind noun designates the kind, not another name",
     "Scientists improved a lifesaving antibiotic called vanoxacin. Vanoxacin kills resistant germs. "
     "Doctors could use vanoxacin without fear, and vanoxacin is cheap.",
     ("vanoxacin",), ("antibiotic",)),
    ("a rival after 'than' is no other name",
     "Patients did better on the drug Quenlira than on the drug Pelmira, researchers said. Quenlira is injected monthly. "
     "Quenlira may be approved soon. Pelmira, a pill, is already sold.",
     ("quenlira",), ("pelmira",)),
]


@pytest.mark.parametrize("case, page, names, absent", ROUND_30B, ids=[c[0] for c in ROUND_30B])
def test_round_30b_aliases(case, page, names, absent):
    found = identify(prepare(page))
    assert found.names[:len(names)] == names
    assert not set(absent) & set(found.names)


def test_round_30b_definite_description_takes_up_the_described_option():
    page = ("A novel test that detects markers in stool found most colon cancers, researchers said. "
            "The novel test is cheap. The DNA test is still experimental, he said. "
            "The novel test may reach clinics in a year. Doctors liked the novel test.")
    prepared = prepare(page)
    found = identify(prepared)
    assert found.names[0] == "novel test"
    words = prepared.tokens.words
    dna = words.index("dna")
    assert found.names_intervention(dna, dna + 2)
    # a key the page also introduces with "a" names an option of its own
    other = page.replace("The DNA test is", "A DNA test is")
    prepared = prepare(other)
    dna = prepared.tokens.words.index("dna")
    assert not identify(prepared).names_intervention(dna, dna + 2)


# Round 31: a chosen stand-in ("virtual colonoscopy") makes the plain treatment it spares its
# comparator; a capitalised name headed "Laser" is a device ("the Velora Touch Laser"), not where
# another capitalised word of another kind follows the head (a firm: "Brightline Laser Therapy").
# (case, page, names, comparators that must include, names that must be absent, changed: fails on
# round 30's code). Every page is invented.
ROUND_31 = [
    ("a page about virtual colonoscopy sets plain colonoscopy against it",
     "A new virtual colonoscopy found large polyps, a study found. Polyps are removed during a "
     "colonoscopy, which many people avoid. The virtual colonoscopy needs no sedation. " + _FILLER
     + "A colonoscopy carries a small risk of tears. The virtual colonoscopy costs less.",
     ("virtual colonoscopy",), {"colonoscopy"}, ("colonoscopy",), True),
    ("a sham arm is still no option, and no comparator of the stand-in kind",
     "Acupuncture eased back pain better than sham acupuncture in a trial. Those given acupuncture "
     "slept better. Acupuncture sessions lasted an hour.",
     ("acupuncture",), set(), (), False),
    ("a device named by its maker and headed 'Laser' is the page's option",
     "Until the Velora Touch Laser, there was no good drug-free treatment for vaginal dryness. "
     "Women who cannot take estrogen often suffer in silence. " + _FILLER
     + "An Italian-built device, the Velora Touch Laser holds promise. Hormone replacement has side effects.",
     ("touch",), set(), (), True),
    ("a firm's name with 'Laser' in it is no product",
     "That is what Brightline Laser Therapy, a Boston-based company, advertises on its website. "
     "The owner of Brightline Laser Therapy said clients quit smoking. " + _FILLER
     + "Brightline Laser Therapy cites one study.",
     (), set(), ("brightline",), False),
]


@pytest.mark.parametrize("case, page, names, comparators, absent, changed", ROUND_31, ids=[c[0] for c in ROUND_31])
def test_round_31(case, page, names, comparators, absent, changed):
    found = identify(prepare(page))
    assert found.names[:len(names)] == names
    assert comparators <= found.comparators
    assert not set(absent) & set(found.names)
