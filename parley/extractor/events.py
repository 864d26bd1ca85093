"""Find event triggers in a parsed sentence and read their participants off the parse.

Input is a spaCy `Doc`; output is `Candidate` records (plain data). The rules
follow PLOVER's definitions (shared/data/plover.json) and the spec's coding
conventions. The words that trigger events live in knowledge/triggers.yaml and the word
classes the rules read around them in knowledge/words.yaml; `Rules` reads both from its lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from parley.extractor.candidates import SYMMETRIC, Candidate, DocFacts, Mention, NameMention
from parley.extractor.lexicon import NO_EVENT, Lexicon, Sense
from parley.extractor.toponyms import doc_toponyms, unnamed

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

SUBJ = {"nsubj", "csubj"}
# Prepositions whose object is the one acted upon ("talks with X", "attack on X").
RECIPIENT_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "over"}
# For talk-like events "on X" and "over X" name the topic, not a participant.
VERBAL_COOP = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "REQUEST", "REJECT"}
TOPIC_PREPS = {"on", "upon", "over", "into", "at"}
# "hundreds were killed": a bare count of victims stands for people.
COUNTED_PEOPLE = {"dozens", "hundreds", "thousands", "scores", "millions", "tens"}
# "much of Mariupol was destroyed": the place is what was hit.
BULK = {"much", "most", "all", "swathe", "swath", "parts", "large", "half"}
# Verbs of judgement, whose object may well be a document: "rejected the election results".
OPINIONS = {"REJECT", "ACCUSE", "SUPPORT", "AGREE"}
REFLEXIVES = {"himself", "herself", "themselves"}
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "we", "i", "who", "which", "that"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
MENTION_STOP = {"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "parataxis", "prep"}

NEG_WORDS = {"not", "n't", "never", "no", "neither", "nor"}
HYPO_AUX = {"could", "might", "may", "would", "should", "must", "can"}


def _doc_text(doc: Doc) -> str:
    # Doc.text and Doc.ents are rebuilt on every access: cache them, or long articles go quadratic.
    text = doc.user_data.get("parley_text")
    if text is None:
        text = doc.user_data["parley_text"] = doc.text
    return text


def _ents_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities whose tokens lie within tokens [start, end)."""
    ents = doc.user_data.get("parley_ents")
    if ents is None:
        ents = doc.user_data["parley_ents"] = list(doc.ents)
        doc.user_data["parley_ent_starts"] = [e.start for e in ents]
    lo = bisect_left(doc.user_data["parley_ent_starts"], start)
    out = []
    for ent in ents[lo:]:
        if ent.start >= end:
            break
        if ent.end <= end:
            out.append(ent)
    return out


# The small model's lemmatizer slips.
LEMMA_FIXES = {"stag": "stage", "lended": "lend", "overran": "overrun", "forgave": "forgive", "retook": "retake"}
# The model lemmatises "hopes", "hoped" and "hoping" as "hop"; "hopped" is still a hop.
WORD_LEMMAS = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


FIGURES = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
# A clause these introduce in the present tense is still to come, whatever the main verb's tense:
# "said it was withholding aid until an elected government takes over"
PENDING_MARKS = {"until", "till", "before", "once"}
PROMISING = {"promise", "pledge", "commit", "vow", "offer"}
LAUNCHING = {"fire", "launch", "lob", "drop", "hurl", "throw", "rain", "unleash", "shoot"}


def _court_plea(verb: Token) -> bool:
    """'pleaded guilty', 'pleaded not guilty', 'pleaded no contest': a plea in court, not an appeal."""
    return _lemma(verb) == "plead" and any(
        c.dep_ in ("acomp", "dobj") and _lemma(c) in ("guilty", "innocent", "contest") for c in verb.children)


def _not_only(neg: Token) -> bool:
    """'not only sent weapons but also trained soldiers': both happened."""
    doc = neg.doc
    return neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in ("only", "just", "merely", "simply")


def _present_tense(verb: Token) -> bool:
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool({"VBZ", "VBP"} & set(tags)) and not {"VBD", "MD"} & set(tags)


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if lemma == "hop":
        return WORD_LEMMAS.get(tok.lower_, lemma)
    return LEMMA_FIXES.get(lemma, lemma)


def _noun_key(tok: Token, table: dict[str, Sense], modifier: bool = False) -> tuple[str, Sense] | None:
    """The lexicon entry for a noun, trying "compound + noun" first ("air strike", "hunger strike")."""
    lemma = _lemma(tok)
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and child.i == tok.i - 1:
            key = f"{_lemma(child)} {lemma}"
            if key in table:
                return key, table[key]
        if child.dep_ == "compound" and child.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-":
            key = f"{child.lower_}-{lemma}"  # "cease-fire" is one word split in three
            if key in table:
                return key, table[key]
    if lemma in table:
        return lemma, table[lemma]
    for child in tok.children if modifier else ():  # "violated the ceasefire agreement"
        # (a capitalised word read as another word's form is a name's: "hit Lower Shabelle" is no
        # "hit a low"; "violated the Ceasefire Agreement" still is the ceasefire)
        named = child.text[:1].isupper() and _lemma(child) != child.lower_
        if child.dep_ == "compound" and child.i == tok.i - 1 and not named and _lemma(child) in table:
            return _lemma(child), table[_lemma(child)]
    return None


def _ruled_out(chain: list[tuple[Token, str]]) -> Token | None:
    """The "is out of the question" that refuses the act at the foot of `chain` ("said lifting the ban
    is out of the question"), if one does."""
    def out_of_question(tok: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "out" and any(
            g.lower_ == "of" and any(q.dep_ == "pobj" and q.lower_ == "question" for q in g.children)
            for g in c.children) for c in tok.children)
    return next((t.head for t, _ in chain if t.dep_ in ("nsubj", "csubj", "nsubjpass") and out_of_question(t.head)),
                None)


def _verb_as_noun(tok: Token) -> bool:
    # Headlines in the present tense ("Germany and UNICEF hand over 30 vehicles"): the tagger
    # reads the verb as a noun, but a root with both a subject and an object is a verb.
    if tok.pos_ != "NOUN" or tok.dep_ != "ROOT":
        return False  # checked for every token: the children only for a noun at the root
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps


class Trigger:
    """One trigger found in a sentence; `carrier` is the light verb that holds a nominal trigger."""

    __slots__ = ("token", "sense", "rule", "tokens", "carrier", "nominal")

    def __init__(self, token: Token, sense: Sense, rule: str, tokens: Iterable[Token],
                 carrier: Token | None = None, nominal: bool = False):
        self.token, self.sense, self.rule = token, sense, rule
        self.tokens = sorted(set(tokens), key=lambda t: t.i)
        self.carrier, self.nominal = carrier, nominal


def _when(prep: Token) -> bool:
    """A preposition that only dates its head: "on Friday", "on 3 March", "on Nov. 2"."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _died_of(noun: Token) -> Token | None:
    """The verb "die" whose cause the noun is ("died as a result of torture", "after torture")."""
    tok = noun
    for _ in range(4):
        tok = tok.head
        if _lemma(tok) == "die":
            return tok
        if tok.dep_ not in ("prep", "pobj", "pcomp", "conj") or tok.head.i == tok.i:
            return None
    return None


def _infinitival(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _relative_antecedent(rel: Token) -> Token:
    """The person 'who' refers to: the name just before it (the parser often attaches too high)."""
    prev = rel.i - 1
    while prev >= 0 and rel.doc[prev].is_punct:
        prev -= 1
    if prev >= 0 and rel.doc[prev].pos_ == "PROPN" and rel.lower_ == "who":
        return rel.doc[prev]
    return rel.head.head


def _with_subject(verb: Token) -> Token | None:
    """The subject of an absolute "with" clause: "With Zelensky all but capitulating to the first
    demand, Russia ...". The parser hangs such a verb on "with", on "but", or on the main verb; the
    words between "with" and the verb name who does it, whatever the tree says."""
    if verb.tag_ != "VBG":
        return None
    for w in reversed(verb.doc[verb.sent.start:verb.i]):
        if w.text in (",", ";", ":") or w.pos_ == "VERB":
            return None
        if w.lower_ == "with":
            nouns = [t for t in verb.doc[w.i + 1:verb.i] if t.pos_ in ("PROPN", "NOUN", "PRON")]
            heads = [t for t in nouns if t.head not in nouns]
            return heads[0] if heads else None
    return None


def _co_actors(verb: Token, actors: list[Token]) -> list[Token]:
    """'The UN, along with US diplomats, called for ...', 'France, together with Germany, ...',
    'Kenya, alongside Uganda, sent troops': the second party acts too."""
    out = []
    for head in [verb, *actors]:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "alongside":
                withs = [c]
            elif (c.dep_ == "prep" and c.lower_ == "along") or (
                    c.dep_ == "advmod" and c.lower_ in ("together", "along") and head is not verb):
                withs = [w for w in c.children if w.lower_ == "with"]
            elif c.dep_ == "prep" and c.lower_ == "with" and head is not verb and any(
                    a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in (*head.children, *c.children)):
                withs = [c]
            else:
                continue
            out += [g for w in withs for g in w.children if g.dep_ == "pobj"]
    return out


def _agents_blamed(verb: Token) -> list[Token]:
    """Who did what is condemned: "condemned the arrest of journalists by Belarusian police",
    "concern over civilian deaths during an operation by Turkey"."""
    topics = [c for c in verb.children if c.dep_ == "dobj"]
    topics += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "at", "regarding")
               for g in c.children if g.dep_ == "pobj"]
    topics += [g for t in list(topics) for c in t.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "at")
               for g in c.children if g.dep_ == "pobj"]  # "expressed concern over ..."
    return [g for t in topics for by in t.subtree if by.dep_ == "prep" and by.lower_ == "by"
            for g in by.children if g.dep_ == "pobj" and _names_party(g)][:2]


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "was prevented from entering Gaza by Israeli forces": the parser hangs the agent on the gerund
        return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                     for v in c.children if v.dep_ == "pcomp" for g in _prep_objects(v, {"by"})
                     if _names_party(g)), None)
    return None


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    return [g for child in tok.children if child.dep_ == "prep" and child.lower_ in preps
            for g in child.children if g.dep_ == "pobj"]


VOLITIONAL = {"would", "wo", "will", "'d", "refuse", "decline", "position", "willing", "ready", "prepared"}


def _others(trig: Trigger, actors: list[Token], recipients: list[Token], source: Token | None,
            offset: int, given: set[int]) -> tuple[Mention, ...]:
    """Named parties elsewhere in the sentence: where the parse missed the counterpart
    ("expressed concern over the operation by Turkey"), resolve may find it here. `given`: the
    thing given, whose maker is no counterpart ("supplied US-Norwegian air defence systems")."""
    used = {t.i for t in actors + recipients + ([source] if source is not None else [])} | given
    used |= {c.i for t in actors + recipients for c in t.subtree}
    found = []
    sent = trig.token.sent
    own_clauses = {trig.token.i, *(t.i for t in trig.token.ancestors)}
    for ent in _ents_in(sent.doc, sent.start, sent.end):
        noun = ent.root
        while noun.dep_ in ("amod", "compound", "poss") and noun.head is not noun:
            noun = noun.head  # "the Chinese embassy": the party is the noun it names
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i not in own_clauses \
                and noun.head.dep_ == "conj" and noun.head.head.i in own_clauses:
            continue  # "troops remained on alert and the Embassy urged ...": the Embassy acts in its own clause
        if _tongue(ent):
            continue
        if ent.label_ in ("GPE", "NORP", "ORG", "PERSON") and not any(t.i in used for t in ent):
            m = Mention(ent.text, ent.start_char + offset, ent.end_char + offset, "name", ent.root.lower_,
                        (ent.text,), ent.label_ == "PERSON")
            found.append((abs(ent.start - trig.token.i) + (0 if ent.start > trig.token.i else 100), m))
    return tuple(m for _, m in sorted(found, key=lambda x: x[0]))


def _indefinite(trig: Trigger) -> bool:
    nouns = [t for t in trig.tokens if t.pos_ in ("NOUN", "PROPN")]
    for noun in nouns:
        heads = [noun, noun.head] if noun.head.lower_ == "of" else [noun]
        heads += [h.head for h in heads if h.lower_ == "of"]
        for h in [noun, *[t.head for t in heads]]:
            if any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "new", "one")
                   for c in h.children):
                return True
    return False


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Names the small model gets right enough that they are never where: "the 1967 war" (and a people,
# "Shiite Muslims", unless it qualifies a place: "the Thai border").
NEVER_PLACES = {"EVENT", "LANGUAGE", "LAW", "WORK_OF_ART"}
DEFINITE = {"the", "this", "these", "that", "those"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "into", "around", "on", "along", "off", "through",
               "throughout", "within"}
QUESTION_WORDS = {"what", "why", "whether", "how", "if", "who", "when", "where", "which"}
# Times of day the model runs a place name into: "an attack on Kyiv overnight" is one TIME to it.
TIMES_OF_DAY = {"overnight", "morning", "evening", "night", "afternoon", "tonight", "today", "yesterday"}


def _reciprocal(verb: Token) -> bool:
    """Whether the verb's object is "each other" or "one another"."""
    return any(_each_other(g) for c in verb.children if c.dep_ in ("dobj", "prep")
               for g in [c, *(x for x in c.children if x.dep_ == "pobj")])


def _each_other(tok: Token) -> bool:
    return " ".join(t.lower_ for t in tok.subtree) in ("each other", "one another")


def _counted(tok: Token) -> bool:
    """A number or an amount of something ("126 cases", "5 percent")."""
    return tok.like_num or tok.ent_type_ in NOT_PLACES or (
        any(c.dep_ == "nummod" for c in tok.children) and not any(c.dep_ == "det" for c in tok.children))


def _mistimed(tok: Token) -> bool:
    """A name swallowed by a time expression after it ("Kyiv overnight"): still a party."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("DATE", "TIME") or not tok.is_title:
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.lower_ in TIMES_OF_DAY and after.ent_type_ == tok.ent_type_


def _contexts(sent: Span, lex: Lexicon) -> tuple[str, ...]:
    lemmas = {_lemma(t) for t in sent}
    return tuple(name for name, words in lex.contexts.items() if lemmas & words)[:2]


# An actor's own word of what it will do: cooperation, a concession or a retreat is an AGREE (the
# spec: "offers, promises and stated willingness are AGREE"; PLOVER's manual would keep a promised
# withdrawal a CONCEDE, but the spec and the relation gold code "the rebels said they will release
# ..." AGREE); a refusal to come is a refusal now; force or punishment to come is a THREAT.
INTENT = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "AGREE",
          "CONCEDE": "AGREE", "REJECT": "REJECT", "PROTEST": "THREATEN",
          "ASSAULT": "THREATEN", "COERCE": "THREATEN", "SANCTION": "THREATEN", "MOBILIZE": "THREATEN"}
# What an announced act of force threatens (PLOVER's THREATEN modes), by the act's mode or type:
# "announced he will extend the curfew" threatens restrictions on the population.
THREAT_MODES = {"curfew": "restrict", "martial-law": "restrict", "restrict": "restrict", "censor": "restrict",
                "arrest": "arrest", "deport": "expel", "expel": "expel", "seize": "territory",
                "ASSAULT": "violence", "SANCTION": "relations"}
SUFFERED = {"ASSAULT", "COERCE", "RETREAT", "SANCTION"}
PARTICLES = {"out", "off", "down", "back", "away", "up"}
# A nationality that qualifies one of these names no side: "the Russian language", "Russian speakers".
TONGUES = {"language", "speaker", "dialect", "alphabet", "script", "literature"}
# What a refusal may answer, and who asked: "refused despite pressure from Brussels".
PRESSURES = {"pressure", "call", "demand", "appeal", "request", "plea", "urging"}


def _threat_mode(act: Sense) -> str | None:
    return THREAT_MODES.get(act.mode or "", THREAT_MODES.get(act.event_type))


# What a phone call can itself do (see `_call_purposes`).
SPOKEN = {"SUPPORT", "CONCEDE", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE"}
CASUALTIES = {"verb:kill", "verb:wound", "verb:injure"}
# What one can refuse ("would not commit": REJECT) or offer ("willing to withdraw": AGREE).
COOPERATIVE = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
SELF_ANNOUNCED = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
FORCEFUL = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "REJECT", "PROTEST"}
INTENDING = {"plan", "intend", "prepare", "vow", "swear", "pledge", "promise", "commit", "decide", "poise"}
MISSIONS = {"embassy", "consulate"}
# Acts whose object is a territory: what they are done to is where they happen.
TERRITORIAL = {"patrol", "storm", "capture", "seize", "overrun", "occupy", "invade", "besiege", "shell", "enter",
               "liberate", "recapture", "retake", "raid", "bomb"}
# A share of a place taken is taken there: "captured more than half of Zaire", "much of Liberia".
PORTIONS = {"half", "part", "much", "most", "percent", "%", "rest", "swath", "swathe", "chunk", "third",
            "quarter", "bulk"}
# Place nouns whose "of" names a place inside the one before them: "the West Bank city of Nablus"
# (but "the Krasnoyarsk region of Siberia" names the larger one).
TOWNS = {"city", "town", "village", "neighbourhood", "neighborhood", "suburb", "district", "camp", "port"}
FORECAST = {"expect", "likely", "predict", "forecast", "anticipate"}  # others' guess, nobody's commitment
MUST = {"must", "should"}
# Rules whose event is the saying itself ("X said Y must ...", "X said Y was responsible"): the speaker
# is the actor, not a source, and what is said is made now.
SAID_NOW = ("must:", "blame:", "critics:")
# What one "will do decisively" in answer to others (see `Rules._stern`).
RESPONDING = {"respond", "react", "retaliate", "deal", "answer", "hit", "strike"}


# What one is blamed for: "said the rebels were responsible for the attack" (not "for security").
HARMS = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "PROTEST"}


PARTY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# A game's result ("a 4-1 win", "their 27-10 loss"); a vote is "a 5-4 vote", a ruling "a 6-3 ruling".
# GAME_RESULT is the bare score read right after a verb's object ("beat Barcelona 3-1").
GAME_RESULT = re.compile(r"\d{1,3} ?- ?\d{1,3}\b")
GAME_SCORE = re.compile(r"\b\d{1,3}-\d{1,3} (?:win|victory|loss|defeat|draw|triumph|rout)\b", re.I)
# Two tennis sets in a row ("7-5 6-3", "6-4, 7-6 (7-4)"): a match, never a vote or a toll.
SET_SCORES = re.compile(r"\b[0-7]-[0-7](?: ?\(\d{1,2}-\d{1,2}\))?,? [0-7]-[0-7]\b")
# A game report (words.yaml, game_words): this many distinct game words in the article, spread over
# this many of its sentences and at least this share of them.
GAME_REPORT_WORDS = 4
GAME_REPORT_SENTENCES = 3
GAME_REPORT_SHARE = 0.2
_WORDS = re.compile(r"[a-z][a-z-]*")


def _helped(verb: Token) -> list[Token]:
    """Whom "help" helps: its object, or the subject the parser gives the bare infinitive after it
    ("helped Ukraine rebuild its grid")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]


def _scored(verb: Token) -> bool:
    """'beat Barcelona 3-1': a score right after the verb's object is a game's result."""
    doc = verb.doc
    return any(o.dep_ == "dobj" and GAME_RESULT.match(doc[o.i + 1:o.i + 4].text)
               for o in verb.children)


