"""Template families for verbal conflict: REQUEST, ACCUSE, REJECT, THREATEN (quad 3)."""
from __future__ import annotations

from families import F

_YIELD_T = ("<release {s:detainee}|withdraw {P} troops from {s:place}|halt {P} attacks on {s:target}|lift "
            "the blockade of {s:place}|agree to an immediate ceasefire|stop the shelling of {s:target}|free all "
            "hostages|allow aid into {s:place}|pull back {P} forces|end the siege of {s:city}|lift the "
            "sanctions>")
_YIELD = _YIELD_T.replace("{s:", "{a:").replace("{P}", "{R.poss}")  # R is asked to yield A's ground
_YIELD_B = _YIELD_T.replace("{s:", "{b:").replace("{P}", "{A.poss}")  # A refuses to yield B's ground
_CHANGE = ("<hold free and fair elections|reform {R.poss} electoral law|respect the rights of "
           "minorities|investigate "
           "the killings|repeal the foreign agents law|restore the independence of the judiciary|tackle "
           "corruption|protect journalists|reverse the ban on opposition parties|hand power to a civilian "
           "government>")
_ASSIST = ("<more air defence systems|urgent humanitarian aid|financial support|additional weapons|emergency "
           "food supplies|debt relief|help with reconstruction|fighter jets|medical supplies|long-range "
           "missiles>")

REQUEST = [
    F("request_yield", "REQUEST", "yield", "conflict", [
        "{A:@un} [called on] {R:who} to " + _YIELD,
        "{A:@igo} [urged] {R:who} to " + _YIELD + "{when?}",
        "{A:who} [demanded] that {R:who} " + _YIELD,
        "{A:@ngo} [appealed to] {R:gv} to " + _YIELD,
        "{A:who} [pressed] {R:gv} to " + _YIELD,
        "{A:who} [called for] the immediate release of {b:detainee}",
        "{A:@un} [renewed {A.poss} call] for {R:state} to " + _YIELD,
        "{A:who} [asked] {R:gv} to " + _YIELD,
        "{A:@un} [demanded] an end to the fighting in {a:place}",
        "{A:who} [issued a demand] that {R:who} " + _YIELD,
        "in a statement, {A:who} [urged] {R:state} to " + _YIELD,
        "{A:@igo} [called for] an immediate ceasefire between {R:country} and {a:country}",
    ], w=3),
    F("request_change", "REQUEST", "change", "any", [
        "{A:who} [urged] {R:who} to " + _CHANGE,
        "{A:@ngo} [called on] {R:gv} to " + _CHANGE,
        "{A:@igo} [pressed] {R:gv} to " + _CHANGE + "{when?}",
        "{A:who} [demanded] that {R:gv} " + _CHANGE,
        "{A:@un} [called for] {R:gv} to " + _CHANGE,
        "{A:opposition} [called for the resignation of] {R:official}",
        "{A:opposition} [demanded the dismissal of] {R:official} over {issue}",
        "{A:@ngo} [appealed to] {R:gv} to " + _CHANGE,
        "{A:who} [asked] {R:gv} to " + _CHANGE,
    ], w=2.5),
    F("request_assist", "REQUEST", "assist", "needy", [
        "{A:who} [asked] {R:who} for " + _ASSIST,
        "{A:who} [requested] " + _ASSIST + " from {R:state}",
        "{A:top} [appealed to] {R:state} for " + _ASSIST,
        "{A:top} [urged] {R:who} to send " + _ASSIST,
        "{A:gv} [sought] " + _ASSIST + " from {R:@aidorg}",
        "{A:official} [made an urgent appeal] to {R:state} for " + _ASSIST,
        "{A:top} [called on] {R:state} to provide " + _ASSIST,
        "{A:gv} [appealed for] " + _ASSIST + " {when}",
        "{A:@aidorg} [appealed for] {usd} to help {a:needy} in {a:place}",
        "{A:top} [pleaded with] {R:state} for " + _ASSIST,
    ], w=2),
    F("request_meet", "REQUEST", "meet", "any", [
        "{A:who} [called for] talks with {R:state} on {topic}",
        "{A:top} [requested a meeting with] {R:official}{when?}",
        "{A:@un} [urged] {R:country} and {a:country} to return to the negotiating table",
        "{A:who} [asked for] an emergency session of the UN Security Council on {topic}",
        "{A:who} [called on] {R:gv} to resume negotiations",
        "{A:official} [urged] {R:official} to meet {A.obj} <face to face|in person|without preconditions>",
        "{A:who} [sought] direct talks with {R:gv}",
        "{A:@igo} [called for] dialogue between {R:country} and {a:country}",
    ], w=1.5),
    F("request_domestic", "REQUEST", None, "domestic", [
        "{A:opposition} [called on] {R:gv} to release {b:detainee}",
        "{A:union} [demanded] higher wages from {R:gv}",
        "{A:protesters} [called for] {R:gv} to address {issue}",
        "{A:opposition} [urged] {R:gv} to postpone the vote",
        "{A:parliament} [asked] {R:gv} to explain {R.poss} handling of {issue}",
    ], w=1),
]

