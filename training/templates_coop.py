"""Template families for verbal cooperation: AGREE, CONSULT, SUPPORT, CONCEDE (quad 1)."""
from __future__ import annotations

from families import F

_DV = ("restore diplomatic relations|resume direct flights|reopen their embassies|set up a joint committee "
       "on {topic}|exchange prisoners|open a humanitarian corridor|hold further talks|extend the grain export "
       "deal|de-escalate tensions along the border|work together on {topic}|set up a mechanism to monitor "
       "the ceasefire")
_DN = "a framework for peace talks|a roadmap to normalise relations|a 30-day truce|a prisoner swap"
_DEALS = "<" + _DV + "|" + _DN + ">"  # after "agreed to"
_DEALV = "<" + _DV + ">"  # after "a plan to", "decided to", ...
_OFFERS = ("<help rebuild {b:place}|supply electricity to {b:place}|host a new round of talks|send monitors "
           "to the "
           "border|share {A.poss} expertise on {topic}|mediate between the warring parties|cover the cost of "
           "reconstruction|take in refugees from {b:place}>")

AGREE = [
    F("agree_reached", "AGREE", None, "any", [
        "{AB:state} [agreed] to " + _DEALS + " {when}",
        "{AB:state} [have agreed] to " + _DEALS + ", officials said",
        "{AB:officials} [reached an agreement] on {topic} after {days} of negotiations",
        "{AB:leader} [agreed] {when} to " + _DEALS,
        "{AB:state} [struck a deal] {when} to " + _DEALV,
        "{AB:officials} [reached a preliminary deal] on {topic}{when?}",
        "negotiators from {AB:state} [reached a breakthrough] on {topic} {when}",
        "{AB:state} [settled on] a plan to " + _DEALV,
        "{AB:state} [came to an understanding] on {topic} during talks in {venue}",
        "{AB:leader} [agreed in principle] to " + _DEALS,
        "{AB:state} [announced a deal] {when} that will allow them to " + _DEALV,
        "after {days} of haggling in {venue}, {AB:state} [reached a compromise] on {topic}",
        "{AB:state} [decided] {when} to " + _DEALV,
        "{AB:officials} [agreed on] a timetable to " + _DEALV,
    ], w=3),
    F("agree_brokered", "AGREE", None, "conflict", [
        "{AB:state} [agreed to a ceasefire] brokered by {mediator}{when?}",
        "{AB:state} [accepted a truce] proposed by {mediator}, mediators said",
        "{A:who} [accepted] a proposal brokered by {mediator} to halt hostilities with {R:state}",
        "{AB:mil} [agreed to a humanitarian pause] in {b:place} to allow aid deliveries",
        "mediated by {mediator}, {AB:state} [agreed to exchange] prisoners {when}",
        "{A:who} [signalled acceptance] of a ceasefire plan put forward by {mediator}",
        "{AB:state} [agreed to pull back] heavy weapons from the front line under a deal mediated by "
        "{mediator}",
        "under pressure from {mediator}, {A:top} [agreed to] a temporary truce with {R:gv}",
    ], w=2),
    F("agree_offer", "AGREE", None, "friendly", [
        "{A:who} [offered] to " + _OFFERS + " after talks with {R:official}",
        "{A:top} [offered] {R:gv} help with {topic}{when?}",
        "{A:official} [pledged] to work with {R:state} on {topic}",
        "{A:top} [promised] {R:who} that {A.pron} would support efforts on {topic}",
        "{A:official} [vowed] to deepen cooperation with {R:state} on {topic}",
        "{A:who} [expressed willingness] to cooperate with {R:state} on {topic}",
        "{A:official} said {A.pron} [was ready] to work with {R:state} on {topic}",
        "{A:who} [signalled readiness] to resume negotiations with {R:state}",
        "{A:top} [committed] to expanding trade with {R:state} during a meeting in {b:capital}",
        "{A:official} [accepted an invitation] to visit {R:country}",
        "{A:top} [invited] {R:official} to visit {a:capital}{when?}",
        "{A:gv} [pledged] {usd} to help {R:state} with {topic}",
        "{A:who} [promised] to " + _OFFERS,
        "{A:top} said {A.pron} [was open to] a new agreement with {R:state} on {topic}",
        "{A:official} [gave assurances] to {R:official} that cooperation on {topic} would continue",
        "{A:gv} [agreed to] {R:poss} request to " + _OFFERS,
    ], w=3),
    F("agree_conflict_offer", "AGREE", None, "conflict", [
        "{A:official} said {A.pron} [was willing] to continue talks with {R:state}",
        "{A:who} [offered] to resume negotiations with {R:gv} without preconditions",
        "{A:top} [expressed readiness] to meet {R:official} to discuss {topic}",
        "{A:who} [proposed] a prisoner exchange with {R:state}",
        "{A:official} [offered] {R:state} a {n}-day truce to allow civilians to leave {b:place}",
        "{A:who} [agreed to allow] the evacuation of civilians from {b:place}",
        "{A:official} told {x:@media} that {A.pron} [would be open to] talks with {R:state}",
    ], w=1.5),
]

