"""Hard negatives (event_type NONE): statements, commentary, background, economy, sport, disasters and
boilerplate lines.  Many deliberately contain event-like words ("talks", "sanctions", "attack", "beat",
"strike") used without a PLOVER event happening."""
from __future__ import annotations

from families import F

_HEADLINE = ("<{a:country} shells {b:place} as talks stall|{a:dem} troops pull back from "
             "{b:place}|{a:country} "
             "and {b:country} agree to resume talks|Protesters rally in {a:city} over {issue}|{a:country} "
             "imposes sanctions on {b:country}|Explainer: what the {summit} means for {topic}|Why "
             "{a:country} "
             "is worried about {topic}|{a:dem} police arrest {n} after clashes in {a:city}|Live updates: "
             "{a:country} latest|{a:country} warns {b:country} over border build-up|In pictures: life in "
             "{a:city} after the war|Drone attack hits {a:city}, officials say|{a:dem} court jails "
             "opposition leader|Opinion: the West must rethink {topic}>")

NONE = [
    F("none_boiler_alsoread", "NONE", None, "hostile", [
        "Also Read | " + _HEADLINE,
        "Also read: " + _HEADLINE,
        "Related: " + _HEADLINE,
        "READ MORE: " + _HEADLINE,
        "Read more: " + _HEADLINE,
        "Watch: " + _HEADLINE,
        "Recommended: " + _HEADLINE,
        "ALSO READ | " + _HEADLINE,
    ], w=4),
    F("none_boiler_site", "NONE", None, "friendly", [
        "Sign up for our <daily|weekly|free> <newsletter|briefing|bulletin> to get the latest "
        "<news|headlines|analysis> <delivered to your inbox|every morning|from {a:city}>",
        "<Reporting|Additional reporting> by <our correspondent|staff reporters|a correspondent> in "
        "{a:city}; "
        "<editing|writing> by <the foreign desk|our editors|the news desk>",
        "Subscribe <now|today> <for unlimited access|to continue reading|and get {pct} off your first year>",
        "Click here to <read the full story|subscribe|follow our live coverage|download the app>",
        "Follow us on <Twitter|Facebook|Instagram|Telegram|WhatsApp> for the latest updates <from {a:city}|"
        "on {topic}|>",
        "This article was <first published|originally published|updated> on {month} {n}",
        "<Advertisement|ADVERTISEMENT|Story continues below advertisement|Scroll down to continue reading>",
        "<Copyright|(c)> {year} <Reuters|AFP|The Associated Press>. All rights reserved",
        "<Photo|Image|File photo>: <a street in|a general view of|the skyline of> {a:city}. "
        "<Reuters|AFP|Getty Images|AP>",
        "Get the latest <news|updates> on {topic} <straight to your phone|with our app>",
        "We use cookies to improve your experience on our website",
        "Share this article <on social media|with a friend|via email>",
        "Listen to this article <in {n} minutes|now|>",
        "The views expressed in this article are the author's own",
        "Have a news tip? Contact our reporters in {a:city}",
        "<Live|Breaking|Developing> story. Refresh for updates",
    ], w=4),
    F("none_statement_vague", "NONE", None, "friendly", [
        "{a:spokes} said the situation in {b:place} <remained|was> <complex|fluid|difficult|under review>",
        "{a:official} told reporters that <it was too early to comment|the matter was under discussion|"
        "the government was studying all options|more details would follow>",
        "{a:spokes} said it was <monitoring the situation closely|following developments|aware of the "
        "reports|looking into the matter>",
        "{a:official} said {a:country} had <a long history|deep historical ties|much in common> with "
        "{b:country}",
        "{a:spokes} declined to comment <on the report|on the matter|when contacted by {x:@media}>",
        "{a:official} said the country's economy would grow by {spct} this year",
        "{a:spokes} did not respond to a request for comment",
        "{a:official} described the relationship with {b:country} as \"complicated\"",
        "{a:official} said the government's priority was {topic}",
        "in a speech to parliament, {a:official} outlined the government's budget priorities for the year",
        "{a:official} said {topic} would be one of the main themes of the {summit}",
        "{a:spokes} said further details would be released in due course",
    ], w=4),
    F("none_commentary", "NONE", None, "friendly", [
        "{x:@analyst} say the <talks|sanctions|ceasefire|negotiations|visit> <highlight|reflect|underscore> "
        "the growing importance of {topic}",
        "{x:@analyst} say {a:country} faces a difficult balancing act between {topic} and {topic}",
        "the conflict has <reshaped|transformed|upended> the politics of the region, {x:@analyst} say",
        "for many residents of {a:city}, the war feels <distant|very close|never-ending>",
        "it is unclear how the dispute over {topic} will affect relations between {a:country} and "
        "{b:country}",
        "{x:@analyst} note that previous rounds of sanctions had little effect on {a:poss} economy",
        "the question of {topic} has long divided {a:dem} and {b:dem} politicians",
        "critics argue that the government's approach to {topic} is outdated",
        "{x:@analyst} believe the relationship between {a:country} and {b:country} is at a turning point",
        "the debate over {topic} is likely to dominate the election campaign",
        "observers describe the border between {a:country} and {b:country} as one of the world's most "
        "militarised",
        "some {a:dem} commentators see the dispute as a test of {a:poss} influence in the region",
    ], w=4),
    F("none_background", "NONE", None, "friendly", [
        "{a:city} is home to about {n} million people",
        "{a:country} shares a <400|900|1,200|2,000|300>-kilometre border with {b:country}",
        "the region is rich in <oil|gas|lithium|gold|copper|farmland|fresh water>",
        "{a:city} lies about <30|50|80|120|200> kilometres from the border with {b:country}",
        "{a:country} is one of the world's largest exporters of <wheat|oil|gas|coffee|cotton|copper>",
        "the {a:dem} parliament has <150|200|300|450|120> seats",
        "{a:city} was founded in the <12th|14th|16th|18th|ninth> century and is known for its historic old "
        "town",
        "{a:dem} is the official language of <the country|the region|{a:country}>",
        "the port of {a:city} handles about a third of the country's imports",
        "the dispute over the region dates back to the collapse of the Soviet Union",
        "{a:country} holds presidential elections every five years",
        "more than half of the population of {a:country} is under the age of 25",
        "the UN Security Council has five permanent members with veto power",
        "the river forms part of the border between {a:country} and {b:country}",
    ], w=3),
    F("none_economy", "NONE", None, "friendly", [
        "<oil|gold|wheat|copper|natural gas> prices <rose|fell|climbed|slipped> {spct} on {day}",
        "{a:dem} inflation <slowed|accelerated|eased> to {spct} in {month}",
        "the {a:dem} central bank <kept interest rates unchanged|raised interest rates by a quarter point|"
        "cut its benchmark rate> on {day}",
        "the {a:dem} currency <fell to a record low|rebounded|strengthened> against the dollar on {day}",
        "{a:poss} economy grew by {spct} in the <first|second|third|fourth> quarter",
        "exports from {a:country} to {b:country} <rose|fell> by {pct} last year",
        "shares in {a:dem} <banks|tech companies|energy firms|carmakers> <rallied|slumped> on {day}",
        "unemployment in {a:country} <fell|rose> to {spct} in {month}, official data showed",
        "the stock market in {a:city} closed {spct} <higher|lower> on {day}",
        "{a:dem} carmakers reported <record|weak|strong> sales in {month}",
        "<a|the> {a:dem} telecoms company <launched a new phone|posted a quarterly profit|reported lower "
        "earnings> on {day}",
        "tourist arrivals in {a:country} <rose|fell> {pct} compared with the same period last year",
        "the budget deficit of {a:country} narrowed to {spct} of GDP",
        "{a:dem} airlines reported a {pct} rise in passenger numbers",
        "the price of bread in {a:city} has doubled since {month}",
    ], w=4),
    F("none_sport", "NONE", None, "friendly", [
        "{a:country} beat {b:country} <2-1|3-0|1-0|4-2|2-0> in a World Cup qualifier on {day}",
        "<a|the> {a:dem} striker scored twice as {a:country} <beat|thrashed|defeated> {b:country} {when}",
        "<a|the> {a:dem} tennis star <won|reached the final of|crashed out of> <the Australian Open|the "
        "French "
        "Open|the US Open|Wimbledon> {when}",
        "{a:poss} attack struggled against a well-organised {b:dem} defence",
        "the {a:dem} team <shot|fired> their way into the semi-finals with a <late|dramatic|stunning> goal",
        "{a:country} and {b:country} <drew|played out a> <1-1|0-0|2-2> <draw|> in {a:city} {when}",
        "{a:dem} runners <won|took> gold and silver in the marathon {when}",
        "the {a:dem} coach <was sacked|resigned|was dismissed> after a run of poor results",
        "fans in {a:city} celebrated late into the night after the victory over {b:country}",
        "{a:country} will host the <Olympic Games|World Cup|Asian Games|Africa Cup of Nations> in "
        "<2030|2031|2034|2036>",
        "<a|the> {a:dem} boxer knocked out his {b:dem} opponent in the third round",
        "<the|a> {a:dem} cricket team <bowled out|defeated|lost to> {b:country} {when}",
        "{a:dem} cyclists launched an attack on the final climb to win the stage",
        "the {a:dem} defender was sent off in the <23rd|40th|67th|81st|90th> minute",
    ], w=3.5),
    F("none_disaster", "NONE", None, "friendly", [
        "<an|a magnitude <5.8|6.1|6.4|7.0|7.3>> earthquake struck near {a:city} {when}, killing {num}",
        "floods <killed|displaced|affected> {num} in {a:country} {when}",
        "a bus <crash|accident> near {a:city} killed {num} {when}",
        "a fire at a <factory|market|hospital|hotel> in {a:city} killed {num}",
        "heavy rains caused landslides in {a:country} {when}",
        "a heatwave pushed temperatures above 45 degrees in {a:city}",
        "a cyclone made landfall near {a:city} {when}, forcing <schools|airports|ports> to close",
        "an outbreak of <cholera|measles|dengue> has killed {num} in {a:country}, health officials said",
        "a train derailed near {a:city} {when}, injuring {num}",
        "a building collapsed in {a:city} {when}, trapping {num}",
        "a gas explosion at a restaurant in {a:city} injured {num}",
        "drought has destroyed much of the harvest in {a:country}",
        "a plane made an emergency landing in {a:city} after engine trouble",
        "wildfires forced the evacuation of {big} residents near {a:city}",
    ], w=3.5),
    F("none_culture", "NONE", None, "friendly", [
        "the film festival in {a:city} opened {when} with a {a:dem} drama",
        "a new exhibition of {a:dem} art opened in {b:capital} {when}",
        "{a:dem} scientists discovered a new species of <frog|orchid|beetle|fish> near {a:city}",
        "the {a:dem} space agency <launched|postponed the launch of> a weather satellite {when}",
        "researchers in {a:city} developed a cheaper test for <malaria|tuberculosis|diabetes>",
        "the {a:dem} author won the <Booker Prize|Nobel Prize in Literature|Pulitzer Prize> {when}",
        "a music festival in {a:city} attracted {big} visitors",
        "archaeologists uncovered a <Roman|medieval|Bronze Age|Ottoman> settlement near {a:city}",
        "{a:dem} chefs are competing in an international cooking contest in {b:capital}",
        "the <zoo|museum|national library> in {a:city} reopened after renovation",
    ], w=2),
    F("none_question_meta", "NONE", None, "friendly", [
        "what does the <summit|vote|election|deal|ruling> mean for {topic}?",
        "how did {a:country} and {b:country} get here?",
        "here is what we know so far about {topic}",
        "this is a developing story and will be updated",
        "the following is a timeline of key events in {a:country}",
        "{x:@media} could not independently verify the figures",
        "details of the incident could not be immediately confirmed",
        "it was not immediately clear <who was responsible|what caused the blast|how many people were "
        "inside>",
        "the full text of the statement was not made public",
        "names have been changed to protect the identity of those interviewed",
        "the figures could not be independently verified by {x:@media}",
    ], w=2.5),
    F("none_politics_routine", "NONE", None, "domestic", [
        "{a:poss} parliament <began|ended> its summer session {when}",
        "the ruling party in {a:country} <elected a new chairman|held its annual congress> {when}",
        "polls show the <ruling party|opposition|governing coalition> with a narrow lead",
        "voters in {a:country} will elect a new parliament in {year}",
        "{a:official} celebrated <a birthday|ten years in office|an anniversary in office> {when}",
        "the {a:dem} cabinet discussed the draft budget at its weekly meeting",
        "turnout in the {a:dem} local elections was {pct}",
        "{a:official} was born in {a:city} in {year} and studied law",
        "the census found that the population of {a:country} had grown by {spct}",
        "{a:dem} lawmakers debated a bill on <pensions|school meals|road safety|digital services> {when}",
    ], w=2.5),
    F("none_eventwords", "NONE", None, "friendly", [
        "the word \"ceasefire\" has become a political minefield in {a:city}",
        "the history of sanctions on {a:country} is long and complicated",
        "peace talks are a common theme in the novels of the {a:dem} writer",
        "the museum in {a:city} is dedicated to the victims of the {year} war",
        "the attack helicopter on display at the air show in {a:city} drew large crowds",
        "the documentary tells the story of a {a:dem} family that fled the war decades ago",
        "the treaty is named after the city of {a:city}, where it was drafted",
        "students in {a:city} learn about the causes of the civil war in history classes",
        "the book examines how protests shaped {a:poss} politics in the twentieth century",
        "the anniversary of the invasion is marked each year with a minute's silence",
        "the film follows a {a:dem} diplomat negotiating with rebels",
        "the memorial lists the names of soldiers who died in the {year} campaign",
        "the novel's hero is a police officer investigating corruption in {a:city}",
        "the strike on goal in the final minute sealed the win for {a:country}",
    ], w=3),
    F("none_ongoing_state", "NONE", None, "hostile", [
        "the front line near {b:place} has barely moved in months",
        "{b:place} has been without electricity for much of the winter",
        "many residents of {b:place} still rely on generators and wells",
        "life in {b:place} has slowly returned to a semblance of normality",
        "schools in {b:place} now teach lessons in underground shelters",
        "the road from {a:city} to {b:place} is lined with destroyed vehicles from earlier fighting",
        "prices in the markets of {b:place} have risen sharply this year",
        "the population of {b:place} has shrunk by half since the war began",
        "the region around {b:place} is heavily mined, making farming dangerous",
    ], w=2),
]

FAMILIES = NONE
