"""Who should work with whom: a score for every EU city ↔ partner city combination.

Pure Python and no database, so that the benchmark (``scripts/bench_matching.py``) can score
a thousand cities built in memory; ``cities.suggestions`` feeds it pages and stores what it
finds. A score (0 to 1) adds three things the content says, with fixed weights:

- **shared themes** (``THEME_WEIGHT``): cosine of the two cities' theme sets, each theme
  weighted by its rarity (an IDF: a theme few cities have counts more than one every city has);
- **goals meet offer, both ways** (``TEXT_WEIGHT``, half per direction): TF-IDF cosine between
  the sentences of one city's goals and the other's offer, over the English source text, so a
  score is the same in every language. A direction counts its best sentence pair, plus a little
  for how many goal sentences find a match at all;
- **triple-helix sectors both involve** (``SECTOR_WEIGHT``): shared sectors out of three.

Sentences and their terms come from ``cities.sentences``. Every score keeps its reasons as
data (the shared themes by key, the matched sentences by position in the English text) so
that pages can show them in the visitor's language.
Scikit-learn would do the TF-IDF in a line, but it is a 40 MB dependency for a few hundred
sentences; the dictionaries below score a thousand cities in seconds (see the benchmark).
"""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .sentences import SentenceRef, sentence_refs, split_sentences, terms

EU, PARTNER = "eu", "partner"  # cities.models.Region values, repeated to stay model-free
SECTORS = ("government", "research", "business")

THEME_WEIGHT = 0.40
TEXT_WEIGHT = 0.45
SECTOR_WEIGHT = 0.15

MIN_SENTENCE_SIMILARITY = 0.1  # below this, two sentences share only incidental words
MAX_TEXT_REASONS = 2  # matched sentence pairs kept per direction


@dataclass
class CityProfile:
    """What the matching reads of one city: facts and its English goals and offer."""

    key: object  # anything hashable: the English page's id in the portal
    region: str
    themes: frozenset = frozenset()  # theme keys (translation keys in the portal)
    goals: tuple = ()  # SentenceRef
    offer: tuple = ()
    sectors: frozenset = frozenset()

    @classmethod
    def from_text(cls, key, region, themes=(), goals="", offer="", sectors=()):
        """A profile from plain text (one paragraph per line), as the benchmark builds them."""
        as_html = "".join(f"<p>{line}</p>" for line in goals.splitlines() if line.strip())
        offer_html = "".join(f"<p>{line}</p>" for line in offer.splitlines() if line.strip())
        return cls(
            key=key,
            region=region,
            themes=frozenset(themes),
            goals=sentence_refs(as_html, "goals"),
            offer=sentence_refs(offer_html, "offer"),
            sectors=frozenset(sectors),
        )


@dataclass(frozen=True)
class TextMatch:
    """One goal sentence of ``learner`` (a region) met by one offer sentence of the other city."""

    learner: str
    goal: SentenceRef
    offer: SentenceRef
    similarity: float


@dataclass
class Match:
    eu: object
    partner: object
    score: float
    theme_score: float
    text_score: float
    sector_score: float
    themes: tuple = ()  # shared theme keys, rarest first
    sectors: tuple = ()
    texts: tuple = field(default_factory=tuple)  # TextMatch

    def reasons(self):
        """The reasons as JSON-ready data, as ``cities.models.PartnerScore`` stores them."""
        return {
            "themes": [str(key) for key in self.themes],
            "sectors": list(self.sectors),
            "texts": [
                {
                    "learner": text.learner,
                    "similarity": round(text.similarity, 3),
                    "goal": _ref_data(text.goal),
                    "offer": _ref_data(text.offer),
                }
                for text in self.texts
            ],
        }


def _ref_data(ref):
    return {
        "paragraph": ref.paragraph,
        "sentence": ref.sentence,
        "sentences": ref.sentences,
        "text": ref.text,
    }


def _idf(document_count, frequency):
    # Smoothed, as scikit-learn's TfidfVectorizer does: never zero, never divides by zero.
    return math.log((1 + document_count) / (1 + frequency)) + 1


def _normalised(weights):
    norm = math.sqrt(sum(weight * weight for weight in weights.values()))
    return {term: weight / norm for term, weight in weights.items()} if norm else {}


