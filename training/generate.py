#!/usr/bin/env python3
"""Deterministic generator of Parley's sentence-level PLOVER training corpus.

Writes ``sentences.jsonl`` next to this file: one JSON object per sentence with the
event type, mode, auxiliary mode, actor / recipient / trigger mentions (as they appear
in the text), the PLOVER quad class and provenance (``template:<family>`` or ``hand``).

The template families live in ``templates_*.py`` (plain data built with ``families.F``); the
hand-written sentences in ``hand.jsonl`` are validated and merged into the output as ``how: hand``.
Standard library only; fixed seed, so two runs produce byte-identical output.

    python training/generate.py            # write training/sentences.jsonl
    python training/generate.py --stats    # also print the label distribution tables
    python training/generate.py --sample 40  # print 40 random rows (seeded) to eyeball

Template mini-language (see ``render``):
    <a|b|c>      choose one alternative (nestable, empty alternatives allowed)
    [ ... ]      the trigger span (the words that express the event)
    {A:kind}     actor mention from side A (recorded as ``actor``)
    {R:kind}     recipient mention from side B (recorded as ``recipient``)
    {AB:kind}    both sides as one reciprocal actor mention ("Russia and Ukraine")
    {a:kind}     a side-A mention that is not recorded (places, capitals, ...)
    {b:kind}     a side-B mention that is not recorded
    {A:@pool}    an actor from a global pool (UN bodies, NGOs, IGOs, ...);
                 {R:@pool} / {x:@pool} likewise for recipient / unrecorded
    {~sg/pl}     verb agreement with the actor ({~R:sg/pl} with the recipient)
    {A.poss} {A.pron} {A.obj} {R.poss} ...  possessive / subject / object pronoun of actor / recipient
    {when} {when?} {fwhen} {hwhen} {n} {num} {usd} ...  filler slots (see ``fill``)
Macros such as {A:who} (any governmental actor) are expanded first (``families.MACROS``).
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

SEED = 20250611
HERE = Path(__file__).resolve().parent
OUT = HERE / "sentences.jsonl"
HAND = HERE / "hand.jsonl"

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
        "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
        "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, "NONE": 0}
MODES = {
    "AGREE": [], "SUPPORT": [], "CONCEDE": [], "COOPERATE": [], "AID": [],
    "CONSULT": ["visit", "third-party", "multilateral", "phone"],
    "RETREAT": ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
    "REQUEST": ["assist", "change", "yield", "meet"],
    "ACCUSE": ["disapprove", "investigate", "allege"],
    "REJECT": ["assist", "change", "yield", "meet"],
    "THREATEN": ["restrict", "arrest", "relations", "expel", "territory", "violence"],
    "PROTEST": ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
    "SANCTION": ["convict", "expel", "withdraw", "discontinue"],
    "MOBILIZE": ["troops", "weapons", "police", "militia"],
    "COERCE": ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"],
    "ASSAULT": ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"],
}
AUX = [None, "negation", "future", "hypothetical", "historical"]

# --------------------------------------------------------------------------------------------
# Actor data.  People are fictional (invented names with real titles) so that the corpus never
# attributes invented acts to real persons; countries, organisations and armed groups are real.
# --------------------------------------------------------------------------------------------

STATES_RAW = """
RUS|Russia|Russian|Moscow|Belgorod,Kursk,Bryansk,Rostov-on-Don,Voronezh,St Petersburg|
    President:Mikhail Gorin:m;Foreign Minister:Andrei Belov:m;Defence Minister:Viktor Zaitsev:m|the Kremlin|
    Russia's defence ministry,the Russian Defence Ministry
UKR|Ukraine|Ukrainian|Kyiv|Kharkiv,Odesa,Zaporizhzhia,Kherson,Dnipro,Sumy,Lviv,Pokrovsk,Chernihiv,
    Kramatorsk|President:Oleksandr Marchenko:m;Foreign Minister:Iryna Tkachenko:f;
    Defence Minister:Serhiy Bondar:m||Ukraine's General Staff,the Ukrainian armed forces
USA|the United States|U.S.|Washington|Washington,New York|President:Ellen Hartley:f;
    Secretary of State:Daniel Mercer:m;Defense Secretary:Robert Quinn:m|the White House,
    the State Department,the U.S. administration|the Pentagon,the U.S. military
CHN|China|Chinese|Beijing|Shanghai,Guangzhou,Xiamen|President:Zhao Mingyuan:m;Foreign Minister:Li Wenhao:m;
    Defence Minister:Chen Guoqiang:m||the People's Liberation Army,the PLA
TWN|Taiwan|Taiwanese|Taipei|Kaohsiung,Taichung,Kinmen|President:Chen Yu-ting:f;
    Defence Minister:Wang Chih-hao:m;Foreign Minister:Lin Po-wen:m||Taiwan's defence ministry
ISR|Israel|Israeli|Jerusalem|Tel Aviv,Haifa,Sderot,Ashkelon,Kiryat Shmona,Eilat|Prime Minister:Avi Shalev:m;
    Defence Minister:Eitan Mizrahi:m;Foreign Minister:Noa Peretz:f||the Israel Defense Forces,the IDF,
    the Israeli military
PSE|the Palestinian Authority|Palestinian|Ramallah|Ramallah,Jenin,Nablus,Hebron,Tulkarm,the Gaza Strip,Gaza|
    President:Khaled Mansour:m;Prime Minister:Samir Qasem:m|the Palestinian Authority|
    Palestinian security forces
LBN|Lebanon|Lebanese|Beirut|Tyre,Sidon,Nabatieh,Baalbek,Tripoli|Prime Minister:Nabil Haddad:m;
    President:Fouad Karam:m||the Lebanese army
IRN|Iran|Iranian|Tehran|Isfahan,Tabriz,Shiraz,Mashhad|President:Hossein Rahimi:m;
    Foreign Minister:Mahmoud Sadeghi:m||the Revolutionary Guards,Iran's Revolutionary Guard Corps
SYR|Syria|Syrian|Damascus|Aleppo,Idlib,Homs,Deir ez-Zor,Latakia|President:Omar Khatib:m;
    Foreign Minister:Bassam Darwish:m||
IRQ|Iraq|Iraqi|Baghdad|Mosul,Basra,Erbil,Kirkuk|Prime Minister:Adil Jaber:m;Foreign Minister:Hamid Saleh:m||
YEM|Yemen|Yemeni|Aden|Aden,Taiz,Marib|Prime Minister:Ahmed Bazara:m||
SAU|Saudi Arabia|Saudi|Riyadh|Jeddah,Dammam|Foreign Minister:Turki al-Otaibi:m;
    Crown Prince:Nawaf bin Saad:m|Riyadh|
EGY|Egypt|Egyptian|Cairo|Alexandria,El Arish,Ismailia|President:Hesham Abdelaziz:m;
    Foreign Minister:Tarek Nassar:m||
QAT|Qatar|Qatari|Doha|Doha|Prime Minister:Sheikh Khalid Al-Mahmoud:m|Doha|
OMN|Oman|Omani|Muscat|Muscat|Foreign Minister:Sayyid Badr Al Hinai:m||
TUR|Turkey|Turkish|Ankara|Istanbul,Diyarbakir,Gaziantep,Izmir|President:Mehmet Aydin:m;
    Foreign Minister:Kemal Ozturk:m;Defence Minister:Selim Arslan:m||
JOR|Jordan|Jordanian|Amman|Amman,Zarqa|Foreign Minister:Omar Haddadin:m||
ARE|the United Arab Emirates|Emirati|Abu Dhabi|Dubai,Abu Dhabi|Foreign Minister:Sheikh Mansour Al Qasimi:m|
    the UAE|
IND|India|Indian|New Delhi|Mumbai,Srinagar,Jammu,Amritsar,Kolkata|Prime Minister:Rajiv Mehra:m;
    External Affairs Minister:Sunita Rao:f;Defence Minister:Arvind Kulkarni:m|New Delhi|the Indian Army
PAK|Pakistan|Pakistani|Islamabad|Lahore,Peshawar,Quetta,Karachi,Rawalpindi|Prime Minister:Tariq Mahmood:m;
    Foreign Minister:Ayesha Siddiqui:f;Interior Minister:Farhan Malik:m||the Pakistani army
AFG|Afghanistan|Afghan|Kabul|Kandahar,Herat,Jalalabad,Kunduz|Foreign Minister:Abdul Ghani Rahimi:m|
    the Taliban government,Taliban authorities|Taliban forces
BGD|Bangladesh|Bangladeshi|Dhaka|Chittagong,Cox's Bazar,Sylhet|Prime Minister:Nasrin Chowdhury:f;
    Home Minister:Rafiqul Islam:m||
MMR|Myanmar|Myanmar|Naypyitaw|Yangon,Mandalay,Sittwe,Lashio|junta chief:Senior General Than Zaw:m|
    Myanmar's junta,the military government|Myanmar's military,the junta's forces
PHL|the Philippines|Philippine|Manila|Manila,Davao,Zamboanga|President:Ramon Villanueva:m;
    Defense Secretary:Carlos Dizon:m|Manila|the Philippine coast guard
JPN|Japan|Japanese|Tokyo|Tokyo,Osaka,Okinawa|Prime Minister:Hiroshi Tanabe:m;Foreign Minister:Yuko Morita:f|
    |Japan's Self-Defense Forces
KOR|South Korea|South Korean|Seoul|Seoul,Busan,Incheon|President:Kim Jae-won:m;
    Foreign Minister:Park Min-seo:f||
PRK|North Korea|North Korean|Pyongyang|Pyongyang,Wonsan|Foreign Minister:Ri Chol-su:m;
    Defence Minister:Pak Yong-nam:m|Pyongyang|
DEU|Germany|German|Berlin|Berlin,Munich,Hamburg,Frankfurt|Chancellor:Katrin Vogel:f;
    Foreign Minister:Tobias Brandt:m;Defence Minister:Jens Hartmann:m||the Bundeswehr