REQUEST_AUX = [
    F("request_fut", "REQUEST", None, "any", [
        "{A:who} [will call for] an end to the fighting at the {summit} {fwhen}",
        "{A:top} {~is/are} expected to [urge] {R:who} to " + _YIELD + " {fwhen}",
        "{A:who} [{~plans/plan} to ask] {R:state} for " + _ASSIST + " {fwhen}",
        "{A:@aidorg} [will appeal] for {usd} in aid {fwhen}",
        "{A:official} {~is/are} set to [press] {R:official} on {topic} {fwhen}",
    ], aux="future"),
    F("request_neg", "REQUEST", None, "any", [
        "{A:who} [did not call for] a ceasefire",
        "{A:who} [stopped short of demanding] that {R:who} " + _YIELD,
        "{A:gv} [{~has/have} not asked] {R:state} for " + _ASSIST,
        "{A:top} [did not urge] {R:state} to " + _CHANGE,
        "{A:@igo} [refrained from calling] for sanctions on {R:state}",
    ], aux="negation"),
    F("request_hyp", "REQUEST", None, "any", [
        "{A:gv} [could ask] {R:state} for " + _ASSIST + " if the fighting escalates",
        "{A:@un} [might call] for an emergency session if the violence continues",
        "{A:gv} [would request] help from {x:@un} if the situation deteriorated",
        "{x:@analyst} said {A:who} [may demand] that {R:state} " + _YIELD,
    ], aux="hypothetical"),
]

_CRIMES = ("<shelling civilian areas|war crimes|genocide|violating the ceasefire|targeting hospitals in "
           "{b:place}|arming rebel groups|meddling in the country's internal affairs|carrying out the attack on "
           "{b:place}|spreading disinformation|using civilians as human shields|blocking aid deliveries|"
           "planning a coup|supporting terrorism|torturing prisoners|stealing grain|attacking aid workers>")

