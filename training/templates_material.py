"""Template families for material cooperation: COOPERATE, AID, RETREAT (quad 2)."""
from __future__ import annotations

from families import F

_DRILLS = ("<joint military exercises|joint naval drills|joint air force drills|joint counter-terrorism "
           "exercises|joint manoeuvres|a joint live-fire exercise|joint border patrols|joint training "
           "exercises>")
_SUSPECT = ("<a suspect wanted for {topic}|a former minister accused of corruption|{n} suspected militants|"
            "a businessman wanted for fraud|an alleged people smuggler|a suspected war criminal|"
            "two men accused of plotting attacks|a fugitive banker|a former army commander>")

COOPERATE = [
    F("coop_military", "COOPERATE", None, "friendly", [
        "{AB:mil} [held " + _DRILLS + "] in {a:place} {when}",
        "{A:mil} and {R:mil} [began " + _DRILLS + "] {when}",
        "{AB:mil} [conducted " + _DRILLS + "] off the coast of {a:place}",
        "{A:mil} [took part in " + _DRILLS + "] with {R:mil}{when?}",
        "{A:mil} [joined] {R:mil} for " + _DRILLS + " near {b:place}",
        "{AB:mil} [staged " + _DRILLS + "] involving {big} troops",
        "{AB:state} [launched joint patrols] along their shared border {when}",
        "{A:mil} [trained alongside] {R:mil} in {b:place} {when}",
        "{AB:state} [began joint production of] artillery shells {when}",
        "{A:mil} [carried out a joint operation with] {R:mil} against smugglers",
    ], w=2.5),
    F("coop_intel", "COOPERATE", None, "friendly", [
        "{AB:state} [shared intelligence] on {topic}{when?}",
        "{A:gv} [provided intelligence to] {R:gv} that helped foil a plot",
        "{AB:state} [exchanged information] on suspected militants {when}",
        "{A:gv} [passed information] on the smuggling network to {R:gv}",
        "{AB:police} [worked together] to dismantle a trafficking ring",
        "{A:police} and {R:police} [jointly arrested] members of a smuggling gang {when}",
        "{AB:state} [stepped up intelligence sharing] on {topic}",
        "{A:gv} [handed over] intercepted communications to {R:gv}",
    ], w=1.5),
    F("coop_judicial", "COOPERATE", None, "friendly", [
        "{A:state} [extradited] " + _SUSPECT + " to {R:state} {when}",
        "{A:gv} [handed over] " + _SUSPECT + " to {R:gv}{when?}",
        "{A:police} [transferred] " + _SUSPECT + " to {R:state} to stand trial",
        "{A:gv} [cooperated with] the International Criminal Court by surrendering " + _SUSPECT,
        "{A:court} [approved the extradition of] " + _SUSPECT + " to {R:state}",
        "{A:state} [sent back] " + _SUSPECT + " to {R:state} under an extradition treaty",
        "{AB:state} [exchanged] evidence in the investigation into {topic}",
    ], w=1.5),
    F("coop_economic", "COOPERATE", None, "friendly", [
        "{AB:state} [resumed direct flights] {when}",
        "{AB:state} [reopened border crossings] to trade {when}",
        "{AB:state} [launched a joint project] to build a pipeline",
        "{A:state} [began exporting] grain to {R:state} {when}",
        "{A:state} [started supplying] gas to {R:state}{when?}",
        "{AB:state} [opened a new rail link] {when}",
        "{A:state} [resumed imports of] fruit from {R:state}",
        "{AB:state} [set up a joint venture] to develop a port in {a:place}",
        "{A:gv} [expanded trade with] {R:state}, signing contracts worth {usd}",
        "{AB:state} [linked their power grids] {when}",
        "{A:state} [resumed oil shipments to] {R:state} {when}",
        "{AB:state} [began building] a cross-border bridge",
    ], w=2),
    F("coop_conflict", "COOPERATE", None, "conflict", [
        "{AB:state} [exchanged the bodies] of soldiers killed in the fighting {when}",
        "{AB:state} [jointly inspected] the dam on their disputed border",
        "{AB:officials} [worked together] to repair the damaged power line near {b:place}",
    ], w=0.5),
]