AGREE_AUX = [
    F("agree_neg", "AGREE", None, "any", [
        "{AB:state} [failed to reach an agreement] on {topic}{when?}",
        "[no agreement was reached] between {AB:state} after {days} of talks",
        "{AB:officials} [could not agree] on {topic}, diplomats said",
        "talks in {venue} ended [without a deal] between {AB:state}",
        "{AB:state} [did not agree] on a ceasefire during the meeting in {venue}",
        "{A:who} [{~has/have} not agreed] to {R:poss} proposal on {topic}",
        "{AB:state} [fell short of a deal] on {topic}",
        "{AB:officials} [were unable to agree] on how to " + _DEALV,
        "despite hours of negotiations, [no deal was reached] between {AB:state}",
        "{AB:state} [failed to agree on] a prisoner exchange{when?}",
    ], aux="negation"),
    F("agree_fut", "AGREE", None, "any", [
        "{AB:officials} are expected to [reach an agreement] on {topic} {fwhen}",
        "{AB:state} [will announce a deal] on {topic} {fwhen}, officials said",
        "{AB:state} are set to [agree] on <{topic}|" + _DN + "> {fwhen}",
        "a [deal] between {AB:state} on {topic} is expected {fwhen}",
        "{AB:leader} are due to [finalise an agreement] on {topic} {fwhen}",
        "{A:who} {~is/are} expected to [offer] {R:state} new guarantees on {topic} {fwhen}",
        "negotiators said {AB:state} [would agree] on a framework {fwhen}",
    ], aux="future"),
    F("agree_hyp", "AGREE", None, "any", [
        "{AB:state} [could reach a deal] on {topic} if talks continue, diplomats said",
        "{A:who} [might be more open] to an agreement with {R:state} after the elections",
        "a [deal] between {AB:state} could be agreed {fwhen} if the remaining issues are resolved",
        "{A:top} [would agree] to a ceasefire if {R:state} withdrew its forces, {A.poss} aides said",
        "{x:@analyst} said {AB:state} [may be willing] to compromise on {topic}",
        "{AB:state} [could agree] to " + _DEALS + " if the current talks succeed",
        "if the talks go well, {A:who} [may offer] {R:state} concessions on {topic}",
    ], aux="hypothetical"),
    F("agree_hist", "AGREE", None, "any", [
        "{hwhen}, {AB:state} [agreed] to " + _DEALS,
        "the two sides last [reached an agreement] on {topic} {hwhen}",
        "{AB:state} [struck a deal] on {topic} {hwhen}, but it later collapsed",
        "{hwhen}, {A:who} [offered] to help {R:country} with {topic}",
    ], aux="historical"),
]