ACCUSE = [
    F("accuse_allege", "ACCUSE", "allege", "conflict", [
        "{A:who} [accused] {R:who} of " + _CRIMES + "{when?}",
        "{A:who} [blamed] {R:who} for the attack on {a:place}",
        "{A:official} [alleged] that {R:state} {~R:was/were} " + _CRIMES,
        "{A:spokes} [accused] {R:state} of " + _CRIMES,
        "{A:who} [held] {R:who} responsible for the explosion in {a:place}",
        "{A:top} [charged] that {R:state} had been " + _CRIMES,
        "{A:who} [pinned the blame] for the killings on {R:who}",
        "{A:who} [filed a complaint against] {R:state} at the UN over " + _CRIMES,
        "{A:official} [levelled accusations of] " + _CRIMES + " against {R:state}",
    ], w=3),
    F("accuse_court", "ACCUSE", "allege", "rivals", [
        "{A:state} [brought a case against] {R:state} at the International Court of Justice {when}",
        "{A:gv} [sued] {R:gv} at the International Court of Justice over " + _CRIMES,
        "{A:gv} [filed a lawsuit against] {R:country} at the UN's top court, alleging " + _CRIMES,
        "{A:state} [took] {R:country} to court over <the disputed border|the seizure of its ships|"
        "violations of a treaty|the treatment of its nationals>",
    ], w=0.8),
    F("accuse_judicial", "ACCUSE", "allege", "domestic", [
        "{A:prosecutors} [charged] {R:detainee} with <treason|terrorism|inciting unrest|corruption|spying>",
        "{A:prosecutors} [indicted] {R:detainee} on charges of <corruption|terrorism|espionage|fraud>",
        "{A:prosecutors} [filed charges against] {R:detainee} {when}",
        "{R:detainee} [went on trial] {when} accused of <treason|plotting a coup|inciting violence>",
        "{A:prosecutors} [accused] {R:detainee} of <embezzlement|treason|spreading false news>",
        "{A:prosecutors} [brought charges against] {R:opposition}",
        "{A:@court_intl} [indicted] {R:official} for war crimes",
    ], w=1.5),
    F("accuse_disapprove", "ACCUSE", "disapprove", "any", [
        "{A:who} [condemned] {R:poss} decision to expel {a:dem} diplomats",
        "{A:who} [criticised] {R:who} over {issue}",
        "{A:who} [denounced] the strike on {a:place} as a war crime",
        "{A:top} [slammed] {R:poss} handling of {topic}",
        "{A:who} [condemned] the attack, blaming {R:who}",
        "{A:@un} [condemned] the killing of civilians in {b:place}",
        "{A:@ngo} [criticised] {R:gv} for {R.poss} crackdown on dissent",
        "{A:gv} [summoned] {R:poss} ambassador to protest {issue}",
        "{A:gv} [lodged a formal protest] with {R:gv} {when}",
        "{A:official} [decried] {R:poss} actions as unacceptable",
        "{A:who} [expressed outrage] at {R:poss} decision",
        "{A:who} [voiced strong disapproval] of {R:poss} military build-up",
        "{A:@igo} [rebuked] {R:gv} over {issue}",
        "{A:official} [lashed out at] {R:who} over the latest strikes",
        "{A:who} [deplored] {R:poss} treatment of migrants",
        "{A:gv} [protested] {R:poss} detention of {n} of its nationals",
    ], w=3),
    F("accuse_investigate", "ACCUSE", "investigate", "any", [
        "{A:prosecutors} [opened an investigation into] the killings in {b:place}",
        "{A:@court_intl} [launched an investigation into] alleged war crimes in {b:place}",
        "{A:@un} [set up a commission of inquiry] into abuses by {R:mil}",
        "{A:prosecutors} [{~is/are} investigating] {R:detainee} for corruption",
        "{A:gv} [launched a probe] into the deaths of {n} protesters",
        "{A:@ngo} [investigated] reports of mass graves near {b:place}",
        "{A:parliament} [opened an inquiry] into {issue}",
        "{A:@un} [began investigating] strikes on hospitals in {b:place}",
        "investigators from {A:@court_intl} [examined] evidence of attacks on civilians in {b:place}",
        "{A:prosecutors} [opened a criminal case against] {R:official}",
    ], w=2),
]