def _names_party(tok: Token) -> bool:
    return any(t.ent_type_ in PARTY_LABELS for t in tok.subtree)


def _stance_prefixed(tok: Token) -> bool:
    """'an anti-Syria journalist', 'pro-Russian separatists': the country is what the noun is for or
    against, not whose it is. The parser hangs "pro", "-" and "Russian" on the noun one by one."""
    doc = tok.doc
    i = tok.i
    while i > 0 and doc[i].ent_iob_ == "I":  # the entity's first token: "Pro" of "Pro-Russian"
        i -= 1
    if doc[i].lower_.startswith(("anti-", "pro-")):
        return True
    after = i + 1 < len(doc) and doc[i].lower_ in ("anti", "pro") and doc[i + 1].text == "-"
    before = i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro")
    return after or before


def _purposes_told(triggers: list[Trigger]) -> list[Trigger]:
    """'fired tear gas to disperse the protesters', 'began a hunger strike to protest against the
    decision': one act of force or protest, told twice. Force is told best by its purpose (whom,
    and how); a protest by its own act ("began a hunger strike"). ("Imposed a blockade to prevent
    arms deliveries" tells its act best itself; "agreed to set up" is what was agreed.) And "a
    bombing killed one soldier and wounded two others" is the toll of one attack."""
    def purpose(trig: Trigger) -> Trigger | None:
        verb = trig.carrier or trig.token
        return next((t for t in triggers if t is not trig and t.sense.event_type == trig.sense.event_type
                     and t.token.head.i == verb.i and _infinitival(t.token)
                     and (t.token.dep_ == "advcl" or (t.token.dep_ == "xcomp" and (
                         trig.carrier is not None or trig.rule.startswith("phrase:"))))), None)

    dropped = set()
    for trig in triggers:
        if trig.rule in CASUALTIES and trig.token.dep_ == "conj" and any(
                t is not trig and t.sense.event_type == "ASSAULT"
                and (trig.token.head in (t.token, t.carrier) or t.token.head is trig.token.head) for t in triggers):
            dropped.add(id(trig))
        if trig.rule in CASUALTIES and any(t.sense.event_type == "ASSAULT" and t.token.head.i == trig.token.i
                                           and t.token.dep_ in ("nsubj", "csubj") and t.token.pos_ == "VERB"
                                           for t in triggers):
            dropped.add(id(trig))  # "fighting between the army and rebels killed 12": the fighting's toll
        if trig.rule in CASUALTIES and trig.token.dep_ == "advcl" and any(
                t.rule.startswith("phrase:come ") and t.carrier is not None and t.carrier.i == trig.token.head.i
                for t in triggers):
            dropped.add(id(trig))  # "a patrol came under fire, killing two soldiers": the patrol was the target
        told = purpose(trig) if trig.sense.event_type in ("ASSAULT", "PROTEST") else None
        if told is not None:
            dropped.add(id(trig) if trig.sense.event_type == "ASSAULT" else id(told))
    return [t for t in triggers if id(t) not in dropped]


def _made_clear(tok: Token) -> Token | None:
    """The "made" of "made (it) clear that ...", which says what follows, like "said"."""
    if _lemma(tok) == "make" and any(c.lower_ == "clear" for c in tok.children):
        return tok
    if tok.lower_ == "clear" and _lemma(tok.head) == "make":
        return tok.head
    return None


def _nationality(tok: Token) -> bool:
    """'Ugandan opposition candidates', 'Chinese ships': a noun its nationality makes a party (the
    parser may tag the adjective a PERSON, or nothing but a proper noun)."""
    return any(c.dep_ in ("amod", "compound") and (c.ent_type_ in PARTY_LABELS or c.pos_ == "PROPN")
               and not _stance_prefixed(c) for c in tok.children)


def _returned_thing(verb: Token) -> bool:
    """Whether "return" gives something back beyond a direct object: "returned him the passport",
    "was returned by", or the parser's object in "returned to Brazil 21 frogs" (not "this week",
    "home", nor an apposition after a comma)."""
    return any(c.dep_ in ("dative", "agent") or (
        c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_ and c.lower_ != "home"
        and c.left_edge.nbor(-1).text != ",") for c in verb.children)


def _allowed(verb: Token) -> list[Token]:
    """Whom 'allow' is about: "allow locals to put out fires" (parsed as the subject of the
    complement) or "allow journalists in"."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]


def _meeting_topic(trig: Trigger, triggers: list[Trigger]) -> bool:
    """'will meet Putin to discuss the war', 'held talks to discuss trade', 'flew to Beijing for talks':
    talking is what the meeting or the visit is for, one consultation and not two."""
    tok = trig.token
    if trig.sense.event_type != "CONSULT":
        return False
    if trig.nominal and tok.dep_ == "pobj" and tok.head.lower_ == "for":  # "flew to Beijing for talks"
        head = tok.head.head
    elif tok.dep_ in ("advcl", "xcomp", "acl", "relcl") and _infinitival(tok):
        head = tok.head
    else:
        return False
    return any(t.sense.event_type == "CONSULT" and head.i in (t.token.i, getattr(t.carrier, "i", -1))
               for t in triggers if t is not trig)


def _protest_demand(trig: Trigger, protests: list[Trigger]) -> bool:
    """'demonstrated calling for independence', 'began a hunger strike to demand reforms': PLOVER
    codes a demand made by protesting as the PROTEST, not as a REQUEST besides it."""
    if trig.sense.event_type != "REQUEST" or trig.token.dep_ not in ("advcl", "xcomp", "acl", "prep", "pobj"):
        return False
    head = trig.token.head.head if trig.token.dep_ == "pobj" else trig.token.head  # "rioted in demand of"
    return any(head in t.tokens or head is t.carrier for t in protests)


def _trigger_text(doc: Doc, tokens: list[Token], start: int, end: int) -> str:
    """The trigger's words: the span itself when short ("held a series of talks"), else the words
    alone ("agreed ... reopen talks"), so a distant speech verb does not swallow the sentence."""
    ordered = sorted(tokens, key=lambda t: t.i)
    if ordered[-1].i - ordered[0].i <= 6:
        return _doc_text(doc)[start:end]
    return " ... ".join(t.text for t in ordered)


def _as_modifier(m: Mention, tok: Token, trig: Trigger) -> Mention:
    """A place name modifying the event noun ("the Kabul attack") may be where, not who."""
    if tok.dep_ in ("compound", "nmod") and tok.ent_type_ == "GPE" and tok.head.i == trig.token.i:
        return Mention(m.text, m.start, m.end, "modifier", m.head, m.names, m.person)
    return m


def _shift(m: Mention, offset: int) -> Mention:
    if not offset:
        return m
    return Mention(m.text, m.start + offset, m.end + offset, m.kind, m.head, m.names)


# A "sentence" longer than this is a list, a table or text without punctuation, not one the rules
# can read, and every trigger in it would look at all of it: time quadratic in its length (a
# 20,000-character run of "X attacked Y and ..." took 40 s). The longest sentence in the dev sets
# and the bench corpus has 134 tokens.
MAX_SENTENCE_TOKENS = 300


def _aftermath(c: Candidate, sent: Span, lex: Lexicon, offset: int) -> bool:
    """'At least seven people were wounded.' after an attack: its toll, not another attack. A toll
    that names its cause ("were killed in an airstrike") is kept."""
    if c.event_type != "ASSAULT" or c.actors or c.rule not in CASUALTIES:
        return False
    verb = next((t for t in sent if t.idx + offset == c.trigger_start), None)
    return verb is not None and not any(
        lex.nouns.get(_lemma(o), NO_EVENT).event_type == "ASSAULT"
        for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def _asks_the_quote(verb: Token) -> bool:
    """'"Why should we pay?" the minister asked reporters': "ask" with no request of its own after a
    question mark (the parser splits the quote off as a sentence of its own)."""
    return any(t.text == "?" for t in verb.doc[max(0, verb.sent.start - 2):verb.i]) and not any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children)


def _tongue(ent: Span) -> bool:
    """'Restrictions on the Russian language', 'Russian speakers in Latvia': a nationality that names no side."""
    return ent.label_ == "NORP" and ent.root.dep_ == "amod" and _lemma(ent.root.head) in TONGUES


def _pressed_by(verb: Token) -> list[Token]:
    """Who pressed for what was refused: "refused to resign despite calls from the opposition"."""
    clause = [verb, *(c for c in verb.children if c.dep_ == "xcomp"), *([verb.head] if verb.dep_ == "xcomp" else [])]
    return [g for v in clause for c in v.children if c.dep_ == "prep" and c.lower_ == "despite"
            for p in c.children if p.dep_ == "pobj" and _lemma(p) in PRESSURES
            for g in _prep_objects(p, {"from", "by"}) if g.pos_ in ("NOUN", "PROPN")]


def _coming(when: Token) -> bool:
    """'tomorrow', 'next week', 'next Monday' (not 'the next five years', a span that may have begun)."""
    return when.lower_ == "tomorrow" or (
        any(c.lower_ == "next" for c in when.children) and not any(c.dep_ == "nummod" for c in when.children)
        and (_lemma(when) in ("week", "month", "year", "weekend") or when.ent_type_ == "DATE"))


def _currency(ent: Span) -> bool:
    """'US $50 million', 'Hong Kong dollars': a currency names no party the story is about."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return nxt is not None and (nxt.tag_ == "$" or nxt.lower_ in ("dollar", "dollars"))


def doc_facts(doc: Doc, spans: list[tuple[int, int]] | None = None, offset: int = 0) -> DocFacts:
    names = []
    places = []
    mentioned = []
    cased = any(c.isupper() for c in _doc_text(doc))
    for ent in doc.ents:
        start = ent.start_char + offset
        if spans is not None and not any(s <= start < e for s, e in spans):
            continue
        if unnamed(ent, cased) or _tongue(ent):
            continue
        if ent.label_ in ("PERSON", "ORG", "NORP"):
            names.append(NameMention(ent.text, start, ent.label_, ent.sent.text))
        if ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP") and not _currency(ent):
            mentioned.append(ent.text)
        root = ent.root
        if root.dep_ == "compound":
            root = root.head
        # Where things happen ("in Kharkiv", "near the border with Syria"), not who is named:
        # in war reporting the aggressor's name outnumbers the country fought in.
        if ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON") and root.dep_ == "pobj" \
                and root.head.lower_ in PLACE_PREPS | {"from", "across", "throughout", "of"}:
            places.append(ent.text)
    return DocFacts(tuple(names), tuple(places), tuple(mentioned), tuple(doc_toponyms(doc, offset)))


def merge_facts(parts: list[DocFacts]) -> DocFacts:
    return DocFacts(tuple(n for p in parts for n in p.names), tuple(x for p in parts for x in p.places),
                    tuple(x for p in parts for x in p.mentioned), tuple(t for p in parts for t in p.toponyms))


# ---- the rules -----------------------------------------------------------------------------------