CONSULT = [
    F("consult_talks", "CONSULT", None, "any", [
        "{AB:officials} [held talks] in {venue} {when} on {topic}",
        "{A:official} [met] {R:official} in {b:capital} {when} to discuss {topic}",
        "{A:official} [held talks with] {R:official}{when?}, focusing on {topic}",
        "{A:top} [met with] {R:official} {when}",
        "{A:official} [discussed] {topic} with {R:official} during a meeting in {venue}",
        "{AB:leader} [met] {when} for the first time since {year}",
        "[negotiations] between {AB:state} resumed in {venue} {when}",
        "{AB:officials} [held a round of talks] in {venue}{when?}",
        "{A:diplomat} [met] {R:diplomat} {when} to discuss {topic}",
        "{AB:officials} [sat down for talks] in {venue} {when}",
        "{A:official} [conferred with] {R:official} on {topic}",
        "{AB:state} [held discussions] on {topic} {when}",
        "{A:diplomat} and {R:diplomat} [negotiated] late into the night in {venue}",
        "the [meeting] between {AB:leader} lasted nearly three hours, officials said",
        "{AB:officials} [held a second day of talks] in {venue} {when}",
        "{AB:leader} [held closed-door talks] in {venue} {when}",
        "{A:official} [consulted] {R:official} on {topic}",
        "{AB:state} [opened negotiations] on {topic} in {venue} {when}",
        "the [high-level talks] between {AB:officials} in {venue} ended {when} without a joint statement",
    ], w=3),
    F("consult_visit", "CONSULT", "visit", "friendly", [
        "{A:official} [arrived in] {b:capital} {when} for talks with {R:official}",
        "{A:official} [visited] {R:country} {when}",
        "{A:top} {~was/were} in {b:capital} {when} on a <two-day|three-day|surprise|rare|brief> [visit]",
        "{A:official} [travelled to] {b:capital} {when} for talks on {topic}",
        "{R:official} [hosted] {A:official} in {b:capital} {when}",
        "{A:official} [paid a visit to] {R:country} {when}",
        "during a [state visit] to {R:country}, {A:leader} discussed {topic}",
        "{A:official} [toured] {b:city} {when} alongside {R:official}",
        "{A:leader} [landed in] {b:capital} {when} for talks with {R:official}",
        "{A:official} made a [trip] to {b:capital} {when} to discuss {topic}",
        "{A:official} [{~was/were} received by] {R:official} in {b:capital} {when}",
        "on {A.poss} first [visit] to {R:country}{when?}, {A:official} met business leaders",
        "{R:leader} [welcomed] {A:official} to {b:capital} {when}",
    ], w=2),
    F("consult_visit_conflict", "CONSULT", "visit", "rivals", [
        "{A:official} [arrived in] {b:capital} {when} for talks with {R:official}",
        "{A:diplomat} [travelled to] {b:capital} for <rare|indirect|secret> talks with {R:gov}",
    ], w=0.5),
    F("consult_phone", "CONSULT", "phone", "any", [
        "{A:top} [spoke by phone with] {R:official} {when}",
        "{A:official} [held a phone call with] {R:official}{when?} to discuss {topic}",
        "{AB:leader} [spoke by telephone] {when}",
        "in a [phone call] {when}, {A:official} and {R:official} discussed {topic}",
        "{A:official} [called] {R:official} {when} to discuss {topic}",
        "{AB:leader} [held a video call] {when} on {topic}",
        "{A:top} and {R:official} discussed {topic} in a [telephone conversation] {when}",
        "{A:official} [held a video conference with] {R:official} on {topic}",
        "{AB:leader} [talked by phone] for nearly an hour {when}",
        "{A:official} [phoned] {R:official} {when}",
        "{A:top} [spoke with] {R:official} by phone {when}",
    ], w=1.5),
    F("consult_third", "CONSULT", "third-party", "conflict", [
        "{AB:officials} [held indirect talks] in {venue} {when}, mediated by {mediator}",
        "{AB:officials} [met] in {venue} {when} for talks hosted by {mediator}",
        "{mediator}-brokered [talks] between {AB:state} resumed in {venue} {when}",
        "negotiators from {AB:state} [met] under the auspices of {mediator} in {venue}",
        "{AB:state} [took part in proximity talks] in {venue} {when}",
        "delegations from {AB:country} [held a new round of negotiations] in {venue}{when?}",
        "{A:diplomat} [met] {R:diplomat} in {venue} {when} at a meeting arranged by {mediator}",
        "{mediator} hosted {AB:officials} for <a day of|two days of|indirect> [talks] in {venue}",
    ], w=1.5),
    F("consult_multi", "CONSULT", "multilateral", "friendly", [
        "{A:official} [met] {R:official} on the sidelines of the {summit}",
        "{AB:leader} [held talks] on the margins of the {summit} {when}",
        "{A:top} [held talks with] {R:@igo} leaders in Brussels {when}",
        "{A:official} [discussed] {topic} with {R:@igo} officials at the {summit}",
        "{A:diplomat} [consulted] partners in {R:@igo} on {topic}{when?}",
        "{A:official} [attended] a meeting of {R:@igo} foreign ministers {when}",
        "at the {summit}, {A:leader} [held a bilateral meeting] with {R:official}",
        "{A:official} [joined talks with] {R:@igo} counterparts in {venue} {when}",
    ], w=1.5),
]

