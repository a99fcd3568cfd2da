import type { PracticeCase } from '../schema/training.js';

/**
 * Practice cases for professionals and parents. Invented from the patterns in the domain brief: no
 * real people. Each key lists what a trained reader notes; a test checks that `assess` gives the key's
 * level for exactly those observations and that the first step is one it gives.
 */
export const practiceCases: PracticeCase[] = [
  {
    id: 'daan-parking-garage',
    setting: 'school',
    audience: 'professional',
    age: 11,
    title: { nl: 'Daan en de parkeergarage', en: 'Daan and the car park' },
    story: {
      nl: 'Daan (11) zit in groep 8. Zijn juf ziet dat hij de laatste weken na school niet naar huis gaat, maar naar de parkeergarage naast het winkelcentrum. Een klasgenoot vertelt dat Daan daar "oplet" voor zijn neef van 19: als er politie komt, moet hij bellen. Daan zegt er zelf trots over dat hij "voor de familie werkt" en dat hij er soms twintig euro voor krijgt. Hij heeft een nieuwe telefoon die hij in de klas steeds bekijkt. In de ochtend is hij vaak moe en hij valt een keer in slaap tijdens het lezen. Moeder werkt veel en zegt tegen de juf dat de neef "goed op hem past".',
      en: 'Daan (11) is in his last year of primary school. His teacher sees that for the past weeks he has not gone home after school, but to the car park next to the shopping centre. A classmate says Daan "keeps watch" there for his 19-year-old cousin: if the police come, he has to call. Daan himself says proudly that he "works for the family" and sometimes gets twenty euros for it. He has a new phone that he keeps checking in class. In the mornings he is often tired, and once he falls asleep while reading. His mother works long hours and tells the teacher that the cousin "looks after him well".',
    },
    key: {
      observations: {
        'activity-lookout': 'clear',
        'recruit-close-circle': 'clear',
        'activity-unexplained-money': 'possible',
        'harm-exhaustion': 'possible',
      },
      level: 'suspicion',
      firstStepId: 'under-12',
    },
    reflection: {
      nl: 'Een kind van 11 dat op de uitkijk staat, doet werk voor anderen, ook als het familie is en hij er trots op is. Dat de neef "goed op hem past" maakt het niet veiliger: iemand uit de eigen kring doet mee. Bij kinderen onder de 12 is altijd een expert nodig.',
      en: 'An 11-year-old who keeps watch is doing work for others, even when it is family and he is proud of it. That the cousin "looks after him well" does not make it safer: someone in his own circle takes part. With children under 12, an expert is always needed.',
    },
    looksLikeOffender: false,
  },
  {
    id: 'noa-tired-in-class',
    setting: 'school',
    audience: 'professional',
    age: 13,
    title: { nl: 'Noa is moe', en: 'Noa is tired' },
    story: {
      nl: 'Noa (13) zit in de tweede klas. Haar mentor ziet dat ze sinds een maand vaak te laat komt, moe is en twee toetsen heeft gemist. Ze is stiller dan vroeger en zit in de pauze alleen met haar telefoon. De mentor vraagt na de les hoe het gaat. Noa vertelt dat haar moeder ziek is en dat zij elke ochtend haar broertje naar de opvang brengt. Ze appt met haar tante, die helpt met boodschappen. Er zijn geen nieuwe vrienden, geen cadeaus en geen geld dat ze niet kan verklaren. De mentor hoort van de zorgcoördinator dat de familie al hulp krijgt van het wijkteam.',
      en: 'Noa (13) is in her second year of secondary school. Her mentor sees that for a month she has often been late, is tired and has missed two tests. She is quieter than before and sits alone with her phone at break. After class, the mentor asks how things are. Noa says her mother is ill and that every morning she takes her little brother to day care. She texts with her aunt, who helps with the shopping. There are no new friends, no gifts and no money she cannot explain. The mentor hears from the care coordinator that the family already gets help from the neighbourhood team.',
    },
    key: {
      observations: { 'harm-exhaustion': 'clear', 'harm-school-absence': 'possible' },
      level: 'attention',
      firstStepId: 'follow-up',
    },
    reflection: {
      nl: 'Moe zijn en lessen missen passen bij uitbuiting, maar ook bij veel andere dingen. Hier is er een duidelijke uitleg en geen enkel teken van werk voor anderen, werving of dwang. Aandacht houden en blijven vragen is genoeg; een vermoeden zou onterecht zijn.',
      en: 'Being tired and missing lessons fit exploitation, but also many other things. Here there is a clear explanation and no sign at all of work for others, recruitment or coercion. Keeping an eye and asking again is enough; a suspicion would be unjust.',
    },
    looksLikeOffender: false,
  },
  {
    id: 'jesse-new-trainers',
    setting: 'sports-club',
    audience: 'professional',
    age: 14,
    title: { nl: 'Jesse en de nieuwe schoenen', en: 'Jesse and the new trainers' },
    story: {
      nl: 'Jesse (14) speelt al jaren bij de voetbalclub. De trainer ziet dat hij opeens dure nieuwe schoenen heeft en twee telefoons in zijn tas. Een andere ouder zegt: "Daar klopt iets niet." De trainer vraagt het Jesse gewoon. Jesse vertelt dat hij de schoenen voor zijn verjaardag kreeg van zijn opa en oma, en dat de tweede telefoon de oude van zijn moeder is, om op te gamen. Zijn vader bevestigt dat bij de volgende wedstrijd. Jesse komt op elke training, is vrolijk met zijn teamgenoten en gaat na afloop met zijn vader naar huis.',
      en: 'Jesse (14) has played at the football club for years. The coach sees that he suddenly has expensive new trainers and two phones in his bag. Another parent says: "Something is not right there." The coach simply asks Jesse. Jesse says he got the trainers from his grandparents for his birthday, and that the second phone is his mother\'s old one, for gaming. His father confirms this at the next match. Jesse comes to every practice, is cheerful with his teammates and goes home with his father afterwards.',
    },
    key: { observations: {}, level: 'none', firstStepId: 'keep-looking' },
    reflection: {
      nl: 'Nieuwe schoenen en een tweede telefoon zijn gewone tienerdingen. Zonder iets anders maken ze nooit een vermoeden, en hier is er een uitleg die klopt. Wie een kind op zulke tekens alleen als verdachte ziet, doet het onrecht. Gewoon vragen, zoals de trainer deed, is de goede stap.',
      en: 'New trainers and a second phone are ordinary teenage things. Without anything else they never make a suspicion, and here there is an explanation that holds. Seeing a child as a suspect on such signs alone does them wrong. Simply asking, as the coach did, is the right step.',
    },
    looksLikeOffender: false,
  },
  {
    id: 'sanne-shop-theft',
    setting: 'police',
    audience: 'professional',
    age: 14,
    title: { nl: 'Sanne in de drogisterij', en: 'Sanne at the chemist' },
    story: {
      nl: 'Sanne (14) wordt betrapt in een drogisterij in een stad veertig kilometer van huis. In haar tas zitten twaalf flessen parfum. Buiten wacht een auto met twee vrouwen van rond de dertig, die wegrijden als de politie komt. Sanne zegt dat ze alleen was en dat ze het "voor zichzelf" deed. Ze vertelt dat verhaal drie keer precies hetzelfde, met dezelfde woorden. De agent ziet in haar telefoon een lijst met winkels en tijden. Ze is dit jaar al twee keer eerder aangehouden voor winkeldiefstal, elke keer in een andere stad. Haar ouders wisten niet dat ze die dagen niet op school was.',
      en: 'Sanne (14) is caught in a chemist\'s in a town forty kilometres from home. Her bag holds twelve bottles of perfume. Outside, a car with two women of about thirty waits and drives off when the police arrive. Sanne says she was alone and did it "for herself". She tells that story three times in exactly the same words. The officer sees a list of shops and times on her phone. This year she has already been stopped twice for shoplifting, each time in a different town. Her parents did not know she was not at school on those days.',
    },
    key: {
      observations: {
        'activity-organised-theft': 'clear',
        'recruit-older-contacts': 'clear',
        'harm-out-of-area': 'clear',
        'control-coached-story': 'possible',
      },
      level: 'suspicion',
      firstStepId: 'map-signals',
    },
    reflection: {
      nl: 'Sanne lijkt eerst een winkeldief. Maar een lijst met winkels, volwassenen die wachten en wegrijden, steeds een andere stad en een ingestudeerd verhaal wijzen op stelen voor anderen. Bij een minderjarige is er dan geen dwang nodig om van uitbuiting te spreken. Kijk met andere ogen: wie stuurt haar?',
      en: 'At first Sanne looks like a shoplifter. But a list of shops, adults who wait and drive off, a different town each time and a rehearsed story point to stealing for others. For a minor, no coercion is needed to speak of exploitation. Look with other eyes: who sends her?',
    },
    looksLikeOffender: true,
  },
  {
    id: 'lina-bank-card',
    setting: 'school',
    audience: 'professional',
    age: 15,
    title: { nl: 'Lina leent haar bankpas uit', en: 'Lina lends her bank card' },
    story: {
      nl: 'Lina (15) vertelt haar mentor dat ze "een probleem" heeft. Op Snapchat kreeg ze een bericht van een account dat ze niet kende: honderd euro als ze een week haar bankpas en pincode uitleent, "voor een vriend die geen rekening mag hebben". Een jongen die ze niet kent haalde de pas op bij het station. Nu staat er geld op haar rekening dat zij niet heeft gestort, en haar bank heeft de rekening geblokkeerd. Het account stuurt berichten dat ze "moet zwijgen, anders weten we waar je woont". Lina durft het haar ouders niet te zeggen.',
      en: 'Lina (15) tells her mentor she has "a problem". On Snapchat she got a message from an account she did not know: a hundred euros if she lends her bank card and PIN for a week, "for a friend who cannot have an account". A boy she does not know picked up the card at the station. Now there is money in her account that she did not deposit, and her bank has blocked the account. The account sends messages saying she "must keep quiet, or else we know where you live". Lina does not dare tell her parents.',
    },
    key: {
      observations: {
        'recruit-online-offers': 'clear',
        'activity-money-mule': 'clear',
        'control-threats': 'clear',
        'harm-secrecy': 'possible',
      },
      level: 'suspicion',
      firstStepId: 'talk-with-young-person',
    },
    reflection: {
      nl: 'Een bankpas uitlenen lijkt klein en Lina deed het vrijwillig. Maar ze is als geldezel gebruikt, en nu wordt ze bedreigd. Dat ze het zelf vertelt is een kans: luister zonder oordeel, zeg dat het niet haar schuld is, en bespreek wat er nodig is voor haar veiligheid.',
      en: 'Lending a bank card seems small, and Lina did it willingly. But she has been used as a money mule, and now she is being threatened. That she tells it herself is a chance: listen without judging, say it is not her fault, and talk about what her safety needs.',
    },
    looksLikeOffender: false,
  },
  {
    id: 'yara-group-home',
    setting: 'residential-care',
    audience: 'professional',
    age: 15,
    title: { nl: 'Yara loopt weg', en: 'Yara runs away' },
    story: {
      nl: 'Yara (15) woont in een leefgroep. In twee maanden is ze vier keer weggelopen. Ze komt terug met nieuwe kleren, nagels die net gedaan zijn en een telefoon die niet van de groep is. Ze heeft het over haar vriend Mark, die 23 is en "alles voor haar betaalt". Een keer haalt de politie haar op in een hotel in een andere stad. Als haar telefoon gaat, schrikt ze en loopt ze de gang op. Ze zegt dat Mark wil weten waar ze is, "omdat hij om haar geeft". Over wat ze doet als ze weg is, zegt ze niets.',
      en: 'Yara (15) lives in a residential group. In two months she has run away four times. She comes back with new clothes, freshly done nails and a phone that is not the group\'s. She talks about her boyfriend Mark, who is 23 and "pays for everything for her". Once the police pick her up at a hotel in another town. When her phone rings she startles and goes into the corridor. She says Mark wants to know where she is "because he cares about her". About what she does while she is away, she says nothing.',
    },
    key: {
      observations: {
        'harm-missing': 'clear',
        'recruit-older-partner': 'clear',
        'recruit-gifts': 'clear',
        'harm-out-of-area': 'clear',
        'harm-fear': 'possible',
        'control-phone-monitoring': 'possible',
      },
      level: 'concern',
      firstStepId: 'missing-report',
    },
    reflection: {
      nl: 'Alles wat je hier ziet is indirect: het past bij criminele of seksuele uitbuiting, maar bewijst nog niets. Samen is het veel, dus een ernstige zorg. Maak bij elke vermissing melding, en vraag advies: een oudere "vriend" die betaalt en controleert is een bekend patroon.',
      en: 'Everything you see here is indirect: it fits criminal or sexual exploitation but does not prove it yet. Together it is a lot, so a serious concern. Report every missing episode, and ask for advice: an older "boyfriend" who pays and controls is a known pattern.',
    },
    looksLikeOffender: false,
  },
  {
    id: 'milan-on-the-train',
    setting: 'police',
    audience: 'professional',
    age: 16,
    title: { nl: 'Milan in de trein', en: 'Milan on the train' },
    story: {
      nl: 'Milan (16) wordt bij een controle in de trein aangehouden, honderdvijftig kilometer van zijn woonplaats. In zijn rugzak zit een pakket met drugs. Hij heeft twee telefoons en 340 euro bij zich. Eén telefoon blijft trillen met berichten van een onbekend nummer. Milan zegt niets, ook niet waar hij naartoe ging of voor wie het pakket is. Hij wil alleen weten wanneer hij weer weg mag. Op het bureau blijkt dat hij twee dagen niet thuis is geweest. Zijn moeder dacht dat hij bij een vriend logeerde.',
      en: 'Milan (16) is stopped during a check on a train, a hundred and fifty kilometres from where he lives. His backpack holds a package of drugs. He has two phones and 340 euros on him. One phone keeps buzzing with messages from an unknown number. Milan says nothing, not where he was going or who the package is for. He only wants to know when he can leave. At the station it turns out he has not been home for two days. His mother thought he was staying with a friend.',
    },
    key: {
      observations: {
        'activity-courier': 'clear',
        'harm-out-of-area': 'clear',
        'control-multiple-phones': 'clear',
        'control-silent-when-stopped': 'clear',
        'activity-unexplained-money': 'clear',
      },
      level: 'suspicion',
      firstStepId: 'map-signals',
    },
    reflection: {
      nl: 'Milan is aangehouden met drugs, dus hij lijkt een dader. Maar een minderjarige die ver van huis een pakket vervoert, twee telefoons heeft en niets durft te zeggen, past bij uitbuiting. Zwijgen kan angst zijn. Een slachtoffer kan ook verdachte zijn: beide verdienen aandacht.',
      en: 'Milan was stopped with drugs, so he looks like an offender. But a minor carrying a package far from home, with two phones, who dares to say nothing, fits exploitation. Silence can be fear. A victim can also be a suspect: both deserve attention.',
    },
    looksLikeOffender: true,
  },
  {
    id: 'bram-photos',
    setting: 'home',
    audience: 'parent',
    age: 16,
    title: { nl: 'Bram en de foto’s', en: 'Bram and the photos' },
    story: {
      nl: 'De moeder van Bram (16) merkt dat hij sinds een paar weken ’s avonds nog snel weg moet en dan een tas meeneemt. Hij slaapt slecht en schrikt van elk bericht. Op een avond huilt hij en vertelt hij het. Een "meisje" dat hij online leerde kennen, vroeg om naaktfoto’s. Daarna kwam er een bericht van iemand anders: als hij niet doet wat ze zeggen, sturen ze de foto’s naar zijn school. Sindsdien moet hij pakjes wegbrengen naar adressen die hij krijgt. Hij schaamt zich en wil niet dat zijn vader het weet.',
      en: 'Bram\'s mother notices that for a few weeks Bram (16) has had to go out in the evenings at short notice, taking a bag. He sleeps badly and startles at every message. One evening he cries and tells her. A "girl" he met online asked for nude photos. Then a message came from someone else: if he does not do what they say, they will send the photos to his school. Since then he has had to deliver packages to addresses he is given. He is ashamed and does not want his father to know.',
    },
    key: {
      observations: {
        'control-images': 'clear',
        'activity-courier': 'clear',
        'recruit-online-offers': 'possible',
        'harm-fear': 'clear',
      },
      level: 'suspicion',
      firstStepId: 'sextortion-help',
    },
    reflection: {
      nl: 'Naaktbeelden als drukmiddel maken van een jongen iemand die moet gehoorzamen. Schaamte houdt hem stil. Dat Bram het vertelt is moedig: blijf rustig, zeg dat het niet zijn schuld is, bewaar de berichten, betaal niets en zoek hulp bij het verwijderen van de beelden.',
      en: 'Nude images used as pressure turn a boy into someone who must obey. Shame keeps him quiet. That Bram tells is brave: stay calm, say it is not his fault, keep the messages, pay nothing, and get help removing the images.',
    },
    looksLikeOffender: false,
  },
  {
    id: 'luca-lost-package',
    setting: 'home',
    audience: 'parent',
    age: 17,
    title: { nl: 'Luca moet terugbetalen', en: 'Luca has to pay back' },
    story: {
      nl: 'De vader van Luca (17) vindt berichten op een tablet thuis. Iemand schrijft dat Luca "2000 euro schuld" heeft omdat een pakket dat hij moest wegbrengen "kwijt" is. Er staat: "Je werkt het terug of we komen langs bij je moeder." Luca is de laatste tijd bang, gaat niet meer sporten en zit vaak op zijn kamer. Als zijn vader ernaar vraagt, zegt Luca dat hij het zelf oplost en dat zijn vader zich er niet mee moet bemoeien. Hij vraagt wel of zijn vader hem geld kan lenen.',
      en: 'Luca\'s father finds messages on a tablet at home. Someone writes that Luca (17) has "a 2000 euro debt" because a package he had to deliver is "lost". It says: "You work it off or we come round to your mother\'s." Lately Luca has been afraid, has stopped going to sports and often stays in his room. When his father asks, Luca says he will sort it out himself and his father should stay out of it. He does ask whether his father can lend him money.',
    },
    key: {
      observations: {
        'control-debt': 'clear',
        'control-threats': 'clear',
        'activity-courier': 'clear',
        'harm-fear': 'clear',
      },
      level: 'suspicion',
      firstStepId: 'parent-do-not-pay',
    },
    reflection: {
      nl: 'Een "schuld" voor een kwijtgeraakt pakket is een bekende truc om een jongere vast te houden. Betalen lost het niet op: er komt een nieuwe schuld. Blijf in contact met Luca, schrijf op wat je ziet, en neem contact op met Veilig Thuis of de politie.',
      en: 'A "debt" for a lost package is a known trick to keep a young person bound. Paying does not solve it: a new debt follows. Stay in touch with Luca, write down what you see, and contact Veilig Thuis or the police.',
    },
    looksLikeOffender: false,
  },
  {
    id: 'timo-cannabis-house',
    setting: 'police',
    audience: 'professional',
    age: 17,
    title: { nl: 'Timo in het huis aan de dijk', en: 'Timo in the house by the dyke' },
    story: {
      nl: 'Bij een inval in een huis aan de dijk vindt de politie een hennepkwekerij op zolder. Op een matras in de keuken slaapt Timo (17). Hij komt uit een stad aan de andere kant van het land. Hij zegt dat hij "op het huis past" en dat hij elke week door iemand wordt gebracht en gehaald. Hij weet het adres niet precies. Geld heeft hij nog niet gekregen; dat komt "als de oogst binnen is". In zijn telefoon staan alleen een paar nummers zonder naam.',
      en: 'During a raid on a house by the dyke, the police find a cannabis farm in the attic. Timo (17) is sleeping on a mattress in the kitchen. He comes from a city on the other side of the country. He says he "looks after the house" and that someone drives him there and picks him up every week. He does not know the address exactly. He has not been paid yet; that will come "when the harvest is in". His phone holds only a few numbers without names.',
    },
    key: {
      observations: {
        'activity-cannabis-farm': 'clear',
        'recruit-housed-transported': 'clear',
        'harm-out-of-area': 'clear',
        'harm-little-reward': 'possible',
      },
      level: 'suspicion',
      firstStepId: 'ask-expert-advice',
    },
    reflection: {
      nl: 'Wie in een kwekerij wordt aangetroffen, lijkt mee te doen. Maar een minderjarige die daar woont, wordt gebracht en gehaald en niet eens het adres weet, wordt gebruikt. Zo’n "oppasser" draagt vaak het grootste risico, voor het minste geld.',
      en: 'Someone found at a cannabis farm seems to take part. But a minor who lives there, is driven in and out and does not even know the address is being used. Such a "sitter" often carries the greatest risk, for the least money.',
    },
    looksLikeOffender: true,
  },
  {
    id: 'ruben-contracts',
    setting: 'youth-work',
    audience: 'professional',
    age: 19,
    title: { nl: 'Rubens nieuwe vrienden', en: "Ruben's new friends" },
    story: {
      nl: 'Ruben (19) heeft een licht verstandelijke beperking en komt al jaren in het jongerencentrum. Hij vertelt de jongerenwerker blij dat hij "nieuwe vrienden" heeft, mannen van rond de dertig. Ze hebben met hem een bankrekening geopend en drie telefoonabonnementen op zijn naam afgesloten. Zijn bankpas hebben zij. Voor elke handtekening krijgt hij vijftig euro. Nu komen er brieven van incassobureaus, die hij niet begrijpt. Als de jongerenwerker vraagt of hij kan stoppen, zegt Ruben: "Dan zijn ze boos. Ze zijn mijn vrienden."',
      en: 'Ruben (19) has a mild intellectual disability and has come to the youth centre for years. He happily tells the youth worker that he has "new friends", men of about thirty. They opened a bank account with him and took out three phone contracts in his name. They hold his bank card. For every signature he gets fifty euros. Now letters from debt collectors arrive, which he does not understand. When the youth worker asks whether he can stop, Ruben says: "Then they will be angry. They are my friends."',
    },
    key: {
      observations: {
        'activity-money-mule': 'clear',
        'activity-contracts-in-name': 'clear',
        'control-abuse-of-vulnerability': 'clear',
        'harm-little-reward': 'clear',
        'risk-intellectual-disability': 'clear',
      },
      level: 'suspicion',
      firstStepId: 'consult-colleague',
    },
    reflection: {
      nl: 'Ruben is volwassen, dus voor uitbuiting is ook een middel nodig. Dat is er: iemand maakt misbruik van zijn beperking. De beperking zelf verandert het niveau niet; het misbruik ervan wel. Let op: hij ziet zijn uitbuiters als vrienden.',
      en: 'Ruben is an adult, so exploitation also needs a means. It is there: someone abuses his disability. The disability itself does not change the level; its abuse does. Note: he sees his exploiters as friends.',
    },
    looksLikeOffender: false,
  },
  {
    id: 'fenna-new-car',
    setting: 'youth-work',
    audience: 'professional',
    age: 20,
    title: { nl: 'Fenna en de auto', en: 'Fenna and the car' },
    story: {
      nl: 'Fenna (20) kwam vroeger vaak in het buurthuis. Nu rijdt ze in een bijna nieuwe auto en heeft ze altijd geld voor de hele groep. Een buurtbewoner zegt tegen de jongerenwerker dat "dat niet eerlijk verdiend kan zijn". De jongerenwerker kent Fenna goed en vraagt het. Ze vertelt dat ze sinds een jaar fulltime werkt in het schoonmaakbedrijf van haar oom, ’s avonds een opleiding volgt en de auto van hem leaset. Ze laat haar loonstrook zien. Ze is trots, maar ook moe. Er zijn geen nieuwe contacten, geen vermissingen en niemand die haar controleert.',
      en: 'Fenna (20) used to come to the community centre a lot. Now she drives an almost new car and always has money for the whole group. A neighbour tells the youth worker that "that cannot have been earned honestly". The youth worker knows Fenna well and asks. She says that for a year she has worked full time in her uncle\'s cleaning company, takes a course in the evenings and leases the car from him. She shows her payslip. She is proud, but also tired. There are no new contacts, no missing episodes and no one who controls her.',
    },
    key: { observations: {}, level: 'none', firstStepId: 'keep-looking' },
    reflection: {
      nl: 'Geld en een auto zijn geen teken op zich, zeker niet als er een uitleg is die je kunt nagaan. De buurtbewoner keek met een vooroordeel. Een goed gesprek, zonder beschuldiging, hield het contact met Fenna goed.',
      en: 'Money and a car are not a sign in themselves, certainly not when there is an explanation you can check. The neighbour looked with a prejudice. A good conversation, without accusation, kept the relationship with Fenna sound.',
    },
    looksLikeOffender: false,
  },
];