FRA|France|French|Paris|Paris,Marseille,Lyon|President:Laurent Mercier:m;Foreign Minister:Claire Dubois:f|
    the Elysee|
GBR|Britain|British|London|London,Manchester,Birmingham|Prime Minister:James Whitmore:m;
    Foreign Secretary:Helen Ashby:f;Defence Secretary:Tom Keating:m|the UK,Downing Street|
POL|Poland|Polish|Warsaw|Warsaw,Rzeszow,Krakow|Prime Minister:Piotr Nowicki:m;
    Foreign Minister:Marek Zielinski:m||
HUN|Hungary|Hungarian|Budapest|Budapest|Prime Minister:Gabor Szalai:m;Foreign Minister:Zoltan Farkas:m||
SRB|Serbia|Serbian|Belgrade|Belgrade,Novi Sad,Nis|President:Dragan Markovic:m||
KOS|Kosovo|Kosovo|Pristina|Pristina,Mitrovica,Zvecan|Prime Minister:Arben Krasniqi:m||
ARM|Armenia|Armenian|Yerevan|Yerevan,Syunik,Gyumri|Prime Minister:Aram Sargsyan:m;
    Foreign Minister:Narek Hovhannisyan:m||
AZE|Azerbaijan|Azerbaijani|Baku|Baku,Ganja|President:Elchin Mammadov:m;Foreign Minister:Rashad Huseynov:m||
GEO|Georgia|Georgian|Tbilisi|Tbilisi,Batumi,Kutaisi|Prime Minister:Giorgi Beridze:m;
    President:Nino Kapanadze:f||
BLR|Belarus|Belarusian|Minsk|Minsk,Grodno,Brest|President:Viktor Sharko:m||
SDN|Sudan|Sudanese|Port Sudan|Port Sudan,Omdurman,Kassala,Atbara|army chief:General Abdelrahman Osman:m;
    Foreign Minister:Ali Youssef:m|the army-backed government|the Sudanese army,the Sudanese Armed Forces,
    the SAF
SSD|South Sudan|South Sudanese|Juba|Juba,Malakal,Bor|President:Peter Deng:m||
ETH|Ethiopia|Ethiopian|Addis Ababa|Addis Ababa,Gondar,Bahir Dar,Mekelle|Prime Minister:Dawit Alemu:m||
    the Ethiopian National Defence Force
SOM|Somalia|Somali|Mogadishu|Mogadishu,Baidoa,Kismayo,Beledweyne|President:Hassan Abdi Warsame:m||
KEN|Kenya|Kenyan|Nairobi|Nairobi,Mombasa,Garissa,Lamu,Kisumu|President:William Otieno:m;
    Interior Minister:Grace Wanjiru:f||
NGA|Nigeria|Nigerian|Abuja|Lagos,Maiduguri,Kano,Kaduna,Port Harcourt|President:Bola Adeyemi:m;
    Defence Minister:Musa Abubakar:m||
NER|Niger|Nigerien|Niamey|Niamey,Agadez,Tillaberi|junta leader:General Ibrahim Salou:m|Niger's junta|
MLI|Mali|Malian|Bamako|Bamako,Timbuktu,Gao,Mopti|junta leader:Colonel Seydou Traore:m|Mali's junta|
BFA|Burkina Faso|Burkinabe|Ouagadougou|Ouagadougou,Djibo,Kaya|junta leader:Captain Idrissa Kabore:m|
    Burkina Faso's junta|
COD|the Democratic Republic of Congo|Congolese|Kinshasa|Kinshasa,Goma,Bukavu,Beni,Uvira|
    President:Felix Mbuyi:m;Foreign Minister:Therese Kabange:f|Congo,Kinshasa|
RWA|Rwanda|Rwandan|Kigali|Kigali,Gisenyi|President:Emmanuel Habimana:m|Kigali|
LBY|Libya|Libyan|Tripoli|Tripoli,Benghazi,Misrata,Sirte|Prime Minister:Salem Ghariani:m||
VEN|Venezuela|Venezuelan|Caracas|Caracas,Maracaibo,Valencia|President:Diego Rangel:m;
    Foreign Minister:Ivan Castillo:m||
COL|Colombia|Colombian|Bogota|Bogota,Cali,Medellin,Cucuta|President:Andres Velasquez:m;
    Defence Minister:Camila Rojas:f||
MEX|Mexico|Mexican|Mexico City|Mexico City,Culiacan,Tijuana,Monterrey|President:Lucia Herrera:f;
    Security Minister:Omar Garcia:m||
BRA|Brazil|Brazilian|Brasilia|Sao Paulo,Rio de Janeiro,Brasilia|President:Paulo Medeiros:m;
    Foreign Minister:Ricardo Lins:m||
HTI|Haiti|Haitian|Port-au-Prince|Port-au-Prince,Cap-Haitien|Prime Minister:Jean-Robert Pierre:m||
CUB|Cuba|Cuban|Havana|Havana,Santiago de Cuba|Foreign Minister:Bruno Diaz:m||
ARG|Argentina|Argentine|Buenos Aires|Buenos Aires,Cordoba,Rosario|President:Martin Salas:m||
PER|Peru|Peruvian|Lima|Lima,Cusco,Arequipa,Puno|President:Rosa Quispe:f||
IDN|Indonesia|Indonesian|Jakarta|Jakarta,Surabaya,Jayapura|President:Budi Santoso:m;
    Foreign Minister:Sri Wahyuni:f||
VNM|Vietnam|Vietnamese|Hanoi|Hanoi,Ho Chi Minh City|Foreign Minister:Nguyen Van Thanh:m||
AUS|Australia|Australian|Canberra|Sydney,Melbourne,Darwin|Prime Minister:Mark Sullivan:m;
    Foreign Minister:Rachel Hughes:f||
CAN|Canada|Canadian|Ottawa|Ottawa,Toronto,Vancouver|Prime Minister:Claire Tremblay:f;
    Foreign Minister:David Chen:m||
ITA|Italy|Italian|Rome|Rome,Milan,Naples|Prime Minister:Giulia Ferraro:f||
NOR|Norway|Norwegian|Oslo|Oslo|Foreign Minister:Espen Halvorsen:m||
CHE|Switzerland|Swiss|Bern|Geneva,Zurich|Foreign Minister:Markus Keller:m||
ZAF|South Africa|South African|Pretoria|Johannesburg,Cape Town,Durban|President:Thabo Nkosi:m;
    Foreign Minister:Naledi Dlamini:f||
GUY|Guyana|Guyanese|Georgetown|Georgetown|President:Ravi Persaud:m||
LKA|Sri Lanka|Sri Lankan|Colombo|Colombo,Jaffna,Kandy|President:Nimal Perera:m||
TUN|Tunisia|Tunisian|Tunis|Tunis,Sfax|President:Hichem Ben Salah:m||
SEN|Senegal|Senegalese|Dakar|Dakar,Ziguinchor|President:Abdoulaye Ndiaye:m||
MOZ|Mozambique|Mozambican|Maputo|Maputo,Pemba,Cabo Delgado|President:Armando Macuacua:m||
UGA|Uganda|Ugandan|Kampala|Kampala,Gulu|President:Joseph Okello:m||
"""

ARMED_RAW = """
HAMAS|Hamas|Hamas,Hamas militants,Hamas fighters,the Palestinian militant group Hamas,Hamas's armed wing,
    Palestinian militants|Gaza City,Khan Younis,Rafah,Deir al-Balah,Jabalia,the Nuseirat refugee camp,
    the Gaza Strip,northern Gaza|Palestinians,Gazans,displaced families
HEZ|Hezbollah|Hezbollah,Hezbollah fighters,the Iran-backed Hezbollah,the Lebanese militant group Hezbollah|
    southern Lebanon,Nabatieh,Tyre,the Bekaa Valley,Beirut's southern suburbs,Bint Jbeil|Lebanese civilians,
    residents of southern Lebanon
HOUTHI|Houthi|the Houthis,Houthi rebels,Yemen's Houthi movement,the Iran-aligned Houthis,Houthi forces|
    Sanaa,Hodeidah,Saada,the port of Hodeidah,Marib|Yemeni civilians
RSF|RSF|the Rapid Support Forces,the RSF,RSF fighters,the paramilitary Rapid Support Forces,
    paramilitary fighters|El Fasher,Omdurman,Khartoum,Nyala,El Geneina,North Darfur,Wad Madani|
    Sudanese civilians,displaced people
AA|rebel|the Arakan Army,ethnic armed groups,anti-junta resistance fighters,the People's Defence Force,
    resistance forces|Rakhine state,Sagaing region,Sittwe,Lashio,Shan state,Myawaddy|villagers,
    Rohingya civilians
M23|M23|M23 rebels,the M23 rebel group,the Rwanda-backed M23,M23 fighters|Goma,Bukavu,North Kivu,Rutshuru,
    Masisi,Sake|Congolese civilians,displaced families
SHAB|al-Shabaab|al-Shabaab,al-Shabaab militants,al-Shabaab fighters,the al-Qaeda-linked al-Shabaab,
    Islamist militants|Lower Shabelle,Middle Shabelle,Jilib,the Hiraan region|Somali civilians,villagers
BOKO|Boko Haram|Boko Haram,Boko Haram fighters,suspected Boko Haram militants,ISWAP fighters,jihadists|
    Borno state,Maiduguri,the Sambisa forest,Gwoza,Yobe state|villagers,farmers,displaced people
IS|Islamic State|Islamic State militants,the Islamic State group,IS fighters,Islamic State cells,jihadists|
    Anbar province,the Syrian desert,Deir ez-Zor,Kirkuk province,Diyala province|shepherds,villagers
PKK|PKK|PKK militants,the Kurdistan Workers' Party (PKK),Kurdish militants,PKK fighters|northern Iraq,
    the Qandil mountains,Duhok province,Hakkari province|villagers
