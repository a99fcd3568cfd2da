import type { YouthScenario } from '../schema/training.js';

/**
 * "Herken de truc": chats for young people, in B1 Dutch, invented from the patterns in the domain
 * brief. Feedback explains the trick and never blames: whoever uses a young person is responsible.
 */
export const youthScenarios: YouthScenario[] = [
  {
    id: 'free-sneakers',
    trick: 'gift-becomes-debt',
    title: { nl: 'Gratis sneakers', en: 'Free sneakers' },
    steps: [
      {
        messages: [
          {
            from: 'recruiter',
            name: 'Jay',
            text: {
              nl: 'Hé, mooie schoenen heb je niet. Ik heb nog een paar over, jouw maat. Gewoon voor jou.',
              en: 'Hey, you don’t have nice shoes. I have a spare pair, your size. Just for you.',
            },
          },
          { from: 'me', name: 'Ik', text: { nl: 'Echt? Waarom?', en: 'Really? Why?' } },
          {
            from: 'recruiter',
            name: 'Jay',
            text: {
              nl: 'Omdat je chill bent. Later help jij mij een keer.',
              en: 'Because you’re chill. You help me out sometime.',
            },
          },
        ],
        question: { nl: 'Wat valt je op?', en: 'What do you notice?' },
        choices: [
          {
            text: { nl: 'Niks, hij is gewoon aardig.', en: 'Nothing, he’s just nice.' },
            good: false,
            feedback: {
              nl: 'Het voelt aardig, en dat is precies de bedoeling. Maar "later help jij mij" betekent: je bent hem nu iets schuldig.',
              en: 'It feels nice, and that is exactly the point. But "you help me out sometime" means: now you owe him something.',
            },
          },
          {
            text: { nl: 'Hij wil dat ik hem iets terug schuldig ben.', en: 'He wants me to owe him something.' },
            good: true,
            feedback: {
              nl: 'Goed gezien. Een cadeau van iemand die je nauwelijks kent, met "later help jij mij", is vaak het begin van een schuld.',
              en: 'Well spotted. A gift from someone you hardly know, with "you help me out sometime", is often the start of a debt.',
            },
          },
          {
            text: {
              nl: 'Ik neem ze aan, ik hoef toch niks terug te doen.',
              en: 'I’ll take them, I don’t have to do anything back.',
            },
            good: false,
            feedback: {
              nl: 'Dat zou fijn zijn. Maar iemand die "later" zegt, komt later terug. Je mag nee zeggen tegen een cadeau.',
              en: 'That would be nice. But someone who says "sometime" comes back sometime. You may say no to a gift.',
            },
          },
        ],
      },
      {
        messages: [
          {
            from: 'recruiter',
            name: 'Jay',
            text: {
              nl: 'Weet je nog, die schoenen? Die waren 200 euro. Breng deze tas naar het station en we staan quitte.',
              en: 'Remember those shoes? They were 200 euros. Take this bag to the station and we’re even.',
            },
          },
        ],
        question: { nl: 'Wat doe je?', en: 'What do you do?' },
        choices: [
          {
            text: { nl: 'Ik breng de tas, dan ben ik ervan af.', en: 'I take the bag, then I’m done with it.' },
            good: false,
            feedback: {
              nl: 'Je zou denken dat het dan klaar is. Vaak komt er daarna een nieuwe "schuld". Het is niet jouw schuld dat je zo vast komt te zitten.',
              en: 'You would think it ends there. Often a new "debt" follows. It is not your fault that you get stuck like this.',
            },
          },
          {
            text: {
              nl: 'Ik zeg nee en praat met iemand die ik vertrouw.',
              en: 'I say no and talk to someone I trust.',
            },
            good: true,
            feedback: {
              nl: 'Sterk. Je was hem niets schuldig: het was een cadeau. Praat erover met een volwassene die je vertrouwt, of bel de Kindertelefoon.',
              en: 'Strong. You owed him nothing: it was a gift. Talk about it with an adult you trust, or call the Kindertelefoon.',
            },
          },
          {
            text: { nl: 'Ik ga sparen om hem terug te betalen.', en: 'I’ll save up to pay him back.' },
            good: false,
            feedback: {
              nl: 'Een nep-schuld is bijna nooit af te betalen: er komt vaak iets bij. Zoek liever hulp.',
              en: 'A fake debt can hardly ever be paid off: something is often added. Better to get help.',
            },
          },
        ],
      },
    ],
    explanation: {
      nl: 'De truc: eerst iets geven, daarna zeggen dat je iets terug moet doen. Zo wordt een cadeau een schuld. Jij bent niet fout; wie dit doet, maakt misbruik van je.',
      en: 'The trick: first give you something, then say you must do something in return. That is how a gift becomes a debt. You are not wrong; whoever does this is using you.',
    },
    signalIds: ['recruit-gifts', 'control-debt'],
  },
  {
    id: 'easy-side-job',
    trick: 'job-is-a-trap',
    title: { nl: 'Makkelijk bijbaantje', en: 'Easy side job' },
    steps: [
      {
        messages: [
          {
            from: 'recruiter',
            name: 'snelgeld_nl',
            text: {
              nl: 'Bijbaantje! 500 euro per week, alleen dingen rondbrengen. Geen ervaring nodig. Stuur me een dm.',
              en: 'Side job! 500 euros a week, just delivering things. No experience needed. Send me a DM.',
            },
          },
        ],
        question: { nl: 'Wat denk je van dit bericht?', en: 'What do you think of this message?' },
        choices: [
          {
            text: { nl: 'Te mooi om waar te zijn.', en: 'Too good to be true.' },
            good: true,
            feedback: {
              nl: 'Klopt. Veel geld voor weinig werk, zonder te zeggen wat je brengt: zo worden jongeren online geronseld.',
              en: 'Right. A lot of money for little work, without saying what you deliver: that is how young people are recruited online.',
            },
          },
          {
            text: { nl: 'Lekker, dan kan ik sparen.', en: 'Great, then I can save up.' },
            good: false,
            feedback: {
              nl: 'Geld verdienen is een goed plan. Maar een echte baan vertelt wie je werkgever is en wat je doet.',
              en: 'Earning money is a good plan. But a real job tells you who your employer is and what you do.',
            },
          },
          {
            text: { nl: 'Ik vraag eerst wat ik moet rondbrengen.', en: 'I first ask what I have to deliver.' },
            good: true,
            feedback: {
              nl: 'Slim om te vragen. Let op: als ze het antwoord ontwijken, weet je genoeg. Stuur het bericht niet door en blokkeer het account.',
              en: 'Smart to ask. Note: if they dodge the answer, you know enough. Do not pass the message on, and block the account.',
            },
          },
        ],
      },
      {
        messages: [
          {
            from: 'recruiter',
            name: 'snelgeld_nl',
            text: {
              nl: 'Je hebt al twee keer gebracht. Nu stoppen kan niet, je weet te veel. We weten waar je woont.',
              en: 'You’ve already delivered twice. You can’t stop now, you know too much. We know where you live.',
            },
          },
        ],
        question: { nl: 'Wat is hier aan de hand?', en: 'What is going on here?' },
        choices: [
          {
            text: {
              nl: 'Ik heb een afspraak gemaakt, dus ik moet doorgaan.',
              en: 'I made a deal, so I have to go on.',
            },
            good: false,
            feedback: {
              nl: 'Een "baan" waar je niet mag stoppen, is geen baan. Je hoeft je niet aan zo’n afspraak te houden.',
              en: 'A "job" you are not allowed to quit is not a job. You do not have to keep a deal like that.',
            },
          },
          {
            text: { nl: 'Ze bedreigen me. Ik zoek hulp.', en: 'They are threatening me. I get help.' },
            good: true,
            feedback: {
              nl: 'Ja. Dit is bedreiging, en dat is strafbaar voor hen, niet voor jou. Praat met iemand die je vertrouwt. Bij direct gevaar: bel 112.',
              en: 'Yes. This is a threat, and that is a crime by them, not by you. Talk to someone you trust. In danger right now: call 112.',
            },
          },
        ],
      },
    ],
    explanation: {
      nl: 'De truc: een "bijbaantje" dat een val is. Eerst makkelijk geld, daarna mag je niet meer stoppen. Wie jou zo inzet, is fout, niet jij.',
      en: 'The trick: a "side job" that is a trap. Easy money first, then you are not allowed to stop. Whoever uses you like this is in the wrong, not you.',
    },
    signalIds: ['recruit-online-offers', 'control-cannot-stop', 'control-threats'],
  },
  {
    id: 'the-photo',
    trick: 'images-as-pressure',
    title: { nl: 'De foto', en: 'The photo' },
    steps: [
      {
        messages: [
          {
            from: 'friend',
            name: 'Jade',
            text: {
              nl: 'Ik vind je echt leuk. Stuur je een foto van jezelf? Alleen voor mij, niemand ziet het.',
              en: 'I really like you. Will you send a photo of yourself? Just for me, nobody will see it.',
            },
          },
        ],
        question: { nl: 'Wat doe je?', en: 'What do you do?' },
        choices: [
          {
            text: { nl: 'Ik stuur niks. Ik ken Jade alleen online.', en: 'I send nothing. I only know Jade online.' },
            good: true,
            feedback: {
              nl: 'Goed. Je weet niet wie er echt achter een account zit. Een foto die weg is, krijg je niet meer terug.',
              en: 'Good. You do not know who is really behind an account. A photo that is gone, you cannot get back.',
            },
          },
          {
            text: {
              nl: 'Ik stuur er een, ze zegt toch dat niemand het ziet.',
              en: 'I send one, she says nobody will see it.',
            },
            good: false,
            feedback: {
              nl: 'Dat begrijpen we: het voelt fijn als iemand je leuk vindt. Maar "niemand ziet het" kan niemand beloven.',
              en: 'We understand: it feels good when someone likes you. But nobody can promise "nobody will see it".',
            },
          },
        ],
      },
      {
        messages: [
          {
            from: 'recruiter',
            name: 'onbekend',
            text: {
              nl: 'We hebben je foto. Breng vanavond dit pakje weg, anders sturen we hem naar je hele school.',
              en: 'We have your photo. Deliver this package tonight, or we send it to your whole school.',
            },
          },
        ],
        question: { nl: 'Wat kun je doen?', en: 'What can you do?' },
        choices: [
          {
            text: { nl: 'Doen wat ze zeggen, dan houden ze op.', en: 'Do what they say, then they’ll stop.' },
            good: false,
            feedback: {
              nl: 'Ze houden meestal niet op: ze vragen steeds meer. Jij hebt niets strafbaars gedaan door bang te zijn.',
              en: 'They usually do not stop: they ask for more and more. You did nothing wrong by being scared.',
            },
          },
          {
            text: {
              nl: 'Niet betalen of doen wat ze vragen, berichten bewaren en hulp vragen.',
              en: 'Not pay or do what they ask, keep the messages and ask for help.',
            },
            good: true,
            feedback: {
              nl: 'Precies. Bewaar de berichten, blokkeer het account en praat met iemand. Er is hulp om beelden offline te laten halen. Het is niet jouw schuld.',
              en: 'Exactly. Keep the messages, block the account and talk to someone. There is help to get images taken offline. It is not your fault.',
            },
          },
        ],
      },
    ],
    explanation: {
      nl: 'De truc: een naaktfoto gebruiken als drukmiddel, zodat je moet doen wat zij willen. Dat heet sextortion en het is strafbaar, voor hen. Jij bent slachtoffer, geen dader.',
      en: 'The trick: using a nude photo as pressure, so you have to do what they want. This is called sextortion and it is a crime, by them. You are a victim, not an offender.',
    },
    signalIds: ['control-images'],
  },
  {
    id: 'lend-your-card',
    trick: 'lend-your-bank-card',
    title: { nl: 'Even je pas lenen', en: 'Just borrow your card' },
    steps: [
      {
        messages: [
          {
            from: 'friend',
            name: 'Tim',
            text: {
              nl: 'Mijn neef zoekt iemand met een bankpas. Jij krijgt 100 euro, hij gebruikt je pas één weekje. Makkelijk toch?',
              en: 'My cousin is looking for someone with a bank card. You get 100 euros, he uses your card for one week. Easy, right?',
            },
          },
        ],
        question: { nl: 'Wat is het risico?', en: 'What is the risk?' },
        choices: [
          {
            text: { nl: 'Geen risico, het is maar een week.', en: 'No risk, it’s only a week.' },
            good: false,
            feedback: {
              nl: 'In die week gaat er crimineel geld over jouw rekening. Daarna kun jij bij de bank en de politie op een lijst komen. Hij blijft buiten beeld.',
              en: 'During that week, criminal money goes through your account. Afterwards you can end up on a list of the bank and the police. He stays out of sight.',
            },
          },
          {
            text: {
              nl: 'Mijn rekening wordt gebruikt voor fout geld, en ik word erop aangesproken.',
              en: 'My account is used for dirty money, and I am the one held to account.',
            },
            good: true,
            feedback: {
              nl: 'Klopt. Dan ben je een "geldezel". Je rekening kan worden geblokkeerd en je kunt jarenlang moeilijk een rekening of telefoon krijgen.',
              en: 'Right. Then you are a "money mule". Your account can be blocked and for years it can be hard to get an account or a phone.',
            },
          },
        ],
      },
      {
        messages: [
          {
            from: 'friend',
            name: 'Tim',
            text: {
              nl: 'Je hebt hem al gegeven toch? Nu niet gaan zeuren, mijn neef wordt anders boos.',
              en: 'You already gave it, right? Don’t start whining now, or my cousin gets angry.',
            },
          },
        ],
        question: { nl: 'Wat doe je nu?', en: 'What do you do now?' },
        choices: [
          {
            text: {
              nl: 'Ik bel de bank om mijn pas te blokkeren en vertel het thuis.',
              en: 'I call the bank to block my card and tell them at home.',
            },
            good: true,
            feedback: {
              nl: 'Goed. Hoe eerder je de pas blokkeert, hoe beter. Vertellen is moeilijk, maar je staat er dan niet alleen voor.',
              en: 'Good. The sooner you block the card, the better. Telling is hard, but then you are not on your own.',
            },
          },
          {
            text: { nl: 'Niks zeggen, misschien gaat het vanzelf over.', en: 'Say nothing, maybe it blows over.' },
            good: false,
            feedback: {
              nl: 'Dat hopen veel jongeren. Maar het gaat meestal niet vanzelf over. Je bent niet de enige, en je kunt hulp krijgen.',
              en: 'Many young people hope so. But it usually does not blow over. You are not the only one, and you can get help.',
            },
          },
        ],
      },
    ],
    explanation: {
      nl: 'De truc: je pas "even lenen" voor makkelijk geld. Zo word je een geldezel, en draag jij de gevolgen. Wie dit vraagt, gebruikt je.',
      en: 'The trick: "just borrowing" your card for easy money. That makes you a money mule, and you carry the consequences. Whoever asks this is using you.',
    },
    signalIds: ['activity-money-mule', 'recruit-online-offers'],
  },
  {
    id: 'he-is-so-sweet',
    trick: 'older-partner',
    title: { nl: 'Hij is zo lief', en: 'He is so sweet' },
    steps: [
      {
        messages: [
          {
            from: 'partner',
            name: 'Dani (22)',
            text: {
              nl: 'Schat, ik heb nieuwe nagels voor je geregeld. En morgen haal ik je op bij school, dan gaan we uit eten.',
              en: 'Babe, I booked new nails for you. And tomorrow I’ll pick you up from school and we’ll go out for dinner.',
            },
          },
          {
            from: 'partner',
            name: 'Dani (22)',
            text: {
              nl: 'Vertel maar niet aan je ouders over mij. Die snappen het toch niet.',
              en: 'Better not tell your parents about me. They won’t get it anyway.',
            },
          },
        ],
        question: { nl: 'Wat valt je op?', en: 'What do you notice?' },
        choices: [
          {
            text: { nl: 'Hij is gewoon heel lief voor me.', en: 'He is just really sweet to me.' },
            good: false,
            feedback: {
              nl: 'Het voelt lief, en daar is het om te doen. Let op het geheim houden: iemand die het goed bedoelt, hoeft niet verborgen te blijven.',
              en: 'It feels sweet, and that is the point. Notice the secrecy: someone who means well does not need to stay hidden.',
            },
          },
          {
            text: {
              nl: 'Hij is veel ouder, geeft veel cadeaus en wil dat ik het geheim houd.',
              en: 'He is much older, gives lots of gifts and wants me to keep it secret.',
            },
            good: true,
            feedback: {
              nl: 'Goed gezien. Een duidelijk oudere partner, veel cadeaus en geheimhouding passen bij een bekend patroon.',
              en: 'Well spotted. A clearly older partner, lots of gifts and secrecy fit a known pattern.',
            },
          },
        ],
      },
      {
        messages: [
          {
            from: 'partner',
            name: 'Dani (22)',
            text: {
              nl: 'Kun jij dit pakketje een paar dagen bewaren? Als je echt van me houdt, doe je dit voor me.',
              en: 'Can you keep this little package for a few days? If you really love me, you’ll do this for me.',
            },
          },
        ],
        question: { nl: 'Wat is de truc?', en: 'What is the trick?' },
        choices: [
          {
            text: {
              nl: 'Hij gebruikt mijn gevoelens om mij iets te laten doen wat niet mag.',
              en: 'He uses my feelings to make me do something that is not allowed.',
            },
            good: true,
            feedback: {
              nl: 'Ja. Liefde is geen ruil. Je mag nee zeggen, en praten met iemand die je vertrouwt.',
              en: 'Yes. Love is not a trade. You may say no, and talk to someone you trust.',
            },
          },
          {
            text: {
              nl: 'Het is maar een pakketje, dat is toch niet erg.',
              en: 'It’s just a package, that’s no big deal.',
            },
            good: false,
            feedback: {
              nl: 'Je weet niet wat erin zit. Maar als het wordt gevonden, heb jij het. Het is niet jouw schuld als iemand je zo onder druk zet.',
              en: 'You do not know what is inside. But if it is found, you are the one who has it. It is not your fault when someone puts pressure on you like this.',
            },
          },
        ],
      },
    ],
    explanation: {
      nl: 'De truc: eerst verliefdheid en cadeaus, dan geheimhouding, dan "als je van me houdt". Zo maakt iemand je afhankelijk. Jij bent niet dom of fout; hij maakt misbruik van je gevoelens.',
      en: 'The trick: first romance and gifts, then secrecy, then "if you love me". That is how someone makes you dependent. You are not stupid or wrong; he abuses your feelings.',
    },
    signalIds: ['recruit-older-partner', 'recruit-gifts', 'activity-stash'],
  },
  {
    id: 'the-group',
    trick: 'group-as-family',
    title: { nl: 'De groep', en: 'The group' },
    steps: [
      {
        messages: [
          {
            from: 'friend',
            name: 'Sven',
            text: {
              nl: 'Bij ons hoor je erbij. Wij zijn familie. Niemand doet jou iets zolang je bij ons bent.',
              en: 'With us you belong. We’re family. Nobody touches you as long as you’re with us.',
            },
          },
        ],
        question: { nl: 'Wat denk je?', en: 'What do you think?' },
        choices: [
          {
            text: { nl: 'Fijn, eindelijk hoor ik ergens bij.', en: 'Nice, finally I belong somewhere.' },
            good: false,
            feedback: {
              nl: 'Dat gevoel is heel begrijpelijk. Let wel op wat ze er later voor terug willen.',
              en: 'That feeling is very understandable. Do watch what they want in return later.',
            },
          },
          {
            text: { nl: 'Waarom willen ze dat ik erbij hoor?', en: 'Why do they want me to belong?' },
            good: true,
            feedback: {
              nl: 'Goede vraag. Een groep die je "familie" noemt en bescherming belooft, wil vaak iets van je.',
              en: 'Good question. A group that calls you "family" and promises protection often wants something from you.',
            },
          },
        ],
      },
      {
        messages: [
          {
            from: 'friend',
            name: 'Sven',
            text: {
              nl: 'Vanavond sta jij op de hoek op de uitkijk. Familie laat elkaar niet vallen. Wie stopt, is een verrader.',
              en: 'Tonight you keep watch on the corner. Family doesn’t let each other down. Whoever quits is a traitor.',
            },
          },
        ],
        question: { nl: 'Wat is de truc?', en: 'What is the trick?' },
        choices: [
          {
            text: {
              nl: 'Ze gebruiken "familie" om mij te laten werken en bang te maken om te stoppen.',
              en: 'They use "family" to make me work and scare me off quitting.',
            },
            good: true,
            feedback: {
              nl: 'Precies. Echte familie bedreigt je niet als je wilt stoppen. Praat met iemand buiten de groep. Anoniem kan ook.',
              en: 'Exactly. Real family does not threaten you when you want to stop. Talk to someone outside the group. Anonymously is possible too.',
            },
          },
          {
            text: {
              nl: 'Op de uitkijk staan is niet erg, ik doe niks.',
              en: 'Keeping watch is no big deal, I do nothing.',
            },
            good: false,
            feedback: {
              nl: 'Op de uitkijk staan is werk voor criminelen, en jij loopt het risico. Het is niet jouw schuld dat je dit gevraagd wordt.',
              en: 'Keeping watch is work for criminals, and you carry the risk. It is not your fault that you are asked this.',
            },
          },
        ],
      },
    ],
    explanation: {
      nl: 'De truc: ze beloven dat je erbij hoort en dat ze je beschermen. Daarna gebruiken ze "familie" om je te laten werken. En om je bang te maken om te stoppen. Jij mag altijd stoppen en hulp vragen.',
      en: 'The trick: promising belonging and protection, then using "family" to make you work and to scare you off stopping. You may always stop and ask for help.',
    },
    signalIds: ['recruit-new-group', 'recruit-promises', 'activity-lookout', 'control-cannot-stop'],
  },
];