ACCUSE_AUX = [
    F("accuse_fut", "ACCUSE", None, "any", [
        "{A:@court_intl} [will investigate] alleged abuses in {b:place} {fwhen}",
        "{A:prosecutors} {~is/are} expected to [charge] {R:detainee} {fwhen}",
        "{A:gv} [{~plans/plan} to file a complaint] against {R:state} at the UN {fwhen}",
        "{A:parliament} [will open an inquiry] into {issue} {fwhen}",
        "{R:detainee} [will stand trial] {fwhen}",
    ], aux="future"),
    F("accuse_neg", "ACCUSE", None, "any", [
        "{A:who} [did not condemn] the attack on {b:place}",
        "{A:who} [stopped short of blaming] {R:who} for the explosion",
        "{A:gv} [{~has/have} not accused] {R:state} of involvement",
        "[no charges were filed] against {R:detainee}",
        "{A:@igo} [declined to criticise] {R:gv} over {issue}",
        "{A:prosecutors} [did not open an investigation] into the deaths",
    ], aux="negation"),
    F("accuse_hyp", "ACCUSE", None, "any", [
        "{R:official} [could face charges] over {issue}",
        "{A:prosecutors} [might open an investigation] into {issue}",
        "{A:@court_intl} [could issue indictments] against {b:dem} commanders",
        "{A:gv} [would hold] {R:state} responsible if anything happened to {A.poss} diplomats",
        "{x:@analyst} said {A:who} [may accuse] {R:state} of breaching the truce",
    ], aux="hypothetical"),
]

REJECT = [
    F("reject_yield", "REJECT", "yield", "conflict", [
        "{A:who} [rejected calls] to " + _YIELD_B,
        "{A:who} [refused] to " + _YIELD_B,
        "{A:who} [dismissed demands] that it " + _YIELD_B,
        "{A:top} [ruled out] a ceasefire with {R:state}",
        "{A:who} [rebuffed] {R:poss} demand to " + _YIELD_B,
        "{A:gv} [turned down] a proposal from {R:state} to exchange prisoners",
        "{A:top} [vowed never to] withdraw from {b:place}",
        "{A:who} [said no] to {R:poss} call for a truce",
    ], w=2),
    F("reject_meet", "REJECT", "meet", "conflict", [
        "{A:who} [rejected an offer of talks] from {R:state}",
        "{A:top} [refused to meet] {R:official}{when?}",
        "{A:official} [cancelled] a planned visit to {R:state} {when}",
        "{A:gv} [called off] talks with {R:gv} {when}",
        "{A:who} [declined an invitation] to negotiations in {venue}",
        "{A:who} [ruled out] direct talks with {R:state}",
        "{A:gv} [postponed indefinitely] the talks with {R:gv}",
        "{A:official} [snubbed] {R:official} at the {summit}",
        "{A:who} [pulled out of] peace talks with {R:state} in {venue}",
    ], w=1.5),
    F("reject_change", "REJECT", "change", "any", [
        "{A:gv} [rejected demands] for early elections",
        "{A:top} [refused to resign] despite {issue}",
        "{A:state} [voted against] a UN resolution on {b:place}",
        "{A:gv} [dismissed calls] to " + _CHANGE,
        "{A:gv} [blocked] an EU statement criticising {R:state}",
        "{A:top} [brushed aside] {R:poss} criticism over {issue}",
        "{A:parliament} [voted down] a bill to " + _CHANGE,
        "{A:gv} [refused] to " + _CHANGE,
        "{A:top} [rejected] the proposal by {R:state} on {topic}",
    ], w=2),
    F("reject_veto", "REJECT", "change", "p5", [
        "{A:state} [vetoed] a UN Security Council resolution <on {b:place}|critical of {R:country}|"
        "calling for a ceasefire|on {topic}>",
        "{A:state} [used its veto] to block a draft resolution sponsored by {R:country}",
        "{A:state} [blocked] a Security Council statement on {topic} {when}",
        "{A:diplomat} [cast a veto] against the resolution proposed by {R:country}{when?}",
    ], w=0.7),
    F("reject_assist", "REJECT", "assist", "any", [
        "{A:gv} [turned down] an offer of aid from {R:state}",
        "{A:gv} [refused] {R:poss} request for " + _ASSIST,
        "{A:gv} [barred] {R:@aidorg} from entering {a:place}",
        "{A:gv} [denied entry to] a team of investigators from {R:@un}",
        "{A:state} [declined] to supply " + _ASSIST + " to {R:state}",
        "{A:gv} [rejected] {R:poss} request for " + _ASSIST,
        "{A:state} [refused to extradite] {b:detainee} to {R:state}",
    ], w=1.5),
    F("reject_deny", "REJECT", None, "conflict", [
        "{A:who} [denied] responsibility for the attack on {b:place}",
        "{A:spokes} [denied] that {A.poss} forces had " + "<shelled|targeted|struck> {b:place}",
        "{A:who} [rejected the accusation] that it was " + _CRIMES,
        "{A:who} [dismissed] the allegations by {R:state} as baseless",
        "{A:who} [denied] any involvement in the killing",
        "{A:official} [flatly denied] {R:poss} claims",
        "{A:who} [refuted] reports that {A.poss} troops had entered {b:place}",
        "{A:spokes} [rejected] {R:poss} claims as fabricated",
        "{A:who} [denied] carrying out the strike on {b:place}",
    ], w=2),
]