ELN|guerrilla|ELN guerrillas,the National Liberation Army (ELN),ELN rebels,FARC dissidents|Catatumbo,Cauca,
    Arauca,Norte de Santander|farmers,social leaders
GANG|gang|armed gangs,gang members,heavily armed gangs,the Viv Ansanm gang coalition,gangs|Port-au-Prince,
    Petion-Ville,Croix-des-Bouquets,the Artibonite region,Mirebalais|residents,displaced families
JNIM|jihadist|JNIM militants,the al-Qaeda-linked JNIM,jihadist fighters,Islamist militants,armed jihadists|
    Timbuktu,Gao,the Mopti region,Djibo,central Mali,the Menaka region|villagers,herders
TTP|militant|the Pakistani Taliban,TTP militants,Tehreek-e-Taliban Pakistan (TTP),militants|
    Khyber Pakhtunkhwa,North Waziristan,Bannu,Dera Ismail Khan|tribal elders,villagers
FANO|Fano|Fano militiamen,the Fano militia,Amhara militias|the Amhara region,Gondar,Bahir Dar,Lalibela|
    residents
CARTEL|cartel|cartel gunmen,members of the Sinaloa cartel,a drug cartel,suspected cartel members|Culiacan,
    Sinaloa state,Michoacan,Guerrero,Tamaulipas|residents,migrants
