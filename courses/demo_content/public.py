"""Demo course content: the public awareness course (open to every signed-in person)."""

COURSE = {
    "slug": "human-trafficking-public-awareness",
    "title": "Human Trafficking: What Everyone Can Do",
    "summary": (
        "A short course for everyone in Saint Lucia: teachers, nurses, hotel staff, church groups, "
        "students and anyone who wants to help. In plain language it explains what human "
        "trafficking is, the signs to notice and the myths to set aside. By the end you will know "
        "how to report a concern safely to the 847 hotline."
    ),
    "audiences": [],
    "access_level": "open",
    "objectives": [
        "By the end you can explain in plain words what human trafficking is, using its three "
        "parts: an act, a means and a purpose of exploitation.",
        "By the end you can tell human trafficking apart from people smuggling and explain why "
        "trafficking can happen inside one country.",
        "By the end you can recognise common signs that a person may be trafficked, and explain "
        "why a sign is a reason to ask, not proof.",
        "By the end you can answer common myths about human trafficking with the facts.",
        "By the end you can report a concern safely to the 847 hotline without confronting anyone "
        "or putting yourself or the person at risk.",
    ],
    "hours": "2",
    "prerequisites": "None. No legal or specialist knowledge is needed.",
    "modules": [
        # ------------------------------------------------------------------ Module 1
        {
            "slug": "what-human-trafficking-is",
            "title": "What human trafficking is",
            "summary": (
                "What the crime of human trafficking means, in plain words. Why children are "
                "treated differently, and how trafficking differs from people smuggling."
            ),
            "further_reading": [
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Module 1: the definition, smuggling and the difference",
                },
                {
                    "title": "Counter-Trafficking Act No. 7 of 2010",
                    "publisher": "Government of Saint Lucia",
                    "year": 2010,
                    "note": "Saint Lucia's law putting the Palermo Protocol into effect",
                },
                {
                    "title": "Toolkit to Combat Trafficking in Persons",
                    "publisher": "UNODC",
                    "year": None,
                    "note": "Chapter 1: the international legal framework",
                },
            ],
            "lessons": [
                {
                    "slug": "three-parts-of-trafficking",
                    "title": "The three parts of trafficking",
                    "minutes": 14,
                    "summary": (
                        "Human trafficking is made up of three parts: something done to a person, "
                        "the way it is done, and the aim of exploiting them."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>A crime about using people</h2>"
                            "<p>Human trafficking is a serious crime in which people are "
                            "controlled and used so that someone else can profit. The shared "
                            "international definition comes from a United Nations agreement "
                            "usually called the <b>Palermo Protocol</b>. Saint Lucia put that "
                            "agreement into its own law with the <b>Counter-Trafficking Act No. 7 "
                            "of 2010</b>.</p>"
                            "<p>The legal wording is long, but the idea is simple. For an adult, "
                            "trafficking has three parts that fit together.</p>"
                            "<h3>1. The act: what is done to the person</h3>"
                            "<p>Someone recruits a person, moves them from one place to another, "
                            "hands them over to someone else, houses or hides them, or receives "
                            "them at the other end. Lawyers call hiding or housing someone "
                            "'harbouring'.</p>"
                            "<h3>2. The means: how the person is controlled</h3>"
                            "<p>The trafficker uses threats or force, other kinds of pressure, "
                            "kidnapping, lies and tricks, or takes advantage of power over the "
                            "person or of a hard situation they are in, such as poverty or being "
                            "far from home. Paying off someone who has control over the person, "
                            "such as a relative, also counts.</p>"
                            "<h3>3. The purpose: why it is done</h3>"
                            "<p>The aim is to exploit the person. This includes, at the very "
                            "least, sexual exploitation, forced work or services, slavery or "
                            "practices like slavery, servitude (being kept to live and work "
                            "under someone's control with no real way out) and the removal of "
                            "body organs.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Think of it as <b>act, means, purpose</b>: something is "
                                    "done to a person, by using control or trickery, in order to "
                                    "exploit them. You do not need to remember the legal words. "
                                    "What matters is noticing when a person is being controlled "
                                    "and used.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Rosa is offered a paid job as a waitress in a hotel "
                                    "restaurant. She travels to take it, but on arrival there is "
                                    "no hotel job: she must work long hours in a bar for no pay. "
                                    "Which part of her story is the 'means'?"
                                ),
                                "options": [
                                    {
                                        "text": "The false promise of a paid hotel job.",
                                        "is_correct": True,
                                        "feedback": (
                                            "Right. Lying to someone about the job is deception, "
                                            "one of the means traffickers use to control people."
                                        ),
                                    },
                                    {
                                        "text": "The journey to the place of work.",
                                        "is_correct": False,
                                        "feedback": (
                                            "Not quite. Moving a person is part of the act, not "
                                            "the means."
                                        ),
                                    },
                                    {
                                        "text": "Working long hours for no pay.",
                                        "is_correct": False,
                                        "feedback": (
                                            "Not quite. Forced, unpaid work is the exploitation, "
                                            "which is the purpose of the crime."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Rosa's story has all three parts: she was recruited and "
                                    "moved (the act), she was lied to about the job (the means), "
                                    "and she was made to work without pay (the purpose). Most real "
                                    "stories are messier, but the same three parts are usually "
                                    "there.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "children-and-consent",
                    "title": "Children, and why 'she agreed' does not matter",
                    "minutes": 13,
                    "summary": (
                        "For a child no means is needed, and for anyone a 'yes' obtained through "
                        "threats or lies does not make exploitation lawful."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Children are treated differently</h2>"
                            "<p>A child is anyone under 18. When the victim is a child, the "
                            "second part of the definition, the means, is not needed at all. If a "
                            "child is recruited, moved, handed over, housed or received in order "
                            "to be exploited, that is trafficking, even if nobody used force, "
                            "threats or lies.</p>"
                            "<p>This matters in Saint Lucia. International reporting on the "
                            "country has described child sex trafficking, including by parents "
                            "and caregivers. The person exploiting a child may be someone the "
                            "child knows and trusts.</p>"
                            "<h2>When a 'yes' is not really a yes</h2>"
                            "<p>People sometimes say, 'But she agreed to go.' Under the "
                            "international definition, once a trafficker has used any of the "
                            "means, such as threats, pressure or lies, the victim's agreement "
                            "makes no difference. A person who agreed to a job they were lied "
                            "about did not agree to be exploited.</p>"
                            "<p>Saint Lucia's Act says the same thing in its own words: a "
                            "victim's consent, and their past sexual behaviour, are irrelevant "
                            "(section 11). It also says that the age of consent is no defence "
                            "for a trafficker (section 12).</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>With a child, you only need to ask two things: was the "
                                    "child recruited, moved, housed or handed over, and was it to "
                                    "exploit them? With anyone, agreement won through threats or "
                                    "lies is not real agreement.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: Tanya's evening job",
                                "scenario": (
                                    "<p>Tanya is 16. Her teacher notices she is often exhausted "
                                    "and has started missing school. Tanya tells her that her "
                                    "aunt's partner drives her to a bar several evenings a week, "
                                    "where she is told to be 'friendly' with older male customers. "
                                    "He keeps the money. Tanya says it is fine because she agreed "
                                    "to it and the family needs the money.</p>"
                                ),
                                "questions": [
                                    "Does it matter that Tanya says she agreed?",
                                    "Which parts of the definition can you see in her story?",
                                    "What should the teacher do, and not do, next?",
                                ],
                                "discussion": (
                                    "<p>Tanya is a child, so no means is needed and her agreement "
                                    "changes nothing. She is being transported to the bar (the "
                                    "act) so that an adult can profit from her being used "
                                    "sexually (the purpose). This is a strong reason for "
                                    "concern.</p>"
                                    "<p>The teacher should listen calmly, not press Tanya for "
                                    "details, and not promise to keep it secret. She should not "
                                    "contact the aunt's partner. She should report the concern "
                                    "to the 847 hotline and follow her school's own "
                                    "child-protection policy.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "not-smuggling-and-close-to-home",
                    "title": "Not smuggling, and often close to home",
                    "minutes": 13,
                    "summary": (
                        "Trafficking is different from people smuggling and can happen without "
                        "anyone crossing a border."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Trafficking and smuggling are different crimes</h2>"
                            "<p>The two words are often mixed up, even in the news. They are "
                            "not the same.</p>"
                            "<h3>People smuggling</h3>"
                            "<ul>"
                            "<li>The person agrees to be moved, usually by paying someone.</li>"
                            "<li>It always involves crossing a border.</li>"
                            "<li>It ends when the person arrives.</li>"
                            "<li>The smuggler makes money from the journey.</li>"
                            "</ul>"
                            "<h3>Human trafficking</h3>"
                            "<ul>"
                            "<li>The person is controlled through force, threats, lies or "
                            "abuse of their situation (or is a child).</li>"
                            "<li>It can happen entirely inside one country, even inside one "
                            "town.</li>"
                            "<li>The exploitation carries on after any journey.</li>"
                            "<li>The trafficker makes money from exploiting the person.</li>"
                            "</ul>"
                            "<p>A journey that starts as smuggling can turn into trafficking if "
                            "the person is later held and exploited.</p>"
                            "<h2>It happens here</h2>"
                            "<p>Reporting on Saint Lucia has described it as both a country "
                            "people are trafficked from and a country people are trafficked "
                            "to. Migrants from elsewhere in the Caribbean and from South Asia, "
                            "including domestic workers, have been described as most at risk. "
                            "Local people, including children, can also be trafficked without "
                            "ever leaving the island.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Smuggling is about the journey; trafficking is about the "
                                    "exploitation. Nobody has to cross a border for trafficking "
                                    "to take place.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which statement is true?",
                                "options": [
                                    {
                                        "text": (
                                            "Trafficking can happen without anyone leaving "
                                            "Saint Lucia."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Trafficking can take place entirely inside "
                                            "one country. It is about exploitation, not travel."
                                        ),
                                    },
                                    {
                                        "text": "Trafficking always involves crossing a border.",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. That is true of smuggling, not trafficking."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Smuggling and trafficking are two words for the "
                                            "same crime."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Smuggling is an agreed journey that ends on "
                                            "arrival; trafficking is continuing exploitation."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "If a person paid to be moved, they cannot later "
                                            "become a trafficking victim."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. A person who was smuggled can later be held and "
                                            "exploited, and then it is trafficking."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Smuggling is agreed, crosses a border, ends on arrival and "
                                    "profits from the journey. Trafficking is continuing "
                                    "exploitation that can happen in one country and profits "
                                    "from the exploitation itself.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 2
        {
            "slug": "signs-to-notice",
            "title": "Signs to notice",
            "summary": (
                "Common signs that a person may be trafficked, and why a sign is a reason to ask "
                "and to report, not proof."
            ),
            "further_reading": [
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Module 2: indicators, signs that call for further inquiry",
                },
                {
                    "title": "ILO indicators of forced labour",
                    "publisher": "International Labour Organization (ILO)",
                    "year": None,
                    "note": "Eleven signs of forced labour, from deception to excessive overtime",
                },
            ],
            "lessons": [
                {
                    "slug": "common-signs",
                    "title": "Common signs of trafficking",
                    "minutes": 14,
                    "summary": (
                        "The signs most often seen when a person is being trafficked, explained "
                        "in everyday terms."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>What to look out for</h2>"
                            "<p>People who work with the public, such as teachers, nurses, hotel "
                            "staff, drivers and church volunteers, are often well placed to "
                            "notice that something is wrong. These are some of the most common "
                            "signs:</p>"
                            "<ul>"
                            "<li><b>Fear of the authorities.</b> The person seems afraid of the "
                            "police or immigration, perhaps because they have been told they "
                            "will be arrested or deported.</li>"
                            "<li><b>No identity documents.</b> Someone else holds their passport "
                            "or identity card, or they have none.</li>"
                            "<li><b>Debt.</b> They say they owe money to an employer or agent "
                            "and cannot leave until it is paid.</li>"
                            "<li><b>Restricted movement.</b> They cannot come and go freely, are "
                            "always accompanied, or someone else speaks for them.</li>"
                            "<li><b>Excessive recruitment fees.</b> They paid, or owe, a large "
                            "sum just to get the job.</li>"
                            "<li><b>Travel arranged by someone else.</b> A third party booked "
                            "and paid for their travel, and now seems to control them.</li>"
                            "<li><b>Deception about the job.</b> The work, pay or conditions "
                            "are very different from what they were promised.</li>"
                            "</ul>"
                            "<h3>Other warning signs at work and at home</h3>"
                            "<p>The International Labour Organization lists further signs of "
                            "forced labour, including: being cut off from family and others, "
                            "violence or threats, wages held back, very poor working or living "
                            "conditions, and being made to work far too many hours.</p>"
                            "<p>Signs that show a person is being exploited now, such as unpaid "
                            "work, threats or a taken passport, tend to be the most reliable. "
                            "Traffickers also change their methods when they know which signs "
                            "people look for, so no list is ever complete.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Watch for signs of <b>control</b>: someone else holding "
                                    "documents, money, movement or the right to speak. One sign "
                                    "alone may have an innocent explanation. Several together "
                                    "are a stronger reason for concern.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A nurse treats a young woman whose employer waits in the "
                                    "room, answers every question for her and says he keeps her "
                                    "passport 'for safety'. Which signs are present?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Someone else speaking for her and holding her "
                                            "identity documents."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Right. She is not allowed to speak for herself and "
                                            "she does not hold her own passport. Both are signs "
                                            "of control."
                                        ),
                                    },
                                    {
                                        "text": "None. An employer is allowed to help.",
                                        "is_correct": False,
                                        "feedback": (
                                            "Helping is fine, but speaking for her and keeping "
                                            "her passport are signs of control worth taking "
                                            "seriously."
                                        ),
                                    },
                                    {
                                        "text": "Only deception about the job.",
                                        "is_correct": False,
                                        "feedback": (
                                            "Nothing here shows she was lied to about the job. "
                                            "The clear signs are about control of her movement "
                                            "and documents."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Keeping someone else's identity documents is a key "
                                    "warning sign; in Saint Lucia, withholding a person's identity "
                                    "documents is itself an offence under the Act (section 6). "
                                    "This does not prove trafficking, but it is a reason to "
                                    "report the concern.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "a-reason-to-ask-not-proof",
                    "title": "A reason to ask, not proof",
                    "minutes": 13,
                    "summary": (
                        "Signs tell you to look more closely and report, not to decide for "
                        "yourself that a crime has happened."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Signs are not proof</h2>"
                            "<p>A sign tells you that something may be wrong and deserves a "
                            "closer look by people trained to look. It does not prove that a "
                            "person is being trafficked. A worker may owe money for ordinary "
                            "reasons; a shy teenager may let a parent speak for them.</p>"
                            "<p>Your role is not to investigate or to decide whether a crime "
                            "has happened. Your role is to notice, to stay safe, and to pass "
                            "your concern to the people whose job it is to find out.</p>"
                            "<h2>If a person talks to you</h2>"
                            "<ul>"
                            "<li>Find a quiet, private moment if it is safe to do so.</li>"
                            "<li>Listen. Let them tell it in their own way; do not question "
                            "them like an interview.</li>"
                            "<li>Do not make promises you cannot keep, such as 'nothing bad "
                            "will happen' or 'I will keep this secret'.</li>"
                            "<li>Respect their own sense of what is safe for them. They know "
                            "the risks better than you do.</li>"
                            "<li>Tell them about the free 847 hotline, where they can call "
                            "without giving their name.</li>"
                            "</ul>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>You do not need to be sure before you report. Noticing "
                                    "and passing on a concern is enough. Finding out what is "
                                    "really happening is the job of the police.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: the guest house in Gros Islet",
                                "scenario": (
                                    "<p>Marva works on reception at a small guest house in Gros "
                                    "Islet. A man books three rooms for himself and three young "
                                    "women. He pays in cash and keeps all of their passports. "
                                    "The women never leave the building without him, and "
                                    "different men visit their rooms late at night. One of the "
                                    "women looks frightened when Marva greets her and glances "
                                    "towards the man before answering.</p>"
                                ),
                                "questions": [
                                    "Which signs can Marva see?",
                                    "Does Marva need to be certain before she acts?",
                                    "Should she ask the man about the passports or the visitors?",
                                ],
                                "discussion": (
                                    "<p>Several signs appear together: someone else holds the "
                                    "women's identity documents, their movement is restricted, "
                                    "they seem afraid, and the visitors suggest possible sexual "
                                    "exploitation. None of this is proof, and Marva does not need "
                                    "proof.</p>"
                                    "<p>She should not question the man or the visitors; that "
                                    "could put her and the women at risk. She should quietly "
                                    "write down what she has seen and call the 847 hotline, "
                                    "anonymously if she prefers. If she can speak to one of the "
                                    "women alone safely, she can mention the hotline, without "
                                    "making promises.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 3
        {
            "slug": "myths-and-facts",
            "title": "Myths and facts",
            "summary": (
                "Common beliefs about human trafficking that are wrong, and the facts that "
                "replace them."
            ),
            "further_reading": [
                {
                    "title": "Media and Trafficking in Human Beings: guidelines",
                    "publisher": "Ethical Journalism Network and ICMPD",
                    "year": 2017,
                    "note": "Includes the myth that trafficking is mostly sexual exploitation "
                    "of women",
                },
                {
                    "title": "Evidential Issues in Trafficking in Persons Cases: Case Digest",
                    "publisher": "UNODC",
                    "year": 2017,
                    "note": "Why a victim who did not flee can still be a victim",
                },
            ],
            "lessons": [
                {
                    "slug": "myths-about-who-and-where",
                    "title": "Myths about who is trafficked and where",
                    "minutes": 13,
                    "summary": (
                        "Trafficking affects people of any sex and age, in many kinds of work, "
                        "and does not need a border."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Myth: trafficking is mostly about women forced into sex "
                            "work</h2>"
                            "<p><b>Fact:</b> sexual exploitation is one form of trafficking, and "
                            "a serious one, but it is not the only one. The definition also "
                            "covers forced work or services, slavery, servitude and the removal "
                            "of organs. Women, men, girls and boys can all be trafficked. People "
                            "may be exploited on farms, on boats, in bars, in shops, on building "
                            "sites or as domestic workers in private homes. Guidelines for "
                            "journalists specifically ask reporters to correct this myth.</p>"
                            "<h2>Myth: a victim must have been taken across a border</h2>"
                            "<p><b>Fact:</b> trafficking can happen entirely inside one country. "
                            "What makes it trafficking is control and exploitation, not travel. "
                            "A local teenager exploited in her own town can be a victim of "
                            "trafficking just as much as someone brought from abroad.</p>"
                            "<h2>Myth: victims are always locked up or chained</h2>"
                            "<p><b>Fact:</b> many victims are controlled in quieter ways: a debt "
                            "that never gets smaller, a passport taken away, threats against "
                            "their family, or fear of being arrested or deported. They may "
                            "walk around in public and still not be free to leave.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Do not look only for one 'typical' victim. Anyone can be "
                                    "trafficked, in any kind of work, without crossing a border "
                                    "and without being physically locked in.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Which of these people could be a victim of human trafficking?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "A man working on a farm who is kept in debt and "
                                            "threatened if he tries to leave."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Yes. Forced labour is a form of trafficking, and men "
                                            "can be victims too."
                                        ),
                                    },
                                    {
                                        "text": "Only a woman brought from another country.",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. That picture is too narrow: victims can be of "
                                            "any sex and need not cross a border."
                                        ),
                                    },
                                    {
                                        "text": "Only someone who is physically locked up.",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Debt, threats and taken documents can control a "
                                            "person without any locked door."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Trafficking is defined by control and exploitation. The "
                                    "victim's sex, nationality or whether they are locked in do "
                                    "not decide whether it is trafficking.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "myths-about-how-victims-behave",
                    "title": "Myths about how victims behave",
                    "minutes": 14,
                    "summary": (
                        "Victims often do not ask for help or run away, and that does not mean "
                        "they are free."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Myth: a real victim would ask for help</h2>"
                            "<p><b>Fact:</b> many victims do not ask for help, and some say "
                            "they are fine even when asked directly. They may fear the "
                            "trafficker, fear the police or immigration, worry about their "
                            "family, feel ashamed, or not see themselves as victims at all. "
                            "Their story may also change from one telling to the next. That is "
                            "common after fear and trauma and does not mean they are lying.</p>"
                            "<h2>Myth: if they had the chance to run and did not, they were "
                            "not trafficked</h2>"
                            "<p><b>Fact:</b> a person who did not flee may have been held by "
                            "debt, threats or fear rather than by locks. A United Nations review "
                            "of trafficking court cases notes that a victim's failure to escape "
                            "can actually show how strong the trafficker's control was.</p>"
                            "<h2>Myth: they agreed to it, so it is not trafficking</h2>"
                            "<p><b>Fact:</b> agreement won through threats, pressure or lies "
                            "does not count, and a child cannot agree to being exploited at "
                            "all. Saint Lucia's Act says a victim's consent is irrelevant.</p>"
                            "<h2>Myth: victims will be punished for what they did</h2>"
                            "<p><b>Fact:</b> under the principle of non-punishment, victims "
                            "should not be arrested, prosecuted or punished for offences they "
                            "committed as a direct result of being trafficked. Saint Lucia's "
                            "Act protects victims from prosecution in this way (section "
                            "13).</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Do not wait for a victim to ask for help or to run away. "
                                    "Silence, denial and staying put are often signs of how much "
                                    "control the trafficker has.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: Ravi on the farm",
                                "scenario": (
                                    "<p>Ravi came from South Asia to work on a farm. Members of "
                                    "a church group see him every Saturday at a roadside stall, "
                                    "selling produce alone. He says his employer keeps his "
                                    "passport and that he still owes a large recruitment fee, "
                                    "which keeps growing. When a volunteer, Joan, asks if he "
                                    "needs help, he smiles and says he is fine. Another member "
                                    "says, 'He's out on his own every week. If he wanted to "
                                    "leave, he would.'</p>"
                                ),
                                "questions": [
                                    "Is the other member right that Ravi must be free?",
                                    "Why might Ravi say he is fine?",
                                    "What could Joan do next?",
                                ],
                                "discussion": (
                                    "<p>Being out alone does not mean Ravi is free. A taken "
                                    "passport and a debt that keeps growing can hold a person as "
                                    "firmly as a locked door. He may say he is fine out of fear "
                                    "of his employer, of the authorities, or of what will happen "
                                    "to his family or his debt.</p>"
                                    "<p>Joan should not confront the employer. She can note what "
                                    "Ravi said and when, call the 847 hotline, and, if it is safe, "
                                    "quietly tell Ravi that the line is free and that callers "
                                    "can stay anonymous.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 4
        {
            "slug": "how-to-report-safely",
            "title": "How to report safely",
            "summary": (
                "Where to report a concern in Saint Lucia, what to note down, and how to keep "
                "yourself and the person safe."
            ),
            "further_reading": [
                {
                    "title": (
                        "Ethical and safety recommendations for interviewing trafficked women"
                    ),
                    "publisher": "World Health Organization (WHO)",
                    "year": 2003,
                    "note": "Do no harm; make no promises you cannot keep; respect the "
                    "person's own view of the risks",
                },
                {
                    "title": (
                        "Recommended Principles and Guidelines on Human Rights and Human "
                        "Trafficking"
                    ),
                    "publisher": "OHCHR",
                    "year": 2002,
                    "note": "The non-punishment principle for victims",
                },
                {
                    "title": "Toolkit to Combat Trafficking in Persons",
                    "publisher": "UNODC",
                    "year": None,
                    "note": "Chapter on victim identification",
                },
            ],
            "lessons": [
                {
                    "slug": "the-847-hotline",
                    "title": "The 847 hotline and other ways to report",
                    "minutes": 13,
                    "summary": (
                        "Saint Lucia's trafficking hotline, 847, is free, open 24 hours and lets "
                        "you stay anonymous."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Call 847</h2>"
                            "<p>If you are worried that someone may be trafficked, call "
                            "<b>847</b>. On a phone keypad the numbers spell TIP, short for "
                            "'trafficking in persons'.</p>"
                            "<ul>"
                            "<li>The call is <b>free</b>.</li>"
                            "<li>The line is open <b>24 hours</b> a day.</li>"
                            "<li>It is answered in the control room of the <b>Royal Saint "
                            "Lucia Police Force</b>.</li>"
                            "<li>You may <b>stay anonymous</b>. You do not have to give your "
                            "name.</li>"
                            "</ul>"
                            "<h2>Other ways to report</h2>"
                            "<p><b>555</b> is the police's general anonymous tip line. You can "
                            "use it for any crime, but 847 is the line set up for trafficking "
                            "concerns.</p>"
                            "<p>If someone is in immediate danger, contact the police straight "
                            "away.</p>"
                            "<p>If you work in a school, clinic, hotel or other organisation, "
                            "also follow your workplace's own safeguarding or reporting policy. "
                            "That does not replace calling 847.</p>"
                            "<h2>You do not need to be sure</h2>"
                            "<p>Many people hold back because they worry they might be wrong. "
                            "You do not need proof or certainty. Describe what you saw and heard, "
                            "and leave it to the police to find out what is happening.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p><b>847</b>: free, 24 hours, answered by the Royal Saint "
                                    "Lucia Police Force, and you can stay anonymous. If you are "
                                    "unsure, call anyway.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which statement about the 847 hotline is true?",
                                "options": [
                                    {
                                        "text": (
                                            "It is free, open 24 hours, and you can call without "
                                            "giving your name."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. That is exactly how the 847 line works."
                                        ),
                                    },
                                    {
                                        "text": "It is only for victims, not for witnesses.",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Anyone with a concern can call, including "
                                            "neighbours, colleagues and friends."
                                        ),
                                    },
                                    {
                                        "text": "You should only call if you have proof.",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. A concern based on what you saw or heard is "
                                            "enough. Finding proof is the police's job."
                                        ),
                                    },
                                    {
                                        "text": "It is open during office hours only.",
                                        "is_correct": False,
                                        "feedback": "No. The line is open 24 hours a day.",
                                    },
                                ],
                                "explanation": (
                                    "<p>847 (which spells TIP) is free, runs 24 hours, is "
                                    "answered in the Royal Saint Lucia Police Force control room "
                                    "and lets callers stay anonymous. 555 is the police's "
                                    "general anonymous tip line.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "stay-safe-and-note-down",
                    "title": "Stay safe and note what you saw",
                    "minutes": 13,
                    "summary": (
                        "Never confront a suspected trafficker or try a rescue; instead, note the "
                        "facts and report them."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Do not confront, do not rescue</h2>"
                            "<p>It is natural to want to step in. But confronting a suspected "
                            "trafficker, or trying to rescue someone yourself, can do real "
                            "harm:</p>"
                            "<ul>"
                            "<li>You could be hurt or threatened.</li>"
                            "<li>The person you want to help could be punished, moved "
                            "somewhere else or watched more closely.</li>"
                            "<li>Evidence could be hidden or destroyed before the police can "
                            "act.</li>"
                            "</ul>"
                            "<p>The safest help you can give is a clear, calm report.</p>"
                            "<h2>What to note down</h2>"
                            "<p>As soon as you can, and only if it is safe, write down:</p>"
                            "<ul>"
                            "<li>the date, time and exact place;</li>"
                            "<li>what you saw and heard, in plain facts, including any words "
                            "people used;</li>"
                            "<li>descriptions of the people involved: approximate age, "
                            "appearance, clothing, language, and any names you heard;</li>"
                            "<li>any vehicles, with colour, make and number plate if you saw "
                            "them;</li>"
                            "<li>which signs worried you, such as a taken passport, talk of "
                            "debt, or someone never allowed to speak.</li>"
                            "</ul>"
                            "<p>Do not follow anyone, take photos in secret, or go back to find "
                            "out more. Do not post about it on social media or share it with "
                            "people who do not need to know; that can alert the trafficker and "
                            "expose the person.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Your job is to <b>notice, note and report</b>, not to "
                                    "investigate or rescue. A calm report to 847 protects you and "
                                    "gives the person the best chance of real help.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: a taxi ride from the port",
                                "scenario": (
                                    "<p>Curtis drives a taxi. He picks up two young men who have "
                                    "just arrived at the port with an older man. The older man "
                                    "holds both their passports and tells the driver where to "
                                    "go. During the ride he warns the young men, in English, "
                                    "that they will 'work off what they owe' and must not talk "
                                    "to anyone. The young men look at the floor and say "
                                    "nothing. Curtis drops them at a house and feels angry.</p>"
                                ),
                                "questions": [
                                    "Should Curtis go back to the house and challenge the "
                                    "older man?",
                                    "What should he write down?",
                                    "Which number should he call?",
                                ],
                                "discussion": (
                                    "<p>No. Going back could put Curtis and the young men in "
                                    "danger and could warn the older man. Several signs are "
                                    "present: passports held by someone else, talk of debt, and "
                                    "the young men kept from speaking.</p>"
                                    "<p>Curtis should note the date and time, the pick-up point "
                                    "and the address where he dropped them, descriptions of all "
                                    "three, and the exact words he heard. Then he should call "
                                    "847, free and at any hour, and can stay anonymous if he "
                                    "wishes.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "You suspect a neighbour's domestic worker is being "
                                    "exploited. What is the best first step?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Note what you have seen and heard, then call 847."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Right. A factual report to the hotline is the safest "
                                            "and most useful thing you can do."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Knock on the neighbour's door and demand answers."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Confronting the employer could put you and the "
                                            "worker at risk and warn the employer."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Post about it on social media to warn the community."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. This could expose the worker and alert the "
                                            "person exploiting them."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Notice, note and report. Leave any questioning, "
                                    "searching or rescue to the police.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
