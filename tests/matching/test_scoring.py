"""The scoring on small hand-built networks whose right answers are known (no database)."""

from cities.matching import EU, PARTNER, CityProfile, Network, top_matches
from cities.sentences import paragraphs, sentence_refs, terms


def city(key, region, themes=(), goals="", offer="", sectors=()):
    return CityProfile.from_text(key, region, themes, goals, offer, sectors)


def scores(network, key):
    return {(m.partner if m.eu == key else m.eu): m.score for m in network.score_city(key)}


def test_a_shared_rare_theme_beats_a_shared_common_theme():
    # "common" is a theme of every city; "rare" of only two of them.
    network = Network(
        [
            city("hamburg", EU, ["common", "rare"]),
            city("lyon", EU, ["common"]),
            city("graz", EU, ["common"]),
            city("seoul", PARTNER, ["rare"]),
            city("sydney", PARTNER, ["common"]),
        ]
    )
    assert network.theme_idf["rare"] > network.theme_idf["common"]
    hamburg = scores(network, "hamburg")
    assert hamburg["seoul"] > hamburg["sydney"] > 0
    best = top_matches(network.score_all(), "hamburg", 1)[0]
    assert best.partner == "seoul"
    assert best.themes == ("rare",)


def test_goals_meeting_an_offer_count_in_both_directions():
    network = Network(
        [
            city(
                "hamburg",
                EU,
                goals="Hamburg wants to learn about flood protection along its river.",
                offer="The city can share its experience of district heating networks.",
            ),
            # Its offer meets Hamburg's goal.
            city("jakarta", PARTNER, offer="Jakarta built flood protection walls on its river."),
            # Its goal meets Hamburg's offer.
            city("ulsan", PARTNER, goals="Ulsan wants district heating networks for new homes."),
            # Both directions.
            city(
                "busan",
                PARTNER,
                goals="Busan wants to plan district heating networks.",
                offer="Busan can share flood protection along a river.",
            ),
            city("perth", PARTNER, goals="Perth wants tourism.", offer="Perth offers mining."),
        ]
    )
    hamburg = scores(network, "hamburg")
    assert hamburg["jakarta"] > hamburg["perth"]
    assert hamburg["ulsan"] > hamburg["perth"]
    assert hamburg["busan"] > max(hamburg["jakarta"], hamburg["ulsan"])
    assert hamburg["perth"] == 0

    match = network.score_pair("hamburg", "busan")
    learners = {text.learner for text in match.texts}
    assert learners == {EU, PARTNER}
    eu_learns = next(text for text in match.texts if text.learner == EU)
    assert "flood protection" in eu_learns.goal.text and eu_learns.goal.field == "goals"
    assert "flood protection" in eu_learns.offer.text and eu_learns.offer.field == "offer"


def test_no_eu_to_eu_or_partner_to_partner_suggestion():
    network = Network(
        [
            city("hamburg", EU, ["energy"], "Learn solar power.", "Share solar power."),
            city("vienna", EU, ["energy"], "Learn solar power.", "Share solar power."),
            city("seoul", PARTNER, ["energy"], "Learn solar power.", "Share solar power."),
            city("busan", PARTNER, ["energy"], "Learn solar power.", "Share solar power."),
        ]
    )
    every = network.score_all()
    assert {(m.eu, m.partner) for m in every} == {
        ("hamburg", "seoul"),
        ("hamburg", "busan"),
        ("vienna", "seoul"),
        ("vienna", "busan"),
    }
    assert {m.partner for m in network.score_city("hamburg")} == {"seoul", "busan"}
    assert {m.eu for m in network.score_city("seoul")} == {"hamburg", "vienna"}


def test_shared_triple_helix_sectors_count():
    network = Network(
        [
            city("hamburg", EU, sectors=["government", "research"]),
            city("seoul", PARTNER, sectors=["research", "government", "business"]),
            city("perth", PARTNER, sectors=["business"]),
        ]
    )
    seoul = network.score_pair("hamburg", "seoul")
    assert seoul.sectors == ("government", "research")
    assert seoul.sector_score == 2 / 3
    assert network.score_pair("hamburg", "perth").score == 0


def test_scores_depend_on_the_english_text_only_and_are_repeatable():
    profiles = [
        city("hamburg", EU, ["a", "b"], "Learn about heat pumps.", "Share port logistics."),
        city("seoul", PARTNER, ["b"], "Learn port logistics.", "Share heat pumps in schools."),
    ]
    first = Network(profiles).score_pair("hamburg", "seoul")
    second = Network(list(reversed(profiles))).score_pair("hamburg", "seoul")
    assert first.reasons() == second.reasons()
    assert first.score == second.score > 0


def test_one_changed_city_is_rescored_without_rebuilding():
    network = Network(
        [
            city("hamburg", EU, goals="Learn about heat pumps."),
            city("seoul", PARTNER, offer="Seoul makes heat pumps."),
        ]
    )
    assert network.score_pair("hamburg", "seoul").score > 0
    network.replace(city("hamburg", EU, goals="Learn about tourism."))
    assert network.score_pair("hamburg", "seoul").score == 0
    network.remove("seoul")
    assert network.score_city("hamburg") == []


def test_a_description_is_scored_against_the_other_region():
    network = Network(
        [
            city("hamburg", EU, ["rare"], offer="Hamburg builds heat pumps."),
            city("vienna", EU, ["common"], offer="Vienna runs tourism."),
            city("seoul", PARTNER, ["rare"], offer="Seoul builds heat pumps."),
        ]
    )
    results = network.score_query(themes=["rare"], goals="We need heat pumps.", region=PARTNER)
    assert [key for key, _match in results] == ["hamburg"]
    ((key, match),) = results
    assert match.themes == ("rare",)
    assert match.texts[0].offer.text == "Hamburg builds heat pumps."
    assert network.score_query() == []


def test_text_processing():
    assert terms("The cities want to share district heating!") == ["district", "heat"]
    assert terms("Emissions from buildings") == terms("emission from building")
    html = "<p>First goal. Second goal.</p><ul><li>A <b>listed</b> goal</li></ul>"
    assert paragraphs(html) == ["First goal. Second goal.", "A listed goal"]
    refs = sentence_refs(html, "goals")
    assert [(r.paragraph, r.sentence, r.sentences, r.text) for r in refs] == [
        (0, 0, 2, "First goal."),
        (0, 1, 2, "Second goal."),
        (1, 0, 1, "A listed goal"),
    ]