COOPERATE_AUX = [
    F("coop_fut", "COOPERATE", None, "friendly", [
        "{AB:mil} [will hold " + _DRILLS + "] {fwhen}",
        "{AB:state} are set to [begin joint patrols] {fwhen}",
        "{A:state} [will extradite] " + _SUSPECT + " to {R:state} {fwhen}",
        "direct [flights] between {AB:state} are due to resume {fwhen}",
        "{A:mil} [will take part in] exercises with {R:mil} {fwhen}",
        "{AB:state} [plan to share intelligence] on {topic} {fwhen}",
    ], aux="future"),
    F("coop_neg", "COOPERATE", None, "any", [
        "{A:state} [did not take part in] the joint exercises with {R:mil}",
        "[no joint exercises were held] between {AB:mil}{when?}",
        "{A:gv} [{~has/have} not shared intelligence] with {R:gv} since {year}",
        "{A:state} [failed to extradite] " + _SUSPECT + " to {R:state}",
        "{AB:state} [have not resumed] direct flights",
        "{A:gv} [{~has/have} yet to hand over] " + _SUSPECT + " to {R:state}",
    ], aux="negation"),
    F("coop_hyp", "COOPERATE", None, "any", [
        "{AB:state} [could resume joint patrols] if tensions ease",
        "{A:gv} [might share intelligence] with {R:gv} on {topic}, officials said",
        "{A:state} [could extradite] " + _SUSPECT + " if {b:dem} courts approve",
        "{x:@analyst} said {AB:state} [may expand] military cooperation",
        "if relations improve, {AB:state} [could reopen] trade routes",
    ], aux="hypothetical"),
]

_RELIEF = ("<food|medical supplies|tents and blankets|drinking water|fuel|hygiene kits|winter clothing|"
           "emergency food rations|vaccines|baby formula|flour|life-saving supplies>")
_ARMS = ("<air defence systems|artillery shells|armoured vehicles|ammunition|anti-tank missiles|drones|"
         "howitzers|patrol boats|fighter jets|rocket launchers|body armour|surveillance equipment>")

AID = [
    F("aid_humanitarian", "AID", None, "donor", [
        "{A:@aidorg} [delivered] " + _RELIEF + " to {R:needy} in {b:place} {when}",
        "a [UN aid convoy] carrying " + _RELIEF + " reached {b:place} {when}",
        "{A:state} [sent] {n} tonnes of humanitarian aid to {R:state} {when}",
        "{A:mil} [airdropped] " + _RELIEF + " over {b:place}{when?}",
        "{A:@aidorg} [distributed] " + _RELIEF + " to {R:needy} in {b:place}",
        "{A:gv} [shipped] " + _RELIEF + " to {R:state}",
        "{n} trucks carrying " + _RELIEF + " from {A:state} [arrived in] {b:place} {when}",
        "{A:@aidorg} [provided] " + _RELIEF + " for {R:needy} displaced by the fighting",
        "{A:gv} [dispatched] a plane loaded with " + _RELIEF + " to {R:state}",
        "{A:@aidorg} [set up] field hospitals for {R:needy} in {b:place}",
        "{A:gv} [donated] " + _RELIEF + " worth {usd} to {R:state}",
        "{A:@aidorg} [handed out] " + _RELIEF + " to {R:needy}{when?}",
    ], w=3),
    F("aid_military", "AID", None, "donor", [
        "{A:state} [announced a new military aid package] worth {usd} for {R:state}",
        "{A:state} [delivered] " + _ARMS + " to {R:mil} {when}",
        "{A:state} [supplied] {R:mil} with " + _ARMS,
        "{A:state} [provided] " + _ARMS + " to {R:state}{when?}",
        "{A:state} [sent] " + _ARMS + " to {R:state} {when}",
        "{A:mil} [trained] {n} {b:dem} soldiers {when}",
        "{A:state} [transferred] " + _ARMS + " to {R:gv}",
        "the first batch of " + _ARMS + " [supplied] by {A:state} arrived in {R:state} {when}",
        "{A:state} [approved the delivery of] " + _ARMS + " to {R:state}",
        "{A:state} [handed over] " + _ARMS + " to {R:mil} at a ceremony in {b:capital}",
    ], w=2.5),
    F("aid_economic", "AID", None, "donor", [
        "{A:@aidorg} [approved] a {usd} loan for {R:state} {when}",
        "{A:state} [gave] {R:state} {usd} in budget support",
        "{A:gv} [disbursed] {usd} to {R:gv}{when?}",
        "{A:state} [wrote off] {usd} of {R:poss} debt",
        "{A:state} [granted] {R:state} {usd} to rebuild schools and hospitals",
        "{A:gv} [transferred] {usd} in emergency funding to {R:gv}",
        "{A:@aidorg} [released] {usd} to help {R:state} pay salaries",
        "{A:state} [provided] a {usd} credit line to {R:state}",
        "{A:gv} [deposited] {usd} in {R:poss} central bank to shore up its currency",
    ], w=2),
    F("aid_rescue", "AID", None, "donor", [
        "{A:mil} [evacuated] {big} foreign nationals from {b:place} {when}",
        "{A:gv} [airlifted] {n} wounded children from {b:place} to hospitals in {a:capital}",
        "{A:mil} [rescued] {n} hostages from {b:place}{when?}",
        "{A:gv} [granted asylum to] {R:detainee}",
        "{A:state} [took in] {big} refugees from {R:state}",
        "{A:@aidorg} [evacuated] {R:needy} from {b:place} {when}",
        "{A:mil} [freed] {n} kidnapped aid workers in a raid on a hideout",
        "{A:gv} [deployed] army engineers to help {R:state} recover from the floods",
        "{A:state} [sent] a team of doctors to {R:state} {when}",
    ], w=1.5),
]

