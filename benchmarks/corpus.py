"""A corpus of synthetic news articles of the seed's kind, for benchmarks and large-corpus tests.

Each article is a dated ``.txt`` file of 500-800 words: actors from ``seeds/actors.yaml``
(and some invented people the gazetteer does not know) in varied sentences that state
relationships the rules read (leads, funds, attacked, sanctioned, based in, met with ...),
mixed with background and filler sentences. Article ``i`` depends only on ``(seed, i)``,
so the first 1,000 articles of a 10,000-article corpus are the 1,000-article corpus.

    python benchmarks/corpus.py /tmp/corpus-1k --docs 1000
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

from graph.gazetteer import Actor, load_gazetteer

RELATIONS = [
    "{P}, the leader of {A}, said on {day} that the group would not disarm.",
    "{A} is run by {P}, who took over after the death of his predecessor.",
    "{A} is headed by {P}, according to people familiar with the group.",
    "{C} has funded {A} for years, {MEDIA} reported, citing {D} officials.",
    "{C} armed and trained {A}, a {D} official told reporters in {L}.",
    "The {US} sanctioned {P} on {day}, accusing him of financing {A}.",
    "{A} was designated a terrorist organisation by {C} in {month}.",
    "{A} attacked {L} on {day}, killing {n} people and wounding {m} others.",
    "Fighters from {A} struck {L} overnight, local officials said.",
    "{C} launched a missile attack on {L} in {month}, officials said.",
    "{A} is based in {L}, close to the border with {C}.",
    "{P} met with {P2} in {L} on {day} to discuss the crisis.",
    "{A} is allegedly linked to {A2}, according to a report by {MEDIA}.",
    "{C} condemned {A} after the attack, calling it a crime.",
    "{A} threatened {C} with retaliation if the strikes continued.",
    "{P}, a spokesman for {A}, denied that the group was involved.",
    "{A} joined {A2} in a new coalition announced in {L}.",
    "{N}, a commander of {A}, was killed in a drone strike near {L}.",
    "{A} is backed by {C}, analysts say, and has close ties to {A2}.",
    "{P}, head of {A}, was reportedly wounded in {L}.",
    "{C} and {C2} agreed to cooperate against {A}.",
    "{C} blamed {A} for the attack on {L}.",
    "{N}, an adviser to {P}, said the talks in {L} had stalled.",
    "{A} opposes the presence of foreign troops in {L}.",
    "The {D} government accused {A} of smuggling weapons through {L}.",
    "{P} warned {C2} that any escalation would be met with force.",
]
FILLER = [
    "Prices of {good} rose by {n} percent in {month}, adding to pressure on {adj} households.",
    "The {adj} {noun} has been debated for {n} weeks without a decision.",
    "Residents said electricity had been cut for {n} hours a day since {month}.",
    "Analysts at the {tank} said the {noun} could {change} in the coming {period}.",
    "Schools in the region reopened on {day} after a {n}-day closure.",
    "The {noun} was first proposed in {year} but never implemented.",
    "Aid groups warned that {n},000 people could be displaced by the {period} ahead.",
    "Parliament is expected to vote on the {adj} {noun} before the end of {month}.",
    "Officials declined to comment on the record about the {noun}.",
    "Traffic on the main highway was halted for {n} hours on {day}.",
    "The {adj} economy shrank by {n} percent last year, according to official figures.",
    "Several {people} gathered outside the ministry on {day} to demand {demand}.",
    "It was not immediately clear how many {people} had been detained.",
    "The {noun} has drawn criticism from {people} and {people2} alike.",
    "Local media published images showing damage to {n} buildings.",
    "The currency lost {n} percent of its value against the dollar in {month}.",
    "A {adj} delegation is due to arrive later this {period}.",
    "Farmers complained that {good} could no longer be sold at a profit.",
    "The report, published on {day}, runs to {n}0 pages.",
    "Hospitals said they were running short of {good} and fuel.",
    "The {tank} estimates that {n} percent of young people are out of work.",
    "Critics say the {noun} favours a small group of {people}.",
    "The announcement came {n} days before the anniversary of the {year} uprising.",
    "Negotiators met for {n} hours but failed to agree on a joint statement.",
    "Security was tightened around government buildings ahead of the {noun}.",
    "The {adj} press described the {noun} as a turning point.",
    "Water shortages have worsened during the {adj} summer months.",
    "A court postponed the hearing until {month}, citing missing documents.",
    "The {noun} will cost an estimated {n} million dollars.",
    "Turnout in the {year} election was about {n} percent.",
]
WORDS = {
    "good": ["bread", "fuel", "medicine", "rice", "cooking gas", "sugar", "cement", "flour", "cigarettes", "tomatoes"],
    "adj": ["regional", "national", "provincial", "new", "controversial", "long-awaited", "interim", "budget", "draft"],
    "noun": [
        "reform plan",
        "budget",
        "ceasefire proposal",
        "electoral law",
        "security plan",
        "subsidy scheme",
        "constitutional amendment",
        "reconstruction fund",
        "border agreement",
        "amnesty law",
        "census",
    ],
    "tank": [
        "Institute for the Study of War",
        "Washington Institute",
        "Chatham House",
        "Crisis Group",
        "Carnegie Endowment",
        "Middle East Institute",
        "Atlantic Council",
        "Wilson Center",
    ],
    "change": ["collapse", "stall", "be revised", "be delayed", "gain support", "be abandoned", "pass"],
    "period": ["weeks", "months", "year", "days", "season", "quarter", "week", "month"],
    "people": [
        "students",
        "teachers",
        "tribal leaders",
        "lawmakers",
        "retired officers",
        "farmers",
        "lawyers",
        "merchants",
        "doctors",
        "clerics",
        "families of detainees",
        "truck drivers",
    ],
    "people2": ["opposition figures", "business owners", "rights groups", "diplomats", "economists", "journalists"],
    "demand": [
        "higher wages",
        "jobs",
        "the release of detainees",
        "better services",
        "an end to corruption",
        "compensation",
        "clean water",
        "early elections",
    ],
}
FIRST = [
    "Ahmed",
    "Karim",
    "Hassan",
    "Omar",
    "Yusuf",
    "Layla",
    "Samir",
    "Nadia",
    "Tariq",
    "Faisal",
    "Rania",
    "Walid",
    "Ziad",
    "Hadi",
    "Munir",
    "Salim",
    "Bashir",
    "Jamal",
    "Khalil",
    "Amira",
    "Rashid",
    "Nabil",
    "Mazen",
    "Fadi",
]
LAST = [
    "Haddad",
    "Khoury",
    "Nasser",
    "Saadi",
    "Jaber",
    "Hamdan",
    "Mansour",
    "Qasim",
    "Tamimi",
    "Obeidi",
    "Zubaidi",
    "Rikabi",
    "Shammari",
    "Dulaimi",
    "Jubouri",
    "Karbouli",
    "Hakim",
    "Sharif",
    "Darwish",
    "Azzawi",
    "Bakr",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class Cast:
    """The actors of the seeds, by role in the sentence templates."""

    people: list[Actor]
    groups: list[Actor]
    countries: list[Actor]
    places: list[Actor]
    media: list[Actor]

    @classmethod
    def from_seeds(cls) -> Cast:
        """Every actor of ``seeds/actors.yaml``, sorted so the corpus is the same on every machine."""
        actors = sorted(load_gazetteer().actors.values(), key=lambda a: a.id)
        by_label = {label: [a for a in actors if a.label == label] for label in ("Person", "Country", "Location")}
        orgs = [a for a in actors if a.label == "Organization"]
        return cls(
            people=by_label["Person"],
            groups=[a for a in orgs if a.kind != "media"],
            countries=[a for a in by_label["Country"] if a.demonyms],
            places=by_label["Location"],
            media=[a for a in orgs if a.kind == "media"],
        )


def article(cast: Cast, rng: random.Random, words: int) -> str:
    """One article of about ``words`` words: a small cast of actors, relations among them and filler."""
    people = rng.sample(cast.people, 3)
    groups = rng.sample(cast.groups, 3)
    countries = rng.sample(cast.countries, 2)
    places = rng.sample(cast.places, 3)
    invented = [f"{rng.choice(FIRST)} al-{rng.choice(LAST)}" for _ in range(2)]

    def fill(template: str) -> str:
        slots = {
            "P": people[0].name,
            "P2": rng.choice(people[1:]).name,
            "A": rng.choice(groups[:2]).name,
            "A2": groups[2].name,
            "C": countries[0].name,
            "C2": countries[1].name,
            "D": countries[0].demonyms[0],
            "US": "United States",
            "L": rng.choice(places).name,
            "N": rng.choice(invented),
            "MEDIA": rng.choice(cast.media).name,
            "day": rng.choice(DAYS),
            "month": rng.choice(MONTHS),
            "year": str(rng.randint(1990, 2023)),
            "n": str(rng.randint(2, 95)),
            "m": str(rng.randint(2, 40)),
        }
        slots.update({slot: rng.choice(choices) for slot, choices in WORDS.items()})
        return template.format(**slots)

    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = [fill(rng.choice(RELATIONS if rng.random() < 0.4 else FILLER)) for _ in range(rng.randint(3, 6))]
        paragraphs.append(" ".join(sentences))
        count += sum(len(s.split()) for s in sentences)
    return "\n\n".join(paragraphs)


def write_corpus(folder: Path, docs: int, *, seed: int = 0, min_words: int = 500, max_words: int = 800) -> int:
    """Write ``docs`` articles ``article-00000.txt`` ... into ``folder``; return the number of words written."""
    folder.mkdir(parents=True, exist_ok=True)
    cast = Cast.from_seeds()
    total = 0
    for i in range(docs):
        rng = random.Random(f"{seed}:{i}")
        text = article(cast, rng, rng.randint(min_words, max_words))
        date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        (folder / f"article-{i:05d}.txt").write_text(f"date {date}\n{text}\n", encoding="utf-8")
        total += len(text.split())
    return total


def main() -> None:
    """``python benchmarks/corpus.py FOLDER --docs N``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--min-words", type=int, default=500)
    parser.add_argument("--max-words", type=int, default=800)
    args = parser.parse_args()
    words = write_corpus(args.folder, args.docs, seed=args.seed, min_words=args.min_words, max_words=args.max_words)
    print(f"wrote {args.docs:,} articles, {words:,} words, to {args.folder}")


if __name__ == "__main__":
    main()
