"""Extra base families: long news-style sentences (reporting verbs, appositions, subordinate clauses)
and additional trigger words for the types whose core families are lexically narrow."""
from __future__ import annotations

from families import F

_PRESSER = ("<speaking at a news conference in {a:capital}|speaking to reporters after a cabinet meeting|in "
            "a "
            "televised address|in a post on social media|in an interview with {x:@media}|speaking at the "
            "{summit}|in a speech to parliament>")

LONG = [
    F("long_agree", "AGREE", None, "any", [
        "after {days} of talks in {venue} that at times appeared close to collapse, {AB:officials} [agreed] "
        "on {when} to set up a joint commission on {topic}",
        "{A:official}, " + _PRESSER + ", [pledged] that {a:country} would keep working with {R:country} on "
        "{topic} regardless of the outcome of the vote",
        "in a joint statement released {when}, {AB:state} [said they had agreed] to restore direct flights "
        "and reopen consulates that were closed {hwhen}",
        "{A:top} [offered] to host the next round of negotiations, telling {R:official} that {a:capital} "
        "was ready to provide security guarantees",
        "{AB:state} [committed] {when} to a phased plan that would see prisoners exchanged and border "
        "crossings reopened by the end of the year",
    ], w=1.5),
    F("long_consult", "CONSULT", None, "any", [
        "{A:official}, who arrived in {b:capital} {when} on {A.poss} first trip abroad since taking office, "
        "[held talks with] {R:official} on {topic} and the situation in {b:place}",
        "{AB:leader} [met] for more than two hours {when} in {venue}, their first face-to-face encounter "
        "since relations soured {hwhen}",
        "the two-day [talks] between {AB:officials}, which ended in {venue} {when}, focused on {topic} and "
        "the release of detainees",
        "{A:official} [discussed] {topic} with {R:official} at a working dinner in {b:capital} {when}, "
        "according to a readout released by {a:poss} foreign ministry",
    ], w=1.5),
    F("long_support", "SUPPORT", None, "friendly", [
        "{A:top}, " + _PRESSER + ", [praised] {R:poss} \"courageous\" decision to hold early elections",
        "{A:official} [reaffirmed] {a:poss} \"unwavering\" support for {R:poss} sovereignty and territorial "
        "integrity during a meeting in {b:capital} {when}",
        "in a ceremony attended by hundreds of guests, {AB:state} [signed] an agreement {when} that will "
        "expand cooperation on {topic} over the next decade",
    ], w=1),
    F("long_concede", "CONCEDE", None, "domestic", [
        "bowing to weeks of pressure from {R:protesters}, {A:gv} [scrapped] the planned fuel price rise "
        "{when} and promised a review of {issue}",
        "{A:leader} [apologised] {when} for the way security forces had handled the protests, in a rare "
        "admission of fault",
    ], w=1),
    F("long_request", "REQUEST", None, "conflict", [
        "{A:@un}, " + "<warning that time was running out|citing the rising civilian toll|speaking after "
        "an emergency session>, [urged] {R:who} {when} to allow aid trucks into {a:place} without delay",
        "{A:official}, " + _PRESSER + ", [called on] {R:country} to return to the negotiating table and "
        "to stop what {A.pron} called provocations",
        "families of the detainees, who gathered outside the ministry {when}, [appealed to] {R:gv} to "
        "disclose where their relatives were being held",
        "{A:@ngo} [implored] {R:gv} to open an independent investigation into the deaths of {num}",
        "{A:top} [pressed for] a swift international response, saying {R:country} must be held to account",
        "{A:who} [insisted] that {R:country} hand over the suspects before any talks could take place",
        "{A:@igo} [made a fresh plea] to {R:gv} to spare civilians in {a:place}",
        "{A:@un} [pleaded for] safe passage for civilians trapped in {a:place}",
        "{A:top} [lobbied] {R:official} to reconsider the decision on {topic}",
    ], w=2),
    F("request_more", "REQUEST", None, "any", [
        "{A:who} [reiterated {A.poss} call for] {R:country} to " + "<return to talks|free the detainees|"
        "respect the truce|allow independent monitors>",
        "{A:@ngo} [petitioned] {R:gv} to <release|free|drop the charges against> {b:detainee}",
        "{A:@un} [called upon] {R:who} to protect civilians in {a:place}",
        "{A:gv} [made a formal request] to {R:gv} for the handover of {b:detainee}",
        "{A:@igo} [issued an appeal] to {R:gv} to <show restraint|reopen the border|spare civilian areas>",
        "{A:@aidorg} [launched an appeal] for {usd} to help {a:needy} in {a:place}",
        "{A:who} [put pressure on] {R:gv} to <hold talks|release prisoners|ease the blockade>",
        "{A:top} [wrote to] {R:official} asking for <talks|an explanation|urgent assistance>",
        "{A:who} [renewed calls for] {R:country} to <withdraw its forces|accept international mediation|"
        "open its prisons to inspectors>",
        "{A:who} [strongly urged] {R:who} to exercise restraint",
        "{A:@un} [requested] unhindered access to {a:place} from {R:gv}",
    ], w=1.5),
    F("long_accuse", "ACCUSE", "allege", "conflict", [
        "{A:official}, " + _PRESSER + ", [accused] {R:who} of " + "<deliberately targeting civilians|using "
        "the talks as cover to regroup|violating the truce dozens of times|planning a false-flag operation> "
        "and said {A.pron} had evidence to prove it",
        "{A:spokes} [blamed] {R:who} {when} for a strike that hit a crowded market in {a:place}, killing "
        "{num}",
        "{A:who} [charged] in a letter to the UN Security Council that {R:country} had supplied weapons to "
        "insurgents",
        "{A:who} [pointed the finger at] {R:who} over the sabotage of the pipeline",
        "{A:official} [branded] {R:poss} leadership \"war criminals\" in a speech {when}",
    ], w=1.5),
    F("long_reject", "REJECT", None, "conflict", [
        "{A:spokes}, " + _PRESSER + ", [rejected] {R:poss} proposal as \"a non-starter\" and said talks "
        "could only resume once {A.poss} conditions were met",
        "{A:top} [spurned] an offer from {R:official} to meet in {venue}, saying the time was not right",
        "{A:who} [balked at] {R:poss} demand for international monitors in {a:place}",
        "{A:gv} [refused to recognise] the results of the vote in {b:place}",
        "{A:official} [rejected outright] the peace plan put forward by {R:country}",
        "{A:who} [brushed off] {R:poss} accusations, calling them \"absurd\"",
        "{A:spokes} [dismissed] the report as {R:poss} propaganda",
    ], w=1.5),
    F("long_threaten", "THREATEN", "violence", "conflict", [
        "{A:official}, " + _PRESSER + ", [warned] {R:country} that any attack on {a:place} would be met "
        "with \"an overwhelming response\"",
        "{A:top} [vowed to respond] \"at a time and place of our choosing\" after the strike on {a:place}",
        "{A:who} [raised the spectre of] a wider war if {R:country} continued {R.poss} incursions",
        "{A:official} [hinted at] military action against {R:country} unless the blockade was lifted",
        "{A:who} [gave] {R:who} an ultimatum to leave {a:place} within {days}",
        "{A:who} [promised retaliation] against {R:who} for the killing of {A.poss} commanders",
        "{A:spokes} [warned of consequences] if {R:country} went ahead with the drills",
    ], w=2),
    F("long_mobilize", "MOBILIZE", "troops", "conflict", [
        "{A:mil} [rushed] thousands of troops and armoured vehicles to the border region {when}, satellite "
        "images published by {x:@media} showed",
        "{A:gv} [declared a general mobilisation] {when}, ordering all men of fighting age to report to "
        "recruitment centres",
        "{A:mil} [scrambled fighter jets] {when} after detecting aircraft approaching from {R:country}",
        "{A:mil} [placed] {A.poss} units along the border on combat readiness {when}",
        "{A:mil} [airlifted] an extra battalion to {a:place} {when}",
        "{A:mil} [reinforced {A.poss} garrison] in {a:place} with artillery units",
        "{A:gv} [launched a conscription drive] to bolster {A.poss} forces in {a:place}",
        "{A:mil} [put {big} soldiers on standby] for deployment to {a:place}",
        "{A:mil} [heightened {A.poss} alert level] along the frontier with {R:country} {when}",
    ], w=2),
    F("long_aid", "AID", None, "donor", [
        "{A:state} [funded] the reconstruction of {n} schools in {b:place}, officials said {when}",
        "{A:@aidorg} [provided shelter] for {big} families who fled the fighting in {b:place}",
        "{A:gv} [financed] the repair of the power station in {b:place} with a {usd} grant",
        "{A:mil} [sent medical teams] and field hospitals to {b:place} {when}",
        "{A:state} [supplied] {R:state} with fuel and generators to get through the winter",
        "{A:@aidorg}, working with local volunteers, [brought] " + "<clean water|food parcels|medicine> to "
        "{big} people in {b:place} {when}",
        "{A:state} [extended] a {usd} loan to {R:state} on favourable terms to stabilise {R.poss} currency",
        "{A:gv} [gave refuge to] {big} people fleeing the violence in {R:country}",
    ], w=2),
    F("long_assault", "ASSAULT", None, "hostile", [
        "{A:mil} [launched a wave of strikes on] {R:target} {when}, hitting residential buildings and "
        "a power station and killing {num}, the local governor said",
        "{R:target} [came under heavy fire] from {A:mil} {when} in an assault that lasted several hours, "
        "according to {x:@monitor}",
        "at least {n} people were killed and dozens wounded when {A:mil} [struck] {R:target} {when}, in "
        "what officials described as one of the deadliest attacks of the war",
        "{A:mil} [mounted an assault on] {R:target} {when}, using drones and artillery to pound "
        "defensive positions",
        "{A:mil} [fired on] {R:people} queuing for food in {b:place} {when}{cas}",
        "{A:mil} [launched a counter-offensive] near {b:place} {when}",
        "a [barrage] fired by {A:mil} hit {R:target} {when}{cas}",
        "{A:mil} [carried out raids] on villages around {b:place} {when}{cas}",
    ], w=2),
    F("long_coerce", "COERCE", "arrest", "domestic", [
        "{A:police} [detained] {R:detainee} {when} in a pre-dawn raid, hours before a planned opposition "
        "rally in {a:city}",
        "{R:detainee}, who had criticised {issue} online, [{~R:was/were} arrested] {when} and charged with "
        "spreading false information",
        "{A:police} [arrested] {R:detainee} {when} as they left a meeting in {a:city}, a lawyer said",
    ], w=1),
    F("long_protest", "PROTEST", "demo", "domestic", [
        "{big} people [poured into the streets] of {a:city} {when}, blocking traffic and chanting slogans "
        "against {issue}",
        "for the {ord} day in a row, {A:protesters} [demonstrated] outside the presidential palace, "
        "demanding an end to {issue}",
        "{A:protesters}, many carrying national flags, [marched] from the university to parliament {when} "
        "to protest {issue}",
    ], w=1),
    F("long_sanction", "SANCTION", "discontinue", "tense", [
        "{A:state} [imposed sanctions] {when} on {n} {b:dem} officials it accused of <human rights "
        "abuses|undermining democracy|corruption|election fraud>, freezing "
        "their assets and banning them from travel",
        "in a sharp escalation of the diplomatic row, {A:gv} [broke off relations with] {R:state} {when} "
        "and gave {A.poss} diplomats {days} to leave",
    ], w=1),
]

FAMILIES = LONG