AID_AUX = [
    F("aid_fut", "AID", None, "donor", [
        "{A:state} [will send] " + _ARMS + " to {R:state} {fwhen}",
        "{A:@aidorg} {~is/are} expected to [deliver] " + _RELIEF + " to {b:place} {fwhen}",
        "a new [aid package] from {A:state} for {R:state} is due {fwhen}",
        "{A:gv} [will provide] {usd} to {R:state} {fwhen}, officials said",
        "the first [aid flights] from {A:state} will land in {b:capital} {fwhen}",
        "{A:@aidorg} [{~plans/plan} to airlift] " + _RELIEF + " to {R:needy} {fwhen}",
    ], aux="future"),
    F("aid_neg", "AID", None, "donor", [
        "[aid has not reached] {R:needy} in {b:place} for {days}",
        "[no aid convoys have entered] {b:place} since {month}",
        "{A:@aidorg} [failed to deliver] " + _RELIEF + " to {b:place}{when?}",
        "{R:needy} in {b:place} [have not received] any assistance from {A:@aidorg}",
        "{A:state} [did not send] the promised " + _ARMS + " to {R:state}",
        "the [aid] promised by {A:state} never arrived in {R:state}",
    ], aux="negation"),
    F("aid_hyp", "AID", None, "donor", [
        "{A:state} [could provide] " + _ARMS + " to {R:state} if Congress approves the funding",
        "{A:@aidorg} [would deliver] " + _RELIEF + " to {b:place} if safe passage were guaranteed",
        "{A:gv} [might send] more aid to {R:state}, officials said",
        "{x:@analyst} said {A:state} [may increase] military assistance to {R:state}",
        "if the crossings reopen, {A:@aidorg} [could reach] {R:needy} within {days}",
    ], aux="hypothetical"),
]