CONSULT_AUX = [
    F("consult_fut", "CONSULT", None, "any", [
        "{AB:leader} [will meet] {fwhen}, officials said",
        "{A:official} [{~is/are} due to visit] {R:country} {fwhen}",
        "{A:official} [{~is/are} scheduled to hold talks] with {R:official} {fwhen}",
        "{AB:officials} [are expected to meet] in {venue} {fwhen}",
        "{A:top} [{~is/are} set to travel to] {b:capital} {fwhen} for talks on {topic}",
        "[talks] between {AB:state} are scheduled to resume in {venue} {fwhen}",
        "{R:official} [will host] {A:official} in {b:capital} {fwhen}",
        "{A:official} [{~plans/plan} to meet] {R:official} {fwhen} to discuss {topic}",
        "a new round of [negotiations] between {AB:state} will open in {venue} {fwhen}",
        "{AB:leader} [are due to speak by phone] {fwhen}",
    ], aux="future"),
    F("consult_neg", "CONSULT", None, "any", [
        "{AB:leader} [did not meet] during the {summit}",
        "[no talks were held] between {AB:state}{when?}",
        "{A:official} [{~has/have} not spoken] to {R:official} since {year}",
        "{A:official} [did not hold talks] with {R:official} during {A.poss} trip to {venue}",
        "a planned [meeting] between {AB:officials} did not take place {when}",
        "{AB:state} [have not held direct talks] for {days}",
        "{A:top} [failed to meet] {R:official} as planned {when}",
        "{A:official} left {b:capital} [without meeting] {R:official}",
    ], aux="negation"),
    F("consult_hyp", "CONSULT", None, "any", [
        "{AB:leader} [could meet] {fwhen} if preparations go smoothly",
        "[talks] between {AB:state} could resume if the fighting stops, diplomats said",
        "{A:official} [might travel to] {b:capital} for talks if security allows",
        "a [meeting] between {AB:leader} is possible on the sidelines of the {summit}, officials said",
        "{A:top} [would be ready to meet] {R:official} if certain conditions were met",
        "{x:@analyst} said {AB:state} [may hold secret talks] in {venue}",
    ], aux="hypothetical"),
    F("consult_hist", "CONSULT", None, "any", [
        "{AB:leader} last [met] {hwhen}",
        "{hwhen}, {A:official} became the first {a:dem} official to [visit] {R:country}",
        "{AB:state} [held talks] in {venue} {hwhen}, but no deal emerged",
    ], aux="historical"),
]

