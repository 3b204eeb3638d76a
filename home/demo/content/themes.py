"""The six programme themes in the portal's 26 translation languages.

Keyed by the slug the cities app's data migration gives each theme. ``SOURCE`` repeats the
English name and description that migration writes: the loader translates a theme only while
its English text is still this source (an editor who rewrites a theme gets no stale
translation).
"""

SOURCE = {
    "smart-city": (
        "Smart city and urban innovation",
        "Digital services, data and new ideas that make city life better.",
    ),
    "green-technologies": (
        "Green technologies",
        "Clean technologies for water, waste, air and urban green.",
    ),
    "energy-efficiency": (
        "Energy efficiency",
        "Buildings, lighting and networks that do the same with less energy.",
    ),
    "low-carbon-development": (
        "Low-carbon development",
        "Plans and investments that cut a city's greenhouse gas emissions.",
    ),
    "urban-rural-partnership": (
        "Urban–rural partnership",
        "Cities and the countryside around them working together.",
    ),
    "cross-border-cooperation": (
        "Cross-border cooperation",
        "Cities that share a border and solve problems together.",
    ),
}

# language -> slug -> (name, description)
THEMES = {
    "bg": {
        "smart-city": (
            "Интелигентен град и градски иновации",
            "Цифрови услуги, данни и нови идеи, които подобряват живота в града.",
        ),
        "green-technologies": (
            "Зелени технологии",
            "Чисти технологии за водата, отпадъците, въздуха и градската зеленина.",
        ),
        "energy-efficiency": (
            "Енергийна ефективност",
            "Сгради, осветление и мрежи, които постигат същото с по-малко енергия.",
        ),
        "low-carbon-development": (
            "Нисковъглеродно развитие",
            "Планове и инвестиции, които намаляват емисиите на парникови газове на града.",
        ),
        "urban-rural-partnership": (
            "Партньорство между град и село",
            "Градовете и селските райони около тях работят заедно.",
        ),
        "cross-border-cooperation": (
            "Трансгранично сътрудничество",
            "Градове с обща граница, които решават проблемите си заедно.",
        ),
    },
    "cs": {
        "smart-city": (
            "Chytré město a městské inovace",
            "Digitální služby, data a nové nápady, které zlepšují život ve městě.",
        ),
        "green-technologies": (
            "Zelené technologie",
            "Čisté technologie pro vodu, odpady, ovzduší a městskou zeleň.",
        ),
        "energy-efficiency": (
            "Energetická účinnost",
            "Budovy, osvětlení a sítě, které zvládnou totéž s menší spotřebou energie.",
        ),
        "low-carbon-development": (
            "Nízkouhlíkový rozvoj",
            "Plány a investice, které snižují emise skleníkových plynů města.",
        ),
        "urban-rural-partnership": (
            "Partnerství města a venkova",
            "Města a okolní venkov, které spolupracují.",
        ),
        "cross-border-cooperation": (
            "Přeshraniční spolupráce",
            "Města se společnou hranicí, která řeší problémy společně.",
        ),
    },
    "da": {
        "smart-city": (
            "Smart city og byinnovation",
            "Digitale tjenester, data og nye idéer, der gør livet i byen bedre.",
        ),
        "green-technologies": (
            "Grønne teknologier",
            "Rene teknologier til vand, affald, luft og grønne områder i byen.",
        ),
        "energy-efficiency": (
            "Energieffektivitet",
            "Bygninger, belysning og net, der klarer det samme med mindre energi.",
        ),
        "low-carbon-development": (
            "Kulstoffattig udvikling",
            "Planer og investeringer, der mindsker byens udledning af drivhusgasser.",
        ),
        "urban-rural-partnership": (
            "Partnerskab mellem by og land",
            "Byer og landområderne omkring dem, der arbejder sammen.",
        ),
        "cross-border-cooperation": (
            "Grænseoverskridende samarbejde",
            "Byer med en fælles grænse, der løser problemer sammen.",
        ),
    },
    "de": {
        "smart-city": (
            "Smart City und urbane Innovation",
            "Digitale Dienste, Daten und neue Ideen, die das Leben in der Stadt verbessern.",
        ),
        "green-technologies": (
            "Grüne Technologien",
            "Saubere Technologien für Wasser, Abfall, Luft und Stadtgrün.",
        ),
        "energy-efficiency": (
            "Energieeffizienz",
            "Gebäude, Beleuchtung und Netze, die mit weniger Energie dasselbe leisten.",
        ),
        "low-carbon-development": (
            "CO₂-arme Entwicklung",
            "Pläne und Investitionen, die die Treibhausgasemissionen einer Stadt senken.",
        ),
        "urban-rural-partnership": (
            "Stadt-Land-Partnerschaft",
            "Städte und ihr ländliches Umland arbeiten zusammen.",
        ),
        "cross-border-cooperation": (
            "Grenzüberschreitende Zusammenarbeit",
            "Städte an einer gemeinsamen Grenze lösen Probleme gemeinsam.",
        ),
    },
    "el": {
        "smart-city": (
            "Έξυπνη πόλη και αστική καινοτομία",
            "Ψηφιακές υπηρεσίες, δεδομένα και νέες ιδέες που κάνουν καλύτερη τη ζωή στην πόλη.",
        ),
        "green-technologies": (
            "Πράσινες τεχνολογίες",
            "Καθαρές τεχνολογίες για το νερό, τα απόβλητα, τον αέρα και το αστικό πράσινο.",
        ),
        "energy-efficiency": (
            "Ενεργειακή απόδοση",
            "Κτίρια, φωτισμός και δίκτυα που κάνουν το ίδιο με λιγότερη ενέργεια.",
        ),
        "low-carbon-development": (
            "Ανάπτυξη χαμηλών εκπομπών άνθρακα",
            "Σχέδια και επενδύσεις που μειώνουν τις εκπομπές αερίων του θερμοκηπίου μιας πόλης.",
        ),
        "urban-rural-partnership": (
            "Σύμπραξη πόλης και υπαίθρου",
            "Οι πόλεις και η ύπαιθρος γύρω τους συνεργάζονται.",
        ),
        "cross-border-cooperation": (
            "Διασυνοριακή συνεργασία",
            "Πόλεις με κοινά σύνορα που λύνουν προβλήματα μαζί.",
        ),
    },
    "es": {
        "smart-city": (
            "Ciudad inteligente e innovación urbana",
            "Servicios digitales, datos e ideas nuevas que mejoran la vida en la ciudad.",
        ),
        "green-technologies": (
            "Tecnologías verdes",
            "Tecnologías limpias para el agua, los residuos, el aire y las zonas verdes urbanas.",
        ),
        "energy-efficiency": (
            "Eficiencia energética",
            "Edificios, alumbrado y redes que hacen lo mismo con menos energía.",
        ),
        "low-carbon-development": (
            "Desarrollo con bajas emisiones de carbono",
            "Planes e inversiones que reducen las emisiones de gases de efecto invernadero de una ciudad.",
        ),
        "urban-rural-partnership": (
            "Asociación entre el medio urbano y el rural",
            "Las ciudades y el campo que las rodea trabajan juntos.",
        ),
        "cross-border-cooperation": (
            "Cooperación transfronteriza",
            "Ciudades que comparten una frontera y resuelven juntas sus problemas.",
        ),
    },
    "et": {
        "smart-city": (
            "Arukas linn ja linnainnovatsioon",
            "Digiteenused, andmed ja uued ideed, mis muudavad linnaelu paremaks.",
        ),
        "green-technologies": (
            "Rohelised tehnoloogiad",
            "Puhtad tehnoloogiad vee, jäätmete, õhu ja linnahaljastuse jaoks.",
        ),
        "energy-efficiency": (
            "Energiatõhusus",
            "Hooned, valgustus ja võrgud, mis teevad sama vähema energiaga.",
        ),
        "low-carbon-development": (
            "Vähese süsinikuheitega areng",
            "Kavad ja investeeringud, mis vähendavad linna kasvuhoonegaaside heidet.",
        ),
        "urban-rural-partnership": (
            "Linna ja maa partnerlus",
            "Linnad ja neid ümbritsev maapiirkond teevad koostööd.",
        ),
        "cross-border-cooperation": (
            "Piiriülene koostöö",
            "Ühise piiriga linnad, mis lahendavad probleeme koos.",
        ),
    },
    "fi": {
        "smart-city": (
            "Älykaupunki ja kaupunki-innovaatiot",
            "Digitaaliset palvelut, data ja uudet ideat, jotka parantavat kaupunkielämää.",
        ),
        "green-technologies": (
            "Vihreät teknologiat",
            "Puhtaat teknologiat veteen, jätteisiin, ilmaan ja kaupunkivihreään.",
        ),
        "energy-efficiency": (
            "Energiatehokkuus",
            "Rakennukset, valaistus ja verkot, jotka tekevät saman vähemmällä energialla.",
        ),
        "low-carbon-development": (
            "Vähähiilinen kehitys",
            "Suunnitelmat ja investoinnit, jotka vähentävät kaupungin kasvihuonekaasupäästöjä.",
        ),
        "urban-rural-partnership": (
            "Kaupungin ja maaseudun kumppanuus",
            "Kaupungit ja niitä ympäröivä maaseutu tekevät yhteistyötä.",
        ),
        "cross-border-cooperation": (
            "Rajat ylittävä yhteistyö",
            "Yhteisen rajan jakavat kaupungit ratkaisevat ongelmia yhdessä.",
        ),
    },
    "fr": {
        "smart-city": (
            "Ville intelligente et innovation urbaine",
            "Services numériques, données et idées nouvelles qui améliorent la vie en ville.",
        ),
        "green-technologies": (
            "Technologies vertes",
            "Technologies propres pour l'eau, les déchets, l'air et la nature en ville.",
        ),
        "energy-efficiency": (
            "Efficacité énergétique",
            "Bâtiments, éclairage et réseaux qui font autant avec moins d'énergie.",
        ),
        "low-carbon-development": (
            "Développement bas carbone",
            "Plans et investissements qui réduisent les émissions de gaz à effet de serre d'une ville.",
        ),
        "urban-rural-partnership": (
            "Partenariat urbain-rural",
            "Les villes et les campagnes qui les entourent travaillent ensemble.",
        ),
        "cross-border-cooperation": (
            "Coopération transfrontalière",
            "Des villes qui partagent une frontière et résolvent leurs problèmes ensemble.",
        ),
    },
    "ga": {
        "smart-city": (
            "Cathair chliste agus nuálaíocht uirbeach",
            "Seirbhísí digiteacha, sonraí agus smaointe nua a fheabhsaíonn saol na cathrach.",
        ),
        "green-technologies": (
            "Teicneolaíochtaí glasa",
            "Teicneolaíochtaí glana don uisce, don dramhaíl, don aer agus do spásanna glasa uirbeacha.",
        ),
        "energy-efficiency": (
            "Éifeachtúlacht fuinnimh",
            "Foirgnimh, soilsiú agus líonraí a dhéanann an obair chéanna le níos lú fuinnimh.",
        ),
        "low-carbon-development": (
            "Forbairt ísealcharbóin",
            "Pleananna agus infheistíochtaí a laghdaíonn astaíochtaí gás ceaptha teasa cathrach.",
        ),
        "urban-rural-partnership": (
            "Comhpháirtíocht uirbeach-tuaithe",
            "Cathracha agus an tuath máguaird ag obair le chéile.",
        ),
        "cross-border-cooperation": (
            "Comhar trasteorann",
            "Cathracha a bhfuil teorainn acu i gcoiteann agus a réitíonn fadhbanna le chéile.",
        ),
    },
    "hr": {
        "smart-city": (
            "Pametni grad i urbane inovacije",
            "Digitalne usluge, podaci i nove ideje koje poboljšavaju život u gradu.",
        ),
        "green-technologies": (
            "Zelene tehnologije",
            "Čiste tehnologije za vodu, otpad, zrak i gradsko zelenilo.",
        ),
        "energy-efficiency": (
            "Energetska učinkovitost",
            "Zgrade, rasvjeta i mreže koje postižu isto s manje energije.",
        ),
        "low-carbon-development": (
            "Niskougljični razvoj",
            "Planovi i ulaganja koji smanjuju emisije stakleničkih plinova grada.",
        ),
        "urban-rural-partnership": (
            "Partnerstvo grada i sela",
            "Gradovi i okolna ruralna područja koji surađuju.",
        ),
        "cross-border-cooperation": (
            "Prekogranična suradnja",
            "Gradovi sa zajedničkom granicom koji zajedno rješavaju probleme.",
        ),
    },
    "hu": {
        "smart-city": (
            "Okosváros és városi innováció",
            "Digitális szolgáltatások, adatok és új ötletek, amelyek jobbá teszik a városi életet.",
        ),
        "green-technologies": (
            "Zöld technológiák",
            "Tiszta technológiák a víz, a hulladék, a levegő és a városi zöldterületek számára.",
        ),
        "energy-efficiency": (
            "Energiahatékonyság",
            "Épületek, világítás és hálózatok, amelyek kevesebb energiával ugyanazt nyújtják.",
        ),
        "low-carbon-development": (
            "Alacsony szén-dioxid-kibocsátású fejlődés",
            "Tervek és beruházások, amelyek csökkentik a város üvegházhatásúgáz-kibocsátását.",
        ),
        "urban-rural-partnership": (
            "Város és vidék partnersége",
            "A városok és a környező vidék együttműködése.",
        ),
        "cross-border-cooperation": (
            "Határon átnyúló együttműködés",
            "Közös határ mentén fekvő városok, amelyek együtt oldják meg problémáikat.",
        ),
    },
    "it": {
        "smart-city": (
            "Città intelligente e innovazione urbana",
            "Servizi digitali, dati e idee nuove che migliorano la vita in città.",
        ),
        "green-technologies": (
            "Tecnologie verdi",
            "Tecnologie pulite per l'acqua, i rifiuti, l'aria e il verde urbano.",
        ),
        "energy-efficiency": (
            "Efficienza energetica",
            "Edifici, illuminazione e reti che fanno lo stesso con meno energia.",
        ),
        "low-carbon-development": (
            "Sviluppo a basse emissioni di carbonio",
            "Piani e investimenti che riducono le emissioni di gas serra di una città.",
        ),
        "urban-rural-partnership": (
            "Partenariato urbano-rurale",
            "Le città e le campagne circostanti che lavorano insieme.",
        ),
        "cross-border-cooperation": (
            "Cooperazione transfrontaliera",
            "Città che condividono un confine e risolvono insieme i problemi.",
        ),
    },
    "lt": {
        "smart-city": (
            "Pažangusis miestas ir miestų inovacijos",
            "Skaitmeninės paslaugos, duomenys ir naujos idėjos, gerinančios gyvenimą mieste.",
        ),
        "green-technologies": (
            "Žaliosios technologijos",
            "Švarios technologijos vandeniui, atliekoms, orui ir miesto žalumai.",
        ),
        "energy-efficiency": (
            "Energijos vartojimo efektyvumas",
            "Pastatai, apšvietimas ir tinklai, kurie tą patį atlieka su mažiau energijos.",
        ),
        "low-carbon-development": (
            "Mažo anglies dioksido išmetimo plėtra",
            "Planai ir investicijos, mažinantys miesto išmetamų šiltnamio efektą sukeliančių dujų kiekį.",
        ),
        "urban-rural-partnership": (
            "Miesto ir kaimo partnerystė",
            "Miestai ir juos supančios kaimo vietovės, dirbantys kartu.",
        ),
        "cross-border-cooperation": (
            "Tarpvalstybinis bendradarbiavimas",
            "Bendrą sieną turintys miestai, kartu sprendžiantys problemas.",
        ),
    },
    "lv": {
        "smart-city": (
            "Vieda pilsēta un pilsētvides inovācijas",
            "Digitālie pakalpojumi, dati un jaunas idejas, kas uzlabo dzīvi pilsētā.",
        ),
        "green-technologies": (
            "Zaļās tehnoloģijas",
            "Tīras tehnoloģijas ūdenim, atkritumiem, gaisam un pilsētas zaļajām zonām.",
        ),
        "energy-efficiency": (
            "Energoefektivitāte",
            "Ēkas, apgaismojums un tīkli, kas to pašu paveic ar mazāk enerģijas.",
        ),
        "low-carbon-development": (
            "Oglekļa mazietilpīga attīstība",
            "Plāni un ieguldījumi, kas samazina pilsētas siltumnīcefekta gāzu emisijas.",
        ),
        "urban-rural-partnership": (
            "Pilsētu un lauku partnerība",
            "Pilsētas un to apkārtnes lauku teritorijas strādā kopā.",
        ),
        "cross-border-cooperation": (
            "Pārrobežu sadarbība",
            "Pilsētas ar kopīgu robežu, kas kopā risina problēmas.",
        ),
    },
    "mt": {
        "smart-city": (
            "Belt intelliġenti u innovazzjoni urbana",
            "Servizzi diġitali, data u ideat ġodda li jtejbu l-ħajja fil-belt.",
        ),
        "green-technologies": (
            "Teknoloġiji ekoloġiċi",
            "Teknoloġiji nodfa għall-ilma, l-iskart, l-arja u l-ispazji ħodor fil-bliet.",
        ),
        "energy-efficiency": (
            "Effiċjenza enerġetika",
            "Bini, dawl u netwerks li jagħmlu l-istess b'inqas enerġija.",
        ),
        "low-carbon-development": (
            "Żvilupp b'emissjonijiet baxxi tal-karbonju",
            "Pjanijiet u investimenti li jnaqqsu l-emissjonijiet tal-gassijiet serra ta' belt.",
        ),
        "urban-rural-partnership": (
            "Sħubija bejn il-belt u l-kampanja",
            "Il-bliet u l-kampanja ta' madwarhom jaħdmu flimkien.",
        ),
        "cross-border-cooperation": (
            "Kooperazzjoni transfruntiera",
            "Bliet li jaqsmu fruntiera u jsolvu l-problemi flimkien.",
        ),
    },
    "nl": {
        "smart-city": (
            "Slimme stad en stedelijke innovatie",
            "Digitale diensten, data en nieuwe ideeën die het leven in de stad beter maken.",
        ),
        "green-technologies": (
            "Groene technologieën",
            "Schone technologieën voor water, afval, lucht en stedelijk groen.",
        ),
        "energy-efficiency": (
            "Energie-efficiëntie",
            "Gebouwen, verlichting en netwerken die hetzelfde doen met minder energie.",
        ),
        "low-carbon-development": (
            "Koolstofarme ontwikkeling",
            "Plannen en investeringen die de uitstoot van broeikasgassen van een stad verminderen.",
        ),
        "urban-rural-partnership": (
            "Partnerschap tussen stad en platteland",
            "Steden en het platteland eromheen die samenwerken.",
        ),
        "cross-border-cooperation": (
            "Grensoverschrijdende samenwerking",
            "Steden die een grens delen en samen problemen oplossen.",
        ),
    },
    "pl": {
        "smart-city": (
            "Inteligentne miasto i innowacje miejskie",
            "Usługi cyfrowe, dane i nowe pomysły, które poprawiają życie w mieście.",
        ),
        "green-technologies": (
            "Zielone technologie",
            "Czyste technologie dla wody, odpadów, powietrza i zieleni miejskiej.",
        ),
        "energy-efficiency": (
            "Efektywność energetyczna",
            "Budynki, oświetlenie i sieci, które robią to samo przy mniejszym zużyciu energii.",
        ),
        "low-carbon-development": (
            "Rozwój niskoemisyjny",
            "Plany i inwestycje, które zmniejszają emisje gazów cieplarnianych miasta.",
        ),
        "urban-rural-partnership": (
            "Partnerstwo miejsko-wiejskie",
            "Miasta i otaczające je obszary wiejskie współpracują ze sobą.",
        ),
        "cross-border-cooperation": (
            "Współpraca transgraniczna",
            "Miasta położone przy wspólnej granicy razem rozwiązują problemy.",
        ),
    },
    "pt": {
        "smart-city": (
            "Cidade inteligente e inovação urbana",
            "Serviços digitais, dados e novas ideias que melhoram a vida na cidade.",
        ),
        "green-technologies": (
            "Tecnologias verdes",
            "Tecnologias limpas para a água, os resíduos, o ar e os espaços verdes urbanos.",
        ),
        "energy-efficiency": (
            "Eficiência energética",
            "Edifícios, iluminação e redes que fazem o mesmo com menos energia.",
        ),
        "low-carbon-development": (
            "Desenvolvimento hipocarbónico",
            "Planos e investimentos que reduzem as emissões de gases com efeito de estufa de uma cidade.",
        ),
        "urban-rural-partnership": (
            "Parceria urbano-rural",
            "As cidades e o meio rural que as rodeia a trabalhar em conjunto.",
        ),
        "cross-border-cooperation": (
            "Cooperação transfronteiriça",
            "Cidades que partilham uma fronteira e resolvem problemas em conjunto.",
        ),
    },
    "ro": {
        "smart-city": (
            "Oraș inteligent și inovare urbană",
            "Servicii digitale, date și idei noi care fac viața în oraș mai bună.",
        ),
        "green-technologies": (
            "Tehnologii verzi",
            "Tehnologii curate pentru apă, deșeuri, aer și spațiile verzi urbane.",
        ),
        "energy-efficiency": (
            "Eficiență energetică",
            "Clădiri, iluminat și rețele care fac același lucru cu mai puțină energie.",
        ),
        "low-carbon-development": (
            "Dezvoltare cu emisii scăzute de dioxid de carbon",
            "Planuri și investiții care reduc emisiile de gaze cu efect de seră ale unui oraș.",
        ),
        "urban-rural-partnership": (
            "Parteneriat urban-rural",
            "Orașele și zonele rurale din jurul lor lucrează împreună.",
        ),
        "cross-border-cooperation": (
            "Cooperare transfrontalieră",
            "Orașe care au o graniță comună și rezolvă problemele împreună.",
        ),
    },
    "sk": {
        "smart-city": (
            "Inteligentné mesto a mestské inovácie",
            "Digitálne služby, dáta a nové nápady, ktoré zlepšujú život v meste.",
        ),
        "green-technologies": (
            "Zelené technológie",
            "Čisté technológie pre vodu, odpad, ovzdušie a mestskú zeleň.",
        ),
        "energy-efficiency": (
            "Energetická efektívnosť",
            "Budovy, osvetlenie a siete, ktoré dokážu to isté s menšou spotrebou energie.",
        ),
        "low-carbon-development": (
            "Nízkouhlíkový rozvoj",
            "Plány a investície, ktoré znižujú emisie skleníkových plynov mesta.",
        ),
        "urban-rural-partnership": (
            "Partnerstvo mesta a vidieka",
            "Mestá a okolitý vidiek, ktoré spolupracujú.",
        ),
        "cross-border-cooperation": (
            "Cezhraničná spolupráca",
            "Mestá so spoločnou hranicou, ktoré spoločne riešia problémy.",
        ),
    },
    "sl": {
        "smart-city": (
            "Pametno mesto in urbane inovacije",
            "Digitalne storitve, podatki in nove zamisli, ki izboljšujejo življenje v mestu.",
        ),
        "green-technologies": (
            "Zelene tehnologije",
            "Čiste tehnologije za vodo, odpadke, zrak in mestne zelene površine.",
        ),
        "energy-efficiency": (
            "Energetska učinkovitost",
            "Stavbe, razsvetljava in omrežja, ki z manj energije dosežejo isto.",
        ),
        "low-carbon-development": (
            "Nizkoogljični razvoj",
            "Načrti in naložbe, ki zmanjšujejo emisije toplogrednih plinov mesta.",
        ),
        "urban-rural-partnership": (
            "Partnerstvo med mestom in podeželjem",
            "Mesta in okoliško podeželje, ki sodelujejo.",
        ),
        "cross-border-cooperation": (
            "Čezmejno sodelovanje",
            "Mesta s skupno mejo, ki skupaj rešujejo težave.",
        ),
    },
    "sv": {
        "smart-city": (
            "Smarta städer och urban innovation",
            "Digitala tjänster, data och nya idéer som gör livet i staden bättre.",
        ),
        "green-technologies": (
            "Grön teknik",
            "Ren teknik för vatten, avfall, luft och grönska i staden.",
        ),
        "energy-efficiency": (
            "Energieffektivitet",
            "Byggnader, belysning och nät som gör samma sak med mindre energi.",
        ),
        "low-carbon-development": (
            "Koldioxidsnål utveckling",
            "Planer och investeringar som minskar en stads utsläpp av växthusgaser.",
        ),
        "urban-rural-partnership": (
            "Partnerskap mellan stad och landsbygd",
            "Städer och den omgivande landsbygden som arbetar tillsammans.",
        ),
        "cross-border-cooperation": (
            "Gränsöverskridande samarbete",
            "Städer som delar en gräns och löser problem tillsammans.",
        ),
    },
    "ko": {
        "smart-city": (
            "스마트 시티와 도시 혁신",
            "도시 생활을 더 낫게 만드는 디지털 서비스, 데이터, 새로운 아이디어.",
        ),
        "green-technologies": ("녹색 기술", "물, 폐기물, 대기, 도시 녹지를 위한 청정 기술."),
        "energy-efficiency": (
            "에너지 효율",
            "더 적은 에너지로 같은 일을 해내는 건물, 조명, 네트워크.",
        ),
        "low-carbon-development": ("저탄소 발전", "도시의 온실가스 배출을 줄이는 계획과 투자."),
        "urban-rural-partnership": (
            "도시-농촌 협력",
            "도시와 그 주변 농촌 지역이 함께 일하는 협력.",
        ),
        "cross-border-cooperation": (
            "국경 간 협력",
            "국경을 맞댄 도시들이 함께 문제를 해결하는 협력.",
        ),
    },
    "vi": {
        "smart-city": (
            "Thành phố thông minh và đổi mới đô thị",
            "Dịch vụ số, dữ liệu và ý tưởng mới giúp cuộc sống đô thị tốt đẹp hơn.",
        ),
        "green-technologies": (
            "Công nghệ xanh",
            "Công nghệ sạch cho nước, chất thải, không khí và mảng xanh đô thị.",
        ),
        "energy-efficiency": (
            "Hiệu quả năng lượng",
            "Tòa nhà, chiếu sáng và mạng lưới làm được cùng một việc với ít năng lượng hơn.",
        ),
        "low-carbon-development": (
            "Phát triển các-bon thấp",
            "Các kế hoạch và khoản đầu tư giúp giảm phát thải khí nhà kính của thành phố.",
        ),
        "urban-rural-partnership": (
            "Hợp tác đô thị – nông thôn",
            "Thành phố và vùng nông thôn xung quanh cùng hợp tác.",
        ),
        "cross-border-cooperation": (
            "Hợp tác xuyên biên giới",
            "Các thành phố có chung đường biên giới cùng nhau giải quyết vấn đề.",
        ),
    },
    "id": {
        "smart-city": (
            "Kota cerdas dan inovasi perkotaan",
            "Layanan digital, data, dan gagasan baru yang membuat kehidupan kota lebih baik.",
        ),
        "green-technologies": (
            "Teknologi hijau",
            "Teknologi bersih untuk air, sampah, udara, dan ruang hijau kota.",
        ),
        "energy-efficiency": (
            "Efisiensi energi",
            "Bangunan, penerangan, dan jaringan yang mencapai hasil yang sama dengan energi lebih sedikit.",
        ),
        "low-carbon-development": (
            "Pembangunan rendah karbon",
            "Rencana dan investasi yang mengurangi emisi gas rumah kaca kota.",
        ),
        "urban-rural-partnership": (
            "Kemitraan kota dan desa",
            "Kota dan wilayah perdesaan di sekitarnya bekerja sama.",
        ),
        "cross-border-cooperation": (
            "Kerja sama lintas batas",
            "Kota-kota yang berbagi perbatasan dan memecahkan masalah bersama.",
        ),
    },
}