REJECT_AUX = [
    F("reject_fut", "REJECT", None, "any", [
        "{A:state} [will vote against] the draft resolution on {b:place}, diplomats said",
        "{A:gv} {~is/are} expected to [reject] {R:poss} proposal {fwhen}",
        "{A:top} [will not attend] the talks in {venue} {fwhen}",
        "{A:parliament} {~is/are} set to [vote down] the bill {fwhen}",
        "{A:gv} [{~plans/plan} to turn down] {R:poss} request {fwhen}",
    ], aux="future"),
    F("reject_neg", "REJECT", None, "any", [
        "{A:state} [did not vote against] the resolution on {b:place}",
        "{A:gv} [{~has/have} not rejected] {R:poss} proposal outright",
        "{A:who} [did not deny] the reports",
        "{A:top} [stopped short of rejecting] the offer from {R:state}",
        "{A:gv} [did not refuse] {R:poss} request",
    ], aux="negation"),
    F("reject_hyp", "REJECT", None, "any", [
        "{A:state} [could block] any resolution on {b:place}",
        "{A:gv} [would reject] any deal that left troops in {b:place}, officials said",
        "{A:top} [might refuse] to attend the {summit} if {R:state} {~R:is/are} invited",
        "{x:@analyst} said {A:gv} [may turn down] {R:poss} offer",
    ], aux="hypothetical"),
]