_DOCS = ("<a treaty on {topic}|an agreement on {topic}|a memorandum of understanding on {topic}|a defence "
         "pact"
         "|a free trade agreement|a strategic partnership agreement|a series of agreements on {topic}|a "
         "joint "
         "declaration on {topic}|a peace accord|a security pact|a deal on {topic}>")

SUPPORT = [
    F("support_praise", "SUPPORT", None, "friendly", [
        "{A:who} [praised] {R:who} for {R.poss} efforts on {topic}",
        "{A:top} [commended] {R:state} for hosting refugees from {b:place}",
        "{A:official} [hailed] {R:poss} decision to join talks on {topic}",
        "{A:who} [welcomed] {R:poss} decision to release political prisoners",
        "{A:top} [thanked] {R:state} for {R.poss} support on {topic}",
        "{A:official} [lauded] the role of {R:state} in mediating the conflict",
        "{A:who} [applauded] {R:state} for {R.poss} handling of {topic}",
        "{A:top} [congratulated] {R:leader} on {R.poss} election victory",
        "{A:official} [paid tribute to] {R:state} for {R.poss} contribution to {topic}",
        "{A:who} [welcomed] the agreement between {R:state} and {b:@mediator}",
    ], w=2),
    F("support_express", "SUPPORT", None, "friendly", [
        "{A:who} [expressed support for] {R:state} in {R.poss} dispute over {topic}",
        "{A:top} [reaffirmed {A.poss} support for] {R:poss} territorial integrity",
        "{A:official} [voiced support for] {R:poss} bid to join {x:@igo_org}",
        "{A:who} [backed] {R:poss} proposal on {topic}",
        "{A:gv} [endorsed] {R:poss} peace plan{when?}",
        "{A:top} [threw {A.poss} weight behind] {R:poss} candidacy for the UN Security Council",
        "{A:who} [expressed solidarity with] {R:state} after the attacks",
        "{A:official} [reiterated {A.poss} backing] for {R:state}",
        "{A:gv} [stood by] {R:state} {when} despite international criticism",
        "{A:who} [voted in favour of] a UN resolution sponsored by {R:state}",
        "{A:official} said {A.pron} [fully supported] {R:poss} position on {topic}",
        "{A:who} [approved] {R:poss} application to join {x:@igo_org}",
    ], w=2),
    F("support_sign", "SUPPORT", None, "friendly", [
        "{AB:state} [signed] " + _DOCS + " {when}",
        "{AB:leader} [signed] " + _DOCS + " in {venue}",
        "{A:official} and {R:official} [signed] " + _DOCS,
        "{A:gv} [ratified] " + _DOCS + " with {R:state}{when?}",
        "{AB:state} [inked] " + _DOCS + " during a ceremony in {venue}",
        "the parliament of {A:country} [ratified] the accord with {R:state} {when}",
        "{AB:state} [formally signed] " + _DOCS + " after years of negotiations",
        "{AB:officials} [put their signatures to] " + _DOCS,
        "{AB:state} [finalised] " + _DOCS + " {when}",
    ], w=2.5),
    F("support_sign_conflict", "SUPPORT", None, "conflict", [
        "{AB:state} [signed] a <peace accord|ceasefire agreement|prisoner exchange deal> in {venue} {when}",
        "representatives of {AB:state} [signed] a deal brokered by {mediator}",
    ], w=0.7),
    F("support_recognise", "SUPPORT", None, "friendly", [
        "{A:state} [formally recognised] the new government in {R:capital} {when}",
        "{A:gv} [established diplomatic relations with] {R:state}{when?}",
        "{AB:state} [restored diplomatic ties] {when}",
        "{A:gv} [upgraded relations with] {R:state} to ambassador level",
        "{A:state} [reopened {A.poss} embassy in] {b:capital} {when}",
        "{AB:state} [normalised relations] {when}",
        "{A:gv} [appointed an ambassador to] {R:state} for the first time in {days}",
        "{A:state} [recognised] the State of Palestine {when}",
        "{AB:state} [resumed diplomatic relations] after a years-long rift",
    ], w=1.5),
]