class Network:
    """The statistics of a set of cities, and the scores between its two regions."""

    def __init__(self, profiles):
        self.profiles = {profile.key: profile for profile in profiles}
        count = len(self.profiles)
        theme_df = Counter(theme for p in self.profiles.values() for theme in p.themes)
        self.theme_idf = {theme: _idf(count, df) for theme, df in theme_df.items()}
        sentences = [ref.text for p in self.profiles.values() for ref in (*p.goals, *p.offer)]
        self.sentence_count = len(sentences)
        self.term_df = Counter(term for text in sentences for term in set(terms(text)))
        self._themes = {}
        self._goals = {}
        self._offers = {}
        for profile in self.profiles.values():
            self._index(profile)

    # Vectors ----------------------------------------------------------------------------------

    def sentence_vector(self, text):
        counts = Counter(terms(text))
        return _normalised(
            {
                term: (1 + math.log(n)) * _idf(self.sentence_count, self.term_df.get(term, 0))
                for term, n in counts.items()
            }
        )

    def theme_vector(self, themes):
        # A theme no city has yet is as rare as can be.
        rarest = _idf(len(self.profiles), 0)
        return _normalised({theme: self.theme_idf.get(theme, rarest) for theme in themes})

    def _index(self, profile):
        self._themes[profile.key] = self.theme_vector(profile.themes)
        self._goals[profile.key] = [(ref, self.sentence_vector(ref.text)) for ref in profile.goals]
        self._offers[profile.key] = [(ref, self.sentence_vector(ref.text)) for ref in profile.offer]

    def replace(self, profile):
        """Put a changed city in (or a new one), keeping the others' statistics.

        The other cities' vectors keep the rarity weights they were built with; rebuilding the
        network (``Network(profiles)``) makes them exact again.
        """
        self.profiles[profile.key] = profile
        self._index(profile)

    def remove(self, key):
        self.profiles.pop(key, None)
        for vectors in (self._themes, self._goals, self._offers):
            vectors.pop(key, None)

    # Scores -----------------------------------------------------------------------------------

    def score_all(self):
        """Every EU ↔ partner combination."""
        eu, partners = self._keys(EU), self._keys(PARTNER)
        eu_learns = self._meet(EU, eu, partners)
        partner_learns = self._meet(PARTNER, partners, eu)
        return [
            self._match(e, p, eu_learns.get(e, {}), partner_learns.get(p, {}))
            for e in eu
            for p in partners
        ]

    def score_city(self, key):
        """Every match of one city with the cities of the other region."""
        if self.profiles[key].region == EU:
            partners = self._keys(PARTNER)
            eu_learns = self._meet(EU, [key], partners).get(key, {})
            partner_learns = self._meet(PARTNER, partners, [key])
            return [self._match(key, p, eu_learns, partner_learns.get(p, {})) for p in partners]
        eu = self._keys(EU)
        eu_learns = self._meet(EU, eu, [key])
        partner_learns = self._meet(PARTNER, [key], eu).get(key, {})
        return [self._match(e, key, eu_learns.get(e, {}), partner_learns) for e in eu]

    def score_pair(self, eu_key, partner_key):
        eu_learns = self._meet(EU, [eu_key], [partner_key]).get(eu_key, {})
        partner_learns = self._meet(PARTNER, [partner_key], [eu_key]).get(partner_key, {})
        return self._match(eu_key, partner_key, eu_learns, partner_learns)

    def _keys(self, region):
        return [key for key, profile in self.profiles.items() if profile.region == region]

    def _shared_themes(self, vector, other):
        shared = vector.keys() & other.keys()
        if not shared:
            return 0.0, ()
        score = sum(vector[theme] * other[theme] for theme in shared)
        if len(shared) == 1:
            return score, tuple(shared)
        ordered = sorted(shared, key=lambda theme: (-self.theme_idf.get(theme, 0), str(theme)))
        return score, tuple(ordered)

    def _match(self, eu_key, partner_key, eu_learns, partner_learns):
        """One combination, from the goal ↔ offer tables of ``_meet`` (keyed by the other city)."""
        theme_score, themes = self._shared_themes(self._themes[eu_key], self._themes[partner_key])
        eu_text, eu_found = eu_learns.get(partner_key, _NOTHING)
        partner_text, partner_found = partner_learns.get(eu_key, _NOTHING)
        text_score = (eu_text + partner_text) / 2
        both = self.profiles[eu_key].sectors & self.profiles[partner_key].sectors
        sectors = tuple(sector for sector in SECTORS if sector in both) if both else ()
        sector_score = len(sectors) / len(SECTORS)
        return Match(
            eu=eu_key,
            partner=partner_key,
            score=THEME_WEIGHT * theme_score
            + TEXT_WEIGHT * text_score
            + SECTOR_WEIGHT * sector_score,
            theme_score=theme_score,
            text_score=text_score,
            sector_score=sector_score,
            themes=themes,
            sectors=sectors,
            texts=eu_found + partner_found,
        )

    def _meet(self, learner_region, learners, providers):
        """How well each learner's goals meet each provider's offer.

        Returns ``{learner: {provider: (score, matched sentence pairs)}}`` with an entry only
        where some sentences share a word. Sentences are compared through an index of the
        providers' offer terms, so only sentence pairs that share a term are ever visited.
        """
        return _meet(
            learner_region,
            [(key, self._goals[key]) for key in learners],
            [(key, self._offers[key]) for key in providers],
        )

    def score_query(self, themes=(), goals="", region=None):
        """Matches for a city that is not in the network: its themes and a text of goals.

        ``region`` is the seeker's own region; the cities of the other one are scored (all
        cities when it is None). The goals can only meet the cities' offers: a seeker has
        no offer text. Returns ``(city key, Match)`` pairs whose score is above zero, best first.
        """
        theme_vector = self.theme_vector(themes)
        goal_vectors = [
            (SentenceRef("goals", 0, index, 0, text), self.sentence_vector(text))
            for index, text in enumerate(split_sentences(" ".join(goals.split())))
        ]
        weights = THEME_WEIGHT * bool(theme_vector) + TEXT_WEIGHT * bool(goal_vectors)
        if not weights:
            return []
        candidates = [key for key, p in self.profiles.items() if p.region != region]
        learner = PARTNER if region == PARTNER else EU
        learns = _meet(learner, [(None, goal_vectors)], [(k, self._offers[k]) for k in candidates])
        learns = learns.get(None, {})
        results = []
        for key in candidates:
            theme_score, shared = self._shared_themes(theme_vector, self._themes[key])
            text_score, texts = learns.get(key, _NOTHING)
            score = (THEME_WEIGHT * theme_score + TEXT_WEIGHT * text_score) / weights
            if score <= 0:
                continue
            is_eu = self.profiles[key].region == EU
            match = Match(
                eu=key if is_eu else None,
                partner=None if is_eu else key,
                score=score,
                theme_score=theme_score,
                text_score=text_score,
                sector_score=0.0,
                themes=shared,
                texts=texts,
            )
            results.append((key, match))
        results.sort(key=lambda item: (-item[1].score, str(item[0])))
        return results


