"""Demo quiz questions: human trafficking for police and border officers of Saint Lucia.

Pure data, loaded into the question bank and quizzes by the demo seeding code. Questions
are answerable from the lessons in courses/demo_content/law_enforcement.py; scenarios are
fictional."""

QUIZZES = {
    "final": [
        {
            "kind": "single",
            "text": (
                "Which of these situations, all involving adults, shows all three elements of "
                "trafficking?"
            ),
            "options": [
                {
                    "text": (
                        "A recruiter lies to a woman about a job in a shop so that he can force "
                        "her to sell sex"
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. Recruitment is the act, the lie is the means (deception) and "
                        "sexual exploitation is the purpose."
                    ),
                },
                {
                    "text": (
                        "A boat owner takes payment to carry migrants who want to enter Saint "
                        "Lucia without passing through immigration"
                    ),
                    "is_correct": False,
                    "feedback": (
                        "No. This is migrant smuggling: consensual movement that ends on arrival."
                    ),
                },
                {
                    "text": (
                        "A man drives workers to a farm each day; they are paid, keep their "
                        "documents and can leave when they like"
                    ),
                    "is_correct": False,
                    "feedback": (
                        "No. There is an act (transporting), but no means and no purpose of "
                        "exploitation."
                    ),
                },
                {
                    "text": (
                        "A worker is paid late one month but keeps her documents and is free to "
                        "leave"
                    ),
                    "is_correct": False,
                    "feedback": (
                        "No. This may be a labour dispute, but it shows no means and no purpose "
                        "of exploitation."
                    ),
                },
            ],
            "explanation": (
                "For an adult victim, trafficking needs an act (recruiting, transporting, "
                "transferring, harbouring or receiving), a means (such as deception or coercion) "
                "and a purpose of exploitation. The exploitation only has to be intended."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "true_false",
            "text": (
                "A person who paid a smuggler to bring them into the country cannot later become "
                "a victim of trafficking."
            ),
            "answer": False,
            "feedback_true": (
                "Not right. A smuggling arrangement can turn into trafficking, for example when a"
                " migrant arrives to find a growing debt, documents taken and work they cannot "
                "leave."
            ),
            "feedback_false": (
                "Correct. Smuggling can turn into trafficking after arrival, so screen irregular "
                "migrants for signs of trafficking."
            ),
            "explanation": (
                "Irregular entry does not stop someone being a victim. What matters is whether "
                "the person is being exploited once the journey is over."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "single",
            "text": (
                "Which of these gives the strongest reason to suspect that a domestic worker is a"
                " victim of trafficking?"
            ),
            "options": [
                {
                    "text": (
                        "She is never allowed out alone, has no phone and owes her employer a "
                        "debt that never gets smaller"
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. Several exploitation-phase indicators together: restriction of "
                        "movement, isolation and debt bondage."
                    ),
                },
                {
                    "text": "She came from abroad to take the job",
                    "is_correct": False,
                    "feedback": (
                        "No. Migrant workers are more at risk, but this is not an indicator in "
                        "itself."
                    ),
                },
                {
                    "text": "Her employer paid for her flight",
                    "is_correct": False,
                    "feedback": (
                        "No. A travel-stage sign with many innocent explanations; weak on its own."
                    ),
                },
                {
                    "text": "She seems shy when you speak to her",
                    "is_correct": False,
                    "feedback": "No. On its own this says very little.",
                },
            ],
            "explanation": (
                "A cluster of indicators from the exploitation phase gives the strongest picture."
                " Even then, it calls for further inquiry, not a conclusion."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "multiple",
            "text": (
                "At passport control, which of these are signs that call for further inquiry into"
                " possible trafficking? (choose all that apply)"
            ),
            "scoring": "partial",
            "options": [
                {
                    "text": "A companion holds the traveller's passport and answers for her",
                    "is_correct": True,
                    "feedback": (
                        "Correct. A third party is in control of the documents and the story."
                    ),
                },
                {
                    "text": "The traveller cannot name her employer or say where she will work",
                    "is_correct": True,
                    "feedback": "Correct. A vague job offer is a sign to notice.",
                },
                {
                    "text": "She says her recruitment fees will be taken out of her future wages",
                    "is_correct": True,
                    "feedback": "Correct. A debt to be repaid from wages is a sign to notice.",
                },
                {
                    "text": "She is travelling alone, on her own passport, with a return ticket",
                    "is_correct": False,
                    "feedback": "No. Nothing here suggests that anyone else is in control.",
                },
                {
                    "text": "She is a national of another Caribbean country",
                    "is_correct": False,
                    "feedback": (
                        "No. Migrants from the Caribbean are among those most at risk, but "
                        "nationality alone is not a sign of trafficking."
                    ),
                },
            ],
            "explanation": (
                "At the border, look for a third party in control of the travel, the documents, "
                "the money or the story. Signs like these call for a private conversation with "
                "the traveller, not for conclusions."
            ),
        },
        {
            "kind": "single",
            "text": (
                "During an operation, officers find a woman from abroad working in a bar without "
                "a work permit and carrying a forged passport that her recruiter gave her. She "
                "may have been trafficked. What should happen first?"
            ),
            "options": [
                {
                    "text": (
                        "Consider whether she is a victim before any decision on charges or "
                        "immigration action, and refer her for help"
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. Identify before you act; section 13 of the Act makes the victim"
                        " immune from prosecution."
                    ),
                },
                {
                    "text": "Charge her with the passport offence and look into trafficking later",
                    "is_correct": False,
                    "feedback": (
                        "No. Charging a possible victim breaks trust and can lose a witness."
                    ),
                },
                {
                    "text": "Detain her for removal, since she has no right to work",
                    "is_correct": False,
                    "feedback": (
                        "No. Detaining a victim leaves her exposed to the traffickers and "
                        "punishes her for offences caused by being trafficked."
                    ),
                },
                {
                    "text": "Let her go without further contact, since her offences are minor",
                    "is_correct": False,
                    "feedback": (
                        "No. She may be a victim who needs protection and referral, and letting "
                        "her go leaves her exposed to the traffickers."
                    ),
                },
            ],
            "explanation": (
                "International standards, including the OHCHR Recommended Principles (2002), hold"
                " that victims should not be arrested, prosecuted or punished for offences "
                "committed as a direct result of being trafficked. In Saint Lucia, section 13 of "
                "the Act gives effect to this."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "short_answer",
            "text": (
                "Which section of Saint Lucia's Counter-Trafficking Act makes a victim of "
                "trafficking immune from prosecution? Give the number."
            ),
            "accepted": [
                "13",
                "thirteen",
                "section 13",
                "section thirteen",
                "s13",
                "s.13",
                "sec 13",
                "sec. 13",
            ],
            "explanation": (
                "Section 13 puts the non-punishment principle into Saint Lucian law. Consider "
                "whether a person may be a victim before you decide on charges or immigration "
                "action."
            ),
        },
        {
            "kind": "single",
            "text": (
                "A possible victim has agreed to be interviewed and is about to describe what "
                "happened to her. What is the best way to run this part of the interview?"
            ),
            "options": [
                {
                    "text": (
                        "Let her speak in her own words without interruption, then explore what "
                        "she has said with open questions"
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. A free account comes first and gives the most reliable "
                        "information."
                    ),
                },
                {
                    "text": "Interrupt to check each detail as it comes up, so nothing is missed",
                    "is_correct": False,
                    "feedback": (
                        "No. Interruptions break the free account; check details afterwards."
                    ),
                },
                {
                    "text": "Start with yes-or-no questions from a checklist, then let her talk",
                    "is_correct": False,
                    "feedback": "No. Specific and closed questions come after the free account.",
                },
                {
                    "text": "Point out any inconsistencies as soon as they appear",
                    "is_correct": False,
                    "feedback": (
                        "No. Inconsistency is a common reaction among victims, and pressing her "
                        "amounts to interrogation."
                    ),
                },
            ],
            "explanation": (
                "In the Account stage of PEACE, invite the person to give their account in their "
                "own words, then use open questions about recruitment, travel, work, pay, "
                "documents and control."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "true_false",
            "text": (
                "Under the WHO ethical and safety principles, if an interview would put a "
                "possible victim at risk, you should change the plan or wait."
            ),
            "answer": True,
            "feedback_true": (
                "Correct. Do no harm comes first: an interview that puts the person in danger is "
                "not worth having."
            ),
            "feedback_false": (
                "Not right. The first WHO principle is do no harm. If an interview would put the "
                "person at risk, change the plan or wait."
            ),
            "explanation": (
                "The WHO principles (2003) begin with do no harm and include knowing the subject "
                "and assessing the risks, and respecting the person's own assessment of risk."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Why should first responders record details such as a weapon, injuries and "
                "evidence of a victim's age, even before anyone has been charged?"
            ),
            "options": [
                {
                    "text": (
                        "Because under section 10 these facts can add years to the sentence if "
                        "they are proved"
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. For example, 2 years for a weapon and 5 years for a victim "
                        "under 18."
                    ),
                },
                {
                    "text": "Because they decide whether the victim may stay in Saint Lucia",
                    "is_correct": False,
                    "feedback": (
                        "No. These facts matter at sentencing, not for the victim's immigration "
                        "status."
                    ),
                },
                {
                    "text": "Because without them no trafficking offence can be proved",
                    "is_correct": False,
                    "feedback": (
                        "No. The offence rests on act, means and purpose; these facts are "
                        "aggravating circumstances that add to the sentence."
                    ),
                },
                {
                    "text": "There is no need: the prosecutor will gather them later",
                    "is_correct": False,
                    "feedback": (
                        "No. Officers are often the first, and sometimes the only, people to see "
                        "these facts."
                    ),
                },
            ],
            "explanation": (
                "Section 10 turns facts you can observe on day one into extra years at "
                "sentencing. They are part of the mosaic of evidence that keeps a case from "
                "resting on the victim's testimony alone."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "scenario",
            "case": (
                "A fictional scenario: after a call to the 847 hotline, officers visit a boat "
                "repair yard. Three men from South Asia sleep in a shipping container on the "
                "site. The owner, Desmond, keeps their passports 'so they do not run off'. The "
                "men say they were promised hotel jobs, owe Desmond for their recruitment fees "
                "and have been paid nothing for two months. Desmond's brother, Nigel, collects a "
                "share of the yard's takings each week."
            ),
            "text": "Workers at a boat yard",
            "sub_questions": [
                {
                    "kind": "multiple",
                    "text": (
                        "Which offences under the Act should officers consider? (choose all that "
                        "apply)"
                    ),
                    "scoring": "partial",
                    "options": [
                        {
                            "text": "Trafficking in persons (section 5), for Desmond",
                            "is_correct": True,
                            "feedback": (
                                "Correct. Recruitment and harbouring, by deception and debt, for "
                                "forced labour."
                            ),
                        },
                        {
                            "text": "Withholding identity documents (section 6), for Desmond",
                            "is_correct": True,
                            "feedback": "Correct. He keeps the men's passports.",
                        },
                        {
                            "text": (
                                "Receiving benefits from trafficking (section 15), for Nigel, if "
                                "the money he takes comes from the men's exploitation"
                            ),
                            "is_correct": True,
                            "feedback": "Correct. Follow the money as well as the people.",
                        },
                        {
                            "text": (
                                "Transporting a person for the purpose of prostitution (section 7)"
                            ),
                            "is_correct": False,
                            "feedback": "No. Nothing suggests prostitution.",
                        },
                    ],
                    "explanation": (
                        "Sections 5, 6 and 15 can apply together. Record the passports, the "
                        "debts, the unpaid wages and the flow of money."
                    ),
                },
                {
                    "kind": "single",
                    "text": "What comes first when officers arrive?",
                    "options": [
                        {
                            "text": (
                                "Safety, separating the men from Desmond, and an interpreter with"
                                " no link to him"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. Safety, separation, observation and referral come "
                                "before evidence gathering."
                            ),
                        },
                        {
                            "text": "A full interview with each man in Desmond's office",
                            "is_correct": False,
                            "feedback": (
                                "No. The full interview comes later, in a safe and private place."
                            ),
                        },
                        {
                            "text": (
                                "Checking the men's immigration status and arresting any who are "
                                "working without permission"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "No. They are possible victims, and section 13 protects victims "
                                "from prosecution."
                            ),
                        },
                    ],
                    "explanation": (
                        "Treat the men as possible victims: make them safe, separate them from "
                        "Desmond, use an independent interpreter and refer them for help."
                    ),
                },
            ],
            "explanation": (
                "The facts show several ILO indicators (retained documents, debt bondage, "
                "withheld wages and poor living conditions) and possible offences under sections "
                "5, 6 and 15. Safety and referral come first; careful records then support the "
                "case."
            ),
        },
    ],
    "modules": {
        "what-human-trafficking-is": [
            {
                "kind": "single",
                "text": (
                    "A recruiter promises a young woman a job as a hotel receptionist on another "
                    "island. In fact he intends to force her to sell sex there. Officers stop "
                    "them at the airport before they leave. Could this already be trafficking?"
                ),
                "options": [
                    {
                        "text": (
                            "Yes: there is an act (recruitment), a means (deception) and a "
                            "purpose of exploitation that he intends, even though it has not "
                            "begun"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. The purpose element is about what the offender intended. "
                            "The exploitation does not have to have started."
                        ),
                    },
                    {
                        "text": "No, because she has not yet been exploited",
                        "is_correct": False,
                        "feedback": (
                            "No. The purpose is the exploitation the offender intended; it need "
                            "not have begun."
                        ),
                    },
                    {
                        "text": "No, because she agreed to travel with him",
                        "is_correct": False,
                        "feedback": (
                            "No. Her agreement was obtained by deception, so it is irrelevant."
                        ),
                    },
                    {
                        "text": "Not until she has crossed the border",
                        "is_correct": False,
                        "feedback": (
                            "No. The act here is the recruitment, which has already happened, and"
                            " trafficking does not depend on crossing a border."
                        ),
                    },
                ],
                "explanation": (
                    "Break the facts into the three elements: recruiting her is the act, the "
                    "false job offer is the means (deception) and forced sexual exploitation is "
                    "the intended purpose. All three are present, so this may be trafficking "
                    "already. Stopping it before the exploitation starts is exactly what early "
                    "identification is for."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "A man brings a 20-year-old woman to Saint Lucia and puts her to work without"
                    " pay in his shop. Which of these facts would show the means element? (choose"
                    " all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "He told her she was coming to study, not to work",
                        "is_correct": True,
                        "feedback": (
                            "Correct. This is deception, one of the means listed in the Protocol."
                        ),
                    },
                    {
                        "text": "He paid a man who had control over her to hand her over to him",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Giving payments to a person who has control over the victim"
                            " is one of the means."
                        ),
                    },
                    {
                        "text": (
                            "He knew she had no money and nowhere else to go, and used that to "
                            "make her accept"
                        ),
                        "is_correct": True,
                        "feedback": "Correct. This is abuse of a position of vulnerability.",
                    },
                    {
                        "text": "He met her at the ferry terminal and drove her to his house",
                        "is_correct": False,
                        "feedback": (
                            "No. Receiving and transporting her belong to the act, not the means."
                        ),
                    },
                    {
                        "text": "He intended to keep her working without pay",
                        "is_correct": False,
                        "feedback": (
                            "No. This is the purpose: the exploitation he intended, here forced "
                            "labour."
                        ),
                    },
                ],
                "explanation": (
                    "The means is how the offender gained control: threats, force or other "
                    "coercion, abduction, fraud, deception, abuse of power or of a position of "
                    "vulnerability, or payments to someone who has control over the person. "
                    "Sorting the facts into act, means and purpose shows you which element you "
                    "still need evidence for."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Trafficking can only take place if the victim has been moved across an "
                    "international border."
                ),
                "answer": False,
                "feedback_true": (
                    "Not right. That is true of migrant smuggling, not of trafficking. "
                    "Trafficking can take place entirely inside one country, including inside "
                    "Saint Lucia."
                ),
                "feedback_false": (
                    "Correct. Trafficking can happen entirely within one country; it is smuggling"
                    " that always involves crossing a border."
                ),
                "explanation": (
                    "The act element includes harbouring and receiving a person, which can happen"
                    " anywhere. Saint Lucian citizens can be trafficked without ever leaving the "
                    "island, so do not close an inquiry because nobody crossed a border."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "When the victim is under 18, which one of the three elements of trafficking "
                    "does not have to be shown?"
                ),
                "accepted": [
                    "means",
                    "the means",
                    "means element",
                    "the means element",
                ],
                "explanation": (
                    "For a child, an act such as recruiting or harbouring, done for the purpose "
                    "of exploitation, is enough: no threats, force, deception or other means need"
                    " to be shown. Section 12 of the Act adds that the age of consent is no "
                    "defence."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "An adult woman agreed to come to Saint Lucia to dance in a club. On arrival "
                    "she was told she owed a large debt for her travel and must have sex with "
                    "customers to pay it off. The club owner says: 'She agreed to come.' How "
                    "should you treat his point?"
                ),
                "options": [
                    {
                        "text": (
                            "As irrelevant: her agreement was won by deception, and she is now "
                            "being exploited through debt"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Once a means such as deception has been used, consent does "
                            "not matter, and section 11 of the Act makes the victim's consent "
                            "irrelevant."
                        ),
                    },
                    {
                        "text": "As a strong defence, since she travelled of her own free will",
                        "is_correct": False,
                        "feedback": (
                            "No. She agreed to dance, not to be sexually exploited, and her "
                            "agreement was won by deception."
                        ),
                    },
                    {
                        "text": "As a sign that this is smuggling rather than trafficking",
                        "is_correct": False,
                        "feedback": (
                            "No. The exploitation continues after arrival and the owner profits "
                            "from it, which points to trafficking, not smuggling."
                        ),
                    },
                    {
                        "text": "As irrelevant, but only if she has never done sex work before",
                        "is_correct": False,
                        "feedback": (
                            "No. Section 11 makes her past sexual behaviour irrelevant as well as"
                            " her consent."
                        ),
                    },
                ],
                "explanation": (
                    "Record what she was told before she agreed and what she actually found: the "
                    "gap between the two is evidence of deception. Never close a line of inquiry "
                    "because the person once agreed to something."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Andre, an adult from another Caribbean island, paid a "
                    "boat owner to bring him to Saint Lucia without passing through immigration. "
                    "He knew what he was paying for and was put ashore on a beach as agreed. A "
                    "week later a man who met him there told Andre he owed a further 'fee', took "
                    "his passport and put him to work on a building site. Andre is locked in at "
                    "night, has not been paid, and is told he will be reported to the police if "
                    "he complains."
                ),
                "text": "From smuggling to trafficking",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": (
                            "Looking only at the boat journey, what did the arrangement look like?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Migrant smuggling: he agreed to the movement, paid for it, "
                                    "and it ended when he arrived"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Smuggling is consensual, crosses a border, ends on "
                                    "arrival and profits from the movement."
                                ),
                            },
                            {
                                "text": "Trafficking, because he entered Saint Lucia irregularly",
                                "is_correct": False,
                                "feedback": (
                                    "No. Irregular entry on its own is not trafficking. The "
                                    "journey was a consensual movement that ended on arrival."
                                ),
                            },
                            {
                                "text": "Neither, because he chose to make the journey",
                                "is_correct": False,
                                "feedback": (
                                    "No. Choosing to be moved and paying for it is what makes the"
                                    " journey smuggling; the boat owner profited from the "
                                    "movement."
                                ),
                            },
                        ],
                        "explanation": (
                            "Everything about the journey fits smuggling: consent, payment for "
                            "the movement, a border crossed, and an end on arrival."
                        ),
                    },
                    {
                        "kind": "multiple",
                        "text": (
                            "Which facts from the week after his arrival suggest that the "
                            "situation may have become trafficking? (choose all that apply)"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "A new debt imposed on him after he arrived",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. A debt used to hold a worker is debt bondage, an "
                                    "ILO indicator of forced labour."
                                ),
                            },
                            {
                                "text": "His passport was taken from him",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Retention of identity documents is a common way of "
                                    "controlling victims."
                                ),
                            },
                            {
                                "text": "He is locked in at night and has not been paid",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Restriction of movement and withholding of wages "
                                    "are both ILO indicators."
                                ),
                            },
                            {
                                "text": "He came by boat rather than by air",
                                "is_correct": False,
                                "feedback": (
                                    "No. How he travelled says nothing about exploitation."
                                ),
                            },
                        ],
                        "explanation": (
                            "These are signs from the exploitation phase, the most reliable kind."
                            " Together with the threat to report him, they point to continuing "
                            "exploitation for profit, which is what separates trafficking from "
                            "smuggling."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Because Andre entered Saint Lucia irregularly, he should be dealt "
                            "with as an immigration case first and screened for trafficking "
                            "later."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not right. Irregular entry does not stop someone being a victim. "
                            "Screen for trafficking before treating him only as an immigration "
                            "case."
                        ),
                        "feedback_false": (
                            "Correct. Screen first: he may be a victim of trafficking, and that "
                            "decides how he should be treated and referred."
                        ),
                        "explanation": (
                            "Recommendations made to Saint Lucia year after year call for "
                            "migrants and foreign workers to be screened and victims referred. "
                            "Screening first also keeps a possible witness."
                        ),
                    },
                ],
                "explanation": (
                    "A smuggling arrangement can turn into trafficking after arrival. Look at "
                    "what happens once the journey ends: if control, debt and exploitation "
                    "continue, treat the person as a possible victim and refer him while you "
                    "inquire further."
                ),
            },
        ],
        "recognising-the-signs": [
            {
                "kind": "single",
                "text": (
                    "During a routine visit to a restaurant, you learn that one kitchen worker "
                    "does not have her passport. You see no other signs. What is the right "
                    "approach?"
                ),
                "options": [
                    {
                        "text": (
                            "Treat it as a reason to ask more questions and look for other "
                            "indicators, without assuming trafficking"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. One indicator proves nothing on its own; it is a reason to "
                            "inquire and to look for a cluster."
                        ),
                    },
                    {
                        "text": "Arrest the restaurant owner for trafficking",
                        "is_correct": False,
                        "feedback": (
                            "No. One indicator is not evidence of an offence, and acting now "
                            "could put the worker at risk."
                        ),
                    },
                    {
                        "text": "Ignore it, because a single indicator proves nothing",
                        "is_correct": False,
                        "feedback": (
                            "No. It proves nothing on its own, but it is still a reason to ask "
                            "further questions."
                        ),
                    },
                    {
                        "text": "Detain the worker until she produces her passport",
                        "is_correct": False,
                        "feedback": (
                            "No. She may be a victim, and detaining her would punish her and "
                            "destroy trust."
                        ),
                    },
                ],
                "explanation": (
                    "An indicator is a sign that trafficking may be taking place, not proof. A "
                    "missing passport may have an innocent explanation; a missing passport "
                    "together with fear, a growing debt and restricted movement is a different "
                    "picture. Follow it up and look for clusters."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "At a building site you notice the following. Which of them match the ILO "
                    "indicators of forced labour? (choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "The foreman keeps the workers' identity cards",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Retention of identity documents is an ILO indicator."
                        ),
                    },
                    {
                        "text": "Wages are held back 'until the end of the contract'",
                        "is_correct": True,
                        "feedback": "Correct. Withholding of wages is an ILO indicator.",
                    },
                    {
                        "text": "The workers sleep on the site and are locked in at night",
                        "is_correct": True,
                        "feedback": (
                            "Correct. This shows restriction of movement and abusive living "
                            "conditions."
                        ),
                    },
                    {
                        "text": "The workers come from another Caribbean island",
                        "is_correct": False,
                        "feedback": (
                            "No. Migrants are more at risk, but where someone comes from says "
                            "nothing about how they are treated."
                        ),
                    },
                    {
                        "text": "The workers are paid in cash every Friday",
                        "is_correct": False,
                        "feedback": (
                            "No. Being paid in cash is not itself an indicator, and regular pay "
                            "points away from withholding of wages."
                        ),
                    },
                ],
                "explanation": (
                    "The ILO's eleven indicators include retention of identity documents, "
                    "withholding of wages, restriction of movement and abusive working and living"
                    " conditions. Signs like these, drawn from how people are treated now, are "
                    "the most reliable."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "If none of the well-known indicators of trafficking are present, you can "
                    "rule trafficking out."
                ),
                "answer": False,
                "feedback_true": (
                    "Not right. Traffickers learn which indicators officers look for and adapt "
                    "their methods, so an absence of the usual signs does not rule trafficking "
                    "out."
                ),
                "feedback_false": (
                    "Correct. Traffickers adapt to the indicators officers are trained to spot, "
                    "so their absence does not rule trafficking out."
                ),
                "explanation": (
                    "Indicators tell you when to inquire further; they are not a checklist that "
                    "clears a case. Stay alert to what people tell you and to signs of control "
                    "that do not fit the usual pattern."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "At the arrivals desk you suspect that the man with a young woman is "
                    "controlling her: he holds her passport and answers questions for her. What "
                    "should you do about him?"
                ),
                "options": [
                    {
                        "text": (
                            "Do not confront him on the spot; speak to her alone, note his "
                            "details and involve a supervisor"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. This lets her speak freely without warning a possible "
                            "offender."
                        ),
                    },
                    {
                        "text": "Tell him you suspect trafficking and ask him to explain himself",
                        "is_correct": False,
                        "feedback": (
                            "No. Revealing your suspicions can put her at risk and warn a "
                            "possible offender."
                        ),
                    },
                    {
                        "text": "Ask him to interpret, since he knows her and speaks her language",
                        "is_correct": False,
                        "feedback": (
                            "No. She cannot speak freely through him, and he controls what you "
                            "hear."
                        ),
                    },
                    {
                        "text": "Let them both through, since her documents are in order",
                        "is_correct": False,
                        "feedback": (
                            "No. A third party who holds her documents and answers for her is an "
                            "indicator that calls for inquiry."
                        ),
                    },
                ],
                "explanation": (
                    "At the border, look for a third party in control of the travel, the "
                    "documents, the money or the story. Speak to the traveller alone and in "
                    "private, with an independent interpreter if needed, and record the "
                    "companion's details for follow-up."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "On patrol you often see a girl of about 13 in a bar late at night with her "
                    "stepfather. She is not going to school, and he decides whom she may talk to."
                    " What should you do?"
                ),
                "options": [
                    {
                        "text": (
                            "Treat it as possible child exploitation and act promptly to protect "
                            "her, involving a supervisor"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Any sign that a child is being exploited calls for prompt "
                            "action to protect them."
                        ),
                    },
                    {
                        "text": "Take no action, since she is with a member of her family",
                        "is_correct": False,
                        "feedback": (
                            "No. Children may be exploited by parents and caregivers; reporting "
                            "on Saint Lucia has noted this."
                        ),
                    },
                    {
                        "text": "Wait until she makes a complaint herself",
                        "is_correct": False,
                        "feedback": (
                            "No. Children may be loyal to, or afraid of, the adults who exploit "
                            "them and may never complain."
                        ),
                    },
                    {
                        "text": "Ask her about it in front of her stepfather",
                        "is_correct": False,
                        "feedback": (
                            "No. She is unlikely to speak freely, and it could put her at greater"
                            " risk."
                        ),
                    },
                ],
                "explanation": (
                    "A child who is out of school, found in a bar and controlled by an adult "
                    "shows several warning signs. Being with family does not mean a child is "
                    "safe, and a child does not have to complain before you act."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Rohan, who looks about 14, arrives at the ferry "
                    "terminal with a man, Clive, who says he is the boy's uncle. Their passports "
                    "show different surnames and Clive cannot explain how they are related. Clive"
                    " holds both tickets and Rohan's passport, and answers every question put to "
                    "the boy. Rohan says he is coming to 'help with a business' but does not know"
                    " where he will stay."
                ),
                "text": "A boy at the ferry terminal",
                "sub_questions": [
                    {
                        "kind": "multiple",
                        "text": "Which indicators are present? (choose all that apply)",
                        "scoring": "partial",
                        "options": [
                            {
                                "text": (
                                    "A child travelling with an adult whose relationship to him "
                                    "is unclear"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. This is one of the signs to notice at the border."
                                ),
                            },
                            {
                                "text": (
                                    "A third party holding the traveller's documents and "
                                    "answering for him"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Someone else is in control of the documents and the"
                                    " story."
                                ),
                            },
                            {
                                "text": (
                                    "A vague purpose for the trip, with no address for his stay"
                                ),
                                "is_correct": True,
                                "feedback": "Correct. A vague job or purpose is a sign to notice.",
                            },
                            {
                                "text": "Travelling by ferry rather than by air",
                                "is_correct": False,
                                "feedback": "No. How he travels is not an indicator.",
                            },
                        ],
                        "explanation": (
                            "None of these proves trafficking on its own, but together they call "
                            "for inquiry, and a child in this position is especially at risk."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "What should you do next?",
                        "options": [
                            {
                                "text": (
                                    "Speak to Rohan apart from Clive, in private, treat him as a "
                                    "child until his age is known, and involve a supervisor"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. This lets him speak freely and keeps him safe while"
                                    " you find out more."
                                ),
                            },
                            {
                                "text": (
                                    "Ask Clive, in front of Rohan, to explain the different "
                                    "surnames"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. This reveals your suspicions and leaves Rohan unable to "
                                    "speak freely."
                                ),
                            },
                            {
                                "text": "Admit them both, since the passports are genuine",
                                "is_correct": False,
                                "feedback": (
                                    "No. Genuine documents do not settle the matter; the "
                                    "indicators still call for inquiry."
                                ),
                            },
                            {
                                "text": (
                                    "Ask Rohan whether anyone has forced or tricked him, and let "
                                    "them go if he says no"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. For a child no means needs to be shown, so the absence "
                                    "of force or deception does not rule out trafficking."
                                ),
                            },
                        ],
                        "explanation": (
                            "Separate the child from the adult, establish his age early and treat"
                            " him as a child until you know otherwise. Record Clive's details and"
                            " do not confront him on the spot."
                        ),
                    },
                ],
                "explanation": (
                    "Signs seen at the border come from recruitment and travel, so each is weaker"
                    " than a sign from the exploitation phase, but a cluster like this calls for "
                    "action. For a child, only the act and the purpose of exploitation need to be"
                    " shown."
                ),
            },
        ],
        "first-response-and-referral": [
            {
                "kind": "single",
                "text": (
                    "A victim tells you that the man who controlled her knows where her mother "
                    "lives abroad, and that he said he would 'deal with' her family if she spoke "
                    "to the police. How should you treat this risk?"
                ),
                "options": [
                    {
                        "text": (
                            "As severe and likely: respond to it now, with her input, and limit "
                            "who knows about the case"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. A specific threat from someone who knows where the family "
                            "lives scores high on both severity and likelihood."
                        ),
                    },
                    {
                        "text": "As low, because her family is outside Saint Lucia",
                        "is_correct": False,
                        "feedback": (
                            "No. The victim's family, in Saint Lucia or abroad, is at risk if the"
                            " offenders can reach them."
                        ),
                    },
                    {
                        "text": "As something to look at after her interview",
                        "is_correct": False,
                        "feedback": (
                            "No. A serious and likely risk needs a response first; the interview "
                            "could make it worse."
                        ),
                    },
                    {
                        "text": "As a sign that she is exaggerating to avoid giving evidence",
                        "is_correct": False,
                        "feedback": (
                            "No. Victims often know the offenders better than you do, and their "
                            "own view of the risk deserves respect."
                        ),
                    },
                ],
                "explanation": (
                    "Weigh severity and likelihood together and ask who or what is at risk, here "
                    "the victim's family. Decide on a response for each serious risk, record your"
                    " reasons and review the assessment as things change."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "When you assess risk in a trafficking case, who or what should you consider?"
                    " (choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Other victims still under the offenders' control",
                        "is_correct": True,
                        "feedback": (
                            "Correct. They may be moved on or punished once the offenders learn "
                            "of police interest."
                        ),
                    },
                    {
                        "text": "Interpreters and support workers",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Everyone working on the case, officers included, can be at "
                            "risk."
                        ),
                    },
                    {
                        "text": (
                            "Evidence that could be destroyed and witnesses who could be "
                            "intimidated"
                        ),
                        "is_correct": True,
                        "feedback": "Correct. The investigation itself is at risk too.",
                    },
                    {
                        "text": "The victim's family, if the offenders can reach them",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Threats against family are a common form of control."
                        ),
                    },
                    {
                        "text": "The offenders' business reputation",
                        "is_correct": False,
                        "feedback": (
                            "No. The assessment is about harm to people and to the investigation."
                        ),
                    },
                ],
                "explanation": (
                    "A risk assessment looks at the victim, the victim's family, other victims, "
                    "officers, interpreters and support workers, and the investigation. For each "
                    "serious risk, decide on a response and review it as the situation changes."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "The first officer at the scene should take a full, detailed statement from a"
                    " possible victim straight away, before the details are forgotten."
                ),
                "answer": False,
                "feedback_true": (
                    "Not right. The first responder should not question the person at length; a "
                    "full interview comes later and is led by a trained officer."
                ),
                "feedback_false": (
                    "Correct. The first responder's job is safety, separation, observation and "
                    "referral; the full interview comes later."
                ),
                "explanation": (
                    "A long interview at the scene, by an officer the person links with the raid,"
                    " risks harm and a poor account. Note what you see and hear, and leave the "
                    "full interview to a trained officer."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "What number should you give possible victims and members of the public for "
                    "Saint Lucia's free, 24-hour trafficking hotline?"
                ),
                "accepted": [
                    "847",
                    "8-4-7",
                    "eight four seven",
                    "eight-four-seven",
                ],
                "explanation": (
                    "The hotline is 847, which spells TIP. It is free, open 24 hours a day and "
                    "answered in the Royal Saint Lucia Police Force control room, and callers may"
                    " stay anonymous. The police's general anonymous tip line, 555, is a "
                    "different number."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A frightened possible victim at the scene asks you what will happen to her. "
                    "Which of these can you properly tell her?"
                ),
                "options": [
                    {
                        "text": "That you will put her in touch with people who can help her",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Referral is part of your job, and it is a promise you can "
                            "keep."
                        ),
                    },
                    {
                        "text": "That she will be allowed to stay in Saint Lucia",
                        "is_correct": False,
                        "feedback": "No. That is not your decision, and you must not promise it.",
                    },
                    {
                        "text": "That the man who exploited her will be convicted",
                        "is_correct": False,
                        "feedback": "No. You cannot promise the outcome of a case.",
                    },
                    {
                        "text": "That nothing she tells you will ever be passed on to anyone",
                        "is_correct": False,
                        "feedback": (
                            "No. You cannot promise complete confidentiality. Be honest early "
                            "about what cannot stay confidential."
                        ),
                    },
                ],
                "explanation": (
                    "Do not promise what you cannot deliver: broken promises destroy trust and "
                    "can lose a witness. Explain who you are in plain language and what you can "
                    "do, which is to keep her safe and refer her for help."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: searching a house in the north of the island for "
                    "stolen goods, officers find four women from another island living in one "
                    "room. The householder, Marcus, says they work for him, and he keeps their "
                    "passports in a locked drawer. One woman, Daniela, is carrying an identity "
                    "card in another name, which she says Marcus gave her. She is frightened and "
                    "asks whether she will be sent home. Marcus offers to interpret for a woman "
                    "who speaks little English."
                ),
                "text": "Women found during a search",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": (
                            "How should officers deal with the false identity card Daniela is "
                            "carrying?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Record it, consider whether she may be a victim before any "
                                    "decision on charges, and raise it with a supervisor"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Identify before you act. Section 13 of the Act "
                                    "makes the victim immune from prosecution, and the card may "
                                    "show how Marcus controls her."
                                ),
                            },
                            {
                                "text": (
                                    "Charge her with possessing a false document, since the "
                                    "offence is clear"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. She may have been given the card as part of being "
                                    "trafficked. Charging a possible victim breaks trust and can "
                                    "lose a witness."
                                ),
                            },
                            {
                                "text": "Ignore it, since it has nothing to do with the search",
                                "is_correct": False,
                                "feedback": (
                                    "No. Record it: it may be evidence of how the women are "
                                    "controlled."
                                ),
                            },
                        ],
                        "explanation": (
                            "Victims are often led into offences, such as carrying false "
                            "documents, because they were trafficked. Ask whether the person may "
                            "be a victim before you decide on charges or immigration action."
                        ),
                    },
                    {
                        "kind": "multiple",
                        "text": "Which of these are right at the scene? (choose all that apply)",
                        "scoring": "partial",
                        "options": [
                            {
                                "text": (
                                    "Separate the women from Marcus and speak to each in private"
                                ),
                                "is_correct": True,
                                "feedback": "Correct. They cannot speak freely in front of him.",
                            },
                            {
                                "text": "Arrange an interpreter with no link to Marcus",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. The interpreter must be independent of the employer."
                                ),
                            },
                            {
                                "text": (
                                    "Note the locked drawer, the passports and the living "
                                    "conditions"
                                ),
                                "is_correct": True,
                                "feedback": "Correct. Your observations are part of the evidence.",
                            },
                            {
                                "text": "Accept Marcus's offer to interpret, to save time",
                                "is_correct": False,
                                "feedback": (
                                    "No. Never use the employer, a co-worker or a companion as an"
                                    " interpreter."
                                ),
                            },
                            {
                                "text": (
                                    "Tell Daniela she will certainly not be sent home, so that "
                                    "she trusts you"
                                ),
                                "is_correct": False,
                                "feedback": "No. Do not promise what you cannot deliver.",
                            },
                        ],
                        "explanation": (
                            "Safety, separation, observation and referral are the first "
                            "responder's job. Use an independent interpreter and make no promises"
                            " you cannot keep."
                        ),
                    },
                ],
                "explanation": (
                    "Several indicators (passports kept by Marcus, a false identity he supplied, "
                    "fear and crowded lodgings) mean the women should be treated as possible "
                    "victims. Make them safe, separate them from Marcus, record what you see and "
                    "refer them for help; the full interview comes later."
                ),
            },
        ],
        "interviewing-victims-who-may-be-witnesses": [
            {
                "kind": "short_answer",
                "text": (
                    "In the PEACE model, what is the name of the stage in which the person gives "
                    "their version of events in their own words?"
                ),
                "accepted": [
                    "account",
                    "the account",
                    "account stage",
                    "the account stage",
                ],
                "explanation": (
                    "PEACE stands for Planning and preparation, Engage and explain, Account, "
                    "Closure and Evaluation. In the Account stage, let the person speak without "
                    "interruption, then explore what they have said with open questions."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "You reach the Account stage of an interview with a woman found working in a "
                    "bar. Which question is the best way to begin?"
                ),
                "options": [
                    {
                        "text": "'Tell me how you came to work at the bar.'",
                        "is_correct": True,
                        "feedback": (
                            "Correct. An open prompt invites a free account in her own words."
                        ),
                    },
                    {
                        "text": "'Did the owner take your passport?'",
                        "is_correct": False,
                        "feedback": (
                            "No. This is a leading question. Keep specific questions until after "
                            "the free account."
                        ),
                    },
                    {
                        "text": "'Why didn't you just leave?'",
                        "is_correct": False,
                        "feedback": (
                            "No. This sounds like blame and can re-traumatise her. A victim who "
                            "did not flee may show how much control the offender had."
                        ),
                    },
                    {
                        "text": "'You were forced to work there, weren't you?'",
                        "is_correct": False,
                        "feedback": (
                            "No. This puts words in her mouth, and the answer will be less "
                            "reliable."
                        ),
                    },
                ],
                "explanation": (
                    "Open prompts such as 'Tell me how...' or 'Describe a normal day' produce "
                    "more reliable information than leading questions. Let the person give a free"
                    " account first, then ask specific questions."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "You are planning an interview with a possible victim. Which of these follow "
                    "the WHO ten principles? (choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Have referral information ready before you start",
                        "is_correct": True,
                        "feedback": "Correct. Know what help you can offer before the interview.",
                    },
                    {
                        "text": (
                            "Use an interpreter who is competent, bound by confidentiality and "
                            "has no link to the offenders"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Interpreters must be selected and prepared carefully."
                        ),
                    },
                    {
                        "text": (
                            "If she says that going home would be dangerous, take that seriously "
                            "in your planning"
                        ),
                        "is_correct": True,
                        "feedback": "Correct. Respect the person's own assessment of risk.",
                    },
                    {
                        "text": "Promise her permission to stay if she cooperates",
                        "is_correct": False,
                        "feedback": "No. Make no promises you cannot keep.",
                    },
                    {
                        "text": (
                            "Ask about every part of her life in case something is useful later"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Ask only what the investigation needs; needless questions risk "
                            "re-traumatising her."
                        ),
                    },
                ],
                "explanation": (
                    "The WHO principles start with do no harm. They include preparing referral "
                    "information and making no promises you cannot keep, choosing interpreters "
                    "carefully, respecting the person's own view of the risk, not re-traumatising"
                    " them and putting the information to good use."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "The officer who led the raid is usually the best person to interview the "
                    "victim, because they already know the facts."
                ),
                "answer": False,
                "feedback_true": (
                    "Not right. The interviewer should not be an officer who took part in the "
                    "raid, because the person may link that officer with fear."
                ),
                "feedback_false": (
                    "Correct. Choose an interviewer the person does not link with the raid, and "
                    "brief them on what is already known."
                ),
                "explanation": (
                    "Trauma-informed practice puts safety and trust first. An interviewer from "
                    "the raid can bring back fear and make a full account less likely."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A defence lawyer argues that a victim who had chances to run away but stayed"
                    " cannot have been trafficked. What does the UNODC Case Digest on evidential "
                    "issues suggest?"
                ),
                "options": [
                    {
                        "text": (
                            "Staying can show how much control the offender had over the victim"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. An apparent weakness like this can strengthen the case."
                        ),
                    },
                    {
                        "text": "Staying proves that the victim consented",
                        "is_correct": False,
                        "feedback": (
                            "No. Consent is irrelevant once a means has been used, and staying "
                            "often reflects fear, debt or threats."
                        ),
                    },
                    {
                        "text": "The point is best left out of the case file",
                        "is_correct": False,
                        "feedback": (
                            "No. Record it and the victim's reasons; properly explained, it can "
                            "help the case."
                        ),
                    },
                    {
                        "text": "The case should rest on the victim's testimony alone",
                        "is_correct": False,
                        "feedback": (
                            "No. A mosaic of evidence is stronger and also protects the victim."
                        ),
                    },
                ],
                "explanation": (
                    "The Case Digest (2017), drawing on 135 cases from 31 jurisdictions, shows "
                    "that apparent weaknesses can be strengths: a victim who did not flee can "
                    "show control, and inconsistencies can show that a victim was not coached."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Officer Baptiste is to interview Lena, a domestic "
                    "worker from South Asia, who was removed from her employer's home two days "
                    "ago. Lena speaks little English, and the employer's driver, who speaks her "
                    "language, has offered to interpret. Lena says she is afraid for her mother, "
                    "whose address the employer knows. In a first conversation she said she had "
                    "been paid; now she says she was never paid."
                ),
                "text": "Planning Lena's interview",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "Who should interpret?",
                        "options": [
                            {
                                "text": (
                                    "A competent interpreter, bound by confidentiality, with no "
                                    "link to the employer"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Only an independent interpreter lets Lena speak "
                                    "freely and safely."
                                ),
                            },
                            {
                                "text": (
                                    "The driver, since he already knows Lena and the household"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. He works for the employer; Lena cannot speak freely "
                                    "through him, and her safety and confidentiality would be at "
                                    "risk."
                                ),
                            },
                            {
                                "text": (
                                    "Nobody: hold the interview in English to keep things simple"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. Lena speaks little English, so her account would be "
                                    "incomplete and unreliable."
                                ),
                            },
                        ],
                        "explanation": (
                            "Selecting and preparing interpreters is one of the WHO principles, "
                            "and part of the Planning and preparation stage of PEACE."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "How should Baptiste treat Lena's fear for her mother?",
                        "options": [
                            {
                                "text": (
                                    "As a serious risk: assess it with Lena and plan a response "
                                    "before the interview goes ahead"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Do no harm comes first, and her own assessment of "
                                    "the risk deserves respect."
                                ),
                            },
                            {
                                "text": (
                                    "By reassuring her that her mother will be fine, then "
                                    "starting the interview"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. That is a promise he cannot keep, and it ignores her own"
                                    " assessment of the risk."
                                ),
                            },
                            {
                                "text": "As irrelevant, since her mother is not part of the case",
                                "is_correct": False,
                                "feedback": (
                                    "No. The victim's family is at risk if the offenders can "
                                    "reach them."
                                ),
                            },
                        ],
                        "explanation": (
                            "If an interview would put the person or her family at risk, change "
                            "the plan or wait. Assessing the risks is part of planning and "
                            "preparation."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Lena's changed account of her pay means she is unreliable, so the "
                            "interview should be cancelled."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not right. Inconsistency is a common reaction among victims. Note "
                            "both accounts and continue patiently with open questions."
                        ),
                        "feedback_false": (
                            "Correct. A changing account is expected; trust and recall build over"
                            " several interviews, and inconsistency can even show she was not "
                            "coached."
                        ),
                        "explanation": (
                            "Denial, fear and inconsistency are normal reactions to trafficking, "
                            "not signs of lying. Expect more than one interview."
                        ),
                    },
                ],
                "explanation": (
                    "Planning and preparation is the first stage of PEACE: assess the risks, "
                    "arrange an independent interpreter, have referral information ready and "
                    "expect more than one interview. Throughout, do no harm comes first."
                ),
            },
        ],
        "the-counter-trafficking-act-for-officers": [
            {
                "kind": "short_answer",
                "text": (
                    "Which section of Saint Lucia's Counter-Trafficking Act makes withholding a "
                    "person's identity documents an offence? Give the number."
                ),
                "accepted": [
                    "6",
                    "six",
                    "section 6",
                    "section six",
                    "s6",
                    "s.6",
                    "sec 6",
                    "sec. 6",
                ],
                "explanation": (
                    "Section 6 is an offence separate from trafficking under section 5, so "
                    "passports or identity cards kept from a victim may support a further charge."
                    " Retention of identity documents is also one of the ILO indicators of forced"
                    " labour."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A businessman regularly receives a share of the money made from women whom "
                    "an associate has trafficked for sexual exploitation. He has never met the "
                    "women, did not recruit them and has no part in running the place. Which "
                    "offence under the Act should you consider for him?"
                ),
                "options": [
                    {
                        "text": "Receiving benefits from trafficking (section 15)",
                        "is_correct": True,
                        "feedback": "Correct. Follow the money as well as the people.",
                    },
                    {
                        "text": "Withholding identity documents (section 6)",
                        "is_correct": False,
                        "feedback": "No. Nothing suggests that he holds the women's documents.",
                    },
                    {
                        "text": (
                            "Transporting a person for the purpose of prostitution (section 7)"
                        ),
                        "is_correct": False,
                        "feedback": "No. Nothing suggests that he moved the women.",
                    },
                    {
                        "text": (
                            "None, because he took no part in recruiting or controlling the women"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Section 15 makes receiving benefits from trafficking an offence "
                            "in its own right."
                        ),
                    },
                ],
                "explanation": (
                    "The Act reaches beyond the people who recruit and control victims. Section "
                    "15 covers those who receive benefits from trafficking, so record money, "
                    "payments and who profits."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "A trafficker acting alone threatened a 16-year-old victim with a gun. The "
                    "victim has no lasting injuries. Which aggravating circumstances under "
                    "section 10 do these facts show? (choose all that apply)"
                ),
                "scoring": "all_or_nothing",
                "options": [
                    {
                        "text": "Use of a weapon",
                        "is_correct": True,
                        "feedback": "Correct. This adds 2 years under section 10.",
                    },
                    {
                        "text": "A victim under 18",
                        "is_correct": True,
                        "feedback": "Correct. This adds 5 years under section 10.",
                    },
                    {
                        "text": "An organised criminal group",
                        "is_correct": False,
                        "feedback": "No. He acted alone.",
                    },
                    {
                        "text": "Permanent or life-threatening injury",
                        "is_correct": False,
                        "feedback": "No. The victim has no lasting injuries.",
                    },
                    {
                        "text": "Abuse of authority",
                        "is_correct": False,
                        "feedback": (
                            "No. Nothing suggests he held a position of authority over the "
                            "victim, such as a parent or teacher."
                        ),
                    },
                ],
                "explanation": (
                    "Section 10 adds 2 years for the use of a weapon and 5 years where the victim"
                    " is under 18. Officers are often the first to see these facts, so record the"
                    " weapon and evidence of age from first contact."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Under the Act, evidence that a woman had worked in the sex trade before can "
                    "show that she consented and so was not trafficked."
                ),
                "answer": False,
                "feedback_true": (
                    "Not right. Section 11 makes the victim's consent, and their past sexual "
                    "behaviour, irrelevant."
                ),
                "feedback_false": (
                    "Correct. Section 11 makes both the victim's consent and their past sexual "
                    "behaviour irrelevant."
                ),
                "explanation": (
                    "Never drop a case because the victim agreed to something or has worked in "
                    "the sex trade before. Record the deception, threats or abuse of "
                    "vulnerability you find."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A reporter phones the station asking for the name and a photograph of a "
                    "woman identified as a victim in yesterday's raid. What should you do?"
                ),
                "options": [
                    {
                        "text": (
                            "Give no identifying details: section 21 protects her privacy, and "
                            "her details go only to those who need them"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Names, photographs and addresses stay out of public view."
                        ),
                    },
                    {
                        "text": "Give her name but not her address, since she is an adult",
                        "is_correct": False,
                        "feedback": (
                            "No. Her name alone can expose her; section 21 protects the privacy "
                            "of adult victims too."
                        ),
                    },
                    {
                        "text": "Give the photograph only if her face is hidden",
                        "is_correct": False,
                        "feedback": (
                            "No. Photographs of victims stay out of public view; even without her"
                            " face, an image can identify her."
                        ),
                    },
                    {
                        "text": (
                            "Give the details if the reporter promises not to publish them before"
                            " the trial"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. A reporter has no need for them, and a promise does not protect "
                            "her."
                        ),
                    },
                ],
                "explanation": (
                    "Section 21 protects victims' privacy, including through in-camera hearings. "
                    "A victim who is exposed is at risk and less likely to give evidence."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Two months after a raid, a victim calls you to ask what is happening with "
                    "the case. What does the Act expect?"
                ),
                "options": [
                    {
                        "text": (
                            "Victims are to be told their rights and how the case is progressing,"
                            " so make sure she is updated by whoever was agreed to do it"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Section 22 requires victims to be informed of their rights "
                            "and of the progress of the case."
                        ),
                    },
                    {
                        "text": "Nothing: victims are told nothing until the trial",
                        "is_correct": False,
                        "feedback": "No. Section 22 requires victims to be kept informed.",
                    },
                    {
                        "text": "Refer her to the 555 tip line",
                        "is_correct": False,
                        "feedback": (
                            "No. 555 is the police's general anonymous tip line, not a source of "
                            "updates on her case."
                        ),
                    },
                ],
                "explanation": (
                    "A victim who feels safe, informed and respected is far more likely to stay "
                    "in contact and give evidence; one kept in the dark may disappear or return "
                    "to the offenders. Agree early who will keep the victim updated."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: a teacher reports that Keisha, aged 15, has been "
                    "missing school. Inquiries show that her father has been arranging for men to"
                    " pay to have sex with her at the family home, and keeps the money. Keisha "
                    "tells officers she agreed to it to help the family. Her father says she was "
                    "willing and that this is a private family matter."
                ),
                "text": "A child exploited at home",
                "sub_questions": [
                    {
                        "kind": "multiple",
                        "text": (
                            "Which aggravating circumstances under section 10 may apply? (choose "
                            "all that apply)"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": "A victim under 18",
                                "is_correct": True,
                                "feedback": "Correct. Keisha is 15.",
                            },
                            {
                                "text": "Abuse of authority, as her parent",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Abuse of authority by a parent is an aggravating "
                                    "circumstance."
                                ),
                            },
                            {
                                "text": "Use of a weapon",
                                "is_correct": False,
                                "feedback": "No. Nothing suggests a weapon was used.",
                            },
                            {
                                "text": "An organised criminal group",
                                "is_correct": False,
                                "feedback": "No. Nothing yet suggests that a group is involved.",
                            },
                        ],
                        "explanation": (
                            "Section 10 adds 5 years where the victim is under 18, and 4 years "
                            "for abuse of authority, for example by a parent or teacher."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "What is the legal effect of Keisha saying that she agreed?",
                        "options": [
                            {
                                "text": (
                                    "None: for a child no means is needed, her consent is "
                                    "irrelevant and the age of consent is no defence"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. The rule for children in the Protocol and sections "
                                    "11 and 12 of the Act all point the same way."
                                ),
                            },
                            {
                                "text": "It is a defence if she was over the age of consent",
                                "is_correct": False,
                                "feedback": "No. Section 12 makes the age of consent no defence.",
                            },
                            {
                                "text": (
                                    "It means the prosecution must prove her father used force or"
                                    " deception"
                                ),
                                "is_correct": False,
                                "feedback": "No. For a child, no means needs to be shown.",
                            },
                            {
                                "text": (
                                    "It makes this a private family matter rather than a crime"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. Reporting on Saint Lucia has noted child sex trafficking"
                                    " by parents and caregivers."
                                ),
                            },
                        ],
                        "explanation": (
                            "Harbouring a child for sexual exploitation is trafficking whether or"
                            " not any means was used, and the child's agreement changes nothing."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Because Keisha took part in sex for money, she may be charged with "
                            "an offence linked to prostitution."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not right. Keisha is a victim. Section 13 makes the victim immune "
                            "from prosecution, and she needs protection and referral, not blame."
                        ),
                        "feedback_false": (
                            "Correct. Under section 13 the victim is immune from prosecution. She"
                            " needs protection and referral."
                        ),
                        "explanation": (
                            "The non-punishment principle protects victims from being punished "
                            "for offences that result from being trafficked."
                        ),
                    },
                ],
                "explanation": (
                    "Exploitation of a child by a parent can be trafficking, and the parent's "
                    "position makes it worse at sentencing, not a private matter. Protect Keisha "
                    "first, then build a case that does not rest on her testimony alone."
                ),
            },
        ],
    },
}