SUPPORT_AUX = [
    F("support_fut", "SUPPORT", None, "friendly", [
        "{AB:state} [will sign] " + _DOCS + " {fwhen}",
        "{AB:leader} are expected to [sign] " + _DOCS + " {fwhen}",
        "{A:gv} [{~is/are} set to recognise] {R:state} {fwhen}, officials said",
        "parliament in {a:capital} [will vote to ratify] the agreement with {R:state} {fwhen}",
        "{A:state} [will formally establish] diplomatic ties with {R:state} {fwhen}",
        "{A:top} {~is/are} expected to [endorse] {R:poss} proposal at the {summit} {fwhen}",
    ], aux="future"),
    F("support_neg", "SUPPORT", None, "any", [
        "{A:gv} [{~has/have} not recognised] {R:poss} new government",
        "{AB:state} [did not sign] the agreement on {topic} as planned",
        "{A:who} [stopped short of endorsing] {R:poss} plan",
        "{A:top} [failed to sign] the accord with {R:state}{when?}",
        "{A:who} [did not voice support] for {R:poss} bid",
        "the treaty with {R:state} [has not been ratified] by {A:country}",
        "{A:gv} [did not back] {R:poss} proposal at the UN",
    ], aux="negation"),
    F("support_hyp", "SUPPORT", None, "friendly", [
        "{A:gv} [could recognise] {R:state} if talks on {topic} collapse",
        "{A:state} [would back] {R:poss} bid if it met certain conditions, diplomats said",
        "{AB:state} [might sign] a peace accord before the end of the year, {x:@analyst} said",
        "{A:who} [may endorse] {R:poss} plan if the security guarantees are strengthened",
        "if parliament agrees, {A:state} [could ratify] the pact with {R:state}",
    ], aux="hypothetical"),
    F("support_hist", "SUPPORT", None, "friendly", [
        "{AB:state} [signed] " + _DOCS + " {hwhen}",
        "{A:state} [recognised] {R:state} {hwhen}",
        "{hwhen}, {AB:state} [established diplomatic relations]",
    ], aux="historical"),
]

_EASE = ("<restrictions on public gatherings|travel restrictions|the curfew in {a:city}|the ban on "
         "opposition "
         "rallies|restrictions on foreign media|import restrictions|visa rules|controls on fuel prices|"
         "the state of emergency>")

