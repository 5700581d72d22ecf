"""Demo quiz questions: human trafficking awareness, for the general public."""

QUIZZES = {
    "final": [
        {
            "kind": "single",
            "in_pre_test": True,
            "text": "Which of these best describes human trafficking?",
            "options": [
                {
                    "text": (
                        "Controlling a person through force, threats, lies or other pressure in "
                        "order to exploit them."
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Right. Trafficking is about controlling and using people so that someone "
                        "else can profit."
                    ),
                },
                {
                    "text": "Helping someone cross a border without papers, for a fee.",
                    "is_correct": False,
                    "feedback": "Not quite. That describes people smuggling, a different crime.",
                },
                {
                    "text": "Any job with long hours and low pay.",
                    "is_correct": False,
                    "feedback": (
                        "Not quite. Hard work and low pay are not trafficking unless a person is "
                        "controlled and exploited."
                    ),
                },
            ],
            "explanation": (
                "Trafficking has three parts: something is done to a person (the act), using "
                "control or trickery (the means), in order to exploit them (the purpose). For a "
                "child, no means is needed."
            ),
        },
        {
            "kind": "true_false",
            "in_pre_test": True,
            "text": "Trafficking can happen without anyone leaving Saint Lucia.",
            "answer": True,
            "feedback_true": (
                "Right. Trafficking can take place entirely inside one country, even inside one "
                "town."
            ),
            "feedback_false": (
                "Not so. Trafficking does not need a border. It is people smuggling that always "
                "crosses one."
            ),
            "explanation": (
                "Trafficking is about control and exploitation, not travel. Local people, "
                "including children, can be trafficked without ever leaving the island."
            ),
        },
        {
            "kind": "single",
            "text": (
                "A 15-year-old girl is taken by an adult she knows to a bar, where she is used "
                "sexually by customers and the adult keeps the money. Nobody threatened or lied "
                "to her. Is this trafficking?"
            ),
            "options": [
                {
                    "text": "Yes. She is a child, so no threats or lies are needed.",
                    "is_correct": True,
                    "feedback": (
                        "Right. For a child, the act and the aim of exploiting her are enough."
                    ),
                },
                {
                    "text": "No. Nobody forced or tricked her.",
                    "is_correct": False,
                    "feedback": "Not so. For anyone under 18, force or tricks are not needed.",
                },
                {
                    "text": "No. She did not cross a border.",
                    "is_correct": False,
                    "feedback": "Not so. Trafficking can happen without crossing a border.",
                },
                {
                    "text": "Only if she says she did not agree.",
                    "is_correct": False,
                    "feedback": (
                        "Not so. A child cannot agree to being exploited, and the age of consent "
                        "is no defence for a trafficker."
                    ),
                },
            ],
            "explanation": (
                "For a child, moving or handing them over in order to exploit them is "
                "trafficking. The person doing it may be someone the child knows and trusts."
            ),
        },
        {
            "kind": "multiple",
            "in_pre_test": True,
            "text": (
                "Which of these could be signs that someone is being trafficked? (choose all that "
                "apply)"
            ),
            "scoring": "partial",
            "options": [
                {
                    "text": "Their work or pay is very different from what they were promised.",
                    "is_correct": True,
                    "feedback": "Right. Being lied to about the job is a common sign.",
                },
                {
                    "text": "They paid, or owe, a very large fee just to get the job.",
                    "is_correct": True,
                    "feedback": "Right. Large recruitment fees can trap people in debt.",
                },
                {
                    "text": "They seem afraid of the police or immigration.",
                    "is_correct": True,
                    "feedback": (
                        "Right. Victims may have been told they will be arrested or deported."
                    ),
                },
                {
                    "text": "They speak a different language from you.",
                    "is_correct": False,
                    "feedback": (
                        "Not on its own. Speaking another language is not a sign of exploitation."
                    ),
                },
                {
                    "text": "They work night shifts.",
                    "is_correct": False,
                    "feedback": (
                        "Not on its own. Many jobs have night shifts. Look for signs of control."
                    ),
                },
            ],
            "explanation": (
                "Common signs include fear of the authorities, no identity documents, debt, "
                "restricted movement, large recruitment fees, travel arranged by someone else, "
                "and lies about the job."
            ),
        },
        {
            "kind": "single",
            "text": "What does a sign of trafficking tell you?",
            "options": [
                {
                    "text": (
                        "That something may be wrong and deserves a closer look by people trained "
                        "to look."
                    ),
                    "is_correct": True,
                    "feedback": "Right. A sign is a reason to report, not proof.",
                },
                {
                    "text": "That a crime has definitely happened.",
                    "is_correct": False,
                    "feedback": "Not so. A sign can have an innocent explanation.",
                },
                {
                    "text": "That you should investigate the situation yourself.",
                    "is_correct": False,
                    "feedback": (
                        "Not so. Your role is to notice and report. Finding out is the police's "
                        "job."
                    ),
                },
            ],
            "explanation": (
                "Signs are not proof, and you do not need proof. Notice, stay safe, and pass your "
                "concern to the people whose job it is to find out."
            ),
        },
        {
            "kind": "true_false",
            "in_pre_test": True,
            "text": (
                "If a person had a chance to run away and did not, they cannot be a victim of "
                "trafficking."
            ),
            "answer": False,
            "feedback_true": (
                "Not so. Debt, threats and fear can hold a person without any locks. A victim who "
                "does not run away may be showing how strong the control is."
            ),
            "feedback_false": "Right. Staying put does not mean a person is free.",
            "explanation": (
                "A United Nations review of trafficking court cases notes that a victim's failure "
                "to escape can actually show how strong the trafficker's control was."
            ),
        },
        {
            "kind": "single",
            "text": "Which of these statements is a myth?",
            "options": [
                {
                    "text": "Trafficking is mostly about women forced into sex work.",
                    "is_correct": True,
                    "feedback": (
                        "Right, this is the myth. Trafficking also includes forced work, and men "
                        "and boys can be victims too."
                    ),
                },
                {
                    "text": "Men and boys can be trafficked.",
                    "is_correct": False,
                    "feedback": "This is a fact, not a myth. Anyone can be trafficked.",
                },
                {
                    "text": "Trafficking can happen in a person's own town.",
                    "is_correct": False,
                    "feedback": "This is a fact, not a myth. No border is needed.",
                },
                {
                    "text": (
                        "A person can be controlled by debt or threats without being locked up."
                    ),
                    "is_correct": False,
                    "feedback": (
                        "This is a fact, not a myth. Many victims are controlled in quiet ways."
                    ),
                },
            ],
            "explanation": (
                "Sexual exploitation is one serious form of trafficking, but not the only one. "
                "People are also exploited on farms, on boats, in shops, on building sites and as "
                "domestic workers."
            ),
        },
        {
            "kind": "short_answer",
            "in_pre_test": True,
            "text": (
                "What number do you call in Saint Lucia to report a concern about human "
                "trafficking?"
            ),
            "accepted": [
                "847",
                "eight four seven",
                "eight-four-seven",
                "eight hundred and forty-seven",
                "eight hundred and forty seven",
                "eight hundred forty-seven",
                "eight hundred forty seven",
            ],
            "explanation": (
                "Call 847, which spells TIP. The call is free, the line is open 24 hours, it is "
                "answered by the Royal Saint Lucia Police Force, and you can stay anonymous."
            ),
        },
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "You think a man selling at the market is being controlled by his 'boss'. What is "
                "the safest way to help?"
            ),
            "options": [
                {
                    "text": "Note what you saw and heard, and call 847.",
                    "is_correct": True,
                    "feedback": (
                        "Right. A calm report is the safest and most useful thing you can do."
                    ),
                },
                {
                    "text": "Confront the boss and demand to know what is going on.",
                    "is_correct": False,
                    "feedback": (
                        "Not a good idea. It could put you and the man at risk and warn the boss."
                    ),
                },
                {
                    "text": "Take photos in secret and post them online to warn people.",
                    "is_correct": False,
                    "feedback": (
                        "Not a good idea. This could expose the man and alert the person "
                        "controlling him."
                    ),
                },
                {
                    "text": "Tell the man to run away tonight.",
                    "is_correct": False,
                    "feedback": (
                        "Not a good idea. He knows the risks better than you do, and this could "
                        "put him in danger."
                    ),
                },
            ],
            "explanation": (
                "Notice, note and report. Leave questioning, searching and rescue to the police."
            ),
        },
        {
            "kind": "scenario",
            "case": (
                "A fictional scenario: Joel, a church volunteer, notices that a girl of about 14 "
                "who cleans at a neighbour's house never goes to school. She is only allowed out "
                "with the neighbour's husband, who answers for her when anyone speaks to her. One "
                "day she whispers to Joel that she is not paid and is not allowed to phone her "
                "family."
            ),
            "text": "The girl next door",
            "sub_questions": [
                {
                    "kind": "multiple",
                    "text": "Which signs can Joel see? (choose all that apply)",
                    "scoring": "partial",
                    "options": [
                        {
                            "text": "She is never allowed out alone.",
                            "is_correct": True,
                            "feedback": "Right. Restricted movement is a sign of control.",
                        },
                        {
                            "text": "Someone else speaks for her.",
                            "is_correct": True,
                            "feedback": (
                                "Right. Not being allowed to speak for herself is a sign of "
                                "control."
                            ),
                        },
                        {
                            "text": "She is not paid.",
                            "is_correct": True,
                            "feedback": "Right. Wages held back are a sign of forced labour.",
                        },
                        {
                            "text": "She is cut off from her family.",
                            "is_correct": True,
                            "feedback": (
                                "Right. Being cut off from family and others is a warning sign."
                            ),
                        },
                        {
                            "text": "She cleans a house.",
                            "is_correct": False,
                            "feedback": (
                                "Not on its own. Cleaning is ordinary work; the other facts are "
                                "the worry."
                            ),
                        },
                    ],
                    "explanation": (
                        "Several signs together, in the case of a child, are a strong reason to "
                        "report."
                    ),
                },
                {
                    "kind": "true_false",
                    "text": (
                        "Joel should promise the girl that he will keep what she has told him a "
                        "secret."
                    ),
                    "answer": False,
                    "feedback_true": (
                        "Not so. He should not make a promise he may not be able to keep."
                    ),
                    "feedback_false": (
                        "Right. Making promises you cannot keep can break trust later."
                    ),
                    "explanation": "Listen, make no promises, and pass the concern on.",
                },
                {
                    "kind": "single",
                    "text": "What should Joel do next?",
                    "options": [
                        {
                            "text": (
                                "Note what he saw and heard, and call 847. He can stay anonymous."
                            ),
                            "is_correct": True,
                            "feedback": "Right. This gets the concern to the police safely.",
                        },
                        {
                            "text": "Go next door and confront the husband.",
                            "is_correct": False,
                            "feedback": "Not a good idea. It could put Joel and the girl at risk.",
                        },
                        {
                            "text": "Post about it in the church's online group.",
                            "is_correct": False,
                            "feedback": (
                                "Not a good idea. It could expose the girl and warn the people "
                                "exploiting her."
                            ),
                        },
                    ],
                    "explanation": "Notice, note and report.",
                },
            ],
            "explanation": (
                "The girl is a child, so no force, threats or lies need to be shown for this to "
                "be trafficking. Joel does not need proof. A calm, factual call to 847 is the "
                "best help he can give."
            ),
        },
    ],
    "modules": {
        "what-human-trafficking-is": [
            {
                "kind": "single",
                "text": (
                    "Which of these is an example of the 'act' part of trafficking, the thing "
                    "that is done to a person?"
                ),
                "options": [
                    {
                        "text": (
                            "Meeting a person off a boat and taking them to the place where they "
                            "will be used."
                        ),
                        "is_correct": True,
                        "feedback": "Right. Receiving a person and moving them are both acts.",
                    },
                    {
                        "text": "Lying to a person about the job they will do.",
                        "is_correct": False,
                        "feedback": (
                            "Not quite. Lying is one of the means, the way a person is controlled."
                        ),
                    },
                    {
                        "text": "Making a person work long hours for no pay.",
                        "is_correct": False,
                        "feedback": (
                            "Not quite. Forced, unpaid work is the exploitation, which is the "
                            "purpose."
                        ),
                    },
                ],
                "explanation": (
                    "The act is what is done to the person: recruiting them, moving them, handing "
                    "them over, housing or hiding them, or receiving them. The means is how they "
                    "are controlled, and the purpose is to exploit them."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "If the victim is a child, it can be trafficking even if nobody used force, "
                    "threats or lies."
                ),
                "answer": True,
                "feedback_true": (
                    "Right. For anyone under 18, the 'means' part is not needed. Recruiting, "
                    "moving or housing a child in order to exploit them is enough."
                ),
                "feedback_false": (
                    "Not so. For a child, no force, threats or lies are needed. Doing something "
                    "to a child in order to exploit them is enough."
                ),
                "explanation": (
                    "Children are treated differently. If a child is recruited, moved, handed "
                    "over, housed or received so that someone can exploit them, that is "
                    "trafficking, whatever the child says they agreed to."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these are kinds of exploitation that trafficking law covers? "
                    "(choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Forced work or services.",
                        "is_correct": True,
                        "feedback": "Right. Forced work is one of the most common forms.",
                    },
                    {
                        "text": "Sexual exploitation.",
                        "is_correct": True,
                        "feedback": (
                            "Right. Sexual exploitation is one form, but not the only one."
                        ),
                    },
                    {
                        "text": "Removal of body organs.",
                        "is_correct": True,
                        "feedback": "Right. The law covers this too.",
                    },
                    {
                        "text": (
                            "Servitude: being kept to live and work under someone's control with "
                            "no real way out."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. Servitude, and slavery or practices like it, are covered."
                        ),
                    },
                    {
                        "text": (
                            "Helping someone cross a border for a fee, then leaving them free "
                            "when they arrive."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Not quite. That is people smuggling. Nobody is exploited after the "
                            "journey."
                        ),
                    },
                ],
                "explanation": (
                    "At the very least, the law covers sexual exploitation, forced work or "
                    "services, slavery or practices like slavery, servitude and the removal of "
                    "organs."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A man pays a boat owner to take him to another island without going through "
                    "immigration. When they land, he goes his own way and finds work he chose "
                    "himself. Which crime does this sound like?"
                ),
                "options": [
                    {
                        "text": "People smuggling.",
                        "is_correct": True,
                        "feedback": (
                            "Right. He agreed to the journey, paid for it, and it ended when he "
                            "arrived."
                        ),
                    },
                    {
                        "text": "Human trafficking.",
                        "is_correct": False,
                        "feedback": (
                            "Not quite. Nobody controlled or exploited him after the journey."
                        ),
                    },
                    {
                        "text": "Both smuggling and trafficking.",
                        "is_correct": False,
                        "feedback": (
                            "Not on these facts. It would only become trafficking if he were "
                            "later held and exploited."
                        ),
                    },
                ],
                "explanation": (
                    "Smuggling is about the journey: the person agrees, a border is crossed, and "
                    "it ends on arrival. Trafficking is about exploitation that carries on. A "
                    "smuggled person can become a trafficking victim if they are later held and "
                    "used."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "Under the trafficking definition, a child is anyone under what age? Write "
                    "the number."
                ),
                "accepted": [
                    "18",
                    "eighteen",
                    "18 years",
                    "eighteen years",
                    "18 years old",
                    "eighteen years old",
                ],
                "explanation": (
                    "A child is anyone under 18. For a child, no threats, force or lies are "
                    "needed for it to be trafficking."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Maria, a young woman from another Caribbean island, is "
                    "promised a job in a shop in Saint Lucia. When she arrives, there is no shop "
                    "job. Instead she is made to clean and cook in a family's house from early "
                    "morning until late at night, with no pay, and the family keeps her passport. "
                    "They tell the neighbours, 'She agreed to come.'"
                ),
                "text": "Maria's new job",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": (
                            "Which part of Maria's story is the 'means', the way she was "
                            "controlled?"
                        ),
                        "options": [
                            {
                                "text": "The false promise of a job in a shop.",
                                "is_correct": True,
                                "feedback": (
                                    "Right. Lying about the job is deception, one of the means."
                                ),
                            },
                            {
                                "text": "Her journey to Saint Lucia.",
                                "is_correct": False,
                                "feedback": "Not quite. Moving a person is part of the act.",
                            },
                            {
                                "text": "Cleaning and cooking all day with no pay.",
                                "is_correct": False,
                                "feedback": (
                                    "Not quite. Unpaid, forced work is the exploitation, the "
                                    "purpose."
                                ),
                            },
                        ],
                        "explanation": (
                            "Act: she was recruited and moved. Means: she was lied to. Purpose: "
                            "forced, unpaid work."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": "Because Maria agreed to come, this cannot be trafficking.",
                        "answer": False,
                        "feedback_true": (
                            "Not so. She agreed to a shop job that did not exist. Once lies are "
                            "used, her agreement makes no difference."
                        ),
                        "feedback_false": (
                            "Right. She did not agree to be exploited, and agreement won by lies "
                            "does not count."
                        ),
                        "explanation": (
                            "Saint Lucia's Act says a victim's consent is irrelevant (section 11)."
                        ),
                    },
                ],
                "explanation": (
                    "Maria's story has all three parts: the act, the means and the purpose. 'She "
                    "agreed to come' is a common excuse, but agreement won by lying is not real "
                    "agreement."
                ),
            },
        ],
        "signs-to-notice": [
            {
                "kind": "multiple",
                "text": (
                    "Which of these could be signs that a person is being trafficked? (choose all "
                    "that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Someone else holds their passport or identity card.",
                        "is_correct": True,
                        "feedback": (
                            "Right. Taking away a person's documents is a common way to control "
                            "them."
                        ),
                    },
                    {
                        "text": (
                            "They say they owe money to their employer and cannot leave until it "
                            "is paid."
                        ),
                        "is_correct": True,
                        "feedback": "Right. Debt is often used to keep people working.",
                    },
                    {
                        "text": (
                            "They are never allowed out alone, and someone else always speaks for "
                            "them."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. Restricted movement and not being allowed to speak are signs "
                            "of control."
                        ),
                    },
                    {
                        "text": "They come from another country.",
                        "is_correct": False,
                        "feedback": (
                            "Not on its own. Where a person comes from is not a sign that they "
                            "are being exploited."
                        ),
                    },
                    {
                        "text": "They work in a hotel.",
                        "is_correct": False,
                        "feedback": (
                            "Not on its own. Hotel work is ordinary work. What matters is whether "
                            "someone controls them."
                        ),
                    },
                ],
                "explanation": (
                    "Look for signs of control: someone else holding a person's documents, money "
                    "or freedom to move and speak. Nationality or type of job is not a sign by "
                    "itself."
                ),
            },
            {
                "kind": "true_false",
                "text": "One sign on its own proves that a person is being trafficked.",
                "answer": False,
                "feedback_true": (
                    "Not so. One sign may have an innocent explanation. Signs are a reason to "
                    "look more closely and to report, not proof."
                ),
                "feedback_false": "Right. A sign is a reason for concern, not proof.",
                "explanation": (
                    "A worker may owe money for ordinary reasons, and a shy teenager may let a "
                    "parent speak for them. Several signs together are a stronger reason for "
                    "concern. Either way, finding out what is really happening is the police's "
                    "job."
                ),
            },
            {
                "kind": "single",
                "text": "Which kind of sign tends to be the most reliable?",
                "options": [
                    {
                        "text": (
                            "Signs that a person is being exploited now, such as unpaid work, "
                            "threats or a passport taken away."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. Signs of exploitation that is happening now tend to be the "
                            "most reliable."
                        ),
                    },
                    {
                        "text": "The way a person dresses.",
                        "is_correct": False,
                        "feedback": (
                            "Not quite. Clothes tell you very little about whether someone is "
                            "controlled."
                        ),
                    },
                    {
                        "text": "Which country a person comes from.",
                        "is_correct": False,
                        "feedback": "Not quite. Nationality is not a sign of exploitation.",
                    },
                ],
                "explanation": (
                    "Signs that show someone is being used now, such as unpaid work, threats or a "
                    "taken passport, are the strongest. Even so, a sign is a reason to report, "
                    "not proof."
                ),
            },
            {
                "kind": "single",
                "text": "Why will a list of signs never be complete?",
                "options": [
                    {
                        "text": (
                            "Traffickers change their methods when they know which signs people "
                            "look for."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. That is why you should trust your concern even when it does "
                            "not match a list."
                        ),
                    },
                    {
                        "text": "Trafficking only happens in a few kinds of work.",
                        "is_correct": False,
                        "feedback": (
                            "Not so. People can be exploited in many kinds of work, and at home."
                        ),
                    },
                    {
                        "text": "Signs only appear when a victim crosses a border.",
                        "is_correct": False,
                        "feedback": (
                            "Not so. Trafficking can happen without anyone crossing a border."
                        ),
                    },
                ],
                "explanation": (
                    "Lists of signs help, but traffickers adapt. If something about a person's "
                    "situation worries you, it is worth reporting even if it is not on a list."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A worker quietly tells you that her boss has her passport and that she owes "
                    "him money. What is the best way to respond?"
                ),
                "options": [
                    {
                        "text": (
                            "Listen, let her tell it her own way, make no promises, and tell her "
                            "about the free 847 hotline."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. This respects her and gives her a safe way to get help."
                        ),
                    },
                    {
                        "text": "Promise her that you will keep it secret.",
                        "is_correct": False,
                        "feedback": (
                            "Not a good idea. Do not make promises you may not be able to keep."
                        ),
                    },
                    {
                        "text": (
                            "Ask her lots of detailed questions so you can tell the police "
                            "everything."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Not a good idea. Listen rather than question her; the police will "
                            "ask what they need."
                        ),
                    },
                    {
                        "text": "Tell her she must go to the police right now.",
                        "is_correct": False,
                        "feedback": (
                            "Not a good idea. Respect her own sense of what is safe. She knows "
                            "the risks better than you do."
                        ),
                    },
                ],
                "explanation": (
                    "If a person talks to you: find a quiet moment if it is safe, listen, make no "
                    "promises you cannot keep, respect her view of what is safe, and tell her "
                    "about 847, where she can call without giving her name."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Claudette, a nurse at a health centre, treats a young "
                    "man with a badly cut hand. A man who says he is the patient's employer stays "
                    "in the room and answers every question for him. The patient looks at the "
                    "floor and does not speak. The employer mentions that he keeps the young "
                    "man's passport 'for safety'."
                ),
                "text": "At the health centre",
                "sub_questions": [
                    {
                        "kind": "multiple",
                        "text": "Which signs can Claudette see? (choose all that apply)",
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Someone else answers every question for him.",
                                "is_correct": True,
                                "feedback": (
                                    "Right. Someone else speaking for a person is a sign of "
                                    "control."
                                ),
                            },
                            {
                                "text": "Someone else holds his passport.",
                                "is_correct": True,
                                "feedback": (
                                    "Right. Keeping a person's documents is a key warning sign."
                                ),
                            },
                            {
                                "text": "He does not seem free to speak for himself.",
                                "is_correct": True,
                                "feedback": "Right. This is part of the same pattern of control.",
                            },
                            {
                                "text": "He needed treatment for a cut.",
                                "is_correct": False,
                                "feedback": "Not on its own. Anyone can have an accident.",
                            },
                        ],
                        "explanation": "Several signs together are a stronger reason for concern.",
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Claudette must be sure that he is being trafficked before she "
                            "reports her concern."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not so. She does not need proof or certainty. Finding out is the "
                            "police's job."
                        ),
                        "feedback_false": "Right. Noticing and passing on a concern is enough.",
                        "explanation": "You do not need to be sure before you report.",
                    },
                    {
                        "kind": "single",
                        "text": "What should Claudette do?",
                        "options": [
                            {
                                "text": (
                                    "Follow her health centre's reporting policy and call 847; if "
                                    "she can see him alone safely, tell him about the hotline."
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Right. This is safe for everyone and gets the concern to the "
                                    "police."
                                ),
                            },
                            {
                                "text": "Ask the employer why he keeps the passport.",
                                "is_correct": False,
                                "feedback": (
                                    "Not a good idea. Questioning him could warn him and put the "
                                    "young man at risk."
                                ),
                            },
                            {
                                "text": "Do nothing, because one visit is not enough to be sure.",
                                "is_correct": False,
                                "feedback": (
                                    "Not so. She does not need to be sure. Her concern is enough "
                                    "to report."
                                ),
                            },
                        ],
                        "explanation": "Notice, note and report.",
                    },
                ],
                "explanation": (
                    "Keeping someone's passport and speaking for them are signs of control. In "
                    "Saint Lucia, withholding a person's identity documents is itself an offence "
                    "(section 6). Claudette does not need proof: she follows her workplace policy "
                    "and calls 847."
                ),
            },
        ],
        "myths-and-facts": [
            {
                "kind": "true_false",
                "text": (
                    "A person who can walk around town on their own cannot be a victim of "
                    "trafficking."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Many victims are controlled by debt, a taken passport, threats or "
                    "fear, without ever being locked in."
                ),
                "feedback_false": (
                    "Right. A person can be out in public and still not be free to leave."
                ),
                "explanation": (
                    "Many victims are controlled in quiet ways: a debt that never gets smaller, a "
                    "passport taken away, threats against their family, or fear of arrest or "
                    "deportation."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "When someone asks a worker if he needs help, he smiles and says he is fine. "
                    "What does this tell you?"
                ),
                "options": [
                    {
                        "text": (
                            "Not much. Victims often say they are fine because of fear, shame or "
                            "worry about their family."
                        ),
                        "is_correct": True,
                        "feedback": "Right. Saying 'I'm fine' does not mean a person is free.",
                    },
                    {
                        "text": "That he is definitely not a victim.",
                        "is_correct": False,
                        "feedback": (
                            "Not so. Many victims say they are fine even when asked directly."
                        ),
                    },
                    {
                        "text": "That he is lying and should be reported to immigration.",
                        "is_correct": False,
                        "feedback": (
                            "Not so. Fear of the authorities is one reason victims stay silent."
                        ),
                    },
                ],
                "explanation": (
                    "Victims may fear the trafficker, the police or immigration, worry about "
                    "their family, feel ashamed, or not see themselves as victims. Silence and "
                    "denial are common."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these people could be victims of human trafficking? (choose all "
                    "that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": (
                            "A teenage girl made to have sex with men in her own town by an adult "
                            "who keeps the money."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. Trafficking can happen close to home, without any border."
                        ),
                    },
                    {
                        "text": (
                            "A man kept working on a farm by a debt that keeps growing and by "
                            "threats."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. Men can be victims, and forced work is a form of trafficking."
                        ),
                    },
                    {
                        "text": (
                            "A domestic worker whose employer keeps her passport and pays her "
                            "nothing."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. Migrant domestic workers have been described as among those "
                            "most at risk in Saint Lucia."
                        ),
                    },
                    {
                        "text": (
                            "A student who paid an agent for help with a visa and now studies and "
                            "works as she chooses."
                        ),
                        "is_correct": False,
                        "feedback": "Not on these facts. Nobody is controlling or exploiting her.",
                    },
                ],
                "explanation": (
                    "Anyone can be trafficked: women, men, girls and boys, in many kinds of work, "
                    "in their own town or far from home. What matters is control and "
                    "exploitation."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A woman was forced by the people trafficking her to carry drugs. What does "
                    "the principle of non-punishment say?"
                ),
                "options": [
                    {
                        "text": (
                            "She should not be arrested, prosecuted or punished for offences that "
                            "were a direct result of being trafficked."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. Saint Lucia's Act protects victims from prosecution in this "
                            "way (section 13)."
                        ),
                    },
                    {
                        "text": "She must be prosecuted like anyone else who carries drugs.",
                        "is_correct": False,
                        "feedback": (
                            "Not so. She was forced to do it because she was being trafficked."
                        ),
                    },
                    {
                        "text": "She will be punished unless she can prove she was locked up.",
                        "is_correct": False,
                        "feedback": (
                            "Not so. Victims are often controlled without locks, and the "
                            "principle does not depend on that."
                        ),
                    },
                ],
                "explanation": (
                    "Victims should not be punished for what they were made to do as a direct "
                    "result of being trafficked. Knowing this can help a victim feel safer about "
                    "coming forward."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A victim's story changes a little each time she tells it. What is the most "
                    "likely reason?"
                ),
                "options": [
                    {
                        "text": (
                            "Fear and trauma often affect how people remember and tell events; it "
                            "does not mean she is lying."
                        ),
                        "is_correct": True,
                        "feedback": "Right. Changes in a story are common after fear and trauma.",
                    },
                    {
                        "text": "She is making it up.",
                        "is_correct": False,
                        "feedback": "Not so. A changing story is not a sign of lying.",
                    },
                    {
                        "text": "Someone has told her what to say.",
                        "is_correct": False,
                        "feedback": (
                            "Not so. A United Nations review of court cases notes that small "
                            "differences can even show a victim was not coached."
                        ),
                    },
                ],
                "explanation": (
                    "Do not judge a victim by whether their story is perfectly the same each "
                    "time. After fear and trauma, that is normal."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Ana comes from abroad to work in a shop in Vieux Fort. "
                    "Her boss keeps her passport and says she owes him for her flight, so most of "
                    "her pay goes on the 'debt', which never gets smaller. She serves customers "
                    "alone most days. A regular customer, Peter, hears about this and says: 'She "
                    "chose to come here, and she could walk out of the shop any time.'"
                ),
                "text": "The shop worker",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "Is Peter right that Ana could simply walk out?",
                        "options": [
                            {
                                "text": (
                                    "Not necessarily. A taken passport and a debt that never gets "
                                    "smaller can hold a person as firmly as a locked door."
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Right. Being alone in the shop does not make her free."
                                ),
                            },
                            {
                                "text": "Yes. If she is alone, she is free.",
                                "is_correct": False,
                                "feedback": (
                                    "Not so. Debt, a taken passport and fear can keep a person in "
                                    "place."
                                ),
                            },
                            {
                                "text": "Yes, unless someone is guarding the door.",
                                "is_correct": False,
                                "feedback": "Not so. Control does not need guards or locks.",
                            },
                        ],
                        "explanation": (
                            "A victim who does not run away may be held by debt, threats or fear."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "If Ana was lied to or pressured, the fact that she chose to come "
                            "makes no difference to whether she was trafficked."
                        ),
                        "answer": True,
                        "feedback_true": (
                            "Right. Agreement won through lies or pressure does not count. Saint "
                            "Lucia's Act says a victim's consent is irrelevant."
                        ),
                        "feedback_false": (
                            "Not so. Once lies or pressure are used, her agreement makes no "
                            "difference."
                        ),
                        "explanation": (
                            "Choosing to travel for a job is not choosing to be exploited."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "What could Peter do if he is worried?",
                        "options": [
                            {
                                "text": (
                                    "Note what he knows and call 847, where he can stay anonymous."
                                ),
                                "is_correct": True,
                                "feedback": "Right. A calm report is the safest way to help.",
                            },
                            {
                                "text": "Tell the boss to give back the passport.",
                                "is_correct": False,
                                "feedback": (
                                    "Not a good idea. Confronting the boss could put Ana and "
                                    "Peter at risk."
                                ),
                            },
                            {
                                "text": "Do nothing unless Ana asks for help.",
                                "is_correct": False,
                                "feedback": (
                                    "Not so. Many victims never ask for help. Peter does not need "
                                    "to wait."
                                ),
                            },
                        ],
                        "explanation": "Notice, note and report.",
                    },
                ],
                "explanation": (
                    "Two myths appear in Peter's words: that a victim would walk away if they "
                    "could, and that agreeing to come means it cannot be trafficking. Both are "
                    "wrong."
                ),
            },
        ],
        "how-to-report-safely": [
            {
                "kind": "short_answer",
                "text": (
                    "On a phone keypad, the hotline number 847 spells a short word linked to "
                    "trafficking. What is the word?"
                ),
                "accepted": [
                    "TIP",
                    "T.I.P.",
                    "T.I.P",
                ],
                "explanation": (
                    "847 spells TIP, short for 'trafficking in persons'. It is an easy way to "
                    "remember the hotline number."
                ),
            },
            {
                "kind": "multiple",
                "text": "Which of these are true about the 847 hotline? (choose all that apply)",
                "scoring": "all_or_nothing",
                "options": [
                    {
                        "text": "The call is free.",
                        "is_correct": True,
                        "feedback": "Right. It costs nothing to call.",
                    },
                    {
                        "text": "It is open 24 hours a day.",
                        "is_correct": True,
                        "feedback": "Right. You can call at any time, day or night.",
                    },
                    {
                        "text": "You can call without giving your name.",
                        "is_correct": True,
                        "feedback": "Right. Callers may stay anonymous.",
                    },
                    {
                        "text": (
                            "It is answered in the control room of the Royal Saint Lucia Police "
                            "Force."
                        ),
                        "is_correct": True,
                        "feedback": "Right. Your concern goes straight to the police.",
                    },
                    {
                        "text": (
                            "It is only for victims, not for people worried about someone else."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Not so. Anyone with a concern can call: neighbours, colleagues, "
                            "friends."
                        ),
                    },
                ],
                "explanation": (
                    "847 is free, open 24 hours, answered in the Royal Saint Lucia Police Force "
                    "control room, and you may stay anonymous. 555 is the police's general "
                    "anonymous tip line."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "You see a person being beaten and forced into a car right now. What should "
                    "you do?"
                ),
                "options": [
                    {
                        "text": "Contact the police straight away.",
                        "is_correct": True,
                        "feedback": (
                            "Right. If someone is in immediate danger, call the police at once."
                        ),
                    },
                    {
                        "text": "Call 847 tomorrow, once you have had time to think.",
                        "is_correct": False,
                        "feedback": (
                            "Not in an emergency. A person in immediate danger needs the police "
                            "now."
                        ),
                    },
                    {
                        "text": "Step in and pull the person away yourself.",
                        "is_correct": False,
                        "feedback": (
                            "Not a good idea. You could be badly hurt, and so could the person."
                        ),
                    },
                    {
                        "text": "Film it and post it online.",
                        "is_correct": False,
                        "feedback": (
                            "Not a good idea. It does not get help quickly and could put the "
                            "person at more risk."
                        ),
                    },
                ],
                "explanation": (
                    "847 is for concerns about trafficking. When someone is in immediate danger, "
                    "contact the police straight away."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "If it is safe, what should you write down after seeing something worrying? "
                    "(choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "The date, time and exact place.",
                        "is_correct": True,
                        "feedback": "Right. This helps the police find and check what you saw.",
                    },
                    {
                        "text": "The exact words you heard people use.",
                        "is_correct": True,
                        "feedback": "Right. People's own words can be very useful.",
                    },
                    {
                        "text": (
                            "Descriptions of the people: rough age, appearance, clothing and "
                            "language."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Right. Good descriptions help the police identify who was involved."
                        ),
                    },
                    {
                        "text": "The colour, make and number plate of any vehicle.",
                        "is_correct": True,
                        "feedback": "Right. Vehicle details can be very useful.",
                    },
                    {
                        "text": "Photos you took secretly through their window.",
                        "is_correct": False,
                        "feedback": (
                            "Not a good idea. Taking photos in secret could put you and the "
                            "person at risk."
                        ),
                    },
                ],
                "explanation": (
                    "Write down plain facts as soon as you safely can: when and where, what you "
                    "saw and heard, who was there, any vehicles, and which signs worried you. Do "
                    "not follow anyone, take secret photos or go back to find out more."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Following a suspected trafficker to find out where the victims are kept will "
                    "make your report more useful."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Following someone could put you and the victims in danger and warn "
                    "the trafficker."
                ),
                "feedback_false": (
                    "Right. Leave any searching to the police. A calm report is the best help."
                ),
                "explanation": (
                    "Your job is to notice, note and report, not to investigate or rescue. "
                    "Confronting or following a suspect can get you hurt, get the victim moved or "
                    "punished, and lead to evidence being destroyed."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "You work at a hotel that has its own reporting policy, and you notice signs "
                    "that a guest's young companion may be trafficked. What should you do?"
                ),
                "options": [
                    {
                        "text": "Follow the hotel's policy and also call 847.",
                        "is_correct": True,
                        "feedback": "Right. Your workplace policy does not replace calling 847.",
                    },
                    {
                        "text": "Follow the hotel's policy only; there is no need to call 847.",
                        "is_correct": False,
                        "feedback": "Not quite. Follow the policy, but call 847 as well.",
                    },
                    {
                        "text": "Ask the guest directly about the companion.",
                        "is_correct": False,
                        "feedback": (
                            "Not a good idea. Questioning the guest could warn him and put the "
                            "companion at risk."
                        ),
                    },
                    {
                        "text": "Say nothing, in case you upset a guest.",
                        "is_correct": False,
                        "feedback": (
                            "Not so. You do not need to be sure, and your report could help "
                            "someone."
                        ),
                    },
                ],
                "explanation": (
                    "If you work in a school, clinic, hotel or other organisation, follow its "
                    "safeguarding or reporting policy and call 847 too."
                ),
            },
        ],
    },
}
