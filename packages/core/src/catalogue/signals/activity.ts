import type { Signal } from '../../schema/signal.js';
import { strength, strengthChanged } from '../edition.js';

/** Criminal work for or with others: the purpose element of exploitation. */
export const activitySignals: Signal[] = [
  {
    id: 'activity-courier',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Brengt pakketjes of spullen weg voor anderen', en: 'Carries packages or goods for others' },
      question: {
        nl: 'Brengt de jongere pakketjes, tassen, drugs of geld weg of haalt die op voor anderen, buiten een gewone baan om en in het geheim?',
        en: 'Does the young person deliver or collect packages, bags, drugs or money for others, outside a normal job and in secret?',
      },
      examples: [
        {
          nl: 'Vertelt dat hij "soms een tasje wegbrengt" naar adressen voor oudere jongens.',
          en: 'Says he "sometimes drops off a bag" at addresses for older boys.',
        },
        {
          nl: 'Moet op vaste tijden ergens iets afgeven en krijgt daarvoor geld of eten.',
          en: 'Has to hand something over somewhere at set times and gets money or food for it.',
        },
        {
          nl: 'Heeft pakketjes of geld bij zich die niet van hem of haar zijn.',
          en: 'Carries packages or cash that are not theirs.',
        },
      ],
      parentQuestion: {
        nl: 'Brengt je kind voor iemand pakketjes, tassen of geld weg, terwijl niemand mag weten wat erin zit?',
        en: 'Does your child take packages, bags or money somewhere for someone, while nobody may know what is in them?',
      },
      youthQuestion: {
        nl: 'Breng je pakketjes, tassen of geld weg voor iemand, terwijl niemand mag weten wat erin zit?',
        en: 'Do you deliver packages, bags or money for someone, while nobody may know what is in them?',
      },
    },
    sourceIds: ['JENV-2022', 'HO-CL'],
  },
  {
    id: 'activity-lookout',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Staat op de uitkijk voor anderen', en: 'Keeps lookout for others' },
      question: {
        nl: 'Doet de jongere geheime "klusjes" voor oudere jongeren of volwassenen, zoals op de uitkijk staan?',
        en: 'Does the young person do secret "small jobs" for older youths or adults, such as keeping lookout?',
      },
      examples: [
        {
          nl: 'Staat lang op dezelfde plek en belt iemand als er politie aankomt.',
          en: 'Stands in the same spot for hours and phones someone when police turn up.',
        },
        {
          nl: 'Krijgt geld of eten voor kleine opdrachtjes van volwassenen die je niet kent.',
          en: 'Gets money or food for small errands from adults nobody knows.',
        },
      ],
      parentQuestion: {
        nl: 'Doet je kind geheime "klusjes" voor oudere jongeren of volwassenen, zoals op de uitkijk staan?',
        en: 'Does your child do secret "small jobs" for older youths or adults, such as keeping lookout?',
      },
      youthQuestion: {
        nl: 'Let je voor iemand die ouder is op of er politie aankomt, terwijl die iets doet wat niet mag?',
        en: 'Do you watch out for the police for someone older, while they do something that is not allowed?',
      },
    },
    sourceIds: ['JENV-2022', 'HO-CL'],
  },
  {
    id: 'activity-drug-dealing',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strengthChanged('medium', 'strong'),
    texts: {
      label: { nl: 'Verkoopt drugs voor anderen', en: 'Sells drugs for others' },
      question: {
        nl: 'Verkoopt de jongere drugs voor anderen?',
        en: 'Does the young person sell drugs for others?',
      },
      examples: [
        {
          nl: 'Wordt aangehouden met verpakte porties drugs en geld van de verkoop.',
          en: 'Is stopped with packaged portions of drugs and money from sales.',
        },
        {
          nl: 'Klasgenoten vertellen dat je bij hem of haar "iets kunt halen".',
          en: 'Classmates say you can "get something" from them.',
        },
      ],
      parentQuestion: {
        nl: 'Verkoopt je kind drugs voor iemand anders?',
        en: 'Does your child sell drugs for someone else?',
      },
      youthQuestion: {
        nl: 'Verkoop je drugs voor iemand anders?',
        en: 'Do you sell drugs for someone else?',
      },
    },
    sourceIds: ['DH-2022', 'HO-CL'],
  },
  {
    id: 'activity-stash',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Bewaart spullen voor anderen', en: 'Keeps goods for others' },
      question: {
        nl: 'Bewaart de jongere drugs, geld, wapens of andere spullen voor anderen, thuis of ergens anders?',
        en: 'Does the young person keep drugs, money, weapons or other goods for others, at home or elsewhere?',
      },
      examples: [
        {
          nl: 'Er staan tassen in de schuur of onder het bed waarvan niemand weet van wie ze zijn.',
          en: 'There are bags in the shed or under the bed that nobody can account for.',
        },
        {
          nl: 'Wordt zenuwachtig als iemand aan een bepaalde kast of tas komt.',
          en: 'Gets nervous when someone goes near a certain cupboard or bag.',
        },
      ],
      parentQuestion: {
        nl: 'Bewaart je kind tassen, geld, drugs of andere spullen voor iemand anders, thuis of ergens anders?',
        en: 'Does your child keep bags, money, drugs or other things for someone else, at home or elsewhere?',
      },
      youthQuestion: {
        nl: 'Bewaar je drugs, geld, een wapen of een tas waar je niet in mag kijken, voor iemand anders?',
        en: 'Do you keep drugs, money, a weapon or a bag you may not look in, for someone else?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'activity-money-mule',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Geeft bankpas, rekening of ID aan anderen', en: 'Gives a bank card, account or ID to others' },
      question: {
        nl: 'Geeft, leent of verkoopt de jongere een bankpas, rekening, pincode of ID aan anderen, of opent hij of zij rekeningen voor anderen?',
        en: 'Does the young person give, lend or sell a bank card, account, PIN or ID to others, or open accounts for others?',
      },
      examples: [
        {
          nl: 'Kreeg geld "om even de pas uit te lenen".',
          en: 'Was paid "just to lend out the card for a bit".',
        },
        {
          nl: 'Er komen grote bedragen op de rekening binnen die meteen weer worden opgenomen.',
          en: 'Large amounts arrive in the account and are withdrawn straight away.',
        },
      ],
      parentQuestion: {
        nl: 'Heeft je kind een bankpas, pincode of ID aan iemand gegeven, geleend of verkocht?',
        en: 'Has your child given, lent or sold a bank card, PIN or ID to someone?',
      },
      youthQuestion: {
        nl: 'Heeft iemand jouw bankrekening of bankpas gebruikt voor geld dat niet van jou is?',
        en: 'Has someone used your bank account or bank card for money that is not yours?',
      },
    },
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'activity-contracts-in-name',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: {
        nl: 'Contracten of bedrijven op eigen naam voor anderen',
        en: 'Contracts or companies in their name for others',
      },
      question: {
        nl: 'Zijn er telefoonabonnementen, bedrijven, leningen of rekeningen op naam van de jongere gezet die anderen gebruiken (katvanger)?',
        en: "Have phone contracts, companies, loans or accounts been put in the young person's name that others use (a front)?",
      },
      examples: [
        {
          nl: 'Er komen rekeningen of aanmaningen binnen voor abonnementen die de jongere niet gebruikt.',
          en: 'Bills or reminders arrive for subscriptions the young person does not use.',
        },
        {
          nl: 'Staat ingeschreven als eigenaar van een bedrijf waar hij of zij niets van weet.',
          en: 'Is registered as the owner of a company they know nothing about.',
        },
      ],
      parentQuestion: {
        nl: 'Komt er post over abonnementen, leningen of een bedrijf op naam van je kind, die je kind niet zelf gebruikt?',
        en: "Does post arrive about subscriptions, loans or a company in your child's name that your child does not use?",
      },
    },
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'activity-counterfeit',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Wisselt vals geld om voor anderen', en: 'Exchanges counterfeit notes for others' },
      question: {
        nl: 'Wisselt de jongere vals geld om voor echt geld, bijvoorbeeld bij de kassa waar hij of zij werkt?',
        en: 'Does the young person exchange counterfeit notes for real money, for example at the till where they work?',
      },
      examples: [
        {
          nl: 'Neemt als caissière valse biljetten aan van bekenden en geeft echt wisselgeld terug.',
          en: 'As a cashier, takes counterfeit notes from acquaintances and gives real change.',
        },
        {
          nl: 'Betaalt kleine boodschappen met grote biljetten die hij of zij van iemand kreeg, en levert het wisselgeld in.',
          en: 'Pays for small items with large notes someone gave them, and hands over the change.',
        },
      ],
      parentQuestion: {
        nl: 'Wisselt je kind voor iemand anders vals geld om voor echt geld, bijvoorbeeld bij de kassa op het werk?',
        en: 'Does your child exchange counterfeit money for real money for someone else, for example at the till at work?',
      },
    },
    sourceIds: ['JENV-2022'],
  },
  {
    id: 'activity-organised-theft',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Steelt georganiseerd voor anderen', en: 'Steals in an organised way for others' },
      question: {
        nl: 'Steelt de jongere georganiseerd, zoals winkeldiefstal of zakkenrollen op bestelling, en geeft hij of zij de opbrengst af?',
        en: 'Does the young person steal in an organised way, such as shoplifting or pickpocketing to order, and hand over the proceeds?',
      },
      examples: [
        {
          nl: 'Wordt steeds met dezelfde groep betrapt op winkeldiefstal, op afspraak.',
          en: 'Is repeatedly caught shoplifting with the same group, by arrangement.',
        },
        {
          nl: 'Houdt na een diefstal zelf niets: de spullen gaan naar iemand anders.',
          en: 'Keeps nothing after a theft: the goods go to someone else.',
        },
      ],
      parentQuestion: {
        nl: 'Steelt je kind samen met anderen, op afspraak, en moet je kind de spullen afgeven?',
        en: 'Does your child steal with others, by arrangement, and have to hand the goods over?',
      },
      youthQuestion: {
        nl: 'Steel je samen met anderen, en moet je wat je steelt afgeven aan iemand?',
        en: 'Do you steal together with others, and do you have to hand over what you steal to someone?',
      },
    },
    sourceIds: ['WODC-2016'],
  },
  {
    id: 'activity-cannabis-farm',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('strong'),
    texts: {
      label: {
        nl: 'Werkt of past op in een hennepkwekerij of drugslab',
        en: 'Works or keeps watch at a cannabis farm or drug lab',
      },
      question: {
        nl: 'Werkt de jongere in een hennepkwekerij of drugslab, of past hij of zij daar op?',
        en: 'Does the young person work at a cannabis farm or drug lab, or keep watch there?',
      },
      examples: [
        {
          nl: 'Is dagen weg voor "werk" waar hij of zij niets over zegt, en komt terug met de geur van hennep.',
          en: 'Is away for days for "work" they will not talk about, and comes back smelling of cannabis.',
        },
        {
          nl: 'Wordt aangetroffen in een pand met een kwekerij, als enige die er is.',
          en: 'Is found in a building with a cannabis farm, the only person there.',
        },
      ],
      parentQuestion: {
        nl: 'Werkt je kind in een hennepkwekerij of drugslab, of moet je kind daar oppassen?',
        en: 'Does your child work at a cannabis farm or drug lab, or have to keep watch there?',
      },
      youthQuestion: {
        nl: 'Werk je voor iemand in een ruimte waar wiet wordt gekweekt, of pas je daar op?',
        en: 'Do you work for someone in a place where weed is grown, or keep watch there?',
      },
    },
    sourceIds: ['DH-2022', 'JENV-2022'],
  },
  {
    id: 'activity-violent-jobs',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('strong'),
    texts: {
      label: { nl: 'Doet mee aan gewelddadige klussen', en: 'Takes part in violent jobs' },
      question: {
        nl: 'Doet de jongere mee aan gewelddadige "klussen": explosies, brandstichting, bedreiging, overvallen of schietpartijen?',
        en: 'Does the young person take part in violent "jobs": explosions, arson, threats, robbery or shootings?',
      },
      examples: [
        {
          nl: 'Heeft berichten op de telefoon met een opdracht en een bedrag ("voordeur, 2000").',
          en: 'Has messages on their phone with a job and a price ("front door, 2000").',
        },
        {
          nl: 'Wordt aangehouden bij een explosie of brand bij een woning.',
          en: 'Is arrested at an explosion or fire at a home.',
        },
      ],
      parentQuestion: {
        nl: 'Doet je kind mee aan gewelddadige "klussen", zoals een explosie, brand, overval of bedreiging?',
        en: 'Does your child take part in violent "jobs", such as an explosion, arson, a robbery or a threat?',
      },
      youthQuestion: {
        nl: 'Heb je voor iemand iets met geweld gedaan, zoals iemand bedreigen of iets in brand steken?',
        en: 'Have you done something violent for someone, such as threatening a person or setting something on fire?',
      },
    },
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'activity-recruits-others',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Haalt andere jongeren erbij voor anderen', en: 'Draws other young people in for others' },
      question: {
        nl: 'Haalt de jongere andere jongeren over om ook "klusjes" te doen voor de mensen voor wie hij of zij werkt?',
        en: 'Does the young person talk other young people into doing "jobs" for the people they work for?',
      },
      examples: [
        {
          nl: 'Biedt klasgenoten geld aan om iets weg te brengen.',
          en: 'Offers classmates money to drop something off.',
        },
        {
          nl: 'Neemt jongere kinderen mee naar volwassenen die klussen uitdelen.',
          en: 'Takes younger children along to adults who hand out jobs.',
        },
      ],
      parentQuestion: {
        nl: 'Probeert je kind andere kinderen over te halen om ook klusjes te doen voor iemand?',
        en: 'Does your child try to get other children to do jobs for someone too?',
      },
    },
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'activity-weapon',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: { nl: 'Draagt een wapen', en: 'Carries a weapon' },
      question: {
        nl: 'Draagt de jongere een mes of ander wapen? (Bij een vuurwapen: vraag ook naar direct gevaar.)',
        en: 'Does the young person carry a knife or other weapon? (With a firearm: ask about immediate danger too.)',
      },
      examples: [
        { nl: 'Er wordt een mes gevonden in de schooltas.', en: 'A knife is found in their school bag.' },
        {
          nl: 'Zegt dat hij of zij een wapen nodig heeft "voor de veiligheid".',
          en: 'Says they need a weapon "to be safe".',
        },
      ],
      parentQuestion: {
        nl: 'Heeft je kind een mes of ander wapen bij zich?',
        en: 'Does your child carry a knife or other weapon?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'activity-unexplained-money',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: {
        nl: 'Geld of spullen die niet passen bij wat hij of zij heeft',
        en: 'Money or goods that do not fit their means',
      },
      question: {
        nl: 'Heeft de jongere geld, kleding, telefoons of andere spullen die niet passen bij wat hij of zij kan betalen?',
        en: 'Does the young person have money, clothes, phones or other goods that do not fit what they can afford?',
      },
      examples: [
        {
          nl: 'Heeft ineens dure kleding of schoenen en kan niet zeggen hoe hij of zij die betaalde.',
          en: 'Suddenly has expensive clothes or shoes and cannot say how they paid for them.',
        },
        { nl: 'Heeft veel contant geld bij zich zonder uitleg.', en: 'Carries a lot of cash without explanation.' },
      ],
      parentQuestion: {
        nl: 'Heeft je kind geld, kleding of spullen waarvan je niet weet hoe je kind eraan komt?',
        en: 'Does your child have money, clothes or things and you do not know where they came from?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'activity-arrested-with-others',
    kind: 'signal',
    evidence: 'indirect',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: {
        nl: 'Aangehouden met ouderen of mensen van elders',
        en: 'Arrested with older people or people from elsewhere',
      },
      question: {
        nl: 'Is de jongere aangehouden of staande gehouden samen met oudere personen of mensen uit een andere plaats?',
        en: 'Has the young person been arrested or stopped together with older people or people from another town?',
      },
      examples: [
        {
          nl: 'Wordt in een auto aangehouden met volwassenen die hij of zij "nauwelijks kent".',
          en: 'Is stopped in a car with adults they "hardly know".',
        },
        {
          nl: 'Is bij een aanhouding de enige minderjarige in een groep.',
          en: 'Is the only minor in a group at an arrest.',
        },
      ],
      parentQuestion: {
        nl: 'Is je kind door de politie aangehouden samen met oudere mensen of mensen uit een andere plaats?',
        en: 'Has your child been stopped by the police together with older people or people from another town?',
      },
    },
    sourceIds: ['HO-CL'],
  },
  {
    id: 'activity-begging',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: {
        nl: 'Moet bedelen of op straat verkopen en het geld afgeven',
        en: 'Made to beg or sell on the street and hand over the money',
      },
      question: {
        nl: 'Moet de jongere bedelen of op straat spullen verkopen en het geld afgeven aan anderen?',
        en: 'Is the young person made to beg or sell things on the street and hand the money over to others?',
      },
      examples: [
        {
          nl: 'Wordt elke dag naar dezelfde plek gebracht om te bedelen en moet aan het eind van de dag alles inleveren.',
          en: 'Is brought to the same spot every day to beg and has to hand in everything at the end of the day.',
        },
        {
          nl: 'Verkoopt bloemen of spullen op straat voor een volwassene die het geld houdt.',
          en: 'Sells flowers or goods on the street for an adult who keeps the money.',
        },
      ],
      parentQuestion: {
        nl: 'Moet je kind van iemand bedelen of op straat iets verkopen, en het geld afgeven?',
        en: 'Is your child made by someone to beg or sell things on the street, and hand over the money?',
      },
    },
    sourceIds: ['SR-273F'],
  },
  {
    id: 'activity-port-retrieval',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('strong'),
    texts: {
      label: {
        nl: 'Haalt drugs uit containers of vrachtwagens (uithaler)',
        en: 'Retrieves drugs from containers or trucks',
      },
      question: {
        nl: 'Haalt de jongere drugs uit containers of vrachtwagens in een haven of bij een distributiecentrum, of wacht hij of zij daar om dat te doen?',
        en: 'Does the young person retrieve drugs from containers or trucks at a port or distribution centre, or wait there to do so?',
      },
      examples: [
        {
          nl: 'Is aangehouden op een haventerrein of bij een distributiecentrum waar hij of zij niet werkt.',
          en: 'Was stopped on port grounds or at a distribution centre where they do not work.',
        },
        {
          nl: 'Vertelt over een klus waarbij je uren in een container moet wachten voor veel geld.',
          en: 'Talks about a job where you wait in a container for hours for a lot of money.',
        },
      ],
      parentQuestion: {
        nl: 'Haalt je kind voor iemand drugs uit containers of vrachtwagens, bijvoorbeeld in de haven?',
        en: 'Does your child retrieve drugs from containers or trucks for someone, for example at the port?',
      },
      youthQuestion: {
        nl: 'Heb je voor iemand drugs uit containers of vrachtwagens gehaald, of daar gewacht om dat te doen?',
        en: 'Have you taken drugs out of containers or trucks for someone, or waited there to do so?',
      },
    },
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'activity-receives-for-others',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('medium'),
    texts: {
      label: {
        nl: 'Ontvangt pakketten op het eigen adres voor anderen',
        en: 'Receives parcels at their address for others',
      },
      question: {
        nl: 'Ontvangt de jongere pakketten op het eigen adres die hij of zij doorgeeft aan anderen, terwijl niemand mag weten wat erin zit?',
        en: 'Does the young person receive parcels at their address and pass them on to others, while nobody may know what is in them?',
      },
      examples: [
        {
          nl: 'Er komen vaak pakketten op naam van de jongere die snel worden opgehaald door iemand anders.',
          en: 'Parcels often arrive in the young person’s name and are quickly collected by someone else.',
        },
        {
          nl: 'Krijgt geld om een pakket aan te nemen en het ongeopend af te geven.',
          en: 'Gets money for accepting a parcel and handing it over unopened.',
        },
      ],
      parentQuestion: {
        nl: 'Komen er pakketten voor je kind die het doorgeeft aan anderen, zonder dat jij mag weten wat erin zit?',
        en: 'Do parcels arrive for your child that they pass on to others, without you being allowed to know what is in them?',
      },
      youthQuestion: {
        nl: 'Komen er pakketjes voor iemand anders op jouw adres, die je moet doorgeven zonder te weten wat erin zit?',
        en: 'Do parcels for someone else come to your address that you must pass on without knowing what is in them?',
      },
    },
    sourceIds: ['AK-CALIBRATION'],
  },
  {
    id: 'activity-fraud-pickups',
    kind: 'signal',
    evidence: 'direct',
    dimension: 'activity',
    strength: strength('strong'),
    texts: {
      label: {
        nl: 'Haalt bankpassen, geld of spullen op bij slachtoffers van fraude (pashaler)',
        en: 'Collects bank cards, cash or goods from fraud victims',
      },
      question: {
        nl: 'Haalt de jongere voor anderen bankpassen, contant geld of spullen op bij mensen die zijn opgelicht?',
        en: 'Does the young person collect bank cards, cash or goods for others from people who have been defrauded?',
      },
      examples: [
        {
          nl: 'Gaat langs bij oudere mensen om "een pas op te halen voor de bank".',
          en: 'Calls on older people "to collect a card for the bank".',
        },
        {
          nl: 'Krijgt adressen doorgestuurd en moet daar iets ophalen en afgeven.',
          en: 'Is sent addresses and has to collect something there and hand it over.',
        },
      ],
      parentQuestion: {
        nl: 'Haalt je kind voor iemand bankpassen of geld op bij mensen die zijn opgelicht?',
        en: 'Does your child collect bank cards or money for someone from people who have been defrauded?',
      },
      youthQuestion: {
        nl: 'Haal je voor iemand bankpassen of geld op bij mensen die je niet kent?',
        en: "Do you collect bank cards or money for someone from people you don't know?",
      },
    },
    sourceIds: ['AK-CALIBRATION'],
  },
];
