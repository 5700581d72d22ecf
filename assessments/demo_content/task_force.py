"""Demo quiz questions: the national response course for Task Force members.

Pure data, loaded into the question bank elsewhere. Facts come only from
/work/shared/CONTENT.md and are answerable from courses/demo_content/task_force.py.
Names in scenarios are fictional.
"""

QUIZZES = {
    # ---------------------------------------------------------------------- Final assessment
    "final": [
        # Module 1: the national response
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "Agencies are recording a case for the national figures. A group of adults paid a "
                "boat operator to bring them to Saint Lucia. Once ashore they went their own way "
                "and had no further contact with him. How should the case be classified?"
            ),
            "options": [
                {
                    "text": "As migrant smuggling",
                    "is_correct": True,
                    "feedback": (
                        "Correct. The movement was consensual, it ended on arrival and the "
                        "profit came from the journey itself, with no continuing exploitation."
                    ),
                },
                {
                    "text": "As trafficking, because a border was crossed",
                    "is_correct": False,
                    "feedback": (
                        "Crossing a border does not make a case trafficking. Smuggling always "
                        "crosses a border; trafficking need not."
                    ),
                },
                {
                    "text": "As trafficking, because money was paid for the journey",
                    "is_correct": False,
                    "feedback": (
                        "Paying for the journey is typical of smuggling. Trafficking requires a "
                        "purpose of exploitation, and here none followed."
                    ),
                },
                {
                    "text": "As both trafficking and smuggling, to be safe",
                    "is_correct": False,
                    "feedback": (
                        "Counting a case under both headings distorts national data. Agencies "
                        "should use the legal definitions and keep the two apart."
                    ),
                },
            ],
            "explanation": (
                "Smuggling is consensual, ends on arrival, always crosses a border and profits "
                "from the movement. Trafficking involves continuing exploitation, can happen "
                "inside one country and profits from the exploitation. Mixing the two up "
                "distorts the figures the Task Force relies on."
            ),
        },
        {
            "kind": "true_false",
            "in_pre_test": True,
            "text": (
                "A person can be trafficked without ever leaving Saint Lucia or crossing any "
                "border."
            ),
            "answer": True,
            "feedback_true": (
                "Correct. Trafficking can take place entirely within one country; what matters "
                "is the act, the means (for adults) and the purpose of exploitation."
            ),
            "feedback_false": (
                "Not so. Always crossing a border is a feature of smuggling. Trafficking can "
                "happen entirely within one country."
            ),
            "explanation": (
                "The Protocol definition is built on act, means and purpose. None of these "
                "requires movement across a border, so a person recruited in one town and "
                "exploited in another part of the island can be a trafficking victim."
            ),
        },
        # Module 2: the Task Force's mandate
        {
            "kind": "multiple",
            "in_pre_test": True,
            "text": (
                "Which of these are duties of the Task Force under section 33 of the "
                "Counter-Trafficking Act? (choose all that apply)"
            ),
            "scoring": "partial",
            "options": [
                {
                    "text": "Coordinating data collection while protecting victims' privacy",
                    "is_correct": True,
                    "feedback": "Correct. This duty is named in section 33.",
                },
                {
                    "text": "Sharing border information on persons travelling on other people's "
                    "documents",
                    "is_correct": True,
                    "feedback": "Correct. This duty is named in section 33.",
                },
                {
                    "text": "Cooperating with foreign states",
                    "is_correct": True,
                    "feedback": (
                        "Correct. This duty is named in section 33, and Foreign Affairs sits on "
                        "the Task Force."
                    ),
                },
                {
                    "text": "Deciding whether individual suspects are charged",
                    "is_correct": False,
                    "feedback": (
                        "No. The Task Force coordinates; charging decisions belong to the police "
                        "and prosecutors."
                    ),
                },
                {
                    "text": "Answering calls to the 847 hotline",
                    "is_correct": False,
                    "feedback": (
                        "No. Calls to 847 are answered in the Royal Saint Lucia Police Force "
                        "control room."
                    ),
                },
            ],
            "explanation": (
                "Section 33 sets up the Task Force to develop and implement the National Plan. "
                "Its duties include coordinating data collection with privacy protected, sharing "
                "border information on people travelling on others' documents, and cooperating "
                "with foreign states. It coordinates the agencies that apply the Act rather than "
                "doing their work for them."
            ),
        },
        {
            "kind": "scenario",
            "case": (
                "A fictional scenario. On a routine visit, labour inspector Gemma finds that a "
                "household employs a domestic worker from abroad, Priya, whose passport the "
                "employer keeps locked away. Priya says she works every day, has never been paid "
                "and is told she still owes the recruitment fee. Gemma reports the case to the "
                "member who represents Labour on the Task Force."
            ),
            "text": "Passport, wages and debt",
            "sub_questions": [
                {
                    "kind": "single",
                    "text": (
                        "Which section of the Act most directly covers the employer keeping "
                        "Priya's passport?"
                    ),
                    "options": [
                        {
                            "text": "Section 6, withholding identity documents",
                            "is_correct": True,
                            "feedback": (
                                "Correct. Withholding identity documents is an offence in its "
                                "own right under section 6."
                            ),
                        },
                        {
                            "text": "Section 7, transporting a person for the purpose of "
                            "prostitution",
                            "is_correct": False,
                            "feedback": (
                                "Section 7 concerns transport for prostitution, which nothing in "
                                "the case suggests."
                            ),
                        },
                        {
                            "text": "Section 13, non-punishment",
                            "is_correct": False,
                            "feedback": (
                                "Section 13 protects victims from prosecution; it does not "
                                "create an offence for the employer."
                            ),
                        },
                    ],
                    "explanation": (
                        "Section 6 makes withholding identity documents an offence, so the "
                        "police should be brought in, whatever else the inquiry finds."
                    ),
                },
                {
                    "kind": "true_false",
                    "text": (
                        "The retained passport, unpaid wages and debt are indicators that call "
                        "for further inquiry, not proof that Priya has been trafficked."
                    ),
                    "answer": True,
                    "feedback_true": (
                        "Correct. Indicators are signs that call for further inquiry; they are "
                        "not proof on their own."
                    ),
                    "feedback_false": (
                        "Not so. These are strong indicators, but indicators call for further "
                        "inquiry rather than proving trafficking on their own."
                    ),
                    "explanation": (
                        "Retention of identity documents, withholding of wages and debt bondage "
                        "are all among the ILO indicators of forced labour. They tell agencies "
                        "to look further, screen Priya and refer her, not to conclude the case."
                    ),
                },
                {
                    "kind": "single",
                    "text": "What is the Labour member's role on the Task Force in this case?",
                    "options": [
                        {
                            "text": "To see that Labour, the police and victim services are "
                            "connected, and that Priya's details go only to those who need them "
                            "to act",
                            "is_correct": True,
                            "feedback": (
                                "Correct. The Task Force coordinates and protects privacy; the "
                                "agencies do the work."
                            ),
                        },
                        {
                            "text": "To lead the investigation and question the employer herself",
                            "is_correct": False,
                            "feedback": (
                                "No. Investigation belongs to the police; the Task Force does "
                                "not take over the agencies' work."
                            ),
                        },
                        {
                            "text": "To record Priya's name and address in the Task Force "
                            "minutes so every member can follow the case",
                            "is_correct": False,
                            "feedback": (
                                "No. Circulating her identity to every member puts her privacy "
                                "and safety at risk for no good reason."
                            ),
                        },
                    ],
                    "explanation": (
                        "The member acts as representative and messenger: making sure the right "
                        "agencies are connected, that Priya is screened and referred, and that "
                        "case details are shared only with those who need them to act."
                    ),
                },
            ],
            "explanation": (
                "Withholding identity documents is an offence under section 6, and the signs in "
                "the case call for screening and referral. The Task Force's part is "
                "coordination with privacy protected, not running the investigation."
            ),
        },
        # Module 3: national action plan and referral mechanism
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "A presumed victim needs housing, counselling, and medical and legal help in a "
                "language she understands. Which pillar of a national referral mechanism (OSCE/"
                "ODIHR, 2022) does this belong to?"
            ),
            "options": [
                {
                    "text": "Identification and protection",
                    "is_correct": False,
                    "feedback": (
                        "This pillar covers recognising presumed victims and moving them to "
                        "safety, the step before ongoing support."
                    ),
                },
                {
                    "text": "Individual support",
                    "is_correct": True,
                    "feedback": (
                        "Correct. Housing, counselling, and medical and legal help, as section "
                        "24 of the Act provides, are individual support."
                    ),
                },
                {
                    "text": "Social inclusion",
                    "is_correct": False,
                    "feedback": (
                        "Social inclusion is the longer path to a stable life, such as work and "
                        "immigration status."
                    ),
                },
                {
                    "text": "Criminal justice and redress",
                    "is_correct": False,
                    "feedback": "This pillar covers court support, restitution and forfeiture.",
                },
            ],
            "explanation": (
                "The four NRM pillars follow a victim's path: identification and protection, "
                "individual support, social inclusion, and criminal justice and redress. "
                "Section 24 assistance sits in the individual support pillar."
            ),
        },
        {
            "kind": "short_answer",
            "text": (
                "Restitution (s8), forfeiture (s9) and in-camera hearings (s21) belong to which "
                "of the four NRM pillars?"
            ),
            "accepted": [
                "criminal justice and redress",
                "criminal justice & redress",
                "criminal justice and redress pillar",
                "the criminal justice and redress pillar",
            ],
            "explanation": (
                "The criminal justice and redress pillar covers support through the courts: "
                "privacy and in-camera hearings (s21), information on rights and case progress "
                "(s22), restitution (s8) and forfeiture (s9)."
            ),
        },
        # Module 4: data, privacy and cooperation
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "The draft annual report has a table in which one cell describes a single "
                "victim by nationality, age and the hotel where she worked. What should the "
                "Task Force do?"
            ),
            "options": [
                {
                    "text": "Merge categories or hold back details so that no figure points to "
                    "one person",
                    "is_correct": True,
                    "feedback": (
                        "Correct. With small numbers on an island, a few details can identify "
                        "someone."
                    ),
                },
                {
                    "text": "Publish it as drafted, since no name is given",
                    "is_correct": False,
                    "feedback": (
                        "Leaving out the name is not enough. Nationality, age and workplace "
                        "together can identify her."
                    ),
                },
                {
                    "text": "Drop the victim from the figures altogether",
                    "is_correct": False,
                    "feedback": (
                        "Section 33 calls for coordinated data collection. The answer is to "
                        "protect her identity, not to make the figures wrong."
                    ),
                },
            ],
            "explanation": (
                "The Task Force must coordinate data while protecting victims' privacy. Report "
                "in aggregate, and merge categories or withhold details whenever a figure could "
                "point to one person."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "To keep national figures complete, cases of migrant smuggling should be counted "
                "together with trafficking cases."
            ),
            "answer": False,
            "feedback_true": (
                "Not so. Smuggling and trafficking are different crimes; counting them together "
                "makes the figures misleading."
            ),
            "feedback_false": (
                "Correct. Agencies should agree common legal definitions and keep trafficking "
                "and smuggling apart."
            ),
            "explanation": (
                "Agreeing definitions before counting is the first step in coordinated data "
                "collection. Use the legal definition, keep trafficking and smuggling apart, and "
                "record adults and children and the form of exploitation."
            ),
        },
        # Module 5: monitoring and evaluation
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "The Task Force's yearly progress report lists the meetings held, the workshops "
                "delivered and the leaflets printed, and nothing else. What is its main weakness?"
            ),
            "options": [
                {
                    "text": "It reports only outputs and does not show whether anything changed",
                    "is_correct": True,
                    "feedback": (
                        "Correct. Meetings, workshops and leaflets are activity. The plan "
                        "should be judged by its outcomes."
                    ),
                },
                {
                    "text": "It should list fewer activities to keep the report short",
                    "is_correct": False,
                    "feedback": (
                        "Length is not the problem. Even a complete list of activities says "
                        "nothing about results."
                    ),
                },
                {
                    "text": "Nothing: counting activities is the accepted way to judge a plan",
                    "is_correct": False,
                    "feedback": (
                        "Outputs matter and are easy to count, but most evaluations stop there "
                        "and learn little about what works."
                    ),
                },
            ],
            "explanation": (
                "Outputs are what was done; outcomes are what changed, such as presumed victims "
                "screened and referred or cases shared between agencies. Count outputs, but "
                "judge the plan by its outcomes."
            ),
        },
        {
            "kind": "short_answer",
            "text": (
                "Three months after a course, a follow-up checks whether officers now screen and "
                "refer presumed victims at work. Which of Kirkpatrick's four levels is this?"
            ),
            "accepted": [
                "behaviour",
                "behavior",
                "behaviour level",
                "level 3",
                "level three",
            ],
            "explanation": (
                "Kirkpatrick's levels are reaction (satisfaction), learning (pre- and "
                "post-test), behaviour (practice on the job, shown by follow-up) and results "
                "(wider change). A report that shows learning gain and follow-up is stronger "
                "than one that stops at satisfaction."
            ),
        },
    ],
    # ---------------------------------------------------------------------- Module quizzes
    "modules": {
        # ------------------------------------------------------------------ Module 1
        "the-national-response": [
            {
                "kind": "single",
                "text": (
                    "A draft budget puts almost all of next year's funds into prosecution and "
                    "very little into victim protection. Why is this plan likely to stall?"
                ),
                "options": [
                    {
                        "text": "A prosecution usually needs a victim who feels safe enough to "
                        "give evidence",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Prosecution depends on protection, so neglecting one "
                            "weakens the other."
                        ),
                    },
                    {
                        "text": "The Act forbids any prosecution until a prevention campaign "
                        "has been run",
                        "is_correct": False,
                        "feedback": (
                            "The Act contains no such rule. The problem is practical: the Ps "
                            "depend on each other."
                        ),
                    },
                    {
                        "text": "Prosecution is not one of the four Ps",
                        "is_correct": False,
                        "feedback": (
                            "It is. The four Ps are prevention, protection, prosecution and "
                            "partnership."
                        ),
                    },
                ],
                "explanation": (
                    "The four Ps depend on each other. Prosecutions need protected, willing "
                    "witnesses; prevention draws on what investigators and support services "
                    "learn; and all of them rely on partnership. A plan that funds one P and "
                    "neglects the others tends to stall."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "For an adult victim, which elements must all be present for a case to meet "
                    "the Palermo Protocol definition of trafficking? (choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "An act, such as recruiting, transporting or harbouring a person",
                        "is_correct": True,
                        "feedback": "Correct. The act is the first element.",
                    },
                    {
                        "text": "A means, such as deception or abuse of a position of "
                        "vulnerability",
                        "is_correct": True,
                        "feedback": (
                            "Correct. For an adult, one of the means must be present. For a "
                            "child under 18 it is not needed."
                        ),
                    },
                    {
                        "text": "A purpose of exploitation, such as forced labour or sexual "
                        "exploitation",
                        "is_correct": True,
                        "feedback": "Correct. The purpose of exploitation is the third element.",
                    },
                    {
                        "text": "The crossing of an international border",
                        "is_correct": False,
                        "feedback": (
                            "No. Trafficking can happen entirely within one country; crossing a "
                            "border is a feature of smuggling."
                        ),
                    },
                    {
                        "text": "Proof that the victim never agreed to anything",
                        "is_correct": False,
                        "feedback": (
                            "No. Once any means is used, the victim's consent is irrelevant."
                        ),
                    },
                ],
                "explanation": (
                    "Article 3 of the Palermo Protocol combines act, means and purpose. Once a "
                    "means is used, consent does not matter, and for a child no means need be "
                    "shown. Movement across a border is not required."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "An adult who agreed to take a job abroad cannot be a trafficking victim, "
                    "even if she was deceived about the work and then exploited."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Deception is one of the means, and once a means is used the "
                    "victim's consent is irrelevant."
                ),
                "feedback_false": (
                    "Correct. Her initial agreement does not matter once deception has been used."
                ),
                "explanation": (
                    "Consent is irrelevant once any of the means is used, and section 11 of the "
                    "Act says a victim's consent or past sexual behaviour is irrelevant. Plans, "
                    "data and campaigns should never suggest that a victim who agreed at first "
                    "is not a victim."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "A member of the public asks how to report suspected trafficking. What is "
                    "Saint Lucia's free, 24-hour trafficking hotline number?"
                ),
                "accepted": [
                    "847",
                    "8 4 7",
                    "8-4-7",
                    "eight four seven",
                    "eight-four-seven",
                    "eight hundred and forty-seven",
                    "eight hundred and forty seven",
                    "eight hundred forty-seven",
                    "eight hundred forty seven",
                ],
                "explanation": (
                    "The hotline is 847 (the digits spell TIP). It is free, open 24 hours and "
                    "answered in the Royal Saint Lucia Police Force control room, and callers "
                    "may stay anonymous. The police's general anonymous tip line is 555."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "The Task Force is planning a prevention campaign. Which statement matches "
                    "the profile of Saint Lucia in the 2016 US TIP Report?"
                ),
                "options": [
                    {
                        "text": "Migrants from the Caribbean and South Asia, including domestic "
                        "workers, were most at risk, and children were subjected to sex "
                        "trafficking, including by parents and caregivers",
                        "is_correct": True,
                        "feedback": (
                            "Correct. The 2016 report named these migrants as most at risk and "
                            "reported child sex trafficking, including by parents and "
                            "caregivers."
                        ),
                    },
                    {
                        "text": "Saint Lucians travelling abroad only, since the country was "
                        "described as a source country alone",
                        "is_correct": False,
                        "feedback": (
                            "No. The report described Saint Lucia as both a source and a "
                            "destination country."
                        ),
                    },
                    {
                        "text": "Adult women in the sex trade only, since the report found no "
                        "child victims",
                        "is_correct": False,
                        "feedback": (
                            "No. The report described child sex trafficking, and it named "
                            "migrant workers, including domestic workers, as most at risk."
                        ),
                    },
                ],
                "explanation": (
                    "The 2016 TIP Report described Saint Lucia as a source and destination "
                    "country, with migrants from the Caribbean and South Asia, including "
                    "domestic workers, most at risk, and child sex trafficking, including by "
                    "parents and caregivers. A campaign should reach these groups."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario. Neville, newly appointed to the Task Force, drafts a "
                    "one-page briefing for his ministry. It says that Saint Lucia has been rated "
                    "Tier 2 in every US TIP Report, that the 2023 report recorded the country's "
                    "first trafficking conviction, and that a convicted trafficker can still be "
                    "given a fine of up to XCD 100,000 instead of prison."
                ),
                "text": "Checking a briefing",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "What is wrong with the briefing's account of the ratings?",
                        "options": [
                            {
                                "text": "The ratings have moved between Tier 2 and the Tier 2 "
                                "Watch List; 2016 and 2022 were Watch List years",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. The confirmed ratings are 2016 Watch List, 2020 "
                                    "and 2021 Tier 2, 2022 Watch List and 2023 Tier 2."
                                ),
                            },
                            {
                                "text": "Saint Lucia was rated Tier 1 in 2023",
                                "is_correct": False,
                                "feedback": "No. The 2023 rating was Tier 2.",
                            },
                            {
                                "text": "Nothing; the country has been Tier 2 in every year",
                                "is_correct": False,
                                "feedback": (
                                    "No. The 2016 and 2022 reports placed Saint Lucia on the "
                                    "Tier 2 Watch List."
                                ),
                            },
                        ],
                        "explanation": (
                            "Only confirmed ratings should be quoted: 2016 Tier 2 Watch List, "
                            "2020 and 2021 Tier 2, 2022 Tier 2 Watch List, 2023 Tier 2. Other "
                            "years should be left out rather than guessed."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "The 2023 TIP Report recorded Saint Lucia's first conviction of a "
                            "trafficker."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not so. The 2023 report recorded the first prosecution initiated "
                            "since 2015, and that no trafficker had ever been convicted."
                        ),
                        "feedback_false": (
                            "Correct. It recorded a first prosecution since 2015, not a "
                            "conviction; no trafficker had ever been convicted."
                        ),
                        "explanation": (
                            "The 2023 report noted progress (a prosecution initiated, a "
                            "dedicated prosecutor named, four victims identified, a new action "
                            "plan begun, remote testimony allowed, the hotline restarted) but "
                            "also that no trafficker had ever been convicted."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "How should the briefing describe the penalties?",
                        "options": [
                            {
                                "text": "A 2021 amendment removed the fine-only option; check "
                                "the current text before quoting the new prison terms",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. The fine alone is no longer an option, and the "
                                    "new terms should be checked rather than guessed."
                                ),
                            },
                            {
                                "text": "A fine of up to XCD 100,000 remains available instead "
                                "of prison",
                                "is_correct": False,
                                "feedback": (
                                    "No. That was the 2010 text; the 2021 amendment removed the "
                                    "fine-only option."
                                ),
                            },
                            {
                                "text": "Up to five years in prison whatever the victim's age",
                                "is_correct": False,
                                "feedback": (
                                    "No. Even the 2010 text provided up to ten years where the "
                                    "victim was a child."
                                ),
                            },
                        ],
                        "explanation": (
                            "As passed in 2010, the Act allowed up to five years or a fine of up "
                            "to XCD 100,000 for an adult victim and up to ten years for a child "
                            "victim. The 2021 amendment removed the fine-only option; the new "
                            "prison terms should be checked in the current text."
                        ),
                    },
                ],
                "explanation": (
                    "A Task Force briefing must be accurate: quote only confirmed ratings, "
                    "distinguish prosecutions from convictions, and reflect the 2021 amendment "
                    "without guessing at figures you have not checked."
                ),
            },
        ],
        # ------------------------------------------------------------------ Module 2
        "task-force-mandate": [
            {
                "kind": "single",
                "text": (
                    "After a labour inspection finds workers' passports held by their employer, "
                    "a journalist asks a Task Force member whether the Task Force will charge "
                    "the employer. What is the accurate answer?"
                ),
                "options": [
                    {
                        "text": "Charging is for the police and prosecutors; the Task Force "
                        "makes sure the agencies involved are connected",
                        "is_correct": True,
                        "feedback": (
                            "Correct. The Task Force coordinates; it does not take over the "
                            "work of the agencies that apply the Act."
                        ),
                    },
                    {
                        "text": "Yes, section 33 gives the Task Force power to bring charges",
                        "is_correct": False,
                        "feedback": (
                            "No. Section 33 is about the National Plan and coordination, not "
                            "charging decisions."
                        ),
                    },
                    {
                        "text": "The Task Force will decide once the NGO members have voted on it",
                        "is_correct": False,
                        "feedback": (
                            "No. Charging decisions are not made by the Task Force or its members."
                        ),
                    },
                ],
                "explanation": (
                    "The Task Force's central job under section 33 is to develop and implement "
                    "the National Plan. Police and prosecutors deal with offences such as "
                    "trafficking (s5) and withholding identity documents (s6)."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these does section 33 name among the bodies that Task Force "
                    "members are drawn from? (choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Labour",
                        "is_correct": True,
                        "feedback": "Correct. Labour sees recruitment and workplaces.",
                    },
                    {
                        "text": "Immigration",
                        "is_correct": True,
                        "feedback": "Correct. Immigration sees who arrives and on what papers.",
                    },
                    {
                        "text": "Non-governmental organisations",
                        "is_correct": True,
                        "feedback": (
                            "Correct. NGOs sit on the Task Force and work alongside victims."
                        ),
                    },
                    {
                        "text": "The news media",
                        "is_correct": False,
                        "feedback": "No. The media are not among the members named in section 33.",
                    },
                    {
                        "text": "The judiciary",
                        "is_correct": False,
                        "feedback": (
                            "No. The courts are not among the members named in section 33; "
                            "Legal Affairs brings legal expertise."
                        ),
                    },
                ],
                "explanation": (
                    "Section 33 draws members from Legal Affairs, Foreign Affairs, Labour, Human "
                    "Services, Home Affairs, law enforcement, immigration and NGOs. Each holds a "
                    "different piece of the picture."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Because the Task Force coordinates data collection, it should circulate "
                    "every identified victim's name to all member agencies."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Section 33 asks the Task Force to coordinate data while protecting "
                    "victims' privacy."
                ),
                "feedback_false": "Correct. Names should go only to those who need them to act.",
                "explanation": (
                    "The data duty in section 33 comes with protection of victims' privacy. "
                    "Agencies can match records with a shared case reference and report in "
                    "aggregate, without passing names around."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "An employer tells a labour officer he keeps his workers' passports 'for "
                    "safekeeping'. Which section of the Counter-Trafficking Act makes "
                    "withholding identity documents an offence?"
                ),
                "options": [
                    {
                        "text": "Section 5",
                        "is_correct": False,
                        "feedback": "Section 5 is the trafficking offence itself.",
                    },
                    {
                        "text": "Section 6",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Section 6 makes withholding identity documents an offence."
                        ),
                    },
                    {
                        "text": "Section 15",
                        "is_correct": False,
                        "feedback": "Section 15 covers receiving benefits from trafficking.",
                    },
                    {
                        "text": "Section 33",
                        "is_correct": False,
                        "feedback": "Section 33 sets up the Task Force; it creates no offence.",
                    },
                ],
                "explanation": (
                    "Withholding identity documents is both an indicator of trafficking and a "
                    "separate offence under section 6, so the police should be brought in."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "Under which section of the Counter-Trafficking Act is the Task Force set "
                    "up? Give the number."
                ),
                "accepted": [
                    "33",
                    "s33",
                    "s 33",
                    "s.33",
                    "section 33",
                    "thirty-three",
                    "thirty three",
                    "section thirty-three",
                    "section thirty three",
                ],
                "explanation": (
                    "Section 33 provides for a Task Force set up by the Minister to develop and "
                    "implement the National Plan, with duties on data, border information and "
                    "cooperation with foreign states."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A member attends every Task Force meeting but never tells her own agency "
                    "what was decided. What is the main risk?"
                ),
                "options": [
                    {
                        "text": "Decisions are not acted on, so the plan stays on paper",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Members carry decisions back and see that they are acted on."
                        ),
                    },
                    {
                        "text": "None, since attending the meetings is the whole of the role",
                        "is_correct": False,
                        "feedback": "No. Each member is both a representative and a messenger.",
                    },
                    {
                        "text": "The Task Force loses its legal basis under section 33",
                        "is_correct": False,
                        "feedback": (
                            "No. The legal basis is unaffected; the practical effect is that "
                            "decisions go nowhere."
                        ),
                    },
                ],
                "explanation": (
                    "Every member brings the agency's information, limits and resources to the "
                    "table and carries decisions back. A member who attends but does not report "
                    "back leaves the plan on paper."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario. At the airport, immigration officer Shanice notices "
                    "that two young women arriving together hold passports whose photographs do "
                    "not match them. A man travelling with them says he arranged their trip and "
                    "holds their onward papers. The women say little and look to him before "
                    "answering. Shanice's head of department sits on the Task Force."
                ),
                "text": "Papers that are not their own",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "Which section 33 duty does this case engage most directly?",
                        "options": [
                            {
                                "text": "Sharing border information on persons travelling on "
                                "other people's documents",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Immigration and law enforcement need a route for "
                                    "passing on exactly this kind of case."
                                ),
                            },
                            {
                                "text": "Deciding whether the man should be charged",
                                "is_correct": False,
                                "feedback": (
                                    "No. That decision belongs to the police and prosecutors."
                                ),
                            },
                            {
                                "text": "Answering calls to the 847 hotline",
                                "is_correct": False,
                                "feedback": (
                                    "No. The hotline is answered in the police control room "
                                    "and is not a Task Force duty."
                                ),
                            },
                        ],
                        "explanation": (
                            "Travelling on another person's papers can signal that someone "
                            "else controls the journey. Section 33 asks the Task Force to see "
                            "that such border information is shared."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "The mismatched passports prove that the women are victims of "
                            "trafficking."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not so. This is an indicator that calls for further inquiry, not "
                            "proof."
                        ),
                        "feedback_false": (
                            "Correct. It is a sign to look further, not proof on its own."
                        ),
                        "explanation": (
                            "Travel arranged by a third party and documents that are not the "
                            "traveller's own are indicators. They call for screening and "
                            "further inquiry, not a conclusion."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "What should come first?",
                        "options": [
                            {
                                "text": "Screen the women for signs of trafficking, involve the "
                                "police and refer any presumed victim for assistance",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Their safety and identification come first."
                                ),
                            },
                            {
                                "text": "Charge the women with using false documents and "
                                "return them on the next flight",
                                "is_correct": False,
                                "feedback": (
                                    "No. If they are victims, section 13 protects them from "
                                    "prosecution for offences that result directly from being "
                                    "trafficked."
                                ),
                            },
                            {
                                "text": "Let them through, since document cases are not a Task "
                                "Force concern",
                                "is_correct": False,
                                "feedback": (
                                    "No. Border information on people travelling on others' "
                                    "documents is expressly a section 33 concern."
                                ),
                            },
                        ],
                        "explanation": (
                            "Screening and referral protect presumed victims and keep the "
                            "evidence available. Section 13 means victims are not punished "
                            "for offences committed as a direct result of being trafficked."
                        ),
                    },
                ],
                "explanation": (
                    "The case engages the section 33 duty on border information. The signs call "
                    "for screening and referral rather than treating the women as offenders, "
                    "and the Task Force's part is to make sure immigration, police and victim "
                    "services are connected."
                ),
            },
        ],
        # ------------------------------------------------------------------ Module 3
        "plan-and-referral-mechanism": [
            {
                "kind": "single",
                "text": (
                    "The recommendation to reduce the court backlog belongs under which heading "
                    "of the ICMPD framework for a national response?"
                ),
                "options": [
                    {
                        "text": "Prevention",
                        "is_correct": False,
                        "feedback": (
                            "Prevention covers actions such as regulating labour recruitment."
                        ),
                    },
                    {
                        "text": "Protection",
                        "is_correct": False,
                        "feedback": (
                            "Protection covers actions such as screening and referring victims."
                        ),
                    },
                    {
                        "text": "Investigation and prosecution",
                        "is_correct": True,
                        "feedback": (
                            "Correct. The backlog affects how quickly cases come to trial."
                        ),
                    },
                    {
                        "text": "Enabling framework",
                        "is_correct": False,
                        "feedback": (
                            "The enabling framework covers what makes the rest possible, such "
                            "as adopting the plan and sharing cases."
                        ),
                    },
                ],
                "explanation": (
                    "ICMPD groups the response under prevention, protection, investigation and "
                    "prosecution, and the enabling framework. Prosecuting under the amended Act, "
                    "seeking penalties commensurate with rape and reducing the court backlog all "
                    "sit under investigation and prosecution."
                ),
            },
            {
                "kind": "single",
                "text": "Which of these draft actions could the Task Force actually monitor?",
                "options": [
                    {
                        "text": "Improve the identification of victims",
                        "is_correct": False,
                        "feedback": (
                            "This has no lead agency, deadline, resources or indicator, so no "
                            "one owns it."
                        ),
                    },
                    {
                        "text": "Immigration, supported by Labour, screens foreign workers and "
                        "refers presumed victims within the plan's first year, from its own "
                        "budget, measured by the number screened and referred",
                        "is_correct": True,
                        "feedback": (
                            "Correct. It names a lead, support, a deadline, resources and an "
                            "indicator."
                        ),
                    },
                    {
                        "text": "All agencies share responsibility for screening foreign workers",
                        "is_correct": False,
                        "feedback": (
                            "Shared responsibility with no lead usually means no one is "
                            "accountable."
                        ),
                    },
                ],
                "explanation": (
                    "A recommendation becomes a plan action when it says who leads, who "
                    "supports, by when, with what resources and how progress will be measured. "
                    "An action without an owner tends to belong to nobody."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "In the course's mapping of the Act to the NRM pillars, section 13 "
                    "(non-punishment of victims) belongs to which pillar?"
                ),
                "options": [
                    {
                        "text": "Identification and protection",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Recognising presumed victims and not treating them as "
                            "offenders is part of moving them to safety."
                        ),
                    },
                    {
                        "text": "Individual support",
                        "is_correct": False,
                        "feedback": (
                            "Individual support covers housing, counselling, and medical and "
                            "legal help (s24)."
                        ),
                    },
                    {
                        "text": "Criminal justice and redress",
                        "is_correct": False,
                        "feedback": (
                            "Section 13 protects victims from prosecution rather than "
                            "supporting them through a case; this pillar covers s21, s22, s8 "
                            "and s9."
                        ),
                    },
                ],
                "explanation": (
                    "Front-line agencies screen and recognise presumed victims and move them to "
                    "safety. Non-punishment under section 13 belongs here, because a victim "
                    "treated as an offender is not protected."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these are headings in ICMPD's framework for developing and "
                    "monitoring a national anti-trafficking response? (choose all that apply)"
                ),
                "scoring": "all_or_nothing",
                "options": [
                    {
                        "text": "Prevention",
                        "is_correct": True,
                        "feedback": "Correct. Prevention is one of the four headings.",
                    },
                    {
                        "text": "Protection",
                        "is_correct": True,
                        "feedback": "Correct. Protection is one of the four headings.",
                    },
                    {
                        "text": "Investigation and prosecution",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Investigation and prosecution is one of the four headings."
                        ),
                    },
                    {
                        "text": "Enabling framework",
                        "is_correct": True,
                        "feedback": (
                            "Correct. The enabling framework covers what makes the rest possible."
                        ),
                    },
                    {
                        "text": "Social inclusion",
                        "is_correct": False,
                        "feedback": (
                            "No. Social inclusion is one of the OSCE/ODIHR NRM pillars, not an "
                            "ICMPD heading."
                        ),
                    },
                ],
                "explanation": (
                    "ICMPD uses prevention, protection, investigation and prosecution, and the "
                    "enabling framework. The NRM pillars (identification and protection, "
                    "individual support, social inclusion, criminal justice and redress) are a "
                    "separate OSCE/ODIHR framework."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Under section 24 of the Act, a victim who is offered a shelter place must "
                    "stay there until the case is over."
                ),
                "answer": False,
                "feedback_true": "Not so. Section 24 says a stay in a shelter is voluntary.",
                "feedback_false": "Correct. A shelter stay is voluntary, and victims may work.",
                "explanation": (
                    "Section 24 provides housing, counselling, and medical and legal help in a "
                    "language the victim understands. Victims may work, a shelter stay is "
                    "voluntary, and victims are not to be housed in prison save in exigent "
                    "circumstances."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "Which NRM pillar covers the longer path to a stable life, such as the right "
                    "to work and immigration status or return?"
                ),
                "accepted": [
                    "social inclusion",
                    "social inclusion pillar",
                    "the social inclusion pillar",
                    "inclusion",
                ],
                "explanation": (
                    "Social inclusion is the third of the four NRM pillars in the OSCE/ODIHR "
                    "Handbook (2022). The Act supports it by allowing victims to work and by "
                    "dealing with immigration status and return."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario. At two in the morning on a Sunday, police respond to "
                    "a tip and find Arjun, a man from South Asia, sleeping on a building site. "
                    "He says the recruiter who brought him to Saint Lucia holds his passport, "
                    "and that he has not been paid for months because he still owes for his "
                    "travel. He speaks little English. The duty officer cannot reach anyone who "
                    "can arrange a place for him to stay."
                ),
                "text": "A referral in the small hours",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "Which statement correctly reflects section 24 of the Act?",
                        "options": [
                            {
                                "text": "Victims are not to be housed in prison save in exigent "
                                "circumstances, and a shelter stay is voluntary",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Both points are part of the assistance section "
                                    "24 provides."
                                ),
                            },
                            {
                                "text": "Victims must stay in a shelter until any trial ends",
                                "is_correct": False,
                                "feedback": "No. A shelter stay is voluntary.",
                            },
                            {
                                "text": "Victims may not work while they receive assistance",
                                "is_correct": False,
                                "feedback": "No. Section 24 says victims may work.",
                            },
                        ],
                        "explanation": (
                            "Section 24 sets Saint Lucia's baseline: housing, counselling, and "
                            "medical and legal help in a language the victim understands; the "
                            "right to work; voluntary shelter; and no prison housing save in "
                            "exigent circumstances."
                        ),
                    },
                    {
                        "kind": "multiple",
                        "text": "What is Arjun entitled to under the Act? (choose all that apply)",
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Medical and legal help in a language he understands",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Section 24 requires help in a language the "
                                    "victim understands."
                                ),
                            },
                            {
                                "text": "Information on his rights and the progress of any case",
                                "is_correct": True,
                                "feedback": "Correct. Section 22 provides for this.",
                            },
                            {
                                "text": "Protection from prosecution for offences committed as a "
                                "direct result of being trafficked",
                                "is_correct": True,
                                "feedback": "Correct. This is non-punishment under section 13.",
                            },
                            {
                                "text": "A shelter place that he is required to accept",
                                "is_correct": False,
                                "feedback": "No. Section 24 makes a stay in a shelter voluntary.",
                            },
                        ],
                        "explanation": (
                            "If Arjun is a victim, the Act gives him assistance in a language "
                            "he understands (s24), information on his rights and the case "
                            "(s22) and protection from punishment for offences resulting "
                            "directly from being trafficked (s13)."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "What gap should the Task Force take away from this night?",
                        "options": [
                            {
                                "text": "There is no working 24-hour referral contact; officers "
                                "need an up-to-date referral contact sheet",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. The UNODC First Aid Kit for first responders "
                                    "includes referral contact sheets of this kind."
                                ),
                            },
                            {
                                "text": "Officers should hold presumed victims until office hours",
                                "is_correct": False,
                                "feedback": (
                                    "No. That treats a presumed victim as a detainee and works "
                                    "against section 24."
                                ),
                            },
                            {
                                "text": "None; referral only in office hours is to be expected",
                                "is_correct": False,
                                "feedback": (
                                    "No. A referral mechanism is only as good as its weakest hour."
                                ),
                            },
                        ],
                        "explanation": (
                            "Test the referral mechanism at night and at weekends, not only in "
                            "office hours. Every front-line agency should know whom to contact "
                            "at any hour."
                        ),
                    },
                ],
                "explanation": (
                    "Tonight is identification and protection; individual support follows. "
                    "Section 24 rules out prison housing save in exigent circumstances and "
                    "makes shelter voluntary. The missing 24-hour contact is a gap in the "
                    "mechanism for the Task Force to close."
                ),
            },
        ],
        # ------------------------------------------------------------------ Module 4
        "data-privacy-cooperation": [
            {
                "kind": "single",
                "text": (
                    "Another state asks Foreign Affairs whether one of its nationals, thought to "
                    "be working in Saint Lucia, has been identified as a trafficking victim. "
                    "What is the best approach?"
                ),
                "options": [
                    {
                        "text": "Reply through the agreed channel, share only what is necessary "
                        "and weigh any risk to the person or her family",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Cooperation is a section 33 duty, and privacy still applies."
                        ),
                    },
                    {
                        "text": "Send the full case file so the cooperation is complete",
                        "is_correct": False,
                        "feedback": (
                            "No. Sharing more than is needed can put the person or her family "
                            "at risk."
                        ),
                    },
                    {
                        "text": "Refuse to reply, since victims' data can never leave Saint Lucia",
                        "is_correct": False,
                        "feedback": (
                            "No. Cooperating with foreign states is a section 33 duty; "
                            "evidence, family contact and safe return may depend on it."
                        ),
                    },
                ],
                "explanation": (
                    "Section 33 asks the Task Force both to cooperate with foreign states and to "
                    "protect victims' privacy. Use the agreed channel, share what is necessary "
                    "and consider the risks before answering."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which practices help the Task Force coordinate national data while "
                    "protecting victims? (choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Agreeing common definitions that keep trafficking and smuggling "
                        "apart",
                        "is_correct": True,
                        "feedback": "Correct. Agree definitions before you count.",
                    },
                    {
                        "text": "Matching records across agencies with a shared case reference, "
                        "not a name",
                        "is_correct": True,
                        "feedback": (
                            "Correct. This avoids double counting without circulating identities."
                        ),
                    },
                    {
                        "text": "Publishing totals rather than case details",
                        "is_correct": True,
                        "feedback": "Correct. Report in aggregate.",
                    },
                    {
                        "text": "Collecting every available detail in case it is useful later",
                        "is_correct": False,
                        "feedback": (
                            "No. Collect only what you need, and decide in advance who may see "
                            "what."
                        ),
                    },
                    {
                        "text": "Adding each agency's own total to get the national figure",
                        "is_correct": False,
                        "feedback": (
                            "No. One victim may be known to several agencies, so this counts "
                            "the same person more than once."
                        ),
                    },
                ],
                "explanation": (
                    "Good data practice means common definitions, counting each person once "
                    "with a shared reference, collecting only what is needed and reporting in "
                    "aggregate."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Because NGOs already sit on the Task Force, there is no need for a separate "
                    "channel for civil society to reach it."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Reports on Saint Lucia still recommend a channel for civil society "
                    "to reach the Task Force."
                ),
                "feedback_false": (
                    "Correct. A named contact and a standing agenda item help groups that hear "
                    "of cases first."
                ),
                "explanation": (
                    "NGOs are members under section 33, yet a channel for civil society to the "
                    "Task Force is a recurring recommendation. Groups working with migrants "
                    "often hear of cases first, so they need a clear route in."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "Publishing national totals rather than case-by-case details is called "
                    "reporting in what form? (one word)"
                ),
                "accepted": [
                    "aggregate",
                    "aggregated",
                    "in aggregate",
                    "aggregate form",
                ],
                "explanation": (
                    "Reporting in aggregate keeps individuals out of public figures. Where "
                    "numbers are small, also merge categories or hold back details that could "
                    "point to one person."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A presumed victim identified in Saint Lucia is a national of another state, "
                    "and contact with that state is needed about her safe return. Which member "
                    "agency on the Task Force is best placed to lead that contact?"
                ),
                "options": [
                    {
                        "text": "Foreign Affairs",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Foreign Affairs deals with other states and sits on the "
                            "Task Force for that reason."
                        ),
                    },
                    {
                        "text": "Labour",
                        "is_correct": False,
                        "feedback": "Labour's part is recruitment and workplaces.",
                    },
                    {
                        "text": "Human Services",
                        "is_correct": False,
                        "feedback": (
                            "Human Services works alongside victims but does not deal with "
                            "other states."
                        ),
                    },
                ],
                "explanation": (
                    "Cooperating with foreign states is a section 33 duty. Evidence, family "
                    "contact and safe return can all depend on it, and members should know who "
                    "makes contact and how requests are tracked."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario. Celestine, who leads a church group supporting "
                    "migrant workers, emails a Task Force member about two men from another "
                    "Caribbean country working on a construction site. Their employer has not "
                    "paid them for three months and keeps their passports. The men are willing "
                    "to talk to someone but fear that going to the police will get them "
                    "deported."
                ),
                "text": "A message from civil society",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "How should the Task Force member respond?",
                        "options": [
                            {
                                "text": "Reply promptly and, with the men's informed consent, "
                                "connect them to victim support and the police, explaining "
                                "the protections in the Act",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. A prompt, informed answer protects the men and "
                                    "keeps civil society bringing cases forward."
                                ),
                            },
                            {
                                "text": "Pass the men's names to immigration so their status "
                                "can be checked first",
                                "is_correct": False,
                                "feedback": (
                                    "No. This confirms their fear of the authorities and "
                                    "shares their identities without consent."
                                ),
                            },
                            {
                                "text": "Tell Celestine to wait until the men feel ready to go "
                                "to the police on their own",
                                "is_correct": False,
                                "feedback": (
                                    "No. This leaves them without support and tells civil "
                                    "society that raising cases achieves nothing."
                                ),
                            },
                        ],
                        "explanation": (
                            "How the Task Force answers the first call from an NGO decides "
                            "whether there is a second. Act promptly, seek consent and keep "
                            "people informed."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "If the men are trafficking victims, section 13 protects them from "
                            "prosecution for offences committed as a direct result of being "
                            "trafficked."
                        ),
                        "answer": True,
                        "feedback_true": (
                            "Correct. This is the non-punishment principle in section 13."
                        ),
                        "feedback_false": (
                            "Not so. Section 13 gives victims this protection, which can help "
                            "answer their fear of the authorities."
                        ),
                        "explanation": (
                            "Section 13 reflects the non-punishment principle: victims are not "
                            "to be punished for offences committed as a direct result of being "
                            "trafficked. Section 24 also allows victims to work."
                        ),
                    },
                    {
                        "kind": "short_answer",
                        "text": (
                            "What number could the men, or Celestine, call free of charge at "
                            "any hour and without giving their names?"
                        ),
                        "accepted": [
                            "847",
                            "8 4 7",
                            "8-4-7",
                            "eight four seven",
                            "eight-four-seven",
                        ],
                        "explanation": (
                            "The 847 hotline is free, open 24 hours and answered in the Royal "
                            "Saint Lucia Police Force control room, and callers may stay "
                            "anonymous."
                        ),
                    },
                ],
                "explanation": (
                    "Unpaid wages and retained passports are indicators, and withholding "
                    "documents is an offence (s6). A prompt response with consent, an "
                    "explanation of the Act's protections and the anonymous hotline all help "
                    "keep the civil society channel open."
                ),
            },
        ],
        # ------------------------------------------------------------------ Module 5
        "monitoring-and-evaluation": [
            {
                "kind": "single",
                "text": (
                    "The plan includes an action to train labour inspectors to screen for "
                    "trafficking. Which indicator measures an outcome of that action?"
                ),
                "options": [
                    {
                        "text": "The number of inspectors who attended the training",
                        "is_correct": False,
                        "feedback": "This is an output: it records activity, not change.",
                    },
                    {
                        "text": "The number of training manuals printed",
                        "is_correct": False,
                        "feedback": "This is an output: a product, not evidence of use.",
                    },
                    {
                        "text": "The number of presumed victims screened and referred by the "
                        "trained inspectors",
                        "is_correct": True,
                        "feedback": (
                            "Correct. This is the change in practice the training is meant to "
                            "bring about."
                        ),
                    },
                ],
                "explanation": (
                    "An action to train front-line staff has an output (people trained) and an "
                    "outcome (presumed victims screened and referred). Monitor both, and ask "
                    "agencies for the outcome figure from the start."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A donor asks whether the wider situation changed after a programme, beyond "
                    "what individual participants learned or do. Which of Kirkpatrick's levels "
                    "is this?"
                ),
                "options": [
                    {
                        "text": "Reaction",
                        "is_correct": False,
                        "feedback": "Reaction is participants' satisfaction with the training.",
                    },
                    {
                        "text": "Learning",
                        "is_correct": False,
                        "feedback": "Learning is knowledge gained, shown by pre- and post-tests.",
                    },
                    {
                        "text": "Behaviour",
                        "is_correct": False,
                        "feedback": (
                            "Behaviour is whether participants apply what they learned on the job."
                        ),
                    },
                    {
                        "text": "Results",
                        "is_correct": True,
                        "feedback": "Correct. Results concern wider change.",
                    },
                ],
                "explanation": (
                    "Kirkpatrick's four levels are reaction, learning, behaviour and results. "
                    "Results is the level that asks whether the wider situation changed."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these would a donor expect in a training completion report? "
                    "(choose all that apply)"
                ),
                "scoring": "all_or_nothing",
                "options": [
                    {
                        "text": "Numbers trained, broken down by sex and by agency or group",
                        "is_correct": True,
                        "feedback": "Correct. Donors expect disaggregated numbers.",
                    },
                    {
                        "text": "Each activity stated as X participants for Y days",
                        "is_correct": True,
                        "feedback": "Correct. This is the expected way to state each activity.",
                    },
                    {
                        "text": "The participant list as an annex, with the training materials "
                        "attached",
                        "is_correct": True,
                        "feedback": "Correct. Both are expected attachments.",
                    },
                    {
                        "text": "A single total of people trained, with no breakdown",
                        "is_correct": False,
                        "feedback": (
                            "No. Donors expect numbers broken down by sex and by agency or "
                            "target group."
                        ),
                    },
                    {
                        "text": "A statement that participants were satisfied, in place of "
                        "results against the plan",
                        "is_correct": False,
                        "feedback": (
                            "No. A summary of satisfaction forms is expected, but alongside "
                            "results against the plan and any changes, not instead of them."
                        ),
                    },
                ],
                "explanation": (
                    "Donors expect disaggregated numbers, each activity as X participants for Y "
                    "days, results against the plan and changes from it, the participant list "
                    "as an annex, a summary of the evaluation forms and the materials attached."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Most anti-trafficking evaluations go beyond outputs and measure whether "
                    "practice changed on the job."
                ),
                "answer": False,
                "feedback_true": "Not so. Most anti-trafficking evaluations stop at outputs.",
                "feedback_false": (
                    "Correct. Most stop at outputs, which is why a report showing learning gain "
                    "and follow-up stands out."
                ),
                "explanation": (
                    "Most anti-trafficking evaluations stop at outputs. A Task Force that asks "
                    "what changed, and a report that shows learning gain and follow-up, give a "
                    "far better picture of which actions to keep."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "Outputs record what was done. What word is used for the changes that "
                    "follow, such as officers referring more presumed victims after training?"
                ),
                "accepted": [
                    "outcome",
                    "outcomes",
                    "an outcome",
                ],
                "explanation": (
                    "Outputs are what was done or produced; outcomes are the changes that "
                    "follow, such as cases shared between agencies, victims receiving support "
                    "or prosecutions brought."
                ),
            },
            {
                "kind": "single",
                "text": "When should monitoring of the national action plan be designed?",
                "options": [
                    {
                        "text": "When the plan is written, with an indicator and a starting "
                        "point for each action",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Monitoring is part of the plan, not an afterthought."
                        ),
                    },
                    {
                        "text": "At the end of the plan, when there is something to evaluate",
                        "is_correct": False,
                        "feedback": (
                            "No. By then the starting points and outcome figures may be "
                            "impossible to reconstruct."
                        ),
                    },
                    {
                        "text": "Only when a donor asks for a report",
                        "is_correct": False,
                        "feedback": (
                            "No. The Task Force needs monitoring to manage its own plan, not "
                            "only to satisfy donors."
                        ),
                    },
                ],
                "explanation": (
                    "Design monitoring with the plan: give each action an indicator and a "
                    "starting point, have lead agencies report at regular meetings, record "
                    "changes and their reasons, and check progress against the recurring "
                    "recommendations."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario. Jerome coordinates a donor-funded programme to train "
                    "immigration and labour officers to screen for trafficking. The donor wants "
                    "to know, a year from now, whether the programme made a difference. "
                    "Jerome's draft evaluation plan consists of a satisfaction form handed out "
                    "at the end of each course."
                ),
                "text": "Planning an evaluation",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "Which of Kirkpatrick's levels does the draft plan reach?",
                        "options": [
                            {
                                "text": "Reaction only",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. A satisfaction form measures reaction and nothing "
                                    "more."
                                ),
                            },
                            {
                                "text": "Reaction and learning",
                                "is_correct": False,
                                "feedback": (
                                    "No. Learning needs a pre- and post-test, which the plan "
                                    "does not include."
                                ),
                            },
                            {
                                "text": "All four levels",
                                "is_correct": False,
                                "feedback": (
                                    "No. There is no test, no follow-up and no measure of wider "
                                    "change."
                                ),
                            },
                        ],
                        "explanation": (
                            "Satisfaction forms show reaction. Learning, behaviour and results "
                            "each need their own evidence."
                        ),
                    },
                    {
                        "kind": "multiple",
                        "text": (
                            "What should Jerome add to show that the programme made a "
                            "difference? (choose all that apply)"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "A pre- and post-test on the same questions",
                                "is_correct": True,
                                "feedback": "Correct. This shows learning gain.",
                            },
                            {
                                "text": "A follow-up some months later on whether officers "
                                "screen and refer at work",
                                "is_correct": True,
                                "feedback": "Correct. This shows behaviour on the job.",
                            },
                            {
                                "text": "Figures from the agencies, collected from the start, "
                                "on presumed victims screened and referred",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Collecting outcome figures from the start means "
                                    "they need not be reconstructed later."
                                ),
                            },
                            {
                                "text": "A longer satisfaction form",
                                "is_correct": False,
                                "feedback": "No. A longer form still measures only reaction.",
                            },
                            {
                                "text": "A count of certificates issued",
                                "is_correct": False,
                                "feedback": "No. Certificates are an output, not a change.",
                            },
                        ],
                        "explanation": (
                            "A pre- and post-test shows learning; follow-up shows behaviour; "
                            "outcome figures collected from the start show whether practice "
                            "changed. More satisfaction data or output counts do not."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "The donor will expect the completion report to give numbers "
                            "trained broken down by sex and by agency or target group."
                        ),
                        "answer": True,
                        "feedback_true": (
                            "Correct. Disaggregated numbers are a standard donor expectation."
                        ),
                        "feedback_false": (
                            "Not so. Donors expect numbers broken down by sex and by agency or "
                            "target group."
                        ),
                        "explanation": (
                            "Alongside disaggregated numbers, donors expect each activity as X "
                            "participants for Y days, results against the plan, the participant "
                            "list, an evaluation summary and the materials."
                        ),
                    },
                ],
                "explanation": (
                    "A satisfaction form alone stops at reaction. Building in a pre- and "
                    "post-test, a follow-up and outcome figures from the start lets Jerome show "
                    "learning gain and changed practice, which is what makes a report stand "
                    "out."
                ),
            },
        ],
    },
}