class Rules:
    """The extraction rules, reading their word classes (knowledge/words.yaml) from one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.words = w = lex.words
        # Nouns for people: whose nationality says nothing of where ("killed one U.S. soldier").
        self.people = (w.person_heads | w.role_heads | w.group_heads | w.fighters | w.crowds | w.workers
                       | w.hosted | w.abductees)

    def _objects(self, verb: Token) -> list[Token]:
        """A verb's object nouns, looking through quantifiers and the passive subject."""
        objs = []
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
                objs.append(child)
            elif child.dep_ in ("ccomp", "xcomp") and any(a.tag_ == "TO" for a in child.children):
                # "declared a state of siege to begin at midnight": the parser makes the object a subject
                objs.extend(g for g in child.children if g.dep_ == "nsubj" and g.pos_ == "NOUN")
            elif child.dep_ == "prep" and child.lower_ in ("under", "in", "into", "to", "on") and _lemma(verb) in (
                "come", "be", "go", "enter", "engage", "hold", "take", "put", "remain", "stay", "pour", "spill"
            ):  # ("poured into the streets": where a crowd goes can be the act)
                objs.extend(g for g in child.children if g.dep_ == "pobj")
        objs += [c for o in objs for c in o.conjuncts if c.pos_ in ("NOUN", "PROPN")]
        if not objs:  # "rally and solidify support": the second verb's object is the first's too
            objs = [c for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB" and v.i <= verb.i + 3
                    for c in v.children if c.dep_ == "dobj"]
        out: list[Token] = []
        for obj in objs:
            if _lemma(obj) in self.words.quantifiers:
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        out.extend(g for g in prep.children if g.dep_ == "pobj")
            out.append(obj)
        return out

    def find_triggers(self, sent: Span) -> list[Trigger]:
        found: list[Trigger] = []
        consumed: set[int] = set()
        for tok in sent:
            main_be = tok.pos_ == "AUX" and _lemma(tok) == "be" and tok.dep_ in ("ROOT", "ccomp", "conj")
            if (tok.pos_ != "VERB" and not main_be and not _verb_as_noun(tok)) or tok.i in consumed or tok.dep_ in (
                    "amod", "compound"):
                continue  # "be" counts only as the main verb of a phrase: "has been under siege"
            if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and any(c.dep_ == "det" for c in tok.children):
                continue  # "evacuated the wounded", "mourned the dead": a participle used as a noun
            if tok.dep_ == "acomp" and tok.i >= 2 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_ \
                    and not tok.nbor(-2).whitespace_:
                continue  # "firms were worst-hit": an adjective made with a hyphen describes, it reports no act
            lemma = _lemma(tok)
            trig = self._stern(tok, lemma) or self._verb_trigger(tok, lemma, consumed)
            if trig is not None:
                found.append(trig)
        for tok in sent:  # "ready to contribute", "willing to provide": an offer, PLOVER's AGREE
            if tok.pos_ == "ADJ" and _lemma(tok) in self.words.willing and tok.i not in consumed:
                xcomp = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
                if xcomp and not any(t.token.i == xcomp[0].i or xcomp[0] in t.tokens for t in found):
                    consumed.add(tok.i)
                    found.append(Trigger(tok, Sense("AGREE"), f"willing:{_lemma(tok)}", [tok, xcomp[0]]))
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed or tok.dep_ == "compound":
                continue
            hit = _noun_key(tok, self.lex.nouns) or self._nominal_phrase(tok)
            if hit is None:
                continue
            key, sense = hit
            if sense is NO_EVENT:
                continue
            if key in self.lex.weak_nouns \
                    and not (_lemma(tok) == "strike" and _prep_objects(tok, {"on", "against"})) \
                    and not _prep_objects(tok, {"between"}):
                continue  # a vague noun counts alone only with a target or both sides: "strikes on Lviv"
            if tok.pos_ == "PROPN" and not tok.is_title:
                continue
            if self._standalone(tok) and self._has_participant(tok):
                consumed.add(tok.i)
                found.append(Trigger(tok, self._given(tok, sense), f"noun:{key}", [tok], nominal=True))
            elif sense.mode in ("torture", "beat") and _died_of(tok) is not None:
                consumed.add(tok.i)  # "died in prison after torture": the victim is known, the torturer not
                found.append(Trigger(tok, sense, f"died:{key}", [tok], nominal=True))
        return found

    def _verb_trigger(self, tok: Token, lemma: str, consumed: set[int]) -> Trigger | None:
        if tok.i >= 2 and tok.nbor(-1).text == "-" and not tok.nbor(-2).whitespace_:
            # the tokenizer splits "test-fired": the hyphenated verb is the lexicon's ("test-fire": MOBILIZE)
            hyphened = self.lex.verbs.get(f"{tok.nbor(-2).lower_}-{lemma}")
            if hyphened is not None and hyphened is not NO_EVENT:
                consumed.update((tok.i, tok.nbor(-2).i))
                return Trigger(tok, hyphened, f"verb:{tok.nbor(-2).lower_}-{lemma}", [tok.nbor(-2), tok])
        # ("spoke by telephone with Putin": the prepositions under the means count as the verb's)
        for child in [*tok.children, *(p for m in self._means(tok) for p in m.children if p.dep_ == "prep")]:
            if child.dep_ == "prep" and _when(child):
                continue  # "called Erdogan on Friday" is a call, not "call on"; "agreed on Monday" is not "agree on"
            if child.dep_ in ("prt", "prep") or (child.dep_ == "advmod" and child.lower_ in PARTICLES):
                particle: Token | None = child  # (the parser may call "out" in "walked out" an adverb)
            elif child.dep_ in ("advcl", "ccomp"):
                # "called for Egyptians to join the march": the parser made "for" a clause marker
                particle = next((m for m in child.children if m.dep_ == "mark" and m.lower_ == "for"), None)
            else:
                continue
            if particle is None:
                continue
            if particle.dep_ == "prep" and particle.lower_ == "over" and any(
                    o.dep_ == "pobj" for o in particle.children) and any(o.i < particle.i for o in self._objects(tok)):
                continue  # "took the government to task over the detentions": no takeover
            key = f"{lemma} {particle.lower_}"
            if child.dep_ == "prt" and key not in self.lex.verb_preps:
                break  # "fell down to the ground" is not "fell to" the enemy
            if key in self.lex.verb_preps:
                if particle.dep_ == "prep" and any(_counted(o) for o in particle.children if o.dep_ == "pobj"):
                    return None  # "falling to 126 cases": a figure, not a city falling to an army
                if key == "fall to" and not any(
                        self._is_person_like(o) or o.pos_ == "PROPN" or _lemma(o) in self.words.fighters
                        for o in particle.children if o.dep_ == "pobj"):
                    return None  # "gold fell to dollars 413", "fell to her death": no one took anything
                left = [g for o in particle.children if o.dep_ == "prep" and o.lower_ == "of"
                        for g in o.children if g.dep_ == "pobj"]  # "walked out of the talks"
                for obj in [*self._objects(tok), *left]:  # "took out a march": a "verb particle noun" phrase says more
                    phrase = self.lex.by_verb.get(lemma, {}).get(f"{particle.lower_} {_lemma(obj)}")
                    if phrase is not None:
                        consumed.update((tok.i, particle.i, obj.i))
                        return None if phrase is NO_EVENT else Trigger(
                            tok, phrase, f"phrase:{key} {_lemma(obj)}", [tok, particle, obj])
                sense = self.lex.verb_preps[key]
                if particle.dep_ == "prep" and sense.event_type == "AGREE":
                    # "committed 2,000 troops to the mission": what is committed to a place is sent there
                    for obj in (o for o in tok.children if o.dep_ == "dobj"):
                        hit = _noun_key(obj, self.lex.by_verb.get(lemma, {}), modifier=True)
                        if hit is not None and hit[1] is not NO_EVENT:
                            consumed.update((tok.i, obj.i))
                            return Trigger(tok, hit[1], f"phrase:{lemma} {hit[0]}", [tok, obj])
                consumed.update((tok.i, particle.i))
                return None if sense is NO_EVENT else Trigger(tok, sense, f"verb_prep:{key}", [tok, particle])
        for obj in self._objects(tok):
            hit = _noun_key(obj, self.lex.by_verb.get(lemma, {}), modifier=True)
            if hit is not None:
                key, sense = hit
                consumed.update((tok.i, obj.i))
                own = _noun_key(obj, self.lex.nouns)
                if sense is NO_EVENT or (own is not None and own[1] is NO_EVENT and " " in own[0]):
                    return None  # "carried out surgical operations": the modifier says it is no assault
                if own is not None and " " in own[0] and sense.event_type in HARMS and own[1].event_type not in HARMS:
                    sense = own[1]  # "launched a relief operation": the modifier says it is help, not force
                if _lemma(obj) in self.words.worries and _prep_objects(obj, {"for"}) and not _prep_objects(
                        obj, {"about", "over", "at", "regarding"}):
                    return None  # "expressed concern for the president's health": sympathy, not blame
                if obj.dep_ == "pobj" and sense.event_type not in COOPERATIVE:
                    # "came under shelling": the shelling is the event, the subject its target
                    if sense.event_type == "ASSAULT" and self._censured(tok, obj):
                        sense = Sense("ACCUSE", "disapprove")
                    return Trigger(obj, sense, f"phrase:{lemma} {key}", [tok, obj.head, obj], carrier=tok, nominal=True)
                if obj.dep_ == "pobj":  # "came out in favour of": the subject's own act
                    return Trigger(tok, sense, f"phrase:{lemma} {key}", [tok, obj.head, obj])
                return Trigger(tok, sense, f"phrase:{lemma} {key}", [tok, obj])
        if self.lex.verbs.get(lemma, NO_EVENT).event_type == "ASSAULT" and any(
                _lemma(o) in self.words.disasters for o in [*self._objects(tok), *_prep_objects(tok, {"against"})]):
            return None  # "doctors fought cholera", "crews battled the blaze": a disaster is nobody's side
        if lemma in self.lex.light_verbs:
            for obj in self._objects(tok):
                hit = _noun_key(obj, self.lex.nouns)
                if hit is not None and hit[1].event_type in HARMS and lemma in self.words.aid_verbs \
                        and _lemma(obj) in self.words.aid_objects:
                    break  # "provided Taurus missiles to Ukraine": weapons given are aid, not an attack
                if lemma in self.words.pondering and _lemma(obj) in self.words.proposals:
                    continue  # "will consider the appeal": another's proposal, weighed
                if hit is not None and hit[1] is not NO_EVENT and obj.i not in consumed:
                    consumed.update((tok.i, obj.i))
                    return Trigger(obj, self._given(obj, hit[1]), f"light:{lemma} {hit[0]}", [tok, obj], carrier=tok,
                                   nominal=True)
        objs = [o for o in tok.children if o.dep_ == "dobj"]
        if tok.dep_ in ("acl", "amod") and tok.tag_ in ("VBN", "VBG") \
                and self.lex.verbs.get(lemma, NO_EVENT).event_type in (
                "SUPPORT", "REJECT", "AID", "COOPERATE") and not any(c.dep_ in ("nsubj", "aux") for c in tok.children) \
                and not (self.lex.verbs[lemma].event_type == "AID" and _agent(tok) is not None):
            return None  # "militias backed by Turkey", "activities opposing the war": a description, unlike
            # "medicines donated by Japan" or "people evacuated by the US", which report help given
        # ("Cuban doctors were sent to Mexico": what is given may be the passive's subject)
        given = objs + [c for c in tok.children if c.dep_ == "nsubjpass" and _lemma(c) not in self.words.displaced] + [
            g for c in tok.children if c.dep_ in ("dative", "prep") and c.lower_ in ("to", "with")
                        for g in c.children if g.dep_ in ("pobj", "pcomp")  # "with what now totals $50bn"
                        and _lemma(g) not in self.words.place_nouns]  # ("deployed vans to aid points": where to)
        given += [c for o in given for c in o.conjuncts]
        if lemma in self.words.aid_verbs and any(self._aid_like(o, money=lemma != "take") for o in given):
            if lemma not in ("offer", "pledge"):
                consumed.add(tok.i)
                return Trigger(tok, Sense("AID"), f"aid:{lemma}", [tok])
        if lemma in ("be", "remain", "become") and any(
                _lemma(d) in self.words.donors for c in tok.children if c.dep_ == "attr"
                for d in [c, *_prep_objects(c, {"of"})]):
            consumed.add(tok.i)  # "Norway remains the largest donor to Somalia": it gives aid
            return Trigger(tok, Sense("AID"), f"donor:{lemma}", [tok])
        if lemma in ("give", "grant") and self._permitted(tok) and any(
                _lemma(o) in self.words.permissions | {"go-ahead"} or (_lemma(o) == "light" and any(
                    c.lower_ == "green" for c in o.children)) for o in objs):
            consumed.add(tok.i)  # "gave approval for the UN to deliver aid": a permission, like "allowed"
            return Trigger(tok, Sense("CONCEDE"), f"permit:{lemma}", [tok])
        if lemma == "spend" and any(self._aid_like(o) for o in objs) and self._spent_on(tok):
            consumed.add(tok.i)  # "spent 2 billion pounds on helping refugees"
            return Trigger(tok, Sense("AID"), "spent:spend", [tok])
        if lemma == "blame" and objs and all(_lemma(o) in self.words.impersonal_causes for o in objs):
            consumed.add(tok.i)  # "cut its outlook, blaming weak sales": a cause, no one accused
            return None
        ultimatum = self._ultimatum(tok, objs) if lemma == "give" else None
        if ultimatum is not None:
            consumed.update(t.i for t in ultimatum.tokens)  # what the deadline demands is not done yet
            return ultimatum
        if lemma in ("fire", "sack", "dismiss") and any(_lemma(o) in self.words.hosted for o in objs):
            consumed.add(tok.i)  # "fired his ambassadors": a dismissal, not gunfire
            return Trigger(tok, Sense("SANCTION", "expel"), f"dismiss:{lemma}", [tok])
        if lemma == "welcome" and ((objs and not any(self._is_person_like(o) for o in objs)) or any(
                c.dep_ in ("ccomp", "xcomp") and any(a.tag_ == "TO" for a in c.children) for c in tok.children)):
            consumed.add(tok.i)  # "welcomed the decision", "welcomed Putin to mediate": approval, not a visit
            return Trigger(tok, Sense("SUPPORT"), "verb:welcome", [tok])
        # The special verbs below are checked by lemma first: this runs for every verb of every sentence.
        if lemma in ("use", "hold", "keep", "take"):
            shield = [g for h in (tok, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ == "pobj" and _lemma(g) == "shield"]
            if shield:
                consumed.add(tok.i)  # "held civilians as human shields": CAMEO 184, an ASSAULT on them
                return Trigger(tok, Sense("ASSAULT"), f"shield:{lemma}", [tok, shield[0]])
        if lemma in ("put", "place", "keep") and any(_lemma(o) in self.words.fighters for o in objs):
            alert = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
                     for g in c.children if g.dep_ == "pobj" and _lemma(g) in ("alert", "standby")]
            if alert:
                consumed.add(tok.i)  # "placed a brigade on alert": readying force
                return Trigger(tok, Sense("MOBILIZE", "troops"), f"alert:{lemma}", [tok, alert[0]])
        if lemma in ("hit", "strike", "target", "affect"):
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            hit = _noun_key(agents[0], self.lex.nouns) if agents else None
            if hit is not None and hit[1] is not NO_EVENT and hit[1].event_type != "ASSAULT":
                consumed.update((tok.i, agents[0].i))  # "banks were hit by a cyber attack": the attack's type
                return Trigger(agents[0], hit[1], f"noun:{hit[0]}", [tok, agents[0]], carrier=tok, nominal=True)
        if lemma == "strike" and not objs and not _prep_objects(tok, {"at", "against"}) and any(
                _lemma(h) in self.words.crowds | self.words.workers for h in self._counted_heads(self._subject(tok))):
            consumed.add(tok.i)  # "air traffic controllers will strike on Friday": a walkout, not an attack
            return Trigger(tok, Sense("PROTEST", "strike"), "walkout:strike", [tok])
        if lemma in ("free", "liberate", "recapture", "retake") and any(self._is_place(o) for o in objs) \
                and _prep_objects(tok, {"from"}):
            consumed.add(tok.i)  # "freed the town of Kobani from the Islamic State": taken back by force
            return Trigger(tok, Sense("COERCE", "seize"), f"retaken:{lemma}", [tok])
        if lemma in ("send", "dispatch", "deploy") and any(
                _lemma(t) in self.words.inquirers for o in objs for t in [o, *_prep_objects(o, {"of"})]):
            consumed.add(tok.i)  # "dispatched inspectors to Iran": PLOVER counts every investigation as ACCUSE
            return Trigger(tok, Sense("ACCUSE", "investigate"), f"inquiry:{lemma}", [tok])
        if lemma in ("set", "let"):
            free = [c for h in (tok, *objs) for c in h.children if c.lower_ == "free" and c.pos_ == "ADJ"]
            if free:
                consumed.add(tok.i)  # "set free dozens of activists", "let the hostages free"
                return Trigger(tok, Sense("RETREAT", "release"), f"free:{lemma}", [tok, free[0]])
        if lemma in self.words.naming and (objs or any(c.dep_ == "oprd" for c in tok.children)):
            insult = self._insult(tok)
            if insult is not None:
                consumed.add(tok.i)  # "called the ambassador a very stupid guy": name-calling, PLOVER's disapproval
                return Trigger(tok, Sense("ACCUSE", "disapprove"), f"insult:{lemma}", [tok, insult])
        traveller = self._subject(tok) if lemma in ("travel", "fly") else None
        if traveller is not None and (traveller.ent_type_ == "PERSON" or _lemma(traveller) in self.words.hosted) \
                and any(o.ent_type_ == "GPE" for o in _prep_objects(tok, {"to"})):
            consumed.add(tok.i)  # "the prime minister will travel to Poland": a state visit
            return Trigger(tok, Sense("CONSULT", "visit"), f"visit:{lemma}", [tok])
        if lemma in self.words.arrivals and self._peacekeeping(tok):
            consumed.add(tok.i)  # "Chinese peacekeepers arrived in South Sudan": military assistance
            return Trigger(tok, Sense("AID"), f"peacekeep:{lemma}", [tok])
        if lemma == "order" and not any(_lemma(c) in self.words.fighters for c in tok.children
                                         if c.dep_ in ("dobj", "nsubjpass")):
            ordered = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            done = _lemma(ordered[0]) if ordered else ""
            sent_away = [t for o in objs for t in [o, *_prep_objects(o, {"of"})] if _lemma(t) in self.words.hosted]
            if done == "leave" and sent_away:
                consumed.update((tok.i, ordered[0].i))  # "ordered two diplomats to leave": an expulsion
                return Trigger(tok, Sense("SANCTION", "expel"), "order:leave", [tok, ordered[0]])
            if done in self.words.ordered_stops or done in self.words.ordered_duties:
                consumed.update((tok.i, ordered[0].i))  # "ordered the paper to close", "to appear for questioning"
                sense = Sense("COERCE", "restrict") if done in self.words.ordered_stops else Sense("REQUEST")
                return Trigger(tok, sense, f"order:{done}", [tok, ordered[0]])
        if lemma == "retaliate":
            means = [hit for o in _prep_objects(tok, {"with"}) for hit in [_noun_key(o, self.lex.nouns)]
                     if hit is not None and hit[1] is not NO_EVENT]
            if means:  # "retaliated with tariffs": what it did back
                consumed.add(tok.i)
                return Trigger(tok, means[0][1], f"verb:retaliate with {means[0][0]}", [tok])
        if lemma in ("help", "assist") and any(_names_party(o) for o in _helped(tok)) \
                and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) \
                and (helper := self._subject(tok)) is not None and _names_party(helper):
            # "the US helped Ukraine rebuild its grid": one party's help to another (what "will help"
            # is mostly a hope or a forecast, "the deal will help Egypt", not a pledge)
            consumed.add(tok.i)
            return Trigger(tok, Sense("AID"), f"help:{lemma}", [tok])
        if lemma == "strip" and any(_lemma(g) in self.words.stripped for h in (tok, *objs)
                                    for g in _prep_objects(h, {"of"})):
            consumed.add(tok.i)  # "stripped 94 critics of their citizenship": a state's coercion
            return Trigger(tok, Sense("COERCE", "restrict"), "strip:strip", [tok])
        if lemma in ("speak", "talk", "chat") and self._means(tok):
            consumed.add(tok.i)  # "the two presidents spoke by phone": a call
            return Trigger(tok, Sense("CONSULT", "phone"), f"phone:{lemma}", [tok])
        if lemma in ("press", "push") and any(self._is_party(o) for o in objs) and (lemma == "press" or any(
                c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children) for c in tok.children)):
            consumed.add(tok.i)  # "pressed Serbia to ease tensions", "pushed Iran to accept": pressure on a party
            return Trigger(tok, Sense("REQUEST"), f"press:{lemma}", [tok])
        if lemma == "leave" and any(_lemma(s) in self.words.fighters for s in [self._subject(tok)] if s is not None) \
                and any(o.ent_type_ in ("GPE", "LOC") or _lemma(o) in self.words.place_nouns for o in objs):
            consumed.add(tok.i)  # "American troops began leaving Afghanistan"
            return Trigger(tok, Sense("RETREAT", "withdraw"), "verb:leave", [tok])
        if lemma in ("march", "move", "roll", "push") and any(
                _lemma(s) in self.words.fighters for s in self._counted_heads(self._subject(tok))) \
                and any(c.dep_ == "prep" and c.lower_ in ("into", "on", "towards", "toward") for c in tok.children):
            consumed.add(tok.i)  # "troops marched into the camp": a force moving in, not a protest march
            return Trigger(tok, Sense("MOBILIZE", "troops"), f"verb:{lemma}", [tok])
        if lemma == "fight" and objs and all(_lemma(o) in self.words.disputed for o in objs):
            return None  # "fighting extradition", "fought the ruling in court": a legal battle
        if lemma in ("hit", "reach", "top") and objs and all(o.pos_ != "PROPN" and (
                o.ent_type_ in FIGURES or _lemma(o) in self.words.figures
                or any(_lemma(c) in self.words.figures for c in o.children)) for o in objs):
            return None  # "net buying hit a record 1.55 billion dlrs", "oil hit $44": a figure reached
        if lemma == "snatch" and not any(
                o.ent_type_ in ("PERSON", "NORP") or o.lower_ in ("him", "her", "them")
                or _lemma(o) in self.words.abductees | self.words.hosted | self.words.crowds
                for o in [*objs, *(c for c in tok.children if c.dep_ == "nsubjpass")]):
            return None  # "snatched victory", "snatched service weapons": no one abducted
        if lemma == "demonstrate" and objs:
            return None  # "demonstrated its functions", "its resolve": showed, not a protest
        if lemma == "warn" and not self._threatening(tok, objs):
            return None  # "analysts warned that the fall could be short-lived": a forecast, not a threat
        # The parser often takes the person called for an object predicate ("called [President X] on Friday").
        called = objs + [c for c in tok.children if c.dep_ == "oprd" and c.ent_type_ in ("PERSON", "GPE", "ORG")]
        naming = tok.dep_ == "acl" and (tok.i == 0 or tok.nbor(-1).text != ",")  # "a programme called Bolsa Familia"
        if lemma == "call" and called and not naming and all(self._is_person_like(o) for o in called) \
                and not any(c.dep_ in ("ccomp", "acomp", "attr") or (c.dep_ == "oprd" and c not in called)
                            for c in tok.children):
            consumed.add(tok.i)  # "Erdogan called Putin on Friday": a phone call ("called him a liar" is not)
            return Trigger(tok, Sense("CONSULT", "phone"), "call:call", [tok])
        verb_sense = self.lex.verbs.get(lemma)
        if verb_sense is None or verb_sense is NO_EVENT:
            return None
        # what is acted on may be a passive subject or the noun a participle describes ("the figures, released by")
        themes = objs + [c for c in tok.children if c.dep_ == "nsubjpass"] + (
            [tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" else [])
        if lemma in ("attack", "assault", "blast") and objs and all(
                _lemma(o) in self.words.disputed | self.words.neutral_objects for o in objs):
            consumed.add(tok.i)  # "attacked the court's decision", "attacked the tax plans": words, not weapons
            return Trigger(tok, Sense("ACCUSE", "disapprove"), f"disputed:{lemma}", [tok])
        if verb_sense.event_type not in OPINIONS and any(_lemma(o) in self.words.neutral_objects for o in themes):
            return None  # a plan or a report can be rejected or condemned, but releasing one is not a release
        if verb_sense.mode == "arrest" and any(_lemma(g) == "hospital" and not any(c.dep_ == "det" for c in g.children)
                                               for g in _prep_objects(tok, {"in"})):
            return None  # "ninety people were detained in hospital": kept for treatment ("in a hospital": arrested)
        if _court_plea(tok):
            return None  # "pleaded guilty to the charges": a plea in court asks no one for anything
        if lemma == "release" and any(o.ent_type_ == "MONEY" or _lemma(o) in self.words.sums for o in themes):
            consumed.add(tok.i)  # "released $40 billion in military aid to Ukraine": aid, not captives
            return Trigger(tok, Sense("AID"), f"aid:{lemma}", [tok])
        if verb_sense.event_type == "ASSAULT" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in SUBJ \
                and self.lex.verbs.get(_lemma(tok.head.head), NO_EVENT).event_type == "ASSAULT":
            return None  # "a missile fired by X hit the market": one attack, told by "hit"
        if tok.lower_ == "barring" and tok.dep_ != "ROOT" and not any(c.dep_ in SUBJ | {"aux"} for c in tok.children):
            return None  # "barring a delay": unless, not a ban
        if lemma == "consult" and objs and not any(self._is_person_like(o) or o.pos_ == "PROPN" for o in objs):
            return None  # "the materials they consult": reading, not consultation
        if lemma in ("recognize", "recognise") and themes and not any(
                self._is_person_like(o) or o.pos_ == "PROPN" or _lemma(o) in self.words.recognised for o in themes):
            return None  # "recognised the need for change": an insight, not recognition of a party or a status
        if lemma == "return" and not themes and not _returned_thing(tok):
            if any(_lemma(s) in self.words.fighters for s in self._counted_heads(self._subject(tok))):
                consumed.add(tok.i)  # "the troops returned to their barracks": a withdrawal
                return Trigger(tok, Sense("RETREAT", "withdraw"), "verb:return", [tok])
            return None  # "negotiators return to Geneva", "returned home": coming back gives nothing back
        if lemma == "threaten" and any(c.dep_ == "nsubj" for c in tok.children) and all(
                _lemma(c) in self.words.circumstances and not c.ent_type_ for c in tok.children if c.dep_ == "nsubj"):
            return None  # "the crisis threatens to derail talks": a risk, not a party's threat
        if lemma == "meet" and any(_lemma(o) in self.words.met_things for o in themes + _prep_objects(tok, {"with"})):
            return None  # "his concerns had been met", "met with protests": not a meeting
        if lemma in ("receive", "welcome") and not any(self._is_person_like(o) for o in objs):
            return None
        xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
        if lemma == "seek" and xcomps and _lemma(xcomps[0]) not in self.words.sought:
            return None  # "sought to ease tensions": an attempt; "sought to obtain jets from the US" asks
        if lemma == "oppose" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as":
            return None  # "as opposed to": a comparison
        if lemma in ("decline", "refuse") and any(_lemma(x) in self.words.no_comment for x in xcomps):
            return None  # "declined to comment" is silence, not a rejection
        if lemma == "ask" and (any(c.dep_ == "ccomp" and c.left_edge.lower_ in QUESTION_WORDS for c in tok.children)
                               or _asks_the_quote(tok)):
            return None  # "asked what the government had to hide", '"Why pay?" she asked': a question
        if lemma == "ask" and (any(_lemma(x) in self.words.no_comment | {"about"} for x in xcomps) or
                               any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.children)):
            return None  # "when asked by TASS to comment", "asked about the talks": an interview
        if lemma == "ask" and tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(
                c.dep_ in SUBJ | {"agent"} for c in tok.children):
            return None  # "Asked if France would send troops, Macron said ...": the reporter's question
        if lemma == "attend" and not any(_lemma(o) in self.words.meetings for o in objs):
            return None  # attending a ceremony or a school is not a consultation
        # ("a round of talks": the talks; "the conference that it was hosting": not known here)
        hosted = [o for o in self._objects(tok) if o.pos_ not in ("PRON", "DET", "SCONJ")] if lemma == "host" else []
        if hosted and not any(  # ("a group of African leaders": the leaders)
                _lemma(t) in self.words.meetings | self.words.hosted or t.ent_type_ in ("PERSON", "GPE", "NORP")
                for o in hosted for t in [o, *_prep_objects(o, {"of"})]):
            if any(_lemma(o) in self.words.displaced for o in hosted):
                consumed.add(tok.i)  # "Turkey hosts 3.6 million Syrian refugees": refuge given
                return Trigger(tok, Sense("AID"), f"aid:{lemma}", [tok])
            return None  # hosting the World Cup, a song contest or a festival is no meeting
        if lemma == "agree" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) \
                and (any(c.dep_ == "ccomp" for c in tok.children) or (tok.tag_ in ("VBP", "VBZ") and not any(
                    c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("on", "to")) for c in tok.children))):
            return None  # "agreed with the Senate that ...", "we agree with the ruling": sharing a view
        consumed.add(tok.i)
        return Trigger(tok, verb_sense, f"verb:{lemma}", [tok])

    def _peacekeeping(self, verb: Token) -> bool:
        """Whether the verb's subject, or the operation it joins, keeps a peace: "peacekeepers arrived",
        "troops participate in peacekeeping operations"."""
        subj = self._subject(verb)
        words = list(subj.subtree) if subj is not None else []  # "contingents of peacekeeping troops"
        words += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
                  for o in c.children if o.dep_ == "pobj" for g in (o, *o.children)]
        words += [g for c in verb.children if c.dep_ in ("xcomp", "advcl")  # "arrived to join the mission"
                  for o in c.children if o.dep_ == "dobj" for g in (o, *o.children)]
        return any(_lemma(w).startswith("peacekeep") for w in words)

    def _standalone(self, noun: Token) -> bool:
        """Whether a nominal trigger reports an event rather than referring back to one.

        "Israeli airstrikes killed ...", "Talks between X and Y took place" report it;
        "helping end the invasion" and "after the talks" only refer to it.
        """
        if noun.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos"):
            return True
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            host = noun.head.head
            if _lemma(host) in self.words.noun_hosts and noun.head.lower_ in ("in", "on", "for", "of", "during"):
                return True
            if noun.head.lower_ == "of" and (_lemma(host) in ("one", "some", "many", "several") or
                                             host.dep_ in ("nsubj", "ROOT")):
                return True
        return False

    def _nominal_phrase(self, noun: Token) -> tuple[str, Sense] | None:
        """A verb phrase made a noun: 'Kenya's recall of its ambassador' is 'recall ambassador',
        'the signing of a pact' 'sign pact' (the object follows "of")."""
        of = _prep_objects(noun, {"of"})
        if not of:  # (runs for every noun the lexicon lacks)
            return None
        lemma = _lemma(noun)
        stem = lemma[:-3] if lemma.endswith("ing") else lemma
        for verb in dict.fromkeys((lemma, stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else stem)):
            for obj in of:
                hit = _noun_key(obj, self.lex.by_verb.get(verb, {}), modifier=True)
                if hit is not None and hit[1] is not NO_EVENT:
                    return f"{verb} {hit[0]}", hit[1]
        return None

    def _ultimatum(self, verb: Token, objs: list[Token]) -> Trigger | None:
        """'gave the French ambassador 72 hours to leave' expels him (PLOVER SANCTION); 'gave the rebels
        48 hours to surrender' is an ultimatum (THREATEN)."""
        spans = [o for o in [*objs, *(c for c in verb.children if c.dep_ == "npadvmod")]
                 if _lemma(o) in ("hour", "day", "week", "minute")]
        deed = next((c for h in (verb, *spans) for c in h.children if c.dep_ in ("advcl", "relcl", "xcomp")
                     and c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children)), None)
        if not spans or deed is None:
            return None
        told = [c for c in verb.children if c.dep_ == "dative"]
        if _lemma(deed) in ("leave", "quit", "depart", "go") and any(_lemma(t) in self.words.hosted for t in told):
            return Trigger(verb, Sense("SANCTION", "expel"), "ultimatum:expel", [verb, spans[0], deed])
        return Trigger(verb, Sense("THREATEN"), "ultimatum:threat", [verb, spans[0], deed])

    def _claimant(self, sent: Span) -> Token | None:
        """Who claims an attack in this sentence or the next: 'a bomb killed 12; the Pakistani
        Taliban claimed responsibility'. 'No group has claimed responsibility' names no one."""
        doc = sent.doc
        after = doc[sent.end].sent if sent.end < len(doc) else None
        for tok in [*sent, *(after or ())]:
            if _lemma(tok) != "claim" or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
                continue
            if not any(c.dep_ == "dobj" and _lemma(c) in ("responsibility", "credit") for c in tok.children):
                continue
            subj = self._subject(tok)
            if subj is not None and subj.pos_ != "PRON" and not any(
                    c.dep_ == "det" and c.lower_ in ("no", "any") for c in subj.children):
                return subj
        return None

    def _given(self, noun: Token, sense: Sense) -> Sense:
        """A release of money or supplies is aid ("the release of $300 million in assistance"), not the
        release of captives."""
        if sense.mode == "release" and any(o.ent_type_ == "MONEY" or _lemma(o) in self.words.aid_objects
                                           for o in _prep_objects(noun, {"of"})):
            return Sense("AID")
        return sense

    def _permitted(self, verb: Token) -> list[Token]:
        """Who is let do something: "gave approval for [the UN] to deliver aid", parsed as a clause with
        "for" or as "approval for the UN" with the clause beside it."""
        clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _infinitival(c)]
        marked = [g for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                  for g in c.children if g.dep_ == "nsubj"]
        return marked or ([g for o in self._objects(verb) for g in _prep_objects(o, {"for"})] if clauses else [])

    def _access(self, verb: Token) -> bool:
        """Whether what is permitted is a third party's access: "allowed inspectors to enter", "gave
        approval for the UN to deliver aid"."""
        if _lemma(verb) not in ("allow", "permit", "let", "give", "grant"):
            return False
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and _infinitival(c))]
        acted_on = [o for a in acts for o in self._objects(a)]
        # "allowed aid workers access": the noun says it too ("allows aid workers expanded access", where
        # the parser reads "expanded" as the workers' verb); "allowed the delivery of grain" names what passes
        objects = self._objects(verb)
        return any(_lemma(a) in self.words.access_acts for a in acts) or any(self._aid_like(o) for o in acted_on) \
            or any(o.pos_ == "NOUN" and _lemma(o) == "access" for o in acted_on + objects) \
            or (_lemma(verb) != "give" and any(_lemma(o) in self.words.access_acts for o in objects))

    def _spent_on(self, verb: Token) -> list[Token]:
        """What money was spent on, when that is helping someone or aid: the people helped, or the aid."""
        out = []
        for g in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children):
            if g.dep_ == "pcomp" and _lemma(g) in self.words.helping:
                out.extend([o for o in g.children if o.dep_ == "dobj"] or [g])
            elif g.dep_ == "pobj" and _lemma(g) in self.words.aid_objects:
                out.append(g)
        return out

    def _aid_like(self, obj: Token, money: bool = True) -> bool:
        # "700 kg of medicine", "$50,000 worth of goods": the thing given may sit deeper in the phrase.
        # (`money`: whether a sum counts; a film "taking 1.5bn yen" is takings, not aid)
        return any((money and t.ent_type_ == "MONEY") or (t.pos_ == "NOUN" and _lemma(t) in self.words.aid_objects and (
            money or _lemma(t) not in self.words.sums)) for t in obj.subtree)

    def _agentive(self, subj: Token) -> bool:
        """Whether a subject is someone who can act ("Putin", "he", "the Austrian chancellor", "Lego"),
        not a goal, a task or "it"."""
        w = self.words
        return subj.pos_ == "PROPN" or self._is_person_like(subj) or subj.lower_ in ("he", "she", "they", "we") \
            or _lemma(subj) in w.person_heads | w.role_heads | w.group_heads | w.fighters

    def _is_person_like(self, tok: Token) -> bool:
        return tok.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or _lemma(tok) in self.words.hosted

    def _has_participant(self, noun: Token) -> bool:
        for child in noun.children:
            if child.dep_ == "poss":
                return True
            if child.dep_ in ("amod", "compound", "nmod") and (
                child.ent_type_ in ENTITY_LABELS or child.pos_ == "PROPN"
            ):
                return True
            if child.dep_ == "prep" and child.lower_ in ("by", "between", "with", "against", "on", "of"):
                if any(g.dep_ == "pobj" and (g.ent_type_ in ENTITY_LABELS or g.pos_ == "PROPN" or (
                        child.lower_ == "between" and g.conjuncts))  # "fighting between the army and rebels"
                       for g in child.children):
                    return True
        if noun.dep_ == "pobj" and _lemma(noun.head.head) in self.words.noun_hosts:
            return True
        head = noun.head
        # "X came under shelling", "the attack killed ...": the clause supplies the participants.
        return noun.dep_ in ("nsubj", "pobj") and head.pos_ == "VERB" and any(
            c.dep_ in SUBJ | {"dobj"} and c.i != noun.i for c in head.children
        )

    # ---- participants ----------------------------------------------------------------------------

    def _span_tokens(self, tok: Token, accuser: bool = False) -> list[Token]:
        keep = [tok]
        for child in tok.children:
            # "a delegation from the Afghan government" is Afghan: where a group comes from names it
            sent_by = child.dep_ == "prep" and child.lower_ == "from" \
                and _lemma(tok) in self.words.role_heads | self.words.person_heads \
                and any(_names_party(g) for g in child.children if g.dep_ == "pobj")
            if child.dep_ in MENTION_STOP and not (child.dep_ == "prep" and child.lower_ == "of") and not sent_by:
                continue
            alleged = accuser and any(g.dep_ == "pcomp" for g in child.children)
            if child.dep_ == "prep" and child.lower_ == "of" and (
                    _lemma(tok) in self.words.quantifiers | {"one"} or alleged):
                continue  # ("accused by a panel of experts of arming rebels": what is alleged is not the panel)
            if child.dep_ == "amod" and child.ent_type_ not in ("NORP", "GPE") and any(True for _ in child.children) \
                    and not (child.lower_ == "led" and any(g.tag_ == "HYPH" for g in child.children)):
                # "the countries able to agree": the modifier's clause is not the name. "Saudi-led"
                # forces are Saudi Arabia's; "Iranian-backed" militias are not Iran's.
                continue
            keep.extend(self._span_tokens(child, accuser))
        return keep

    def mention(self, tok: Token) -> Mention:
        accuser = tok.head.dep_ == "agent" and _lemma(tok.head.head) in self.words.accusing
        toks = [t for t in sorted(self._span_tokens(tok, accuser), key=lambda t: t.i) if not t.is_space] or [tok]
        doc = tok.doc
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = _doc_text(doc)[start:end]
        names = [ent.text for ent in _ents_in(doc, toks[0].i, toks[-1].i + 1) if ent.label_ in ENTITY_LABELS
                 and not _stance_prefixed(ent[0])]
        for child in tok.children:  # "his counterpart, Sergei Lavrov": the apposition names him
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("by", "from")
                                         and _lemma(tok) in self.words.proposals):
                names.extend(ent.text for ent in _ents_in(doc, child.left_edge.i, child.right_edge.i + 1)
                             if ent.label_ in ENTITY_LABELS)
        lower = tok.lower_
        if tok.pos_ == "PRON" or lower in PRONOUNS:
            kind = "pronoun"
        elif _lemma(tok) in self.words.group_heads and any(c.lower_ in ("two", "both", "the") for c in tok.children) \
                and (tok.tag_ in ("NNS", "CD") or lower in ("two", "both")):
            kind = "group"
        elif tok.pos_ == "PROPN" or tok.ent_type_ in ENTITY_LABELS:
            kind = "name"
        else:
            kind = "nominal"
        person = tok.ent_type_ == "PERSON" or _lemma(tok) in self.words.person_heads
        return Mention(text=text, start=start, end=end, kind=kind, head=lower, names=tuple(dict.fromkeys(names)),
                       person=person)

    def _expand(self, tok: Token) -> list[Token]:
        """A participant and the ones coordinated with it ("Ukraine and Russia")."""
        if _lemma(tok) in self.words.quantifiers | BULK or tok.pos_ == "NUM" or tok.lower_ in COUNTED_PEOPLE:
            counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            if counted:  # "dozens of protesters" are protesters
                tok = counted[0]
        if tok.pos_ == "NOUN" and not tok.ent_type_ \
                and _lemma(tok) not in self.words.person_heads | self.words.role_heads | self.words.crowds:
            # "Putin's military adventure", "a United Nations appeal", "French mediation", "an offer
            # from Kabul": whose thing it is names the party.
            owner = [c for c in tok.children
                     if (c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP")))
                     or (c.dep_ == "amod" and c.ent_type_ in ("GPE", "NORP", "ORG") and not _stance_prefixed(c))]
            # ("an ultimatum from the bloc ECOWAS", "a delegation from the Afghan Taliban government")
            owner += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                      for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ or any(
                          m.dep_ in ("amod", "compound", "appos") and m.ent_type_ in PARTY_LABELS for m in g.children))]
            if owner:
                tok = owner[0]
        if tok.pos_ == "NOUN" and not tok.ent_type_:
            # "critics, including the African Union", "several governments, including Ghana": the members named
            members = [g for g in _prep_objects(tok, {"including"}) if g.pos_ == "PROPN" or g.ent_type_]
            if members:
                tok = members[0]
        out = [tok]
        for conj in tok.conjuncts:
            if conj.pos_ in ("NOUN", "PROPN", "PRON") or conj.ent_type_:
                out.append(conj)
        # "Hungarian and Romanian officials", "Russian and Wagner forces": each nationality or body is a party
        # (the small model may call the second nationality a person: "Armenian and Azerbaijani troops")
        sides = [c for m in tok.children if m.dep_ in ("amod", "compound", "nmod") and m.ent_type_ in ("NORP", "GPE")
                 for c in m.conjuncts if c.i < tok.i and (c.ent_type_ in ("NORP", "GPE", "ORG") or (
                     c.pos_ == "ADJ" and c.text[:1].isupper()))]
        # ("US and British forces": the whole may read as one body, "British forces"; the first side counts too)
        out.extend([*(m for m in tok.children if sides and any(m in c.conjuncts for c in sides)), *sides])
        # "the foreign ministers of Egypt and Jordan", "negotiators from Israel and Hamas": each side named
        if _lemma(tok) in self.words.person_heads | self.words.role_heads:
            out.extend(c for g in _prep_objects(tok, {"of"}) if g.ent_type_ == "GPE"
                       for c in g.conjuncts if c.ent_type_ == "GPE")
            out.extend(c for g in _prep_objects(tok, {"from"}) if _names_party(g)
                       for c in g.conjuncts if _names_party(c))
        # "Foreign Ministers ..., Dmytro Kuleba and Sergei Lavrov": the named apposition is the participant.
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return [child, *[c for c in child.conjuncts if c.pos_ == "PROPN"]]
        return out

    def _issuer(self, document: Token) -> Token | None:
        """Who speaks through a document: "Egypt issued a statement condemning the raid", "a
        resolution by the Council demanding a ceasefire", "the letter the artists signed"."""
        if _lemma(document) not in self.words.documents:
            return None
        by = [g for g in _prep_objects(document, {"by", "from"}) if _names_party(g) or _lemma(g) in self.words.hosted]
        if by:
            return by[0]
        if document.dep_ in ("dobj", "nsubjpass") and document.head.pos_ == "VERB":
            return self._subject(document.head, 2) if document.dep_ == "dobj" else _agent(document.head)
        return None

    def _adopted_text(self, trig: Trigger, triggers: list[Trigger]) -> bool:
        """'approved a resolution criticizing the government': what the text says is the event;
        approving one's own text supports no one."""
        if trig.sense.event_type != "SUPPORT" or trig.token.pos_ != "VERB":
            return False
        texts = [o for o in self._objects(trig.token) if _lemma(o) in self.words.documents]
        return any(t.token.head.i == o.i and t.token.dep_ in ("acl", "relcl") for o in texts for t in triggers)

    def _subject(self, verb: Token, depth: int = 0) -> Token | None:
        # Nearest first: "Cebu City--Police have started ...", where a dateline is parsed as a second subject.
        for child in sorted(verb.children, key=lambda c: -c.i if c.i < verb.i else c.i):
            if child.dep_ in SUBJ:
                if child.lower_ in ("who", "which", "that") and verb.dep_ in ("relcl", "acl"):
                    antecedent = _relative_antecedent(child)
                    owner = antecedent.head.head
                    if child.lower_ != "who" and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of" and (
                            _noun_key(owner, self.lex.nouns) is not None or _lemma(owner) in self.words.disasters):
                        return owner  # "the bombing of a market which killed 20": the bombing, not the market
                    return self._issuer(antecedent) or antecedent
                if child.lower_ in ("neither", "none", "either"):
                    continue
                if child.lower_ in ("they", "he", "she") and verb.dep_ == "advcl" and any(
                        c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
                    # "the bombers killed 23 people when they blew themselves up": who blew up is who
                    # killed (not the victims, the plural named last); "arrested the men after they
                    # attacked a bus" stays open.
                    main = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                    if main is not None and (main.tag_ in ("NNS", "NNPS")) == (child.lower_ == "they"):
                        return main
                return child
        for child in verb.children:  # "USAID deployed ...": the parser took an unknown name for an adverb
            if child.dep_ == "advmod" and child.i == verb.i - 1 and child.ent_type_ in PARTY_LABELS:
                return child
        if verb.dep_ == "acl" and _infinitival(verb) and verb.head.pos_ == "NOUN":
            holder = next((c for c in verb.head.children if c.dep_ == "poss" or (
                c.dep_ in ("amod", "compound") and c.ent_type_ in PARTY_LABELS)), None)
            if holder is not None:
                return holder  # "denounced the Algerian decision to cut ties": Algeria cuts them
        if verb.dep_ in ("relcl", "acl") and _infinitival(verb) and depth < 3:
            return self._subject(verb.head, depth + 1)  # "was not in a position to commit"
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return self._issuer(verb.head) or verb.head  # "with Zelensky capitulating"
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT":
            return verb.head  # "Khodorkovsky, a former tycoon, called for ...": a clause the parser hung on its subject
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and _lemma(verb) == "call" \
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            return verb.head  # "A UN report called for sanctions": read as "a report named ...", which takes no "for"
        absolute = _with_subject(verb)
        if absolute is not None:
            return absolute
        if verb.pos_ == "ADJ" and verb.dep_ == "amod":
            return verb.head  # "the countries able to agree"
        if verb.dep_ == "xcomp" and _lemma(verb.head) in self.words.object_control | {"call"}:
            # ("called on Iran to free the tanker": the one called on)
            told = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i] or [
                g for g in _prep_objects(verb.head, {"on", "upon"}) if g.i < verb.i]
            if told:
                return told[0]  # "persuade the US to lift sanctions": the US would lift them
        raised = next((c for c in verb.head.children if c.dep_ == "nsubjpass" and c.lower_ not in (
            "who", "which", "that")), None) if verb.dep_ == "xcomp" else None
        if raised is not None:
            return raised  # "leaders are set to hold a summit", "troops were ordered to withdraw"
        if depth < 3 and verb.dep_ in ("xcomp", "conj", "acomp", "pcomp", "advcl", "ccomp") \
                and verb.head.i != verb.i and verb.dep_ != "ccomp":
            return self._subject(verb.head, depth + 1)
        if depth < 3 and verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
            return self._subject(verb.head, depth + 1)
        if verb.dep_ == "relcl":
            return verb.head
        return None

    def _complement_recipients(self, tok: Token, actors: set[int], etype: str = "") -> list[Token]:
        """'agreed to provide aid to Poland', 'promised military aid to Mozambique': the party the
        promised act is for sits in the complement."""
        out: list[Token] = []
        frontier = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "advcl")]
        preps = {"to", "with", "for", "toward", "towards"} | ({"from"} if etype == "REQUEST" else set())
        for _ in range(3):
            nxt: list[Token] = []
            for node in frontier:
                if node.dep_ == "prep" and node.lower_ in preps and node.head.i != tok.i:
                    out.extend(g for g in node.children if g.dep_ == "pobj" and self._is_party(g))
                elif node.dep_ == "dobj" and node.head.i != tok.i and (self._is_party(node) or _nationality(node)):
                    out.append(node)
                elif node.dep_ == "dative":
                    out.extend(g for g in node.children if self._is_party(g))
                nxt.extend(c for c in node.children if c.dep_ in ("xcomp", "dobj", "prep", "dative", "pobj"))
            frontier = nxt
        return [t for t in out if t.i not in actors][:3]

    def _means(self, verb: Token) -> list[Token]:
        """The means of a talk: "spoke by telephone", "via video link", "over the phone"."""
        return [m for m in _prep_objects(verb, {"by", "via", "over"}) if _lemma(m) in self.words.media]

    def _is_party(self, tok: Token) -> bool:
        # "the West" is a party the model seldom tags ("sought weapons from the West")
        return tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or _lemma(tok) in self.words.hosted \
            or (tok.dep_ != "compound" and (tok.text == "West" or (
                tok.lower_ == "west" and any(c.lower_ == "the" for c in tok.children))))  # "from the west"

    def _demanded_of(self, tok: Token) -> list[Token]:
        """'demanded that Israel withdraw', 'the demand was that Ukraine not join': who is asked."""
        holders = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "pobj") else [])
        if tok.head.dep_ == "prep" and tok.head.head.dep_ == "nsubj":
            holders.append(tok.head.head.head)  # "One of Russia's demands was that ..."
        for h in holders:
            for child in h.children:
                if child.dep_ in ("ccomp", "attr") and child.pos_ in ("VERB", "AUX"):
                    subj = self._subject(child)
                    if subj is not None:
                        return [subj]
        return []

    def _protested_at(self, verb: Token) -> list[Token]:
        """Whom a protest makes its demand of: "a hunger strike to demand the resignation of President
        X" is aimed at X, "marched calling for Israel to withdraw" at Israel; whom it defies ("in
        defiance of Chinese authorities") or shows its anger at ("to show their disapproval of US
        policies")."""
        defied = [g for d in _prep_objects(verb, {"in"}) if _lemma(d) == "defiance"
                  for g in _prep_objects(d, {"of"}) if _names_party(g)]
        shown = [g for c in verb.children if c.dep_ in ("advcl", "xcomp") and _lemma(c) in ("show", "express", "voice")
                 for o in c.children if o.dep_ == "dobj" and _lemma(o) in self.words.grievances
                 for g in _prep_objects(o, {"for", "of", "at", "over", "with", "against"}) if _names_party(g)]
        # "began a hunger strike to protest against Sweden's decision": what the protest is against
        against = [g for c in verb.children if c.dep_ in ("advcl", "xcomp") and _lemma(c) in ("protest", "demonstrate")
                   for o in [*_prep_objects(c, {"against", "over"}), *(d for d in c.children if d.dep_ == "dobj")]
                   for g in [o, *(p for p in o.children if p.dep_ == "poss")] if _names_party(g)]
        if defied or shown or against:
            return defied + shown + against
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp", "acl") \
                    or _lemma(clause) not in ("demand", "call", "urge", "press"):
                continue
            asked = [g for c in clause.children if c.dep_ == "prep" and c.lower_ in ("on", "for") for g in c.children
                     if g.dep_ == "pobj" and g.ent_type_ in PARTY_LABELS]
            for obj in [c for c in clause.children if c.dep_ == "dobj"]:
                asked += [g for g in _prep_objects(obj, {"of", "from"}) if _names_party(g)]
            return asked or self._demanded_of(clause)
        return []

    def _clause_subject(self, tok: Token) -> list[Token]:
        """For a subjectless clause ("while no agreements were reached"), the governing clause's subject."""
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i:
                return []
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                subj = self._subject(cur)
                if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON"):
                    return [subj]
        return []

    def _phrase_blocked(self, verb: Token) -> bool:
        """'fight corruption', 'combat crime': a phrase that says the verb is no event."""
        return any(hit is not None and hit[1] is NO_EVENT for o in verb.children if o.dep_ == "dobj"
                   for hit in [_noun_key(o, self.lex.by_verb.get(_lemma(verb), {}), modifier=True)])

    def _mediated(self, trig: Trigger) -> bool:
        return trig.sense.mode == "third-party" or any(
            _lemma(t) in ("mediate", "mediation", "broker") for t in [*trig.tokens, trig.carrier] if t is not None)

    def _own_side(self, tok: Token) -> bool:
        """Who a speaker announces for: a pronoun, or a role nobody else is named for ("announced
        that the government will extend the curfew", "warned that police will not tolerate rallies")."""
        return tok.pos_ == "PRON" or (tok.pos_ == "NOUN" and _lemma(tok) in self.words.role_heads
                                      and not _nationality(tok) and not any(c.dep_ == "poss" for c in tok.children))

    def _condoled(self, trig: Trigger) -> bool:
        """'expressed condolences to the families of those killed in the attack': the attack is
        what the sympathy is about, background to the statement."""
        tok = trig.token
        # up through the phrase the trigger sits in ("over an attack that killed 40"), not into a
        # clause of its own ("expressed solidarity after strikes hit Doha")
        while tok.dep_ not in ("advcl", "ccomp", "conj", "parataxis", "ROOT") and tok.head.i != tok.i:
            tok = tok.head
            if _lemma(tok) in self.words.condoled or any(
                    c.dep_ == "dobj" and _lemma(c) in self.words.condoled for c in tok.children):
                return True
        return False

    def _harmed_by(self, verb: Token, actors: list[Token], recipients: list[Token]) -> None:
        """'Five soldiers were killed in an Israeli airstrike', '... during an operation by Turkish
        forces': the attack named as the cause is whose, and it is not one of the victims."""
        for cause in _prep_objects(verb, {"in", "during", "after"}):
            if self.lex.nouns.get(_lemma(cause), NO_EVENT).event_type != "ASSAULT":
                continue
            if cause in recipients:
                recipients.remove(cause)
            if not actors:
                actors.extend(_prep_objects(cause, {"by"}) or [
                    c for c in cause.children if c.dep_ in ("amod", "compound", "nmod")
                    and c.ent_type_ in ("NORP", "GPE", "ORG") and not _stance_prefixed(c)])

    def _stern(self, tok: Token, lemma: str) -> Trigger | None:
        """'We will respond decisively to any provocation', 'the army will not sit idly by': what the
        speaker's side says it will do is a warning of force (PLOVER THREATEN), made as it is said."""
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if not aux & {"will", "would", "shall", "'ll", "wo"} or any(c.dep_ == "nsubjpass" for c in tok.children):
            return None
        negated = any(c.dep_ == "neg" for c in tok.children)
        manner = [c for c in tok.children if c.dep_ in ("advmod", "acomp") and c.lower_ in self.words.stern]
        if lemma in ("sit", "stand") and negated and any(c.lower_ in ("idly", "idle") for c in tok.children):
            manner = [c for c in tok.children if c.lower_ in ("idly", "idle")]
        elif lemma not in RESPONDING or negated or not manner or any(
                _lemma(o) in self.words.disasters for o in _prep_objects(tok, {"to", "with"})):
            return None  # "will respond decisively to the pandemic": no side is warned
        return Trigger(tok, Sense("THREATEN", "violence"), f"stern:{lemma}", [tok, *manner])

    def _censured(self, verb: Token, noun: Token) -> bool:
        """'Came under fire from critics', '... for encouraging vigilantes', '... over its budget': a
        barrage of criticism, not of bullets ('came under fire from gunmen near Gao' is an attack)."""
        if any(_lemma(o) in self.words.critics for h in (verb, noun) for o in _prep_objects(h, {"from"})):
            return True
        return any(p.dep_ == "prep" and p.lower_ in ("for", "over") and any(
            o.dep_ == "pcomp" or (o.dep_ == "pobj" and not o.ent_type_ and o.lower_ not in TIMES_OF_DAY)
            for o in p.children) for h in (verb, noun) for p in h.children)

    def _threatening(self, warn: Token, objs: list[Token]) -> bool:
        """Whether a warning is a threat: made to a party ("warned the German government that ..."),
        on a condition ("... if the troops stay"), of a reprisal ("warned of retaliation"), or of what
        the warner's own side will do ("warned it would retaliate", "that police will no longer
        tolerate rallies"). Most warnings in the news are forecasts: "doctors warned the drug may harm"."""
        if any(o.pos_ in ("NOUN", "PROPN", "PRON") for o in objs):
            return True  # said to someone: "warned Hamas that ...", "warned lawyers they would be arrested"
        if any(_lemma(o) in self.words.warned_of for o in _prep_objects(warn, {"of", "about"})):
            return True
        for clause in (c for c in warn.children if c.dep_ == "ccomp"):
            subj = self._subject(clause)
            # "warned that anyone who breaks the curfew will be dealt with firmly": by the warner's side
            unnamed = any(c.dep_ == "auxpass" for c in clause.children) and not any(
                c.dep_ == "agent" for c in clause.children)
            own = (subj is not None and self._own_side(subj)) or unnamed
            negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEG_WORDS | {"longer"})
                          for c in clause.children)
            bound = negated or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            # an act of force, or a refusal: "MEPs will not ratify the deal if ...", "it would order strikes",
            # "Egypt would face penalties"; not "the fall could be short-lived if ...", "it will go bankrupt"
            acts = negated or (_lemma(clause) in RESPONDING and any(
                c.lower_ in self.words.stern for c in clause.children)) or any(
                _lemma(t) in self.words.warned_of or any(self.lex.verb_preps.get(
                f"{_lemma(t)} {p.lower_}", NO_EVENT).event_type in FORCEFUL for p in t.children if p.dep_ == "prt")
                or self.lex.verbs.get(_lemma(t), NO_EVENT).event_type in FORCEFUL or self.lex.nouns.get(
                _lemma(t), NO_EVENT).event_type in FORCEFUL for t in clause.subtree)
            conditional = any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in clause.subtree)
            if bound and acts and (own or conditional or any(
                    _lemma(t) in self.words.warned_of for t in clause.subtree if t.dep_ in ("dobj", "pobj"))):
                return True
        return False

    def _handed_over(self, trig: Trigger) -> set[int]:
        """The tokens of what is given or promised: "promised to supply US-made air defence systems"
        is aimed at no side of the maker."""
        verb = trig.carrier or trig.token
        if trig.sense.event_type not in ("AGREE", "AID") or _lemma(verb) not in self.words.aid_verbs | PROMISING:
            return set()
        giving = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and _lemma(c) in self.words.aid_verbs)]
        things = [o for v in giving for o in v.children if o.dep_ == "dobj" and not o.ent_type_
                  and _lemma(o) in self.words.given_things]
        # ("30 ambulances to Mali": the parser may hang whom they go to on the thing)
        to = {t.i for o in things for p in o.children if p.dep_ == "prep" and p.lower_ in ("to", "for", "into")
              for t in p.subtree}
        return {t.i for o in things for t in o.subtree} - to

    def _accused_of(self, tok: Token) -> list[Token]:
        """Who is accused of the act `tok` names: "accused Russia of shelling", "was charged with killing",
        "was arrested for spying"."""
        judged = tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "for" \
            and self.lex.verbs.get(_lemma(tok.head.head), NO_EVENT).event_type in OPINIONS
        if not (judged or self._alleged(tok) or (tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "with")
                                                 and _lemma(tok.head.head) in self.words.accusing)):
            return []  # ("criticised Riyadh for executing three men", "praised Qatar for mediating": theirs)
        return [c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass")]

    def _alleged(self, tok: Token) -> bool:
        """'was arrested for collaborating with Israel': what someone is punished for is alleged."""
        return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "for" \
            and _lemma(tok.head.head) in self.words.punishing

    def participants(self, trig: Trigger) -> tuple[list[Token], list[Token]]:
        tok, carrier = trig.token, trig.carrier
        actors: list[Token] = []
        recipients: list[Token] = []
        etype = trig.sense.event_type
        rpreps = RECIPIENT_PREPS - TOPIC_PREPS if etype in VERBAL_COOP else RECIPIENT_PREPS
        if trig.rule.startswith("died:"):
            died = _died_of(tok)
            subj = self._subject(died) if died is not None else None
            recipients.extend([subj] if subj is not None else [])
            # "died in Israeli police custody", "in a prison in Iran": whoever held the victim
            held = [o for o in _prep_objects(died, {"in", "while"})
                    if _lemma(o) in self.words.custody] if died is not None else []
            actors.extend(c for o in held for c in o.subtree if c is not o and c.ent_type_ in ("NORP", "GPE", "ORG")
                          and c.ent_iob_ == "B")
        elif trig.nominal:
            for child in tok.children:
                if child.dep_ == "poss":
                    actors.append(child)
                elif child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG") and not (
                        child.ent_type_ == "ORG" and child.pos_ == "ADJ" and not child.is_upper):  # "Fierce clashes"
                    actors.append(child)  # "Russian shelling", "US strikes"; "the Kabul attack" is dropped in resolve
            actors.extend(_prep_objects(tok, {"by", "between"}))
            if etype == "AID" and not actors:
                actors.extend(_prep_objects(tok, {"from"}))  # "donations from Canadians": who gives
            recipients.extend(_prep_objects(tok, rpreps))
            if trig.sense.mode == "withdraw":
                # "completed their withdrawal from Niger": the country left (a town left is only where)
                recipients.extend(o for o in _prep_objects(tok, {"from"}) if o.pos_ == "PROPN")
            of = _prep_objects(tok, {"of"})
            if not actors:  # "the expulsion of two diplomats by Norway": the parser hangs "by" on the object
                actors.extend(g for o in of for g in _prep_objects(o, {"by"}) if _names_party(g))
            if etype in ("ASSAULT", "COERCE", "RETREAT", "SANCTION", "AID", "ACCUSE") or trig.sense.mode == "release":
                recipients.extend(of)
            elif not actors:
                actors.extend(of)
            verb = carrier or (tok.head if tok.dep_ in ("pobj", "nsubj", "dobj") else None)
            if verb is not None and verb.dep_ == "prep":
                verb = verb.head
            if verb is not None and verb.pos_ in ("VERB", "AUX", "ADJ"):
                if (_lemma(verb) in ("come", "be", "go", "die", "perish") and tok.dep_ == "pobj") \
                        or tok.head.dep_ == "agent":
                    # "the corridor came under Russian shelling", "banks were hit by a hack", "39 people
                    # died in the attack"
                    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or self._subject(verb)
                    if subj is not None:
                        recipients.append(subj)
                    if not actors:  # "came under fire from unidentified gunmen", "... from critics"
                        actors.extend(o for h in (tok, verb) for o in _prep_objects(h, {"from"})
                                      if o.ent_type_ in PARTY_LABELS or (o.tag_ == "NNS" and not o.ent_type_))
                elif tok.dep_ != "nsubj" and all(a.pos_ == "PRON" for a in actors):
                    subj = self._subject(verb)  # "Israel mounted its invasion": "its" is the subject's own
                    if subj is not None:
                        actors[:] = [subj]
                if carrier is not None:
                    recipients.extend(_prep_objects(carrier, rpreps))
            if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and etype in ("ASSAULT", "COERCE") \
                    and not _prep_objects(tok, {"between"}):
                # "the attack killed 12 soldiers" ("clashes between A and B left soldiers injured": both sides')
                recipients.extend(c for c in tok.head.children if c.dep_ == "dobj")
        elif trig.rule == "verb_prep:fall to":
            # "Lysychansk fell to Russian forces": the place's side loses it, "to" names who took it.
            subj = self._subject(tok)
            recipients.extend([subj] if subj is not None else [])
            actors.extend(g for t in trig.tokens[1:] for g in t.children if g.dep_ == "pobj")
        elif trig.rule.startswith(("phrase:face ", "phrase:receive ", "phrase:draw ")):
            # "he faced death threats from a gang", "drew criticism from rights groups": the subject is
            # the target, "from" names who threatens or criticises.
            subj = self._subject(tok)
            recipients.extend([subj] if subj is not None else [])
            actors.extend(g for t in trig.tokens[1:] for g in _prep_objects(t, {"from", "by"}))
        elif trig.rule.startswith("peacekeep:"):
            # The force's nation helps the country it arrives in: "Japanese peacekeepers arrived in Juba".
            subj = self._subject(tok)
            actors.extend([subj] if subj is not None else [])
            recipients.extend(t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "to")
                              for t in c.subtree if t.ent_type_ in ("GPE", "LOC") and t.ent_iob_ == "B")
        elif trig.rule.startswith("inquiry:"):
            # "sent investigators to Syria": the inquiry is into what happened where they go
            subj = self._subject(tok)
            actors.extend([subj] if subj is not None else [])
            recipients.extend(g for o in _prep_objects(tok, {"to", "into"}) for g in [
                o, *(t for t in o.subtree if t.ent_type_ in ("GPE", "NORP") and t.ent_iob_ == "B")])
        elif trig.rule.startswith("retaken:"):
            # "freed the town from the Islamic State": taken from the side named after "from"
            subj = self._subject(tok)
            actors.extend([subj] if subj is not None else [])
            recipients.extend(_prep_objects(tok, {"from"}))
        elif trig.rule.startswith("permit:"):
            subj = self._subject(tok)
            actors.extend([subj] if subj is not None else [])
            recipients.extend(self._permitted(tok))
        elif trig.rule.startswith("donor:"):
            subj = self._subject(tok)
            actors.extend([subj] if subj is not None else [])
            recipients.extend(t for c in tok.children if c.dep_ == "attr" for p in c.subtree
                              if p.dep_ == "prep" and p.lower_ in ("to", "in", "for") for t in p.subtree
                              if t.ent_type_ in ("GPE", "NORP", "ORG") and t.ent_iob_ == "B")
        elif trig.rule == "spent:spend":
            subj = self._subject(tok)
            actors.extend([subj] if subj is not None else [])
            for g in self._spent_on(tok):  # the people helped, or those the aid is "for"
                recipients.extend([g] if g.pos_ in ("NOUN", "PROPN") and _lemma(g) not in self.words.aid_objects
                                  else _prep_objects(g, {"for", "to", "in"}))
        elif trig.rule.startswith("help:"):
            subj = self._subject(tok)
            actors.extend([subj] if subj is not None else [])
            recipients.extend(_helped(tok))
        elif trig.rule == "aid:receive":
            # "Kyiv is receiving supplies from the West": the subject is helped, "from" names who helps.
            subj = self._subject(tok)
            recipients.extend([subj] if subj is not None else [])
            actors.extend(_prep_objects(tok, {"from"}))
        else:
            subj = self._subject(tok)
            agent = _agent(tok)
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            # "with 23,000 people killed": a bare participle's subject is whom it was done to
            absolute = next((c for c in tok.children if c.dep_ == "nsubj"), None) \
                if tok.tag_ == "VBN" and tok.dep_ in ("pcomp", "advcl") \
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) else None
            passive = passive or absolute is not None
            accused = self._accused_of(tok)
            # "Israel is opposed to French mediation": a stance, held by the one "opposed"
            stance = passive and _lemma(tok) == "oppose" and bool(_prep_objects(tok, {"to"}))
            if accused:
                actors.extend(accused)  # "accused the rebels of violating the truce": the rebels, allegedly
            elif agent is not None:
                actors.append(agent)
            elif subj is not None and not passive:
                launcher = next((a for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                 for a in [_agent(c)] if a is not None), None)
                # "a missile fired by government forces hit the market": who fired it attacked
                actors.append(launcher if launcher is not None and etype in ("ASSAULT", "COERCE")
                              and not self._is_person_like(subj) else subj)
            elif stance:
                actors.extend(c for c in tok.children if c.dep_ == "nsubjpass")
            elif passive and trig.rule.startswith("aid:"):
                # "Cuban doctors were sent to Mexico": whose the help is gives it
                actors.extend(c for c in tok.children if c.dep_ == "nsubjpass" and any(
                    m.dep_ in ("amod", "compound", "poss") and m.ent_type_ in ("NORP", "GPE") for m in c.children))
            elif passive and etype == "SANCTION" and trig.sense.mode == "expel":
                # "inspectors have been expelled from North Korea": the country expels them
                actors.extend(o for o in _prep_objects(tok, {"from"}) if o.ent_type_ == "GPE")
            own = {t.i for t in trig.tokens}
            for child in tok.children:
                if stance and child.dep_ == "nsubjpass":
                    continue  # the one opposed is its actor
                if child.dep_ == "dobj" and _lemma(child) in self.words.relations:
                    recipients.extend(_prep_objects(child, {"with"}))  # "boycott all contact with the US"
                    continue
                if child.dep_ in ("dobj", "dative", "nsubjpass") and child.i not in own:
                    pledged = etype == "AGREE" and _lemma(tok) in self.words.aid_verbs and self._aid_like(child)
                    if (trig.rule.startswith("aid:") or pledged) and child.dep_ != "dative" \
                            and not self._is_person_like(child):
                        # "providing photographs to Macedonia": the object is the gift, "to" names who gets it
                        # ("pledged $50 million in assistance for Afghanistan": under what the sum is of, or
                        # on the verb: "pledged $30 million in aid for Haiti")
                        recipients.extend(_prep_objects(child, {"to", "for"}) + [
                            g for o in _prep_objects(child, {"in", "of"}) for g in _prep_objects(o, {"to", "for"})])
                        if pledged:
                            recipients.extend(o for o in _prep_objects(tok, {"for"}) if _names_party(o))
                        continue
                    against = [] if etype not in HARMS | {"ACCUSE"} or self._is_person_like(child) \
                        else _prep_objects(child, {"against"})
                    if against:
                        recipients.extend(against)  # "threatened further action against Moscow": aimed at Moscow
                        continue
                    recipients.append(child)
            if absolute is not None:
                recipients.append(absolute)
            if passive and tok.dep_ == "conj" and subj is not None and subj.dep_ != "nsubjpass" \
                    and not any(c.dep_ == "nsubjpass" for c in tok.children):
                recipients.append(subj)  # "the fishermen, held in Libya, have been freed": freed are the fishermen
            if not trig.rule.startswith("dismiss:"):  # "fired his ambassadors to Germany": where they served
                recipients.extend(_prep_objects(tok, rpreps))
            # "call on X", "open fire on X", "reach a deal with X"; a passive's object comes before its verb
            for t in (t for t in trig.tokens if t is not tok):
                if t.dep_ == "prep" and t.lower_ not in ("for", "about"):
                    # ("pulled out of Afghanistan": the parser makes "out" a preposition over "of")
                    objs = [g for g in t.children if g.dep_ == "pobj"] or (
                        _prep_objects(t, {"of"}) if t.lower_ == "out" else [])
                    recipients.extend(objs)
                    if etype == "REJECT":  # "reneged on its commitment to the people", "on the deal with Iran"
                        recipients.extend(r for g in objs for r in _prep_objects(g, {"to", "with"}))
                elif t.pos_ in ("NOUN", "PROPN"):  # "lifted its blockade of Qatar": "of" names who suffered it
                    # ("a state of emergency": "of" says which state)
                    suffered = etype in SUFFERED and _lemma(t) != "state"
                    recipients.extend(_prep_objects(t, rpreps | ({"of"} if suffered else set())))
                    if _lemma(t) in self.words.proposals:  # "accepted demands from the rebels": whose demands they were
                        recipients.extend(_prep_objects(t, {"from", "of", "by"}))
            if not actors and etype in VERBAL_COOP | {"ACCUSE"}:
                actors.extend(self._clause_subject(tok))
            if not actors:  # "Fighting between the army and the RSF killed ...": the gerund's two sides
                actors.extend(_prep_objects(tok, {"between"}))
            if trig.rule in CASUALTIES and passive and agent is None:
                self._harmed_by(tok, actors, recipients)
            if etype == "ASSAULT" and agent is None and not actors:
                # "was attacked with a grenade by suspected militants": the parser hangs "by" on the weapon
                actors.extend(g for w in _prep_objects(tok, {"with"}) for g in _prep_objects(w, {"by"}))
            if etype == "ASSAULT":
                recipients[:] = [r for r in recipients if _lemma(r) not in self.words.munitions]
        if etype == "REQUEST" and not recipients:
            recipients.extend(self._demanded_of(tok))
        if etype == "CONSULT" and not recipients and not trig.nominal:
            # "addressed the G7 summit", "attended a meeting of the UN Security Council": the body met
            gathered = [o for o in self._objects(tok) + [t for t in trig.tokens if t is not tok]
                        if _lemma(o) in self.words.meetings]
            for o in gathered[:1]:
                span = {t.i for t in o.subtree}
                bodies = [e.root for e in tok.sent.ents if e.label_ == "ORG" and e.root.i in span]
                bodies += [c for m in o.subtree if _lemma(m) in self.words.meetings for c in m.children
                           if c.dep_ == "compound" and c.pos_ == "PROPN" and c not in bodies]
                recipients.extend(b for b in bodies if b.i not in {a.i for a in actors})
        if etype == "CONSULT" and self._mediated(trig):
            # "Qatar brokered talks between Israel and Hamas": the mediator acts, the two sides receive
            sides = [o for t in {tok, *trig.tokens, *([carrier] if carrier is not None else [])}
                     for o in _prep_objects(t, {"between"})]
            mediator = self._subject(carrier or tok)
            if sides and mediator is not None and mediator not in sides:
                actors, recipients = [mediator], [*sides, *(r for r in recipients if r not in sides)]
        if etype == "CONCEDE" and not recipients and _lemma(tok) in ("allow", "permit", "let"):
            recipients.extend(a for a in _allowed(tok) if self._is_person_like(a) or a.pos_ == "PROPN")
        if etype == "REQUEST":
            # "demanded the withdrawal of Serbian forces", "the resignation of the premier": who is to go is asked
            leaving = [g for o in self._objects(tok) for g in _prep_objects(o, {"of"})
                       if self.lex.nouns.get(_lemma(o), NO_EVENT).mode in ("withdraw", "resign")]
            recipients = leaving or recipients  # (where they would leave is no party to the demand)
        if trig.sense.mode == "visit" and not recipients and tok.dep_ == "pobj" and tok.head.lower_ == "on":
            # "arrived in Amman on a two-day visit": the visit is to the place arrived in
            recipients.extend(o for o in _prep_objects(tok.head.head, {"in", "to"}) if o.ent_type_ == "GPE")
        if etype == "PROTEST" and all(r.ent_type_ in NOT_PLACES for r in recipients):  # ("on Monday")
            recipients.extend(self._protested_at(carrier or tok))
        if etype == "MOBILIZE":
            # "mobilised reservists for a possible war against Iraq": whom the force is readied against
            foes = [g for w in _prep_objects(carrier or tok, {"for"})
                    for g in _prep_objects(w, {"against", "on", "with"})]
            # "massed troops on the border with Guyana": the country across the border
            foes += [g for r in recipients if _lemma(r) in ("border", "frontier") for g in _prep_objects(r, {"with"})]
            # "mobilised thousands of troops": its own force, not a target ("troops were deployed": theirs)
            moved = [r for r in recipients if r in self._objects(carrier or tok) and any(
                _lemma(t) in self.words.fighters for t in [r, *_prep_objects(r, {"of"})])]
            actors = actors or [r for r in moved if r.dep_ == "nsubjpass"]
            recipients = foes or [r for r in recipients if r not in moved]
        if etype == "ASSAULT" and _lemma(carrier or tok) in LAUNCHING \
                and not any(c.dep_ == "prt" for c in (carrier or tok).children):
            # "fired four shells at targets in Jericho": the targets are hit ("shot down a drone": the drone)
            recipients = [r for r in recipients if not (r.dep_ == "dobj" and not r.ent_type_
                                                        and _lemma(r) in self.words.munitions)]
        if etype == "ACCUSE":
            recipients = self._blamed(carrier or tok, recipients)
        if not recipients and etype in VERBAL_COOP | {"THREATEN", "ACCUSE"} and _lemma(tok) != "deny":
            # (what a denial's complement names is what was denied, not whom the denial answers)
            recipients.extend(self._complement_recipients(tok, {a.i for a in actors}, etype))
        if etype == "RETREAT" and trig.sense.mode == "withdraw" and not actors:
            # "Russian forces were withdrawn from Kherson": the forces withdraw, from the place's side
            withdrawn = [r for r in recipients if r.dep_ == "nsubjpass"]
            if withdrawn:
                actors = withdrawn
                left = _prep_objects(carrier or tok, {"from"}) + [
                    o for t in trig.tokens if t.lower_ == "out" for o in _prep_objects(t, {"of"})]  # "pulled out of"
                recipients = [r for r in recipients if r not in withdrawn] + [o for o in left if o not in recipients]
        given = self._handed_over(trig)
        # ("tighten the blockade with Albania's help": a helper acts alongside, it is not acted on)
        recipients = [r for r in recipients if r.i not in given and not (
            r.dep_ == "pobj" and r.head.lower_ == "with" and _lemma(r) in ("help", "support", "assistance", "backing"))]
        actors += _co_actors(tok, actors)
        actors = list({a.i: a for t in actors for a in self._expand(t)}.values())
        taken = {a.i for a in actors} | {t.i for t in trig.tokens}
        recipients = list({r.i: r for t in recipients for r in self._expand(t) if r.i not in taken}.values())
        recipients = [r for r in recipients
                      if ((r.pos_ in ("NOUN", "PROPN", "PRON") or r.ent_type_)
                          and (r.ent_type_ not in NOT_PLACES or _mistimed(r)))
                      or (r.lower_ in COUNTED_PEOPLE and etype in ("ASSAULT", "COERCE"))]
        # "Saturday's attack" has no actor; "thousands rallied" has ("hundreds killed" are the victims)
        actors = [a for a in actors if a.ent_type_ not in NOT_PLACES
                  or (a.lower_ in COUNTED_PEOPLE and etype not in ("ASSAULT", "COERCE"))]
        return actors, recipients

    def _blamed(self, verb: Token, recipients: list[Token]) -> list[Token]:
        """Whom an accusation is against, where the parser hangs the accused away from the verb or
        names the one who hears the complaint."""
        about = _prep_objects(verb, {"over", "about", "against"})
        if _lemma(verb) == "complain" and any(_names_party(o) for o in about):
            # "complained to the UN over Israeli raids": the UN hears it, Israel is accused
            heard = _prep_objects(verb, {"to"})
            recipients = [r for r in recipients if r not in heard]
        if not any(self._is_party(r) for r in recipients):
            recipients = _agents_blamed(verb) or recipients  # the arrest condemned is no party
        # "filed a case at the ICJ against Germany": the parser hangs the accused on the court
        recipients = [g for r in recipients for g in (
            (r.dep_ == "pobj" and r.head.lower_ in ("at", "with", "to", "before") and _prep_objects(r, {"against"}))
            or [r])]
        if all(r.dep_ == "pobj" and r.head.lower_ == "to" for r in recipients):
            # "complained to the UN about Azerbaijani violations": the UN hears it, Azerbaijan is blamed
            recipients = [o for t in _prep_objects(verb, {"about", "over"}) for o in t.children
                          if o.dep_ in ("amod", "compound", "poss") and o.ent_type_ in ("NORP", "GPE")] or recipients
        return recipients

    # ---- modality and attribution ----------------------------------------------------------------

    def _chain(self, trig: Trigger) -> list[tuple[Token, str]]:
        """The trigger and the words that govern it in its clause, each with the relation it was reached by."""
        chain = [(trig.token, "")]
        if trig.carrier is not None:
            chain.append((trig.carrier, trig.token.dep_))
        tok = chain[-1][0]
        for _ in range(6):
            dep = tok.dep_
            climb = dep in ("xcomp", "pcomp", "pobj", "prep", "dobj", "acomp", "nsubjpass", "amod", "attr")
            climb = climb or (dep in ("advcl", "relcl", "acl", "ccomp") and _infinitival(tok))
            # "The EU wants to donate, but Germany does not agree": a main clause's conjunct with a subject
            # of its own is a clause of its own ("if A and B" is one condition: that "if" is no root's)
            climb = climb or dep == "conj" and not (tok.head.dep_ == "ROOT" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
            # "its demand that the US ease sanctions": what a noun's "that" clause says is its content
            climb = climb or (dep == "acl" and tok.head.pos_ == "NOUN" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in tok.children))
            climb = climb or (dep == "ccomp" and self._subjunctive(tok))
            climb = climb or (dep == "advmod" and tok.lower_ == "short")  # "stopped short of condemning"
            if not climb or tok.head.i == tok.i:
                break
            proposal = self._proposal_before(tok) if dep == "advcl" else None
            tok = proposal or tok.head
            chain.append((tok, "acl" if proposal is not None else dep))
        return chain

    def _proposal_before(self, clause: Token) -> Token | None:
        """'rejected calls to withdraw', 'calls for it to halt': the parser hangs the infinitive on the
        verb, but it is what the call asks for (the call's object ends where the clause begins)."""
        for obj in clause.head.children:
            if obj.dep_ != "dobj" or obj.right_edge.i + 1 != clause.left_edge.i:
                continue
            if _lemma(obj) in self.words.proposals:
                return obj
            # "issued a statement urging North Korea to comply": the clause is what is urged
            urging = [t for t in obj.subtree if t.dep_ == "acl" and t.right_edge.i + 1 == clause.left_edge.i
                      and _lemma(t) in self.words.object_control & self.words.hypo_heads]
            if urging:
                return urging[0]
        return None

    def _subjunctive(self, verb: Token) -> bool:
        """A clause in the base form with no auxiliary: "demanded that the army leave", "that control be
        handed over". Only a demand, a wish or a proposal takes one, so what it says has not happened."""
        base = verb.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children) or (
            # "demanded that the troops leave": tagged present
            verb.tag_ == "VBP" and _lemma(verb.head) in self.words.mandative)
        return base and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
            c.dep_ == "aux" for c in verb.children)

    def _speech_head(self, tok: Token) -> Token | None:
        """The speech verb whose complement holds `tok` ("..., Kuleba said")."""
        cur = tok
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            if cur.dep_ in ("ccomp", "parataxis", "xcomp") and _lemma(cur.head) in self.words.speech:
                return cur.head
            made = _made_clear(cur.head) if cur.dep_ in ("ccomp", "advcl") else None
            if made is not None:
                return made  # "made it clear it will not lift the ban": said so
            cur = cur.head
        # the speech verb may be a dependent of the clause's root ("X did Y, Z said" parsed as parataxis)
        root = tok.sent.root
        for child in root.children:
            if child.dep_ in ("parataxis", "ccomp", "advcl") and _lemma(child) in self.words.speech and child.i > tok.i:
                if any(c.dep_ == "nsubj" for c in child.children) \
                        and not any(c.dep_ == "ccomp" for c in child.children):
                    return child
        return None

    def aux_mode(self, trig: Trigger) -> tuple[str | None, bool]:
        """The event's aux_mode, and whether a negation is a refusal ("would not", "refused to")
        rather than a failure ("could not", "no agreement was reached")."""
        chain = self._chain(trig)
        speech = self._speech_head(trig.token)
        mode: str | None = None
        negated = absent = False
        lemmas = {_lemma(t) for t, _ in chain}
        auxes = set()
        own = {t.i for t in trig.tokens}
        wished_at = negated_at = -1  # where on the chain a wish and a negation are: the outer one rules
        for at, (tok, via) in enumerate(chain):
            lemma = _lemma(tok)
            governs = via in ("xcomp", "advmod") and tok.pos_ in ("VERB", "ADJ") or via == "acl" and tok.pos_ == "NOUN"
            if tok.i not in own and lemma in self.words.neg_heads and governs:
                # "failed to agree", "stopped short of condemning", and the noun: "failure to agree the tax"
                negated = True
                auxes.add(lemma)
            for child in tok.children:
                low = child.lower_.replace("\u2019", "'")
                if (child.dep_ == "neg" or (child.dep_ in ("preconj", "advmod") and low in NEG_WORDS)) \
                        and not _not_only(child):
                    negated = True
                if child.dep_ == "det" and low == "no" and (tok.i in own or tok.dep_ == "nsubjpass"):
                    negated = True  # "there was no attack"
                if child.dep_ == "det" and low == "no" and via in ("acl", "prep") and tok.pos_ == "NOUN" \
                        and lemma in self.words.absent_intents:
                    negated = absent = True  # "showed no willingness to negotiate": not done, nor refused
                if child.dep_ in ("nsubj", "nsubjpass") and any(
                        g.dep_ == "preconj" and g.lower_ == "neither"
                        or g.dep_ == "det" and g.lower_ in ("no", "neither") and child.pos_ == "NOUN"
                        and child.lower_ != "one" for g in child.children):
                    # "with neither Serbia nor Kosovo willing to compromise", "neither suspect was charged" (but
                    # "no one was killed in the attack" most often reports an attack; "No ID" is a name)
                    negated = True
                if tok.i in own and child.dep_ == "dobj" and child.pos_ == "NOUN" and any(
                        g.dep_ == "det" and g.lower_ == "no" for g in child.children):
                    negated = True  # "offers no security guarantees", "sent no troops" (not the song "No More")
                if child.dep_ == "aux":
                    auxes.add(low)
                    if low in ("will", "'ll", "shall") or (low in ("would", "'d") and speech is not None):
                        mode = mode or "future"
                    elif low in ("wo", "ca"):
                        negated = True
                    elif low in HYPO_AUX:
                        mode = mode or "hypothetical"
                if child.dep_ == "mark" and (low in ("if", "unless", "whether", "lest") or (low == "so" and any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in tok.children))):
                    mode = mode or "hypothetical"  # a condition, or a purpose: "so that the practice is banned"
                if child.dep_ == "mark" and low in PENDING_MARKS and _present_tense(tok):
                    mode = mode or "hypothetical"  # "opposed the force until their demands are met"
                if child.dep_ == "amod" and tok.i in own:
                    if low in self.words.future_amods:
                        mode = mode or "future"
                    elif low in self.words.hypo_amods:
                        mode = mode or "hypothetical"
            if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < tok.i
                                          for c in tok.head.children):
                negated = True  # "cannot afford a long war, nor can they allow time"
            if lemma == "be" and via == "xcomp" and tok.i not in own and _lemma(trig.token) != "blame" and any(
                    c.dep_ == "nsubj" and self._agentive(c) for c in tok.children):
                # "Putin is to host African leaders", "Lego is to cease operations" (but "the goal is to
                # seize", "it is vital to", "NATO is to blame" are no schedule)
                mode = mode or "future"
            # "due to" is a cause, however it is tagged ("died due to continued torture")
            if tok is trig.carrier and lemma in self.words.pondering:
                mode = mode or "hypothetical"  # "is considering sanctions"
            elif tok.i not in own and tok is not trig.carrier and tok.pos_ != "ADP" and tok.dep_ != "prep":
                if lemma in self.words.future_heads:
                    mode = mode or "future"
                elif lemma in self.words.hypo_heads and not _court_plea(tok):  # ("pleaded guilty to shooting")
                    mode = mode or "hypothetical"
                    wished_at = at if wished_at < 0 else wished_at
            if negated and negated_at < 0:
                negated_at = at
        if any(self._alleged(t) for t, _ in chain):
            mode = mode or "hypothetical"
        if mode is None and any(_coming(g) for t in trig.tokens for c in t.children
                                if c.dep_ == "prep" and c.lower_ in ("for", "on") for g in c.children):
            mode = "future"  # "announced a general strike for next week"
        if any(t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "without" for t, _ in chain):
            negated = True  # "the round ended without an agreement"
        if any(self._denied(t) for t, _ in chain):
            negated = True
        ruled_out = _ruled_out(chain) is not None
        negated = negated or ruled_out
        # "ruled out withdrawing troops", "has ruled out in the past ceding territory": refused ("rule out"
        # is the REJECT), not done
        deeds = [t for t, via in chain[1:] if via == "xcomp"] + (
            [trig.token.head] if trig.token.dep_ == "advcl" and trig.token.tag_ == "VBG" else [])
        negated = negated or any(_lemma(t) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
                                 for t in deeds)
        for t in trig.tokens:  # "no ceasefire agreements were reached", "there was no attack"
            if t.i != trig.token.i and any(g.dep_ == "det" and g.lower_ == "no" for g in t.children):
                negated = True
        if trig.token.sent[0].lower_ in ("neither", "nor"):
            negated = True
        # "demanded that its partners refuse to recognise X": what is only asked for was not refused;
        # "refused to consider talks" was.
        if negated and not (negated_at >= 0 and wished_at > negated_at):
            return "negation", ruled_out or (not absent and bool((auxes | lemmas) & VOLITIONAL))
        return mode, False

    def _denied(self, clause: Token) -> bool:
        """'denied that its forces shelled the city', 'rejected claims that its jets struck': by the
        speaker's account it did not happen (a denial is itself REJECT). 'Did not deny' denies nothing."""
        head = clause.head
        if clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and _lemma(head) in self.words.denied_claims:
            head = head.head
        elif clause.dep_ != "ccomp":
            return False
        return head.pos_ == "VERB" and _lemma(head) in self.words.denying and head.i != clause.i \
            and not any(c.dep_ == "neg" for c in head.children)

    def willingness(self, trig: Trigger) -> Token | None:
        """'X was willing / ready to Y': an offer, which PLOVER codes as AGREE that happened."""
        for tok, _ in self._chain(trig)[1:]:
            if _lemma(tok) in self.words.willing and tok.pos_ == "ADJ":
                return tok
        return None

    def attribution(self, trig: Trigger) -> Token | None:
        speech = self._speech_head(trig.token)
        if speech is not None:
            subj = self._subject(speech)
            if subj is not None:
                return subj
        for tok in trig.token.sent:
            if tok.lower_ == "according":
                for to in tok.children:
                    for g in to.children:
                        if g.dep_ == "pobj":
                            return g
        return None

    def _places(self, trig: Trigger, skip: set[int], anywhere: bool = False) -> list[Mention]:
        """Places attached to the trigger's own clause ("talks at the Belarus border", "shelled in Kharkiv"),
        or with `anywhere`, in any place phrase of the sentence."""
        anchors = {t.i for t, _ in self._chain(trig)} | {t.i for t in trig.tokens}
        out = []
        sent = trig.token.sent
        # The small model labels many places ORG or PERSON: any proper name in a place phrase is a
        # candidate, and the gazetteer decides in the resolve stage.
        spans = [(e.start, e.end, e.root) for e in _ents_in(sent.doc, sent.start, sent.end)
                 if e.label_ not in NOT_PLACES | NEVER_PLACES
                 and (e.label_ != "NORP" or e.root.dep_ in ("amod", "compound"))]  # "on the Thai border"
        # Every entity counts as covered: "in March" is a date even though the name is a town too.
        covered = {i for e in _ents_in(sent.doc, sent.start, sent.end) for i in range(e.start, e.end)}
        spans += [(t.i, t.i + 1, t) for t in sent if t.pos_ == "PROPN" and t.i not in covered and t.dep_ == "pobj"]
        for start, end, root in spans:
            if root.i in skip:
                continue
            head = root
            if head.dep_ in ("compound", "poss", "amod") and _lemma(head.head) in TOWNS and any(
                    g.pos_ == "PROPN" for g in _prep_objects(head.head, {"of"})):
                continue  # "in the West Bank city of Nablus", "Iraq's city of Baquba": the town is where
            if head.dep_ == "compound" and head.head.dep_ == "pobj":
                head = head.head  # "at the Belarus border"
            elif head.dep_ in ("poss", "compound") and head.head.dep_ in ("pobj", "dobj") \
                    and self.lex.nouns.get(_lemma(head.head)) is None and head.head.head.lower_ == "of":
                head = head.head  # "in a district of Burundi's capital", "the owner of a Sofia restaurant"
            if head.dep_ == "pobj" and head.head.lower_ == "of" and _lemma(head.head.head) in self.words.place_nouns:
                head = head.head.head  # "in the West Bank city of Nablus": the town, inside its region
            if root is not head and _lemma(head) in MISSIONS:
                continue  # "outside the U.S. embassy in Jakarta": an American building in Indonesia
            prep = head.head
            mission = prep.head if _lemma(prep.head) in MISSIONS and prep.head.dep_ == "pobj" else None
            anchored = prep.head.i in anchors or (mission is not None and mission.head.head.i in anchors)
            if head.dep_ == "pobj" and prep.lower_ in PLACE_PREPS and (anywhere or anchored):
                span = sent.doc[start:end]
                text = span.text[4:] if span.text.lower().startswith("the ") else span.text
                out.append(Mention(text, span.end_char - len(text), span.end_char, "name", root.lower_, (text,)))
        # The most specific place first: "in the West Bank city of Nablus" happened in Nablus.
        return out

    def _outer_speech(self, trig: Trigger) -> Token | None:
        """The speech verb when the actor speaks for itself, in the article's own voice:
        "Farc said it will release ..." (not "X said Y said ...")."""
        speech = self._speech_head(trig.token)
        if speech is None or self._speech_head(speech) is not None:
            return None
        return speech

    def _counted_heads(self, subj: Token | None) -> list[Token]:
        """The subject, and what it counts: "scores of troops" are troops."""
        if subj is None:
            return []
        if subj.lower_ in COUNTED_PEOPLE or _lemma(subj) in self.words.quantifiers:
            return [subj, *_prep_objects(subj, {"of"})]
        return [subj]

    def _can_be_asked(self, subj: Token) -> bool:
        """Only someone can be told what they should do: "the market should recover" is a forecast
        ("the oppression must end" is still a demand)."""
        return subj.dep_ == "nsubjpass" or self._is_person_like(subj) or subj.pos_ == "PROPN" or _lemma(subj) in (
            self.words.group_heads | self.words.person_heads | self.words.role_heads | {"community", "world", "west"})

    def _demands(self, sent: Span) -> list[Trigger]:
        """'X said Y must / should do Z': a demand by X of Y (PLOVER REQUEST)."""
        out = []
        for tok in sent:
            # The demand stands beside what is demanded: "Turkey must mediate" is a REQUEST of Turkey and
            # a mediation that has not happened.
            if tok.dep_ != "ccomp" or _lemma(tok.head) not in self.words.speech:
                continue
            modal = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in MUST]
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if modal and subj is not None and subj.pos_ != "PRON" and not any(c.dep_ == "neg" for c in tok.children) \
                    and (modal[0].lower_ == "must" or self._can_be_asked(subj)):
                out.append(Trigger(tok, Sense("REQUEST"), f"must:{_lemma(tok)}", [modal[0], tok]))
            # "Y must comply or face the consequences", "Y will face consequences if ...": X threatens Y
            bound = bool(modal) or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in tok.children)
            faced = [(v, o) for v in [tok, *(c for c in tok.children if c.dep_ == "conj")] if _lemma(v) == "face"
                     for o in v.children if o.dep_ == "dobj" and _lemma(o) in self.words.reprisals]
            if bound and subj is not None and faced:
                out.append(Trigger(tok, Sense("THREATEN"), "must:face", [faced[0][0], faced[0][1]]))
        return out

    def _critics(self, sent: Span) -> list[Trigger]:
        """'Critics say X used the crisis to silence the press': what critics say of X is an
        allegation against X (PLOVER ACCUSE allege), whatever it reports."""
        out = []
        saying = self.words.speech | {"argue", "charge", "contend", "allege"}
        for tok in sent:
            subj = self._subject(tok) if _lemma(tok) in saying else None
            if subj is None or _lemma(subj) not in self.words.critics or any(c.dep_ == "neg" for c in tok.children):
                continue
            said = [c for c in tok.children if c.dep_ == "ccomp"]
            if said and any(c.dep_ in ("nsubj", "nsubjpass") for c in said[0].children):
                out.append(Trigger(tok, Sense("ACCUSE", "allege"), f"critics:{_lemma(tok)}", [subj, tok]))
        return out

    def _verdicts(self, sent: Span, found: list[Trigger]) -> list[Trigger]:
        """'found X guilty' (a conviction: PLOVER SANCTION convict), 'held X responsible' and 'X said Y
        was responsible for the attack' (blame: ACCUSE)."""
        out = []
        taken = {t.i for trig in found for t in trig.tokens}
        for adj in sent:
            head = adj.head
            if adj.pos_ != "ADJ" or adj.dep_ not in ("ccomp", "oprd", "acomp", "xcomp") or adj.i in taken \
                    or head.i in taken or any(c.dep_ == "neg" or c.tag_ == "TO" for c in head.children):
                continue  # "did not hold", "how to hold Russia accountable": no one was blamed yet
            word = adj.lower_
            if word in ("guilty", "liable") and _lemma(head) == "find":
                out.append(Trigger(head, Sense("SANCTION", "convict"), "held:find guilty", [head, adj]))
            elif word in ("responsible", "accountable") and _lemma(head) == "hold":
                out.append(Trigger(head, Sense("ACCUSE"), f"held:hold {word}", [head, adj]))
            elif word == "responsible" and _lemma(head) == "be" and head.dep_ == "ccomp" \
                    and _lemma(head.head) in self.words.speech \
                    and (self._for_harm(adj) or not _prep_objects(adj, {"for"})):
                # "said the rebels were responsible": with nothing named, what they did is the news
                out.append(Trigger(adj, Sense("ACCUSE"), "blame:responsible", [adj]))
            elif word == "responsible" and _lemma(head) == "be" and adj.dep_ == "acomp" and head.dep_ != "ccomp":
                # "The cartel has been responsible for mass killings": the report credits the violence itself
                for obj in _prep_objects(adj, {"for"}):
                    sense = self.lex.nouns.get(_lemma(obj), NO_EVENT)
                    if sense.event_type in ("ASSAULT", "COERCE") and obj.i not in taken:
                        out.append(Trigger(obj, sense, f"noun:{_lemma(obj)}", [adj, obj], nominal=True))
                        break
        return out

    def _for_harm(self, adj: Token) -> bool:
        for prep in adj.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for obj in prep.children:
                    lemma = _lemma(obj)
                    if lemma in self.words.harm_nouns or self.lex.nouns.get(lemma, NO_EVENT).event_type in HARMS:
                        return True
        return False

    def _accused(self, trig: Trigger) -> tuple[list[Token], list[Token]]:
        """Who blames or convicts whom, for `_verdicts` triggers."""
        adj = trig.tokens[-1]
        if trig.rule.startswith("blame:"):
            speaker = self._subject(adj.head.head)
            blamed = [c for c in adj.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]  # "it was": a claim
            return ([speaker] if speaker is not None and blamed else []), blamed
        verb = trig.token
        actors = [c for c in verb.children if c.dep_ == "nsubj"] + [a for a in [_agent(verb)] if a is not None]
        accused = [c for c in adj.children if c.dep_ in ("nsubj", "nsubjpass")] or \
            [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return actors, accused

    def _predicate(self, sent: Span) -> Trigger | None:
        """The main verb of a sentence where a named party acts on another, for the learned classifier
        to type when no rule did. Its participants, aux mode and attribution are read as for any
        trigger. Sentences without two named sides are left alone: they rarely hold a codable event,
        and each one the classifier reads costs more than its parse."""
        root = sent.root
        if root.pos_ != "VERB" or _lemma(root) in self.words.speech:
            return None  # "X said ...": what was said is for the rules; the saying is not an event
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not _names_party(subj):
            return None
        if not any(_names_party(c) for c in root.children if c.dep_ in ("dobj", "prep", "dative", "agent")):
            return None
        return Trigger(root, NO_EVENT, f"predicate:{_lemma(root)}", [root])

    def _assists(self, trig: Trigger) -> bool:
        """A deployment whose purpose is another's aid: peacekeepers, observers, disaster relief, or
        rescuers sent ("deployed search-and-rescue teams"; troops sent "to rescue" hostages are not)."""
        return any(_lemma(t).startswith("peacekeep") or _lemma(t) in self.words.assisting
                   for t in trig.token.sent) or any(
            _lemma(t) in ("rescue", "rescuer") for o in self._objects(trig.token) for t in o.subtree) or any(
            c.dep_ in ("advcl", "xcomp") and _infinitival(c) and _lemma(c) in ("train", "advise", "mentor")
            for c in trig.token.children)  # "soldiers deployed to Niger to train its army"

    def _given_in_kind(self, trig: Trigger) -> bool:
        """Support that is money or aid: its subject is the aid, or it came "with" a grant."""
        verb = trig.carrier or trig.token
        if verb.pos_ != "VERB":
            return False
        subj = self._subject(verb)
        given = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                 if g.dep_ == "pobj"]
        return (subj is not None and _lemma(subj) in self.words.material) or any(
            _lemma(g) in self.words.material or g.ent_type_ == "MONEY" for g in given)

    def _is_place(self, tok: Token) -> bool:
        return tok.ent_type_ in ("GPE", "LOC", "FAC") \
            or _lemma(tok) in self.words.place_nouns | {"territory", "base", "stronghold"}

    def _insult(self, verb: Token) -> Token | None:
        names = [c for c in verb.children if c.dep_ in ("oprd", "npadvmod", "attr", "xcomp")]
        names += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ == "pobj"]
        return next((t for n in names for t in n.subtree if _lemma(t) in self.words.insults), None)

    def _verbal_attack(self, trig: Trigger) -> bool:
        """'launched a scathing attack on the minister, calling him a liar': words, not force."""
        noun = trig.tokens[-1]
        if _lemma(noun) not in ("attack", "assault", "broadside"):
            return False
        if any(_lemma(c) in self.words.verbal_attacks for c in noun.children):
            return True
        verb = noun.head
        return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and _lemma(c) in self.words.naming
                   for c in verb.children)

    def _call_purposes(self, triggers: list[Trigger]) -> dict[int, int]:
        """Phone calls made to do something a call can do ("called X to congratulate him", "phoned
        to express support"): PLOVER codes a consultation for its content, so the call's purpose is
        the event and happened. Maps each purpose trigger's token to its call's."""
        calls = {t.token.i for t in triggers if t.sense.event_type == "CONSULT" and t.sense.mode == "phone"
                 and self.aux_mode(t)[0] is None}
        return {t.token.i: t.token.head.i for t in triggers
                if t.token.head.i in calls and t.token.dep_ in ("advcl", "xcomp") and _infinitival(t.token)
                and t.sense.event_type in SPOKEN}

    def _crowd_blocking(self, trig: Trigger, actors: list[Token] | None = None) -> bool:
        """Whether a blockade is a crowd's ("farmers blocked the motorway"): a protest, not repression."""
        if trig.sense.event_type != "COERCE" or _lemma(trig.token) not in ("block", "blockade"):
            return False
        return any(_lemma(a) in self.words.crowds or (a.ent_type_ == "NORP" and a.tag_ in ("NNS", "NNPS"))
                   or (a.dep_ in ("amod", "compound") and _lemma(a.head) in self.words.crowds)
                   for a in (self.participants(trig)[0] if actors is None else actors))

    def _disaster(self, trig: Trigger) -> bool:
        """'An earthquake killed 300 people', 'a hurricane hit Florida', 'weak demand forced OPEC to
        cut output': no one assaulted or coerced anyone. A fire with a side or a weapon named ("Israeli
        fire", "tank fire") is an attack."""
        if trig.nominal or trig.sense.event_type not in ("ASSAULT", "COERCE", "SANCTION"):
            return False
        tok = trig.token
        subj = _agent(tok) or self._subject(tok)
        if tok.dep_ == "pcomp" and tok.head.lower_ == "with":
            subj = self._subject(tok.head.head) or subj  # "floods swept Sindh, with 30 people killed"
        if subj is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":
            subj = self._subject(tok.head)  # "a volcano erupted, killing 11 hikers"
        if subj is not None and tok.dep_ == "advcl" and _lemma(subj) in self.words.vehicles \
                and _lemma(tok.head) in self.words.mishaps:
            return True  # "a minibus plunged into a ravine, killing 18": a toll, not an attack
        if subj is None:
            return False
        # "Typhoon Haiyan killed 6,000": a named storm or volcano ("ICE agents", "Storm troopers" are people)
        if subj.pos_ == "PROPN" and any(c.dep_ == "compound" and _lemma(c) in self.words.disasters
                                        and not c.text.isupper() for c in subj.children):
            return True  # ("Indonesia's Mount Marapi": the country is where it is, not a side)
        if subj.pos_ == "NOUN" and _lemma(subj) in self.words.impersonal_causes and tok.dep_ != "relcl":
            # "rising prices hit households", "competition forced Iran to discount its crude" ("Russian
            # competition" would have a side; "the fault of Russia, which has seized" is Russia's)
            return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in PARTY_LABELS
                           for c in subj.children)
        if _lemma(subj) not in self.words.disasters or subj.text.isupper():
            return False
        return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and (
            c.ent_type_ in PARTY_LABELS or _lemma(c) not in ("bus", "car", "train", "plane", "road", "forest", "house",
                                                             "factory", "mine", "gas", "boat", "ferry", "building"))
            for c in subj.children)

    def sentence_candidates(self, sent: Span, offset: int = 0, predicates: bool = False) -> Iterator[Candidate]:
        """Events of one sentence; `offset` maps the parsed text's offsets to the article's. With
        `predicates`, a sentence no rule fires on yields its main verb untyped (event_type "")."""
        if any(t.lower_ in self.words.sports for t in sent) or GAME_SCORE.search(sent.text) \
                or SET_SCORES.search(sent.text):
            return  # "the Badgers rallied", "a 4-1 win over visiting Union": a game, not politics
        if sent.text.rstrip(" \t\n\"'\u201d\u2019)").endswith("?"):
            return  # "Were others arrested?", "Will NATO have to defend them?": asked, not reported
        triggers = self.find_triggers(sent)
        triggers += self._demands(sent)
        triggers += self._verdicts(sent, triggers)
        triggers += self._critics(sent)
        if not triggers and predicates:
            triggers = [t for t in [self._predicate(sent)] if t is not None]
        purposes = self._call_purposes(triggers)
        protests = [t for t in triggers if t.sense.event_type == "PROTEST" or self._crowd_blocking(t)]
        triggers = [t for t in triggers if t.token.i not in purposes.values() and not _protest_demand(t, protests)
                    and not self._disaster(t) and not _meeting_topic(t, triggers)
                    and not self._adopted_text(t, triggers) and not self._condoled(t)]
        triggers = _purposes_told(triggers)
        contexts = _contexts(sent, self.lex)
        for trig in triggers:
            if trig.rule.startswith("must:"):
                speech = trig.token.head
                actors = [s for s in [self._subject(speech)] if s is not None]
                recipients = [x for c in trig.token.children if c.dep_ in ("nsubj", "nsubjpass")
                              for x in self._expand(c)]
            elif trig.rule.startswith("critics:"):
                actors = [trig.tokens[0]]
                said = next(c for c in trig.token.children if c.dep_ == "ccomp")
                recipients = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")]
            elif trig.rule.startswith(("held:", "blame:")):
                actors, recipients = self._accused(trig)
                if not recipients:
                    continue
            else:
                actors, recipients = self.participants(trig)
            if not actors and _lemma(trig.token) == "summon":
                # "Japan's ambassador was summoned to the Chinese foreign ministry": the ministry summons
                actors = _prep_objects(trig.token, {"to"})
                recipients = [r for r in recipients if r not in actors]
            if trig.sense.event_type == "ASSAULT" and all(_lemma(a) in self.words.munitions for a in actors):
                claimant = self._claimant(sent)
                actors = self._expand(claimant) if claimant is not None else actors  # not "a bomb"
            sense = trig.sense
            agreed = {_lemma(t) for t, _ in self._chain(trig)} & {"decide", "agree"}
            if trig.rule == "verb_prep:set up" and not agreed:
                continue  # setting something up is an agreement only when the parties decided on it
            aux, refusal = self.aux_mode(trig)
            if trig.rule.startswith("stern:"):
                aux, refusal = None, False  # the warning is given as it is said: "will not sit idly by"
            if trig.rule.startswith(SAID_NOW):
                aux, refusal = None, False  # the demand or blame is made now; "must" is its content, not doubt
            tokens = trig.tokens
            if aux == "negation" and sense.event_type == "CONCEDE" and actors:
                allowed = _allowed(trig.token) if _lemma(trig.token) in ("allow", "permit", "let") else []
                if any(_lemma(p) in self.words.kept_out or p.ent_type_ in ("NORP", "PERSON") for p in allowed):
                    # "troops do not allow locals to put out fires": keeping people from acting is a restriction
                    sense, aux = Sense("COERCE", "restrict"), None
                    recipients = [*recipients, *allowed]
                elif any(_lemma(t) in self.words.permissions for t in [*trig.tokens, *self._objects(trig.token)]):
                    refusal = True  # "did not give permission", "did not grant visas": the authority refused them
            if refusal and sense.event_type in COOPERATIVE:
                sense, aux = Sense("REJECT"), None  # "would not commit", "not in a position to agree"
                ruling = _ruled_out(self._chain(trig))
                sayer = self._subject(ruling.head) if ruling is not None and ruling.dep_ == "ccomp" \
                    and _lemma(ruling.head) in self.words.speech else None
                if sayer is not None:  # "Greece said talks with Turkey are out of the question": Greece refuses
                    recipients = [t for t in [*actors, *recipients] if t.i != sayer.i]
                    actors = self._expand(sayer)
            if sense.event_type == "REJECT" and not recipients:
                recipients = _pressed_by(trig.token)
            if sense.event_type == "CONCEDE" and aux is None and self._access(trig.token):
                sense = Sense("RETREAT", "access")  # PLOVER: letting observers or aid workers in is a RETREAT
                recipients = [*recipients, *(a for a in _allowed(trig.token) if a not in recipients)]
                recipients += [g for o in self._objects(trig.token) if _lemma(o) in self.words.access_acts
                               for g in _prep_objects(o, {"to", "into"}) if g not in recipients]  # "delivery to Gaza"
            if sense.event_type == "COERCE" and self._crowd_blocking(trig, actors):
                sense = Sense("PROTEST", "obstruct")  # "farmers blocked the motorway": a protest, not repression
                recipients = self._protested_at(trig.token) or recipients
            if sense.event_type == "ASSAULT" and (_scored(trig.token) or (
                    _lemma(trig.token) in self.words.contests and (any(
                        r.ent_type_ in ("ORG", "PRODUCT", "FAC") for r in recipients) or any(
                        _lemma(o) in self.words.prizes for o in _prep_objects(trig.token, {"to"}))))):
                continue  # "the Spurs beat the Mavericks", "France crushed Italy 45-10": a game or a market
            if sense.event_type == "ASSAULT" and self._verbal_attack(trig):
                sense = Sense("ACCUSE", "disapprove")
            complaint = [c for c in trig.token.children if c.dep_ == "ccomp"] \
                if sense.event_type == "PROTEST" and _lemma(trig.token) == "protest" else []
            if complaint:
                # "a rights group protested that the authorities are failing refugees": a complaint in words
                sense = Sense("ACCUSE", "disapprove")
                recipients = [s for c in complaint for s in [self._subject(c)] if s is not None] or recipients
            if trig.token.i in purposes:
                aux = None  # "called Morrison to congratulate him": the call carried the congratulation out
            if sense.event_type == "MOBILIZE" and self._assists(trig):
                sense = Sense("AID")  # PLOVER: troops sent to keep a peace or bring relief are military assistance
            if sense.event_type == "SUPPORT" and self._given_in_kind(trig):
                sense = Sense("AID")  # "Norwegian funding supported clinics", "backed it with a grant": material
            if sense.event_type == "COOPERATE" and _lemma(trig.token) in ("exercise", "drill", "game") \
                    and len(actors) < 2 and not recipients \
                    and not any(_lemma(c) in ("joint", "combined") for c in trig.token.children):
                sense = Sense("MOBILIZE", "weapons")  # one side's own exercises are a show of force
            willing = self.willingness(trig)
            # what is threatened, vowed or promised: "threatened to impose a curfew" threatens restrictions
            vowed = [c for c in trig.token.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and _infinitival(c))] \
                if sense.event_type in ("AGREE", "THREATEN") else []
            vowed += [g for c in vowed if _lemma(c) in ("keep", "continue", "resume")  # "vowed to keep attacking"
                      for g in c.children if g.dep_ == "xcomp"]
            content = next((t.sense for t in triggers if t is not trig and (t.carrier or t.token) in vowed), None)
            if sense.event_type == "AGREE" and _lemma(trig.token) in ("vow", "swear", "pledge", "promise") and any(
                    self.lex.verbs.get(_lemma(c), NO_EVENT).event_type in SELF_ANNOUNCED
                    and not self._phrase_blocked(c) for c in vowed):
                # "vowed to fight on": a promise of force is a threat
                sense = Sense("THREATEN", _threat_mode(content) if content is not None else None)
            elif sense.event_type == "THREATEN" and sense.mode is None and content is not None:
                sense = Sense("THREATEN", _threat_mode(content))
            if willing is not None and sense.event_type in SELF_ANNOUNCED and aux in (None, "hypothetical"):
                # "prepared to impose martial law"
                sense, aux, tokens = Sense("THREATEN", _threat_mode(sense)), None, [willing, *tokens]
            if willing is not None and sense.event_type in COOPERATIVE:
                sense, tokens = Sense("AGREE"), [willing, *tokens]
                if not actors:
                    subj = self._subject(willing) or self._subject(willing.head)
                    actors = self._expand(subj) if subj is not None else []
            source = None if trig.rule.startswith(SAID_NOW) else self.attribution(trig)
            # "Hezbollah said it could strike Israeli cities if the war expands": force on a condition,
            # in the actor's own words, is a threat (the speculation of others is not)
            conditional = aux == "hypothetical" and sense.event_type in SELF_ANNOUNCED and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for t, _ in self._chain(trig) for c in t.children)
            intent = INTENT.get(sense.event_type) if aux == "future" or conditional else None
            if intent is not None:
                threat = _threat_mode(sense) if intent == "THREATEN" else None
                reporting = self._speech_head(trig.token)
                outer = self._outer_speech(trig)
                speaker = self._subject(outer) if outer is not None else None
                # An actor's own word commits it; for cooperation, so does any first-hand statement of what
                # it will do ("the minister said South Africa would give ... assistance").
                spoken_for = not actors or any(self._own_side(a) for a in actors)  # "it", "the government"
                by_self = speaker is not None and (spoken_for or sense.event_type not in SELF_ANNOUNCED)
                # "said he hopes the EU will persuade Biden to lift sanctions": a wish, nobody's commitment
                by_self = by_self and outer is not None and not any(
                    _lemma(t) in self.words.hypo_heads for t in trig.token.ancestors if outer in t.ancestors)
                if by_self and speaker is not None and outer is not None:
                    # "Farc said it will release the hostages": the statement is itself the commitment.
                    doers = self._expand(speaker) if spoken_for else actors
                    yield self._candidate(trig, Sense(intent, threat), None, [outer, *tokens], doers, recipients,
                                          None, contexts, offset, "intent:")
                elif reporting is None and actors and not conditional and not any(
                        _lemma(t) in FORECAST for t, _ in self._chain(trig)[1:]) and (
                        sense.event_type not in SELF_ANNOUNCED or any(
                        _lemma(t) in INTENDING and t.pos_ == "VERB" for t, _ in self._chain(trig)[1:])):
                    # ("Greece plans to impose restrictions": a plan of force is a threat; "the army is
                    # expected to attack" is someone's forecast)
                    # "Putin will meet Erdogan in Ankara": a scheduled meeting shows the intent to meet.
                    yield self._candidate(trig, Sense(intent, threat), None, tokens, actors, recipients, None,
                                          contexts, offset, "intent:")
            if len(actors) > 1 and all(_each_other(r) for r in recipients) \
                    and sense.event_type not in SYMMETRIC and _reciprocal(trig.token):  # "met each other": one meeting
                # "Russia and Ukraine blamed each other": each blamed the other, two events
                for a in actors:
                    yield self._candidate(trig, sense, aux, tokens, [a], [b for b in actors if b is not a], source,
                                          contexts, offset, "each-other:")
                continue
            yield self._candidate(trig, sense, aux, tokens, actors, recipients, source, contexts, offset, "")

    def _candidate(self, trig: Trigger, sense: Sense, aux: str | None, tokens: list[Token], actors: list[Token],
                   recipients: list[Token], source: Token | None, contexts: tuple[str, ...], offset: int,
                   prefix: str) -> Candidate:
        sent = trig.token.sent
        first, last = min(t.i for t in tokens), max(t.i for t in tokens)
        doc = sent.doc
        t_start, t_end = doc[first].idx, doc[last].idx + len(doc[last].text)
        skip = {t.i for t in actors + recipients}
        return Candidate(
            event_type=sense.event_type,
            mode=sense.mode,
            trigger=_trigger_text(doc, tokens, t_start, t_end),
            trigger_start=t_start + offset,
            trigger_end=t_end + offset,
            sentence_start=sent.start_char + offset + len(sent.text) - len(sent.text.lstrip()),
            sentence_end=sent.start_char + offset + len(sent.text.rstrip()),
            actors=tuple(_shift(_as_modifier(self.mention(t), t, trig), offset) for t in actors),
            recipients=tuple(_shift(self.mention(t), offset) for t in recipients),
            aux_mode=aux,
            rule=prefix + trig.rule,
            depth=_depth(trig.token),
            source=_shift(self.mention(source), offset) if source is not None else None,
            places=tuple(_shift(p, offset) for p in self._where(trig, skip)),
            nearby_places=tuple(_shift(p, offset) for p in self._places(trig, skip, anywhere=True)),
            contexts=contexts,
            indefinite=_indefinite(trig),
            others=_others(trig, actors, recipients, source, offset, self._handed_over(trig)),
            definite=trig.nominal and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE
                                          for c in trig.token.children),
            passive=not trig.nominal and _agent(trig.token) is None
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.token.children),
        )

    def doc_candidates(self, doc: Doc, spans: list[tuple[int, int]] | None = None,
                       offset: int = 0, predicates: bool = False) -> list[Candidate]:
        """All candidates of a parsed text (none when it is a game report), skipping sentences
        outside `spans` (boilerplate) and sentences over `MAX_SENTENCE_TOKENS` tokens."""
        out: list[Candidate] = []
        kept = [sent for sent in doc.sents if spans is None or any(
            s <= sent.start_char + len(sent.text) - len(sent.text.lstrip()) + offset < e for s, e in spans)]
        if self._game_report([sent.text for sent in kept]):
            return out
        attacked = False  # the sentence before reported an attack by someone
        for sent in kept:
            if len(sent) > MAX_SENTENCE_TOKENS:
                continue
            found = list(self.sentence_candidates(sent, offset, predicates))
            if attacked:
                found = [c for c in found if not _aftermath(c, sent, self.lex, offset)]
            attacked = any(c.event_type == "ASSAULT" and c.actors for c in found)
            out.extend(found)
        return out

    def _game_report(self, sentences: list[str]) -> bool:
        """Whether the sentences report a game (words.yaml, game_words): its words spread through
        the text, not gathered in the one paragraph on sport of a war story."""
        words = [set(_WORDS.findall(text.lower())) & self.words.game_words for text in sentences]
        if len(set().union(*words)) < GAME_REPORT_WORDS:
            return False
        sporting = sum(1 for found in words if found)
        return sporting >= max(GAME_REPORT_SENTENCES, GAME_REPORT_SHARE * len(words))

    def event_places(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """Character spans of the places where the event whose word lies at `start:end` happened:
        the place phrases of its own clause, else the sentence's; what `Candidate.places` holds."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        tok = span.root
        trig = Trigger(tok, Sense("EVENT"), "event", [tok], nominal=tok.pos_ in ("NOUN", "PROPN"))
        skip = {t.i for t in tok.children if t.dep_ in SUBJ | {"dobj", "agent"}}
        found = self._where(trig, skip)
        if not found and tok.dep_ == "advcl" and tok.tag_ == "VBG":
            found = self._target_places(tok.head)  # "stormed the village of Mainok, killing 39 people"
        found = found or self._places(trig, skip, anywhere=True)
        return [(m.start, m.end) for m in found]

    def _where(self, trig: Trigger, skip: set[int]) -> list[Mention]:
        """The places of the act's own clause, else the place it is done to; that place first when the
        act names it as a town ("liberated the cities of Palmyra and Quaryatayn in Homs province")."""
        targets = self._target_places(trig.token)
        if targets and any(_lemma(c) in self.words.place_nouns for c in trig.token.children if c.dep_ == "dobj"):
            return targets
        return self._places(trig, skip) or targets

    def _target_places(self, tok: Token) -> list[Mention]:
        """A place the act is done to ("stormed the village of Mainok", "Utah Beach was captured")
        is where it happened."""
        out = []
        for child in tok.children:
            if child.dep_ not in ("dobj", "nsubjpass") or (child.dep_ == "nsubjpass" and child.ent_type_ not in (
                    "GPE", "LOC", "FAC") and _lemma(child) not in self.words.place_nouns):
                continue  # "Zubaydah was shot": a bare name undergoing the act is most likely a person
            named = False  # "the towns of Palmyra and ...": a name there is a place whatever the model calls it
            if _lemma(child) in self.words.place_nouns | PORTIONS:
                named_in = next((g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in p.children if g.dep_ == "pobj"), None)
                # ("attacked Damboa town", "patrolled Georgia's Black Sea coast")
                named_in = named_in or next((m for m in child.children if m.dep_ in ("compound", "poss")
                                             and m.pos_ == "PROPN" and m.ent_type_ not in ("NORP", "PERSON")), None)
                named = named_in is not None and named_in.pos_ == "PROPN" and named_in.ent_type_ != "NORP"
                child = named_in if named_in is not None else child
            elif child.pos_ == "NOUN" and _lemma(child) not in MISSIONS and self.lex.nouns.get(_lemma(child)) is None \
                    and _lemma(child) not in self.people:  # ("killed one U.S. soldier" was not in the US)
                # "destroyed an upscale Baghdad restaurant", "Istanbul's prison": the town it stands in
                child = next((m for m in child.children if m.dep_ in ("compound", "poss")
                              and m.ent_type_ in ("GPE", "LOC")), child)
            # (the model calls many towns ORG: "patrolled Harare", "stormed Kunduz")
            entered = child.dep_ == "dobj" and _lemma(tok) in TERRITORIAL and child.ent_type_ == "ORG"
            if named or entered or child.ent_type_ in ("GPE", "LOC", "FAC") or (
                    child.pos_ == "PROPN" and child.ent_type_ not in ("PERSON", "NORP", "ORG")):
                first = child.i
                while first > 0 and child.doc[first].ent_iob_ == "I":
                    first -= 1  # the name's first token: "Tal" of "Tal Rifaat"
                ent = next((e for e in _ents_in(tok.doc, first, child.i + 1)), None)
                span = tok.doc[ent.start:ent.end] if ent is not None else tok.doc[child.i:child.i + 1]
                out.append(Mention(span.text, span.start_char, span.end_char, "name", child.lower_, (span.text,)))
        return out