THREATEN = [
    F("threaten_violence", "THREATEN", "violence", "conflict", [
        "{A:who} [threatened] to <strike|retaliate against|attack|destroy> {R:poss} <military bases|ports|"
        "infrastructure|warships> {when?}",
        "{A:who} [warned of] a <devastating|forceful|crushing|harsh|decisive> response if {R:state} attacked",
        "{A:top} [vowed revenge] against {R:who} for the strike on {a:place}",
        "{A:who} [issued an ultimatum] to {R:who}, giving it {days} to withdraw",
        "{A:who} [warned] {R:who} that it would <use force|strike back|respond militarily>",
        "{A:official} [threatened] {R:state} with <military action|retaliation|a full-scale offensive>",
        "{A:who} [vowed to crush] {R:who}",
        "{A:top} [warned] that {A.pron} would order strikes on {b:place}",
        "{A:who} [threatened retaliation] against {R:who}",
        "{A:official} said {R:state} would [pay a heavy price] for the attack",
        "{A:who} [warned] {R:state} that it was \"playing with fire\" with {R.poss} latest moves",
    ], w=3),
    F("threaten_relations", "THREATEN", "relations", "tense", [
        "{A:who} [threatened to cut ties with] {R:state}",
        "{A:gv} [threatened to suspend] talks with {R:gv}",
        "{A:who} [warned it would downgrade] relations with {R:state}",
        "{A:who} [threatened to pull out of] negotiations with {R:state}",
        "{A:official} [threatened to recall] {A.poss} ambassador from {R:state}",
        "{A:gv} [threatened to sever] diplomatic relations with {R:state}",
    ], w=1.5),
    F("threaten_sanction", "THREATEN", None, "tense", [
        "{A:who} [threatened] {R:state} with new sanctions",
        "{A:gv} [warned] {R:state} of tough sanctions if it <went ahead with the missile tests|invaded|"
        "continued to enrich uranium>",
        "{A:top} [threatened to impose] tariffs on goods from {R:state}",
        "{A:@igo} [threatened] further sanctions against {R:state}",
        "{A:gv} [warned] that {R:state} would face <economic consequences|sanctions|penalties>",
    ], w=1.5),
    F("threaten_restrict", "THREATEN", "restrict", "domestic", [
        "{A:union} [threatened] a nationwide strike over {issue}",
        "{A:gv} [threatened to close] the country's borders",
        "{A:gv} [threatened] to impose a curfew if the unrest continued",
        "{A:gv} [threatened to ban] the main opposition party",
        "{A:opposition} [threatened] to boycott the elections",
        "{A:union} [warned] of an indefinite strike unless their demands over {issue} were met",
    ], w=1.5),
    F("threaten_arrest", "THREATEN", "arrest", "any", [
        "{A:court} [issued an arrest warrant for] {R:official}",
        "{A:@court_intl} [issued an arrest warrant] for {R:official}",
        "{A:gv} [threatened to arrest] {R:opposition}",
        "{A:police} [warned] {R:protesters} that they would be arrested",
        "{A:prosecutors} [sought an arrest warrant for] {R:opposition} in absentia",
    ], w=1),
    F("threaten_expel", "THREATEN", "expel", "tense", [
        "{A:gv} [threatened to expel] {R:poss} ambassador",
        "{A:gv} [threatened to expel] UN peacekeepers from {a:place}",
        "{A:gv} [warned it would expel] {b:dem} diplomats",
        "{A:gv} [threatened to kick out] foreign aid groups operating in {a:place}",
    ], w=1),
    F("threaten_territory", "THREATEN", "territory", "tense", [
        "{A:top} [threatened to annex] {b:place}",
        "{A:who} [threatened to seize] islands claimed by {R:state}",
        "{A:official} [warned] that {A.pron} could take {b:place} by force",
        "{A:mil} [planted a flag] on a disputed reef claimed by {R:state}",
        "{A:top} [threatened to occupy] the disputed region",
    ], w=1),
]

THREATEN_AUX = [
    F("threaten_fut", "THREATEN", None, "conflict", [
        "{A:top} {~is/are} expected to [issue an ultimatum] to {R:state} {fwhen}",
        "{A:gv} [will warn] {R:state} of sanctions at the {summit} {fwhen}",
        "{A:official} {~is/are} set to [deliver a warning] to {R:gv} {fwhen}",
        "{A:union} [{~plans/plan} to threaten] strike action {fwhen}",
    ], aux="future"),
    F("threaten_neg", "THREATEN", None, "conflict", [
        "{A:who} [did not threaten] {R:state} with retaliation",
        "{A:who} [stopped short of threatening] military action against {R:state}",
        "{A:gv} [{~has/have} not threatened] to cut ties with {R:state}",
        "{A:top} [made no threats] against {R:state} in {A.poss} speech",
        "{A:who} [refrained from threatening] {R:state} with sanctions",
    ], aux="negation"),
    F("threaten_hyp", "THREATEN", None, "tense", [
        "{A:who} [could threaten] {R:state} with sanctions if talks fail",
        "{A:gv} [might issue an ultimatum] to {R:state}, diplomats said",
        "{x:@analyst} said {A:who} [may threaten] to cut off gas supplies to {R:state}",
        "{A:top} [would warn] {R:state} of consequences if the tests continued",
    ], aux="hypothetical"),
]

FAMILIES = REQUEST + REQUEST_AUX + ACCUSE + ACCUSE_AUX + REJECT + REJECT_AUX + THREATEN + THREATEN_AUX