"""

# armed group -> host state (used for the places of its operations and reciprocal mentions)
ARMED_HOST = {"HAMAS": "PSE", "HEZ": "LBN", "HOUTHI": "YEM", "RSF": "SDN", "AA": "MMR", "M23": "COD",
              "SHAB": "SOM", "BOKO": "NGA", "IS": "IRQ", "PKK": "TUR", "ELN": "COL", "GANG": "HTI",
              "JNIM": "MLI", "TTP": "PAK", "FANO": "ETH", "CARTEL": "MEX"}

# targets when a foreign power attacks a state whose cities are far away or implausible
EXTRA_TARGETS = {
    "USA": ["a U.S. warship in the Red Sea", "a U.S. base in eastern Syria", "U.S. forces in Iraq",
            "an American destroyer"],
    "ISR": ["Israeli army positions", "an Israeli military base", "northern Israel", "southern Israel"],
    "KEN": ["Lamu county", "Mandera", "Garissa", "a Kenyan army camp"],
    "UKR": ["the Kharkiv region", "Ukraine's energy infrastructure", "the port of Odesa",
            "a power plant in the Dnipropetrovsk region", "Ukrainian positions near Pokrovsk"],
    "RUS": ["the Belgorod region", "an oil refinery in the Krasnodar region", "a Russian air base",
            "an ammunition depot in the Bryansk region", "Russian positions near Zaporizhzhia"],
    "IND": ["Indian army posts along the Line of Control", "Jammu and Kashmir"],
    "PAK": ["Pakistani army posts along the Line of Control", "Pakistan-administered Kashmir"],
    "ARM": ["Armenian positions in Syunik", "the border village of Sotk"],
    "AZE": ["Azerbaijani positions near the border", "the Nakhchivan exclave"],
    "IRN": ["military sites near Isfahan", "a Revolutionary Guards base"],
}

HOSTILE = [("RUS", "UKR"), ("ISR", "HAMAS"), ("ISR", "HEZ"), ("SDN", "RSF"), ("MMR", "AA"), ("IND", "PAK"),
           ("AZE", "ARM"), ("COD", "M23"), ("SOM", "SHAB"), ("KEN", "SHAB"), ("NGA", "BOKO"),
           ("USA", "HOUTHI"), ("ISR", "HOUTHI"), ("TUR", "PKK"), ("COL", "ELN"), ("HTI", "GANG"),
           ("MLI", "JNIM"), ("BFA", "JNIM"), ("IRQ", "IS"), ("SYR", "IS"), ("PAK", "TTP"), ("ISR", "IRN"),
           ("ETH", "FANO"), ("MEX", "CARTEL"), ("AFG", "PAK")]
TENSE = [("CHN", "TWN"), ("PRK", "KOR"), ("USA", "CHN"), ("USA", "IRN"), ("USA", "RUS"), ("SRB", "KOS"),
         ("VEN", "GUY"), ("CHN", "PHL"), ("RUS", "POL"), ("COD", "RWA"), ("CHN", "JPN"), ("GBR", "RUS"),
         ("FRA", "MLI"), ("FRA", "NER"), ("DEU", "RUS"), ("BLR", "POL"), ("IND", "CAN"), ("TUR", "ISR"),
         ("SAU", "IRN"), ("USA", "VEN"), ("USA", "CUB"), ("ETH", "EGY"), ("ARM", "AZE"), ("IND", "CHN"),
         ("HUN", "UKR"), ("ALG", "MAR")]
DOMESTIC = ["GEO", "SRB", "KEN", "BGD", "PAK", "IRN", "FRA", "ARG", "PER", "ISR", "TUR", "VEN", "IDN", "NGA",
            "SEN", "ARM", "HUN", "BLR", "MMR", "TUN", "LKA", "DEU", "GBR", "USA", "IND", "BRA", "MEX", "COL",
            "UGA", "MOZ", "EGY", "RUS", "CHN", "ETH", "ZAF", "KOR", "POL", "SDN", "AFG", "HTI"]
MEDIATORS = ["Qatar", "Egypt", "Oman", "Turkey", "Saudi Arabia", "Switzerland", "Norway", "the Vatican",
             "the African Union", "the United Nations", "Kenya", "Angola", "the United Arab Emirates"]
VENUES = ["Doha", "Cairo", "Muscat", "Istanbul", "Riyadh", "Geneva", "Oslo", "Jeddah", "Nairobi", "Luanda",
          "Abu Dhabi", "Vienna", "Astana", "Addis Ababa"]
SUMMITS = ["G20 summit", "NATO summit", "UN General Assembly", "ASEAN summit", "BRICS summit",
           "Munich Security Conference", "African Union summit", "COP climate conference",
           "Shanghai Cooperation Organisation summit", "European Council summit", "G7 summit",
           "Asia-Pacific Economic Cooperation forum", "Arab League summit", "World Economic Forum in Davos"]

GLOBAL = {
    "un": ["the United Nations", "the UN", "the UN Security Council", "the UN secretary-general",
           "the UN human rights office", "UN human rights chief Anita Varga", "the UN General Assembly",
           "UN special envoy Maria Lindqvist", "the UN's top humanitarian official"],
    "igo": ["NATO", "the European Union", "the EU", "the European Commission", "the African Union",
            "ECOWAS", "the Arab League", "ASEAN", "the G7", "the OSCE", "the Organisation of Islamic "
                                                                        "Cooperation",
            "the Gulf Cooperation Council", "the EU's foreign policy chief"],
    "ngo": ["Amnesty International", "Human Rights Watch", "the International Committee of the Red Cross",
            "Medecins Sans Frontieres", "Doctors Without Borders", "Save the Children", "Oxfam",
            "the Norwegian Refugee Council", "Reporters Without Borders", "the Committee to Protect "
                                                                          "Journalists",
            "the International Rescue Committee", "the International Crisis Group"],
    "aidorg": ["the World Food Programme", "UNICEF", "the UN refugee agency", "UNHCR", "the Red Cross",
               "the International Committee of the Red Cross", "Medecins Sans Frontieres", "the World Health "
               "Organization", "UNRWA", "the International Organization for Migration", "Save the Children",
               "the European Union", "the World Bank", "the IMF", "USAID"],
    "media": ["Reuters", "AFP", "the Associated Press", "state media", "the official news agency",
              "Al Jazeera", "the BBC", "local media", "state television", "a local news outlet",
              "the Financial Times", "Bloomberg", "the New York Times", "the state news agency"],
    "monitor": ["witnesses", "residents", "medics", "hospital officials", "a security source",
                "two security sources", "military sources", "a local official", "local officials",
                "a monitoring group", "rescue workers", "a hospital director", "a local council member"],
    "court_intl": ["the International Criminal Court", "the International Court of Justice",
                   "the European Court of Human Rights", "the ICC"],
    "mediator": MEDIATORS,
    "igo_org": ["the African Union", "ECOWAS", "the OSCE", "the Arab League", "ASEAN", "NATO", "the European Union",
                "the Shanghai Cooperation Organisation", "the BRICS group", "the Commonwealth",
                "the Organisation of Islamic Cooperation"],
    "igo_mil": ["NATO", "NATO forces", "EU naval forces", "UN peacekeepers", "African Union troops",
                "the multinational force", "the Kenyan-led security mission"],
    "analyst": ["analysts", "diplomats", "Western officials", "experts", "observers", "some economists",
                "security analysts", "regional experts", "critics", "people familiar with the matter"],
}

TOPICS = ["energy security", "counter-terrorism", "maritime security", "climate change", "trade",
          "migration", "cyber security", "critical minerals", "nuclear safety", "border management",
          "food security", "infrastructure investment", "defence procurement", "the war in Ukraine",
          "the situation in Gaza", "regional security", "refugee returns", "debt relief",
          "the civil war in Sudan", "tensions in the South China Sea", "grain exports", "water sharing",
          "the Iranian nuclear programme", "drug trafficking", "arms control"]
ISSUES = ["rising fuel prices", "the new tax law", "corruption", "the election results",
          "the government's decision", "pension reform", "police violence", "a proposed foreign agents law",
          "the arrest of an opposition leader", "the cost of living", "power cuts", "water shortages",
          "the war in Gaza", "unpaid wages", "the closure of a steel plant", "the postponement of elections",
          "a controversial constitutional amendment", "alleged vote rigging", "a hike in university fees",
          "plans to build a dam", "mining in protected forests", "the treatment of migrants"]
DETAINEES = ["a journalist", "two journalists", "a prominent human rights lawyer", "several opposition "
                                                                                   "activists",
             "an opposition leader", "dozens of protesters", "a former minister", "a student activist",
             "{n} people", "a blogger", "the head of a local NGO", "a trade union leader",
             "several members of the opposition", "a foreign national", "a well-known rapper",
             "more than {n} demonstrators", "a former army officer", "a senior judge", "two aid workers"]
PROTESTERS = ["protesters", "demonstrators", "thousands of people", "tens of thousands of people",
              "opposition supporters", "students", "farmers", "workers", "teachers", "doctors", "truckers",
              "pensioners", "activists", "hundreds of people", "residents", "university students",
              "supporters of the jailed opposition leader", "garment workers", "miners", "taxi drivers",
              "women's rights activists", "crowds of young people", "nurses", "lawyers", "war veterans",
              "families of missing soldiers", "hundreds of farmers on tractors"]
UNIONS = ["the country's largest trade union", "transport unions", "the teachers' union", "dockworkers",
          "railway workers", "public sector unions", "health workers", "miners", "port workers",
          "airline staff", "civil servants", "junior doctors", "truck drivers"]

NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "10", "11", "12", "14", "15",
             "17", "20", "23", "30", "40"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _records(raw):
    """One record per line; lines starting with spaces continue the previous record (joined as is)."""
    recs = []
    for line in raw.strip("\n").splitlines():
        if line.startswith(" ") and recs:
            recs[-1] += line.strip()
        elif line.strip():
            recs.append(line.strip())
    return recs


def parse_states():
    states = {}
    for line in _records(STATES_RAW):
        code, name, dem, cap, cities, offs, gov, mil = line.split("|")
        officials = []
        for o in offs.split(";"):
            if o:
                t, n, g = o.split(":")
                officials.append((t, n, g))
        states[code] = dict(code=code, kind="state", name=name, dem=dem, capital=cap,
                            cities=[c for c in cities.split(",") if c], officials=officials,
                            gov_extra=[g for g in gov.split(",") if g],
                            mil_extra=[m for m in mil.split(",") if m])
    for line in _records(ARMED_RAW):
        code, adj, names, places, people = line.split("|")
        host = states[ARMED_HOST[code]]
        states[code] = dict(code=code, kind="armed", name=names.split(",")[0], dem=adj, capital=None,
                            cities=places.split(","), officials=[], armed=names.split(","),
                            people=people.split(","), host=host["code"], gov_extra=[], mil_extra=[])
    # states only used in TENSE pairs but not described above: add minimal records
    for code, name, dem, cap, cities in [("ALG", "Algeria", "Algerian", "Algiers", "Algiers,Oran"),
                                         ("MAR", "Morocco", "Moroccan", "Rabat", "Rabat,Casablanca")]:
        states[code] = dict(code=code, kind="state", name=name, dem=dem, capital=cap,
                            cities=cities.split(","), officials=[], gov_extra=[], mil_extra=[])
    return states


STATES = parse_states()
DIPLO_STATES = [c for c, s in STATES.items() if s["kind"] == "state" and s["officials"]]

PROPER_DEM = {"HAMAS", "HEZ", "HOUTHI", "RSF", "M23", "SHAB", "BOKO", "IS", "PKK", "FANO"}
HEAVY_ARMED = {"HAMAS", "HEZ", "HOUTHI", "RSF", "M23", "AA", "PKK", "FANO", "SHAB", "BOKO", "IS"}
JIHADI = {"SHAB", "BOKO", "IS", "JNIM", "TTP"}


def poss(name: str) -> str:
    return name + "'" if name.endswith("s") else name + "'s"


class Mention:
    """A mention: only ``core`` is recorded as the actor/recipient text."""

    __slots__ = ("prefix", "core", "suffix", "pl", "g")

    def __init__(self, core, pl=False, g="n", prefix="", suffix=""):
        self.prefix, self.core, self.suffix, self.pl, self.g = prefix, core, suffix, pl, g


def _title_forms(side, title, name, g, rng, subject):
    dem, cname = side["dem"], side["name"]
    low = title.lower()
    surname = name.split()[-1]
    if side["code"] in ("CHN", "TWN", "KOR", "PRK"):  # family name first
        surname = name.split()[0]
    elif side["code"] == "MMR":
        surname = "General " + " ".join(name.split()[-2:])
    forms = [
        lambda: Mention(f"{dem} {title} {name}", g=g),
        lambda: Mention(f"{title} {name}", g=g),
        lambda: Mention(f"the {dem} {low}", g=g),
        lambda: Mention(f"{poss(cname)} {low}", g=g) if not cname.startswith("the ") else Mention(
            f"the {dem} {low}", g=g),
    ]
    w = [4, 2, 2, 1]
    if subject:
        forms += [lambda: Mention(name, g=g, suffix=f", the {dem} {low},"),
                  lambda: Mention(name, g=g, suffix=f", {poss(cname)} {low},")]
        w += [2, 1]
    forms.append(lambda: Mention(surname, g=g))
    w.append(1)
    return rng.choices(forms, weights=w)[0]()


PLACE_FACTS = {  # appositions that are true of the place (only these places get one)
    "Kharkiv": "Ukraine's second-largest city", "Odesa": "a Black Sea port", "Goma": "the capital of North Kivu",
    "Bukavu": "the capital of South Kivu", "El Fasher": "the capital of North Darfur",
    "Port Sudan": "a Red Sea port", "Hodeidah": "a Red Sea port", "Sittwe": "the capital of Rakhine state",
    "Zaporizhzhia": "a regional capital in southern Ukraine", "Kherson": "a city on the Dnipro river",
    "Maiduguri": "the capital of Borno state", "Mosul": "Iraq's second city", "Aleppo": "Syria's second city",
    "Khan Younis": "the main city in southern Gaza", "Rafah": "on the border with Egypt",
    "Kismayo": "a port in southern Somalia", "Mekelle": "the capital of Tigray", "Gondar": "a city in Amhara",
    "Tyre": "a coastal city in southern Lebanon", "Sderot": "a town near the Gaza border",
    "Kiryat Shmona": "a town near the Lebanese border", "Belgorod": "a Russian city near the border",
    "Timbuktu": "a historic city in northern Mali", "Quetta": "the capital of Balochistan",
    "Peshawar": "the capital of Khyber Pakhtunkhwa", "Srinagar": "the main city in Indian-administered Kashmir",
    "Cox's Bazar": "home to about a million Rohingya refugees", "Lashio": "a city in northern Shan state",
    "Culiacan": "the capital of Sinaloa state", "Cucuta": "a city on the Venezuelan border",
}


def _appos(m, rng, subject, side=None):
    """Occasionally describe a place with a (true) apposition; only the name is the recorded mention."""
    if subject or rng.random() > 0.25:
        return m
    if m.core in PLACE_FACTS:
        m.suffix = ", " + PLACE_FACTS[m.core] + ","
    elif side is not None and m.core == side.get("capital") and rng.random() < 0.4:
        m.suffix = f", the {side['dem']} capital,"
    return m


def mention(side, kind, rng, subject=False, ctx=None):
    """Return a Mention of ``kind`` for ``side`` (a STATES record)."""
    dem, name = side["dem"], side["name"]
    armed = side["kind"] == "armed"
    city = rng.choice(side["cities"])

    def M(text, pl=False, g="n"):
        return Mention(text, pl=pl, g=g)

    if kind == "poss":  # possessive country / group name: "Ukraine's", "the Houthis'"
        if armed:
            base = side["name"]
        else:
            base = rng.choices([name, side["capital"]], weights=[4, 1])[0]
        suffix = "'" if base.endswith("s") else "'s"
        return Mention(base, suffix=suffix, pl=False)
    if armed:
        if kind in ("state", "gov", "mil", "force", "armed", "police", "country"):
            t = rng.choice(side["armed"])
            return M(t, pl=not t.startswith(("the ", "a ")) and t not in ("Hamas", "Hezbollah", "al-Shabaab",
                                                                          "Boko Haram"))
        if kind in ("official", "leader", "spokes", "diplomat"):
            return rng.choice([M(f"a {dem} spokesman", g="m"), M(f"a senior {dem} official"),
                               M(f"{dem} leaders", pl=True), M(f"the {dem} leadership")])
        if kind == "adem":
            return Mention(dem, prefix="a ")
        if kind == "dem":
            return M(dem)
        if kind in ("place", "capital", "target", "city"):
            if kind == "target" and rng.random() < 0.35 and side["code"] in PROPER_DEM:
                return M(f"{dem} positions in {city}", pl=True)
            return _appos(M(city), rng, subject, side)
        if kind == "people":
            return rng.choice([M(rng.choice(side["people"]), pl=True),
                               M(f"{rng.choice(NUM_WORDS)} {rng.choice(side['people'])}", pl=True),
                               M("civilians", pl=True)])
        if kind == "fighters":
            word = {"GANG": "gang members", "CARTEL": "cartel members"}.get(side["code"], "fighters")
            return M(f"{rng.choice(NUM_WORDS)} {dem} {word}" if side["code"] in PROPER_DEM
                     else f"{rng.choice(NUM_WORDS)} {word}", pl=True)
        # fall back to the host state for civil kinds
        return mention(STATES[side["host"]], kind, rng, subject, ctx)

    offs = side["officials"]
    if kind == "country":
        return M(name)
    if kind == "state":
        opts = [(name, 6), (side["capital"], 2), (f"the {dem} government", 2), (f"{dem} authorities", 1)]
        opts += [(g, 1) for g in side["gov_extra"]]
        t = rng.choices([o[0] for o in opts], weights=[o[1] for o in opts])[0]
        return M(t, pl=t.endswith("authorities"))
    if kind == "gov" and ctx is not None and ctx.A is ctx.B:  # domestic story: no foreign ministry
        t = rng.choice([f"the {dem} government", f"{dem} authorities", "the government", "authorities",
                        f"the government in {side['capital']}", f"the {dem} cabinet", "the interior ministry",
                        f"{poss(name)} government"] + side["gov_extra"])
        return M(t, pl=t.endswith("authorities"))
    if kind == "gov":
        t = rng.choice([f"the {dem} government", f"{dem} authorities", f"{dem} officials",
                        f"the government in {side['capital']}", f"the {dem} foreign ministry",
                        f"{poss(name)} foreign ministry", f"the {dem} cabinet"] + side["gov_extra"])
        return M(t, pl=t.endswith(("authorities", "officials")))
    if kind in ("official", "leader"):
        if not offs:
            return mention(side, "gov", rng, subject, ctx)
        if kind == "leader":
            cands = [o for o in offs if o[0].lower().startswith(("president", "prime", "chancellor", "junta",
                                                                 "army chief", "crown"))] or offs
        else:
            cands = offs
        title, pname, g = rng.choice(cands)
        return _title_forms(side, title, pname, g, rng, subject)
    if kind == "spokes":
        t = rng.choice([f"the {dem} foreign ministry", f"a {dem} foreign ministry spokesperson",
                        f"{poss(name)} foreign ministry", f"a spokesman for the {dem} government",
                        f"the {dem} defence ministry", f"a {dem} government spokeswoman",
                        f"{poss(name)} presidency"])
        return M(t, g="m" if "spokesman" in t else ("f" if "spokeswoman" in t else "n"))
    if kind == "diplomat":
        t = rng.choice([f"the {dem} ambassador", f"{poss(name)} ambassador to the UN", f"{poss(name)} envoy",
                        f"a senior {dem} diplomat", f"{dem} diplomats", f"the {dem} delegation",
                        f"{dem} negotiators", f"a {dem} delegation"])
        return M(t, pl=t.endswith(("diplomats", "negotiators")))
    if kind in ("mil", "force", "armed"):
        opts = [f"{dem} forces", f"{dem} troops", f"the {dem} military", f"the {dem} army",
                f"{poss(name)} armed forces", f"{dem} soldiers"] + side["mil_extra"]
        t = rng.choice(opts)
        return M(t, pl=t.endswith(("forces", "troops", "soldiers")))
    if kind == "police":
        t = rng.choice([f"{dem} police", "police", "riot police", "security forces", f"police in {city}",
                        f"{dem} security forces", "plainclothes officers", "officers", "the police",
                        "anti-riot police"])
        return M(t, pl=t != "the police" or True)
    if kind == "adem":
        return Mention(dem, prefix="a ")
    if kind == "dem":
        return M(dem)
    if kind == "capital":
        return M(side["capital"])
    if kind in ("place", "city"):
        return _appos(M(city), rng, subject, side)
    if kind == "target":
        opts = side["cities"] + EXTRA_TARGETS.get(side["code"], [])
        return _appos(M(rng.choice(opts), pl=False), rng, subject, side)
    if kind == "people":
        t = rng.choice([f"{dem} civilians", "civilians", "residents", f"{rng.choice(NUM_WORDS)} civilians",
                        f"{rng.choice(NUM_WORDS)} {dem} soldiers", "villagers", "a group of civilians"])
        return M(t, pl=not t.startswith("a "))
    if kind == "fighters":
        return M(f"{rng.choice(NUM_WORDS)} {dem} soldiers", pl=True)
    if kind == "needy":
        t = rng.choice(["displaced families", f"{dem} refugees", "people displaced by the fighting",
                        "families in need", "residents", "survivors", "displaced people", "civilians",
                        f"{dem} civilians", "thousands of displaced people", "children and their families"])
        return M(t, pl=True)
    if kind == "protesters":
        t = rng.choice(PROTESTERS + [f"{dem} protesters", f"{dem} students", f"{dem} farmers",
                                     f"protesters in {city}", f"thousands of protesters in {city}"])
        return M(t, pl=True)
    if kind == "union":
        extra = [f"{dem} {u}" for u in ("doctors", "teachers", "rail workers")]
        return M(rng.choice(UNIONS + extra), pl=True)
    if kind == "opposition":
        t = rng.choice(["the opposition", "opposition leaders", "the main opposition party",
                        "opposition lawmakers", f"{dem} opposition parties", "the opposition coalition",
                        "the leader of the main opposition party", "a prominent opposition politician"])
        return M(t, pl=t.endswith(("leaders", "lawmakers", "parties")))
    if kind == "detainee":
        t = rng.choice(DETAINEES).replace("{n}", rng.choice(NUM_WORDS))
        return M(t, pl=not t.startswith(("a ", "an ", "the ")))
    if kind == "court":
        t = rng.choice([f"a court in {side['capital']}", "the Supreme Court", f"a {dem} court",
                        "a military court", "the Constitutional Court", f"a court in {city}",
                        f"{poss(name)} Supreme Court", "a district court"])
        return M(t)
    if kind == "prosecutors":
        t = rng.choice([f"{dem} prosecutors", "prosecutors", "the prosecutor's office",
                        "the state prosecutor",
                        f"{poss(name)} prosecutor general", "anti-corruption investigators"])
        return M(t, pl=t.endswith(("prosecutors", "investigators")))
    if kind == "parliament":
        t = rng.choice([f"the {dem} parliament", "parliament", "lawmakers", f"{poss(name)} parliament",
                        f"{dem} lawmakers", "the national assembly"])
        return M(t, pl="lawmakers" in t)
    if kind == "hackers":
        t = rng.choice([f"{dem} hackers", f"a hacker group linked to {name}", f"{dem} military intelligence",
                        f"state-backed {dem} hackers", f"hackers working for {dem} intelligence"])
        return M(t, pl="hackers" in t and not t.startswith("a "))
    if kind == "statemedia":
        t = rng.choice([f"{dem} state media", f"{dem} state television", f"pro-government {dem} outlets",
                        f"accounts linked to the {dem} government", f"{dem} state-run outlets"])
        return M(t, pl=t.endswith(("outlets", "accounts", "government")) and "television" not in t)
    raise KeyError(kind)


GLOBAL_PL = {"witnesses", "residents", "medics", "hospital officials", "two security sources",
             "military sources",
             "local officials", "rescue workers", "analysts", "diplomats", "Western officials", "experts",
             "observers", "some economists", "security analysts", "regional experts", "critics",
             "people familiar with the matter", "NATO forces", "EU naval forces", "UN peacekeepers",
             "African Union troops", "local media"}


def global_mention(pool, rng):
    t = rng.choice(GLOBAL[pool])
    g = "n"
    return Mention(t, pl=t in GLOBAL_PL, g=g)


def reciprocal(ctx, kind, rng):
    a, b = ctx.A, ctx.B
    r = rng.random()
    if kind == "country":
        return Mention(f"{a['name']} and {b['name']}", pl=True)
    if kind == "police":
        if r < 0.5 and a["kind"] == "state" and b["kind"] == "state":
            return Mention(f"{a['dem']} and {b['dem']} police", pl=True)
        return Mention(rng.choice([f"police in {a['name']} and {b['name']}",
                                   f"security services in {a['name']} and {b['name']}"]), pl=True)
    if kind == "state":
        if r < 0.25:
            return Mention(rng.choice(["the two countries", "the two sides", "both sides",
                                       "the two neighbours",
                                       "the two governments"]), pl=True)
        x, y = mention(a, "state", rng), mention(b, "state", rng)
        return Mention(f"{x.core} and {y.core}", pl=True)
    if kind == "leader":
        x, y = mention(a, "leader", rng), mention(b, "leader", rng)
        if r < 0.2:
            return Mention(f"the leaders of {a['name']} and {b['name']}", pl=True)
        return Mention(f"{x.core} and {y.core}", pl=True)
    if kind == "officials":
        if r < 0.5:
            return Mention(f"{a['dem']} and {b['dem']} officials", pl=True)
        return Mention(rng.choice([f"{a['dem']} and {b['dem']} negotiators", f"delegations from {a['name']} "
                                                                             f"and "
                                   f"{b['name']}", f"officials from {a['name']} and {b['name']}",
                                   f"{a['dem']} and {b['dem']} diplomats"]), pl=True)
    if kind == "mil":
        x, y = mention(a, "mil", rng), mention(b, "mil", rng)
        if r < 0.4 and a["kind"] == "state" and b["kind"] == "state":
            return Mention(f"{a['dem']} and {b['dem']} forces", pl=True)
        return Mention(f"{x.core} and {y.core}", pl=True)
    raise KeyError(kind)


def fill(name, rng, aux):
    n = rng.choice(NUM_WORDS)
    if name == "n":
        return n
    if name == "spct":  # small percentages (growth, inflation, market moves)
        return rng.choice(["0.8", "1.2", "1.9", "2.4", "3.1", "3.5", "4.2", "5.6", "6.8", "7.3", "8.9"]) + \
            rng.choice(["%", " percent"])
    if name == "ord":
        return rng.choice(["second", "third", "fourth", "fifth", "sixth", "seventh", "10th", "12th"])
    if name == "n2":
        return rng.choice(["two", "three", "four", "five", "six", "eight", "12"])
    if name == "big":
        return rng.choice(["hundreds of", "thousands of", "dozens of", "more than 1,000", "at least 500",
                           "tens of thousands of", "some 2,000", "around 300", "nearly 5,000"])
    if name == "usd":
        return rng.choice(["$50 million", "$1.2 billion", "$300 million", "$75 million", "$2 billion",
                           "$500 million", "€100 million", "€2.5 billion", "$25 million", "$800 million",
                           "£150 million", "$6 billion", "€40 million"])
    if name == "num":
        return rng.choice([f"at least {n} people", f"{n} people", f"{n} civilians", f"at least {n} civilians",
                           f"{n} soldiers", "dozens of people", f"more than {n} people", f"{n} children",
                           "several people", f"at least {n}"])
    if name == "cas":
        return rng.choice([f", killing at least {n} people", f", killing {n} civilians", f", wounding {n} "
                                                                                         f"others",
                           f", killing {n} and wounding dozens", f", killing {n} people including two "
                                                                 f"children",
                           ", causing casualties", f", leaving {n} dead", f", injuring at least {n} people",
                           f", killing {n} people and injuring several others", ""])
    if name == "when":
        if aux == "historical":
            return fill("hwhen", rng, aux)
        return rng.choice([f"on {rng.choice(DAYS)}", f"on {rng.choice(DAYS)}", f"late on {rng.choice(DAYS)}",
                           f"early on {rng.choice(DAYS)}", "overnight", f"on {rng.choice(DAYS)} morning",
                           "last week", "earlier this week", "over the weekend", "at the weekend",
                           f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}", f"on {rng.randint(1, 28)} "
                           f"{rng.choice(MONTHS)}", f"earlier on {rng.choice(DAYS)}",
                           f"in the early hours of {rng.choice(DAYS)}", "this week",
                           f"on {rng.choice(DAYS)} evening", f"on {rng.choice(DAYS)} night", "yesterday",
                           "earlier this month", "last month"])
    if name == "when?":
        if aux == "historical":
            return " " + fill("hwhen", rng, aux)
        return " " + fill("when", rng, aux) if rng.random() < 0.5 else ""
    if name == "fwhen":
        return rng.choice(["next week", f"on {rng.choice(DAYS)}", "next month", "later this month",
                           "in the coming days", "early next year", f"on {rng.choice(MONTHS)} "
                                                                    f"{rng.randint(1, 28)}",
                           "later this week", "before the end of the year", f"next {rng.choice(DAYS)}",
                           "in the coming weeks", "this weekend", f"later on {rng.choice(DAYS)}"])
    if name == "hwhen":
        y = rng.randint(1979, 2016)
        return rng.choice([f"in {y}", f"in {y}", f"in {rng.choice(MONTHS)} {y}", f"back in {y}",
                           f"in the early {(y // 10) * 10}s", f"in the late {(y // 10) * 10}s",
                           "more than a decade ago", "two decades ago", f"in {y}"])
    if name == "year":
        return str(rng.randint(1979, 2016))
    if name == "day":
        return rng.choice(DAYS)
    if name == "month":
        return rng.choice(MONTHS)
    if name == "topic":
        return rng.choice(TOPICS)
    if name == "issue":
        return rng.choice(ISSUES)
    if name == "summit":
        return rng.choice(SUMMITS)
    if name == "venue":
        return rng.choice(VENUES)
    if name == "mediator":
        return rng.choice(MEDIATORS)
    if name == "pct":
        return rng.choice(["10", "15", "20", "25", "35", "50", "60", "100"]) + rng.choice(["%", " percent"])
    if name == "days":
        return rng.choice(["two days", "three days", "a week", "10 days", "several days", "48 hours",
                           "three weeks", "nearly a month", "five days"])
    if name == "amid":
        return rng.choice([
            "amid rising tensions in the region", "amid a row over fishing rights", "as winter set in",
            "despite international pressure", "as part of efforts to ease tensions", "for the first time in "
                                                                                     "months",
            "amid growing concern over the humanitarian situation", "ahead of next month's elections",
            "as diplomatic efforts intensified", "amid a deepening economic crisis", "as the war entered "
                                                                                     "its third year",
            "amid fears of a wider regional conflict", "in a sign of improving ties", "amid a dispute over "
                                                                                      "the border",
            "as fuel shortages worsened", "despite objections from opposition parties"])
    raise KeyError(name)


# ----------------------------------------------------------------------------------------- parser

def parse(s):
    pos = 0

    def seq(stops):
        nonlocal pos
        nodes, buf = [], []
        while pos < len(s):
            c = s[pos]
            if c in stops:
                break
            if c == "<":
                if buf:
                    nodes.append(("lit", "".join(buf)))
                    buf = []
                pos += 1
                alts = [seq("|>")]
                while s[pos] == "|":
                    pos += 1
                    alts.append(seq("|>"))
                assert s[pos] == ">", s
                pos += 1
                nodes.append(("choice", alts))
            elif c == "[":
                if buf:
                    nodes.append(("lit", "".join(buf)))
                    buf = []
                pos += 1
                inner = seq("]")
                assert s[pos] == "]", s
                pos += 1
                nodes.append(("trig", inner))
            elif c == "{":
                if buf:
                    nodes.append(("lit", "".join(buf)))
                    buf = []
                end = s.index("}", pos)
                nodes.append(("slot", s[pos + 1:end]))
                pos = end + 1
            else:
                buf.append(c)
                pos += 1
        if buf:
            nodes.append(("lit", "".join(buf)))
        return nodes

    out = seq("")
    assert pos == len(s), (s, pos)
    return out


_PARSE_CACHE: dict = {}


class Ctx:
    def __init__(self, A, B, rng, aux):
        self.A, self.B, self.rng, self.aux = A, B, rng, aux
        self.buf: list[str] = []
        self.len = 0
        self.spans: dict = {}
        self.actor = None
        self.recip = None

    def emit(self, t):
        self.buf.append(t)
        self.len += len(t)


def _pron(m, which):
    if m is None:
        return {"poss": "its", "pron": "it", "obj": "it"}[which]
    if m.pl:
        return {"poss": "their", "pron": "they", "obj": "them"}[which]
    return {"m": {"poss": "his", "pron": "he", "obj": "him"}, "f": {"poss": "her", "pron": "she", "obj": "her"},
            "n": {"poss": "its", "pron": "it", "obj": "it"}}[m.g][which]


def render_slot(name, ctx, next_space):
    rng = ctx.rng
    if name.startswith("~"):
        body = name[1:]
        ref = ctx.actor
        if body.startswith("R:"):
            ref, body = ctx.recip, body[2:]
        sg, pl = body.split("/")
        ctx.emit(pl if (ref is not None and ref.pl) else sg)
        return
    if name in ("A.poss", "A.pron", "A.obj", "R.poss", "R.pron", "R.obj"):
        ref = ctx.actor if name[0] == "A" else ctx.recip
        ctx.emit(_pron(ref, name[2:]))
        return
    if ":" not in name:
        ctx.emit(fill(name, rng, ctx.aux))
        return
    role, kind = name.split(":", 1)
    if kind.startswith("@"):
        m = global_mention(kind[1:], rng)
    elif role == "AB":
        m = reciprocal(ctx, kind, rng)
    else:
        side = ctx.A if role in ("A", "a") else ctx.B
        m = mention(side, kind, rng, subject=(role == "A" and next_space), ctx=ctx)
    ctx.emit(m.prefix)
    start = ctx.len
    ctx.emit(m.core)
    end = ctx.len
    ctx.emit(m.suffix)
    if role in ("A", "AB"):
        ctx.spans["actor"] = (start, end)
        ctx.actor = m
    elif role == "R":
        ctx.spans["recipient"] = (start, end)
        ctx.recip = m


def render_nodes(nodes, ctx):
    for i, node in enumerate(nodes):
        typ = node[0]
        if typ == "lit":
            ctx.emit(node[1])
        elif typ == "choice":
            render_nodes(ctx.rng.choice(node[1]), ctx)
        elif typ == "trig":
            start = ctx.len
            render_nodes(node[1], ctx)
            ctx.spans["trigger"] = (start, ctx.len)
        else:
            nxt = nodes[i + 1] if i + 1 < len(nodes) else None
            next_space = (nxt is not None and nxt[0] == "lit" and nxt[1].startswith(" ")
                          and not nxt[1].startswith(" and "))
            if nxt is not None and nxt[0] == "lit" and nxt[1].strip() == "" and i + 2 < len(nodes):
                next_space = True
            render_slot(node[1], ctx, next_space)


def render(tpl, A, B, rng, aux):
    nodes = _PARSE_CACHE.get(tpl)
    if nodes is None:
        nodes = _PARSE_CACHE[tpl] = parse(tpl)
    ctx = Ctx(A, B, rng, aux)
    render_nodes(nodes, ctx)
    return "".join(ctx.buf), ctx.spans


# ------------------------------------------------------------------------------------ post-edits

_AN_ACRO = re.compile(r"^(?:[FHLMNRSX][A-Z0-9-]|[AEIO])")


def wants_an(word: str) -> bool:
    w = word.strip("\"'(")
    if not w:
        return False
    if w[:2].isupper() or re.match(r"^[A-Z]\d", w) or re.match(r"^[A-Z]-", w):  # acronym-ish
        return bool(_AN_ACRO.match(w)) and not w.startswith(("U", "EU", "Eu"))
    lw = w.lower()
    if lw.startswith(("euro", "one", "once", "uni", "una", "use", "usu", "ura", "ukr", "ug", "u.s", "uk")):
        return False
    if lw.startswith(("hour", "honest", "heir")):
        return True
    return lw[0] in "aeiou"


def finalize(text, spans):
    """Fix articles, spacing and capitalisation while keeping spans aligned."""
    edits = []  # (start, end, replacement)
    for m in re.finditer(r"\b([Aa]n?) (\S+)", text):
        art, word = m.group(1), m.group(2)
        want = "an" if wants_an(word) else "a"
        if art.lower() != want:
            rep = want if art[0] == "a" else want.capitalize()
            edits.append((m.start(1), m.end(1), rep))
    for m in re.finditer(r" {2,}", text):
        edits.append((m.start(), m.end(), " "))
    for m in re.finditer(r" (?=[,.;:])", text):
        edits.append((m.start(), m.end(), ""))
    for m in re.finditer(r",(?=[,.])", text):
        edits.append((m.start(), m.end(), ""))
    edits.sort()
    out, mapping = [], [0] * (len(text) + 1)
    new_len = 0
    cur = 0
    merged = []
    for e in edits:
        if merged and e[0] < merged[-1][1]:
            continue
        merged.append(e)
    for s, e, rep in merged:
        while cur < s:
            mapping[cur] = new_len
            out.append(text[cur])
            new_len += 1
            cur += 1
        for k in range(s, e):
            mapping[k] = new_len
        out.append(rep)
        new_len += len(rep)
        cur = e
    while cur < len(text):
        mapping[cur] = new_len
        out.append(text[cur])
        new_len += 1
        cur += 1
    mapping[len(text)] = new_len
    new = "".join(out).strip().rstrip(" ,")
    shift = len("".join(out)) - len("".join(out).lstrip())
    new_spans = {k: (mapping[a] - shift, mapping[b] - shift) for k, (a, b) in spans.items()}
    if new and new[0].islower():
        new = new[0].upper() + new[1:]
    if new and new[-1] not in ".?!\"”":
        new += "."
    return new, new_spans


# ------------------------------------------------------------------------------------ families

def _load_families():
    # imported here so that the template modules (plain data) can live next to this script
    import templates_conflict
    import templates_coop
    import templates_extra
    import templates_material
    import templates_none
    import templates_verbal
    fams = []
    for mod in (templates_coop, templates_material, templates_verbal, templates_conflict, templates_extra,
                templates_none):
        fams.extend(mod.FAMILIES)
    names = collections.Counter(f["name"] for f in fams)
    dup = [n for n, c in names.items() if c > 1]
    assert not dup, f"duplicate family names: {dup}"
    return fams


def expand_macros(tpl):
    from families import MACROS
    for k, v in MACROS.items():
        tpl = tpl.replace(k, v)
    return tpl


# ---------------------------------------------------------------------------------- actor pairs

_BAD_PAIRS = {frozenset(p) for p in HOSTILE + TENSE}
DONORS = ["USA", "DEU", "GBR", "JPN", "FRA", "SAU", "QAT", "ARE", "CHN", "CAN", "NOR", "AUS", "TUR", "ITA",
          "KOR", "CHE", "IND", "EGY", "JOR", "POL"]
NEEDY = ["UKR", "SDN", "YEM", "SOM", "AFG", "HTI", "PSE", "LBN", "SYR", "MMR", "BGD", "ETH", "COD", "SSD",
         "NER", "MLI", "LBY", "MOZ", "KEN", "IRQ", "BFA", "NGA", "PAK", "ARM"]
_ARMEDWAR = [(a, b) for a, b in HOSTILE if STATES[b]["kind"] == "armed"]
_SIEGE = [("ISR", "HAMAS"), ("RUS", "UKR"), ("SDN", "RSF"), ("RSF", "SDN"), ("MMR", "AA"), ("ETH", "FANO"),
          ("M23", "COD"), ("AZE", "ARM"), ("HOUTHI", "YEM"), ("GANG", "HTI"), ("JNIM", "MLI"),
          ("JNIM", "BFA"),
          ("ISR", "PSE"), ("SHAB", "SOM")]
_RIVALS = [(a, b) for a, b in HOSTILE + TENSE if STATES[a]["officials"] and STATES[b]["officials"]]


def choose_pair(kind, rng):
    if kind == "any":
        kind = rng.choice(["friendly", "friendly", "tense", "hostile"])
    if kind == "siege":  # a party able to cut off or besiege places held by / home to the other
        a, b = rng.choice(_SIEGE)
        return STATES[a], STATES[b]
    if kind == "rivals":
        a, b = rng.choice(_RIVALS)
        if rng.random() < 0.5:
            a, b = b, a
        return STATES[a], STATES[b]
    if kind == "p5":
        a = rng.choice(["USA", "RUS", "CHN", "GBR", "FRA"])
        b = rng.choice([c for c in DIPLO_STATES if c != a])
        return STATES[a], STATES[b]
    if kind == "conflict":
        kind = rng.choice(["hostile", "hostile", "tense"])
    if kind == "friendly":
        while True:
            a, b = rng.sample(DIPLO_STATES, 2)
            if frozenset((a, b)) not in _BAD_PAIRS:
                return STATES[a], STATES[b]
    if kind == "tense":
        a, b = rng.choice(TENSE)
        if rng.random() < 0.5:
            a, b = b, a
        return STATES[a], STATES[b]
    if kind == "hostile":
        a, b = rng.choice(HOSTILE)
        if rng.random() < 0.5:
            a, b = b, a
        return STATES[a], STATES[b]
    if kind == "statewar":
        a, b = rng.choice(HOSTILE)
        if STATES[b]["kind"] == "state" and rng.random() < 0.5:
            a, b = b, a
        return STATES[a], STATES[b]
    if kind == "armedwar":
        b, a = rng.choice(_ARMEDWAR)
        return STATES[a], STATES[b]
    if kind == "domestic":
        a = STATES[rng.choice(DOMESTIC)]
        return a, a
    if kind == "needy":  # the state in need asks a donor
        b, a = choose_pair("donor", rng)
        return a, b
    if kind == "donor":
        a, b = rng.choice(DONORS), rng.choice(NEEDY)
        while a == b:
            b = rng.choice(NEEDY)
        return STATES[a], STATES[b]
    raise KeyError(kind)


# ------------------------------------------------------------------- wrappers and decorations

SOURCES = {  # attribution sources by quad class
    1: ["{x:@media}", "{x:@media}", "diplomats", "a diplomatic source", "officials", "a government source",
        "people familiar with the talks", "a senior official", "the foreign ministry"],
    2: ["{x:@media}", "{x:@media}", "officials", "a government source", "{x:@un}", "local officials"],
    3: ["{x:@media}", "{x:@media}", "diplomats", "officials", "a government source", "state media"],
    4: ["{x:@media}", "{x:@media}", "{x:@monitor}", "{x:@monitor}", "{x:@ngo}", "officials",
        "a security source", "the local governor"],
}
PRE_WRAP = ["according to {src}, ", "{src} reported that ", "{src} said that ", "{src} said "]
POST_WRAP = [", {src} said", ", according to {src}", ", {src} reported", ", {src} said on {day}",
             ", according to a report by {x:@media}", ", {x:@media} said, citing <unnamed officials|local "
             "sources|a government statement|witnesses>"]
PRE_STATE = ["{a:spokes} said ", "{a:spokes} said in a statement that "]
LEADS = {
    None: ["meanwhile, ", "separately, ", "in a separate development, ", "earlier, ", "later, ",
           "at the same time, ", "elsewhere, ", "{when}, "],
    1: ["on the diplomatic front, ", "in a sign of warming ties, ", "in a boost for diplomatic efforts, ",
        "in a rare show of unity, "],
    2: ["in a rare move, ", "in a goodwill gesture, ", "on the ground, ", "in a sign of progress, ",
        "in a statement on {day}, officials said "],
    3: ["in a sharply worded statement, ", "in a further sign of strain, ", "in an escalating war of words, ",
        "in unusually blunt language, "],
    4: ["in the latest escalation, ", "in a further escalation, ", "in the latest violence, ",
        "in a sign of growing tensions, ", "despite international appeals for calm, ",
        "in a statement on {day}, officials said "],
}
TAILS = {
    1: [", {amid}", ", {amid}", " in what officials described as a <constructive|frank|productive> exchange",
        ", the first such step in <months|years|more than a decade>",
        ", according to a joint statement issued afterwards", " as part of a wider diplomatic push"],
    2: [", {amid}", ", the first such step since the war began", " as part of a deal mediated by {mediator}",
        ", officials said, without giving further details"],
    3: [", {amid}", ", {amid}", ", further straining ties between the two sides",
        ", in remarks carried by {x:@media}", ", in a statement posted on social media",
        ", speaking at a news conference in {a:capital}"],
    4: [", {amid}", ", the latest in a series of such incidents", ", witnesses said",
        ", in one of the most serious incidents in months"],
}
TAILS_TYPE = {
    "ASSAULT": [", according to footage verified by {x:@media}",
                " in an operation that lasted several hours", ", damaging homes and a school",
                ", setting off fires in several districts", ", prompting residents to flee to shelters",
                ", local officials said, adding that rescue work was continuing"],
    "COERCE": [", a lawyer for the family said", " in a crackdown that has intensified since {month}",
               ", according to rights groups", " in an operation that lasted several hours"],
    "PROTEST": [", chanting slogans against the government", ", waving flags and banners",
                ", in the largest protests in years", ", organisers said"],
    "MOBILIZE": [", satellite images showed", ", according to the defence ministry",
                 " in a show of force"],
    "SANCTION": [", in a move likely to further strain relations", ", according to an official notice"],
}
_SPEECH = re.compile(r"\bsaid\b|according to|reported|\btold\b|\bsays\b|statement|\bwarned\b")
_HIST_BAD = re.compile(r"\b(has|have|is|are|will|would|continues?|remains?|now|latest|this)\b"
                       r"|\{~(has|is|does)|fwhen|\{amid\}")
_LEAD_OK = re.compile(r"^(\{A[:B]|<?\{A|\{R|<?\{R|\{[a-z]+:|[a-z]+ \[)")


def hist_ok(tpl):
    """Can a past-tense base template be re-dated into the historical past?"""
    return "{when" in tpl and not _HIST_BAD.search(tpl)


def decorate(fam, tpl, aux, A, rng):
    """Optionally add a leading adverbial, a trailing clause and/or an attribution wrapper."""
    if not fam["wrap"] or fam["type"] == "NONE":
        return tpl
    q = QUAD[fam["type"]]
    speech = bool(_SPEECH.search(tpl))
    lead = tail = ""
    if not re.search(r"\{[fh]?when|\bsaid\b|\bwarned\b|[\"?]$|overnight|yesterday|\bweek\b|\bmonth\b|"
                     r"since|\bago\b|\bdays\b", tpl):
        if aux is None and rng.random() < 0.35:
            tpl += " {when}"
        elif aux == "future" and rng.random() < 0.5:
            tpl += " {fwhen}"
    if aux is None and rng.random() < 0.2 and _LEAD_OK.match(tpl):
        lead = rng.choice(LEADS[None] + LEADS[q])
        if lead == "{when}, " and "{when" in tpl:
            lead = ""
    if aux is None and rng.random() < 0.33 and not tpl.endswith("\""):
        extra = TAILS_TYPE.get(fam["type"], []) if fam["pairs"] != "domestic" or fam["type"] != "ASSAULT" else []
        t = rng.choice(TAILS[q] + extra)
        if not ("{amid}" in t and "{amid" in tpl) and not (speech and "said" in t):
            tail = t
    out = lead + tpl + tail
    if _SPEECH.search(out):
        return out
    r = rng.random()
    src = rng.choice(SOURCES[q])
    if r < 0.11 and not lead and not tpl.startswith("if "):
        return rng.choice(PRE_WRAP).replace("{src}", src) + out
    if r < 0.15 and not lead and A["kind"] == "state" and q in (2, 4) and fam["type"] != "PROTEST":
        return rng.choice(PRE_STATE) + out
    if r < 0.4:
        return out + rng.choice(POST_WRAP).replace("{src}", src)
    return out


# ----------------------------------------------------------------------------------- rendering

_NO_JIHADI = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "RETREAT"}  # no deals with IS/al-Shabaab


def make_row(fam, tpl, aux, rng):
    A, B = choose_pair(fam["pairs"], rng)
    while fam["type"] in _NO_JIHADI and (A["code"] in JIHADI or B["code"] in JIHADI):
        A, B = choose_pair(fam["pairs"], rng)
    full = expand_macros(decorate(fam, tpl, aux, A, rng))
    text, spans = render(full, A, B, rng, aux)
    text, spans = finalize(text, spans)

    def span(k):
        if k not in spans:
            return None
        a, b = spans[k]
        return text[a:b].strip() or None

    etype = fam["type"]
    return {"text": text, "event_type": etype, "mode": fam["mode"] if etype != "NONE" else None,
            "aux_mode": aux if etype != "NONE" else None,
            "actor": span("actor") if etype != "NONE" else None,
            "recipient": span("recipient") if etype != "NONE" else None,
            "trigger": span("trigger") if etype != "NONE" else None,
            "quad": QUAD[etype], "how": f"template:{fam['name']}"}


# quotas per event type (the generator draws template rows until each cell is full)
AUX_QUOTA = {None: 214, "negation": 24, "future": 24, "hypothetical": 18, "historical": 20}
NULL_EXTRA = {"ASSAULT": 90, "COERCE": 40, "CONSULT": 30}  # the most frequent types in news get more rows
NONE_QUOTA = 950


def _allocate(total, fams, rng):
    """Split ``total`` over families by weight (largest remainder, ties broken by the rng)."""
    if not fams:
        return []
    ws = [f["w"] for f in fams]
    s = sum(ws)
    raw = [total * w / s for w in ws]
    base = [int(x) for x in raw]
    rest = sorted(range(len(fams)), key=lambda i: (-(raw[i] - base[i]), rng.random()))
    for i in rest[: total - sum(base)]:
        base[i] += 1
    return list(zip(fams, base, strict=True))


def build(rng):
    fams = _load_families()
    for f in fams:
        assert f["type"] in TYPES or f["type"] == "NONE", f["name"]
        assert f["aux"] in AUX, f["name"]
        if f["type"] != "NONE":
            assert f["mode"] is None or f["mode"] in MODES[f["type"]], (f["name"], f["mode"])
        for t in f["tpls"]:
            parse(expand_macros(t))  # syntax check
            if f["type"] != "NONE":
                assert t.count("[") == 1, (f["name"], t)
            else:
                assert "[" not in t, (f["name"], t)
    rows, seen = [], set()
    jobs = []  # (family, aux, count, templates)
    for etype in TYPES:
        for aux, quota in AUX_QUOTA.items():
            own = [f for f in fams if f["type"] == etype and f["aux"] == aux]
            if aux == "historical":
                # dedicated historical families plus re-dated base templates
                base = [dict(f, tpls=[t for t in f["tpls"] if hist_ok(t)], name=f["name"] + "+hist")
                        for f in fams if f["type"] == etype and f["aux"] is None]
                base = [f for f in base if f["tpls"]]
                n_own = quota // 2 if own else 0
                for f, n in _allocate(n_own, own, rng) + _allocate(quota - n_own, base, rng):
                    jobs.append((f, aux, n))
                continue
            assert own, f"no family for {etype}/{aux}"
            if aux is None:
                quota += NULL_EXTRA.get(etype, 0)
            for f, n in _allocate(quota, own, rng):
                jobs.append((f, aux, n))
    for f, n in _allocate(NONE_QUOTA, [f for f in fams if f["type"] == "NONE"], rng):
        jobs.append((f, None, n))
    for fam, aux, n in jobs:
        tpls = list(fam["tpls"])
        rng.shuffle(tpls)
        made, tries = 0, 0
        while made < n and tries < n * 40:
            tpl = tpls[tries % len(tpls)]
            tries += 1
            row = make_row(fam, tpl, aux, rng)
            key = row["text"].lower()
            if key in seen:
                continue
            seen.add(key)
            rows.append(row)
            made += 1
        if made < n:
            print(f"warning: family {fam['name']} ({aux}) produced {made}/{n} distinct rows", file=sys.stderr)
    return rows, seen


# ------------------------------------------------------------------------------ hand-written rows

FIELDS = ["id", "text", "event_type", "mode", "aux_mode", "actor", "recipient", "trigger", "quad", "how"]


def check_row(row, where):
    et = row["event_type"]
    assert et in TYPES or et == "NONE", (where, et)
    assert row["aux_mode"] in AUX, (where, row["aux_mode"])
    assert row["quad"] == QUAD[et], (where, row["quad"], et)
    if et == "NONE":
        assert row["mode"] is None and row["trigger"] is None and row["aux_mode"] is None, where
    else:
        assert row["mode"] is None or row["mode"] in MODES[et], (where, row["mode"])
        assert row["trigger"], where
    for k in ("actor", "recipient", "trigger"):
        if row[k] is not None:
            assert row[k] in row["text"], (where, k, row[k], row["text"])


def load_hand():
    rows = []
    if not HAND.exists():
        return rows
    for i, line in enumerate(HAND.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        row.setdefault("quad", QUAD[row["event_type"]])
        row["how"] = "hand"
        for k in FIELDS:
            row.setdefault(k, None)
        check_row(row, f"hand.jsonl:{i}")
        rows.append(row)
    return rows


# ----------------------------------------------------------------------------------- reporting

def stats(rows, out=sys.stdout):
    by_type = collections.Counter(r["event_type"] for r in rows)
    by_cell = collections.Counter((r["event_type"], r["aux_mode"]) for r in rows)
    trig = collections.defaultdict(set)
    for r in rows:
        if r["trigger"]:
            trig[r["event_type"]].add(r["trigger"].lower())
    hand = collections.Counter(r["event_type"] for r in rows if r["how"] == "hand")
    p = lambda *a: print(*a, file=out)  # noqa: E731
    auxes = [a for a in AUX if a is not None]
    p(f"rows: {len(rows)} ({sum(hand.values())} hand-written)\n")
    p("| event_type | quad | count | " + " | ".join(auxes) + " | hand | distinct triggers |")
    p("|---|---|---|" + "---|" * (len(auxes) + 2))
    for t in TYPES + ["NONE"]:
        cells = " | ".join(str(by_cell[(t, a)]) for a in auxes)
        p(f"| {t} | {QUAD[t]} | {by_type[t]} | {cells} | {hand[t]} | {len(trig[t])} |")
    p(f"| total | | {len(rows)} | " + " | ".join(str(sum(by_cell[(t, a)] for t in TYPES)) for a in auxes)
      + f" | {sum(hand.values())} | {sum(len(v) for v in trig.values())} |")
    p("\n| aux_mode | count |\n|---|---|")
    for a, c in collections.Counter(r["aux_mode"] for r in rows).most_common():
        p(f"| {a if a else 'null'} | {c} |")
    p("\n| quad | count |\n|---|---|")
    for q, c in sorted(collections.Counter(r["quad"] for r in rows).items()):
        p(f"| {q} | {c} |")
    modes = collections.Counter((r["event_type"], r["mode"]) for r in rows if r["mode"])
    p("\n| event_type | modes (count) |\n|---|---|")
    for t in TYPES:
        ms = [f"{m} {modes[(t, m)]}" for m in MODES[t]]
        if ms:
            p(f"| {t} | " + ", ".join(ms) + " |")
    fam = collections.Counter(r["how"].split("+")[0] for r in rows)
    p(f"\nfamilies: {len(fam)}; distinct texts: {len({r['text'] for r in rows})}")
    p(f"mean length: {sum(len(r['text'].split()) for r in rows) / len(rows):.1f} words; "
      f"rows with actor: {sum(1 for r in rows if r['actor'])}, with recipient: "
      f"{sum(1 for r in rows if r['recipient'])}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print label distribution tables")
    ap.add_argument("--sample", type=int, default=0, help="print N random rows (seeded)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rng = random.Random(SEED)
    rows, seen = build(rng)
    for r in load_hand():
        if r["text"].lower() not in seen:
            seen.add(r["text"].lower())
            rows.append(r)
    for i, r in enumerate(rows):
        check_row(r, r["how"] + f" #{i}")
    rng.shuffle(rows)
    n = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for r in rows:
            if r["how"] != "hand" or not r.get("id"):
                n += 1
                r["id"] = f"gen-{n:05d}" if r["how"] != "hand" else f"hand-{n:05d}"
            fh.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
    if args.stats:
        stats(rows)
    if args.sample:
        srng = random.Random(SEED + args.sample)
        for r in srng.sample(rows, min(args.sample, len(rows))):
            print(f"[{r['event_type']}/{r['mode']}/{r['aux_mode']}] {r['text']}\n    actor={r['actor']!r} "
                  f"recipient={r['recipient']!r} trigger={r['trigger']!r} ({r['how']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