RETREAT = [
    F("retreat_withdraw", "RETREAT", "withdraw", "hostile", [
        "{A:mil} [withdrew from] {b:place} {when}",
        "{A:mil} [pulled out of] {b:place}{when?}",
        "{A:mil} [retreated from] positions near {b:place} {when}",
        "{A:mil} [completed the withdrawal of] troops from {b:place}",
        "{A:mil} [pulled back] from the front line near {b:place} {when}",
        "{A:mil} [handed over control of] {b:place} to {R:mil}",
        "the last {A:dem} soldiers [left] {b:place} {when}",
        "{A:mil} [evacuated their positions] around {b:place}{when?}",
        "{A:mil} [abandoned] the town of {b:place} {when} after weeks of fighting",
        "{A:mil} [moved back] from the buffer zone near {b:place}",
    ], w=2),
    F("retreat_release", "RETREAT", "release", "hostile", [
        "{A:who} [released] {n} {b:dem} prisoners {when}",
        "{A:who} [freed] {n} hostages {when}",
        "{AB:state} [exchanged prisoners] {when}",
        "{AB:state} [carried out a prisoner swap] involving {n} detainees each",
        "{A:who} [handed over] {n} hostages to the Red Cross {when}",
        "{A:gv} [set free] {n} {b:dem} fishermen{when?}",
        "{A:gv} [repatriated] {n} {b:dem} prisoners of war",
        "{A:armed} [released] {R:people} taken during the raid",
        "{A:gv} [returned] the bodies of {n} soldiers to {R:state}",
    ], w=2),
    F("retreat_release_dom", "RETREAT", "release", "domestic", [
        "{A:gv} [released] {R:detainee} {when}",
        "{R:detainee} [{~R:was/were} freed] from prison {when}",
        "{A:gv} [freed] {R:detainee} after {days} in detention",
        "{A:police} [released] {R:detainee} on bail {when}",
        "{R:detainee} [walked free] {when} after charges were dropped",
    ], w=1),
    F("retreat_disarm", "RETREAT", "disarm", "armedwar", [
        "{A:armed} [laid down their weapons] {when}",
        "{A:fighters} [surrendered their weapons] in {a:place}",
        "{A:armed} [handed in] rifles and ammunition to {R:state}",
        "{A:armed} [began disarming] under the peace deal",
        "{A:armed} [dismantled] their bases near {a:place}",
        "{A:armed} [decommissioned] their heavy weapons {when}",
        "{n} {a:dem} commanders [gave up their arms] {when}",
    ], w=1),
    F("retreat_ceasefire", "RETREAT", "ceasefire", "hostile", [
        "a [ceasefire] between {AB:state} took effect {when}",
        "{AB:mil} [observed a truce] in {b:place}{when?}",
        "{AB:state} [halted fighting] {when}",
        "{AB:mil} [stopped firing] at midnight as the truce began",
        "the [guns fell silent] along the front line {when} as {AB:state} began a truce",
        "a [truce] between {AB:state} held for a {ord} day {when}",
        "{A:mil} [suspended] offensive operations in {b:place} {when}",
        "{A:mil} [ceased hostilities] {when}",
        "the [ceasefire came into force] at dawn {when}, with {AB:state} reporting no violations",
        "{AB:state} [began a humanitarian pause] in {b:place} {when}",
    ], w=2),
    F("retreat_access", "RETREAT", "access", "hostile", [
        "{A:gv} [allowed UN inspectors into] {b:place} {when}",
        "{A:mil} [opened a humanitarian corridor] from {b:place}{when?}",
        "{A:gv} [reopened] the border crossing to aid trucks {when}",
        "{A:gv} [granted access to] {x:@aidorg} in {b:place}",
        "{A:mil} [let {n} aid trucks through] to {b:place}",
        "{A:gv} [permitted] the evacuation of civilians from {b:place}",
        "{A:gv} [lifted the blockade of] {b:place} {when}",
        "{A:gv} [allowed] {x:@un} monitors to enter {b:place}",
    ], w=1.5),
    # Ending economic sanctions, embargoes and tariffs: CAMEO 085, which the CAMEO-to-PLOVER
    # table puts under RETREAT (bans and curfews on persons stay CONCEDE).
    F("retreat_sanctions", "RETREAT", None, "tense", [
        "{A:state} [lifted sanctions on] {R:state} {when}",
        "{A:gv} [eased sanctions against] {R:state}{when?}",
        "{A:gv} [removed] several {b:dem} officials from {A.poss} sanctions list",
        "{A:state} [unfroze] {usd} in {b:dem} assets",
        "{A:gv} [suspended tariffs on] goods from {R:state}",
        "{A:state} [relaxed export controls on] {R:state}",
        "{A:state} [lifted its arms embargo on] {R:state}{when?}",
        "{A:gv} [waived sanctions on] {R:poss} oil exports {when}",
    ], w=1.5),
    F("retreat_resign", "RETREAT", "resign", "domestic", [
        "{A:official} [resigned] {when}",
        "{A:official} [stepped down] {when} amid criticism over {issue}",
        "{A:official} [quit] {when}, citing {issue}",
        "{A:official} [handed in {A.poss} resignation] {when}",
        "{A:official} [announced {A.poss} resignation]{when?}",
        "{A:poss} entire cabinet [resigned] {when} after weeks of protests",
        "{A:official} [stood down] {when}",
        "{A:official} [tendered {A.poss} resignation] to parliament",
        "{A:official} [left office] {when} after mass protests",
    ], w=1.5),
]

RETREAT_AUX = [
    F("retreat_fut", "RETREAT", None, "hostile", [
        "{A:mil} [will withdraw] from {b:place} {fwhen}",
        "{n} {b:dem} prisoners [are due to be released] {fwhen}",
        "the [ceasefire] between {AB:state} will take effect {fwhen}",
        "{A:mil} [{~is/are} expected to pull out of] {b:place} {fwhen}",
        "{A:gv} [will release] {n} detainees {fwhen}",
        "{AB:state} [are set to swap prisoners] {fwhen}",
        "{A:official} [will step down] {fwhen}",
        "{A:state} [will lift] sanctions on {R:state} {fwhen}",
    ], aux="future"),
    F("retreat_neg", "RETREAT", None, "hostile", [
        "{A:mil} [{~has/have} not withdrawn] from {b:place}",
        "the {b:dem} prisoners [were not released] as planned",
        "the [ceasefire did not hold] in {b:place}{when?}",
        "[no prisoners were released] {when}",
        "{A:mil} [failed to pull back] from the front line",
        "{A:official} [{~has/have} not stepped down] despite the protests",
        "{A:gv} [failed to ease] sanctions on {R:state} as promised",
        "the [truce] between {AB:state} collapsed within hours",
    ], aux="negation"),
    F("retreat_hyp", "RETREAT", None, "hostile", [
        "{n} hostages [could be released] {fwhen} if the deal holds",
        "{A:mil} [might withdraw] from {b:place} if a ceasefire is agreed",
        "{A:official} [would step down] if the party lost the vote",
        "{A:state} [could ease sanctions] on {R:state} if it released political prisoners",
        "a [truce could take effect] {fwhen} if both sides sign",
        "{x:@analyst} said {A:mil} [may pull back] from {b:place}",
    ], aux="hypothetical"),
]

FAMILIES = AID + AID_AUX + COOPERATE + COOPERATE_AUX + RETREAT + RETREAT_AUX