CONCEDE = [
    F("concede_ease", "CONCEDE", None, "domestic", [
        "{A:gv} [eased] " + _EASE + " {when}",
        "{A:gv} [lifted] " + _EASE + "{when?}",
        "{A:top} [relaxed] " + _EASE + " after weeks of pressure",
        "{A:gv} [scrapped] the controversial tax hike {when} following protests",
        "{A:gv} [withdrew] the proposed foreign agents law {when}",
        "{A:gv} [reversed] {A.poss} decision to ban the opposition party",
        "{A:gv} [gave in to] demands from {R:protesters}{when?}",
        "{A:gv} [backed down] on plans to raise fuel prices",
        "{A:top} [conceded] to {R:opposition} on the date of the elections",
        "{A:gv} [made concessions] to {R:union} over pay",
        "{A:gv} [dropped] charges against {R:detainee} {when}",
        "{A:gv} [agreed to meet the demands] of {R:union}",
        "{A:gv} [suspended] the controversial reform {when} to calm protests",
    ], w=2.5),
    F("concede_bans", "CONCEDE", None, "tense", [
        "{A:gv} [lifted the travel ban on] {b:dem} officials {when}",
        "{A:state} [dropped its objection to] {R:poss} membership of {x:@igo_org}",
        "{A:gv} [lifted the entry ban on] {R:poss} journalists{when?}",
        "{A:gv} [restored the visas of] {b:dem} diplomats {when}",
    ], w=0.75),
    F("concede_apology", "CONCEDE", None, "any", [
        "{A:top} [apologised to] {R:state} for the incident",
        "{A:gv} [expressed regret] over the deaths of {b:dem} civilians",
        "{A:official} [issued an apology] to {R:state} {when}",
        "{A:top} [said sorry] for remarks that offended {R:gv}",
        "{A:top} [offered an apology] to {R:official} over the row",
        "{A:gv} [acknowledged responsibility] for the strike that killed {b:dem} aid workers",
        "{A:official} [voiced remorse] for abuses committed by {a:dem} troops",
    ], w=1),
    F("concede_pardon", "CONCEDE", None, "domestic", [
        "{A:leader} [pardoned] {R:detainee} {when}",
        "{A:gv} [granted amnesty to] {R:detainee}{when?}",
        "{A:leader} [commuted the sentences of] {R:detainee}",
        "{A:court} [acquitted] {R:detainee} of all charges {when}",
        "{A:leader} [issued a pardon for] {R:detainee}",
        "{A:gv} [announced an amnesty] for {R:detainee}",
        "{A:court} [overturned the conviction of] {R:detainee}",
    ], w=1.5),
    F("concede_ceasefire_decl", "CONCEDE", None, "hostile", [
        "{A:who} [declared a unilateral ceasefire] {when}",
        "{A:who} [announced {A.pron} would withdraw] troops from {b:place}",
        "{A:top} [said {A.pron} would halt] offensive operations against {R:state}",
        "{A:who} [announced a pause] in strikes on {b:place}",
        "{A:official} [dropped {A.poss} demand] that {R:state} disarm before talks",
        "{A:official} said {A.pron} was [no longer insisting] on {R:poss} withdrawal from {b:place}",
        "{A:who} [announced {A.pron} would suspend] operations in {b:place}",
    ], w=1.5),
]

CONCEDE_AUX = [
    F("concede_fut", "CONCEDE", None, "domestic", [
        "{A:gv} [will lift] the curfew in {a:city} {fwhen}",
        "{A:gv} {~is/are} expected to [ease] " + _EASE + " {fwhen}",
        "{A:leader} [will pardon] {R:detainee} {fwhen}, officials said",
        "{A:gv} [{~plans/plan} to scrap] the unpopular tax {fwhen}",
        "restrictions on public gatherings [will be relaxed] {fwhen}",
    ], aux="future"),
    F("concede_fut_int", "CONCEDE", None, "tense", [
        "{A:state} [will lift] the travel ban on {R:poss} officials {fwhen}",
        "{A:gv} {~is/are} set to [remove] {b:dem} entities from {A.poss} blacklist {fwhen}",
    ], aux="future"),
    F("concede_neg", "CONCEDE", None, "any", [
        "{A:gv} [{~has/have} not lifted] " + _EASE,
        "{A:top} [did not apologise] to {R:state}",
        "[no concessions were made] by {A:gv}{when?}",
        "{A:top} [stopped short of apologising] for the incident involving {R:state}",
        "{A:gv} [failed to ease] the curfew as promised",
        "{A:gv} [{~has/have} not backed down] on the new law",
        "{A:leader} [did not pardon] {R:detainee}",
    ], aux="negation"),
    F("concede_hyp", "CONCEDE", None, "any", [
        "{A:state} [could lift the travel ban] on {R:poss} officials if it released political prisoners",
        "{A:gv} [might lift] the curfew if calm returns, officials said",
        "{A:top} [would consider pardoning] {R:detainee} if {R.pron} requested clemency",
        "{x:@analyst} said {A:gv} [may back down] on {topic} under pressure",
        "{A:state} [could drop] its objections to {R:poss} membership if a deal is reached",
    ], aux="hypothetical"),
]

FAMILIES = AGREE + AGREE_AUX + CONSULT + CONSULT_AUX + SUPPORT + SUPPORT_AUX + CONCEDE + CONCEDE_AUX