_NOTHING = (0.0, ())


def _meet(learner_region, learners, providers):
    """``Network._meet`` over ``(key, [(SentenceRef, vector)])`` lists of goals and offers.

    A direction's score is its best sentence pair, plus a quarter for the mean of each goal
    sentence's best match: a city whose several goals all find something ranks a little higher.
    """
    offer_refs, offer_keys = [], []
    postings = defaultdict(list)
    for key, offers in providers:
        for ref, vector in offers:
            sentence = len(offer_refs)
            offer_refs.append(ref)
            offer_keys.append(key)
            for term, weight in vector.items():
                postings[term].append((sentence, weight))
    table = {}
    for key, goals in learners:
        if not goals:
            continue
        count = len(goals)
        bests = {}
        found = defaultdict(list)
        for index, (goal, goal_vector) in enumerate(goals):
            similarities = defaultdict(float)
            for term, weight in goal_vector.items():
                for sentence, offer_weight in postings.get(term, ()):
                    similarities[sentence] += weight * offer_weight
            for sentence, similarity in similarities.items():
                provider = offer_keys[sentence]
                best = bests.get(provider)
                if best is None:
                    best = bests[provider] = [0.0] * count
                if similarity > best[index]:
                    best[index] = similarity
                if similarity >= MIN_SENTENCE_SIMILARITY:
                    found[provider].append(
                        TextMatch(learner_region, goal, offer_refs[sentence], similarity)
                    )
        row = table[key] = {}
        for provider, best in bests.items():
            matched = sorted(found.get(provider, ()), key=lambda match: -match.similarity)
            row[provider] = (
                0.75 * max(best) + 0.25 * sum(best) / count,
                tuple(matched[:MAX_TEXT_REASONS]),
            )
    return table


def top_matches(matches, key, limit=5):
    """The ``limit`` best matches of one city from a list of matches, best first."""
    own = [m for m in matches if key in (m.eu, m.partner) and m.score > 0]
    own.sort(key=lambda m: (-m.score, str(m.partner if m.eu == key else m.eu)))
    return own[:limit]
