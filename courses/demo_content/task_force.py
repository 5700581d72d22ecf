"""Demo course: the national response for members of the Counter-Trafficking Task Force.

Pure data, loaded into Wagtail pages elsewhere. Facts come only from /work/shared/CONTENT.md.
"""

COURSE = {
    "slug": "task-force-national-response",
    "title": "Leading the National Response: A Course for Task Force Members",
    "summary": (
        "For members of Saint Lucia's Counter-Trafficking Task Force and the agencies they "
        "represent. You will be able to apply the Task Force's mandate under section 33 of the "
        "Counter-Trafficking Act, shape the national action plan and referral mechanism, handle "
        "data and cooperation safely, and monitor and evaluate what the plan achieves."
    ),
    "audiences": ["task_force"],
    "access_level": "audience",
    "objectives": [
        "By the end you can explain the four Ps and the three elements of the Protocol "
        "definition, and summarise Saint Lucia's situation as published reports describe it.",
        "By the end you can describe the Task Force's establishment, membership and duties "
        "under section 33 of the Counter-Trafficking Act.",
        "By the end you can use the ICMPD framework and the four NRM pillars to review a "
        "national action plan and a national referral mechanism.",
        "By the end you can plan data collection and information sharing that protect victims' "
        "privacy while supporting inter-agency, civil society and international cooperation.",
        "By the end you can tell outputs from outcomes, apply Kirkpatrick's four levels and "
        "judge whether a training completion report meets donors' expectations.",
    ],
    "hours": "5",
    "prerequisites": "None. No legal training is assumed.",
    "modules": [
        # ------------------------------------------------------------------ Module 1
        {
            "slug": "the-national-response",
            "title": "The national response",
            "summary": (
                "The four Ps that organise counter-trafficking work, the Protocol definition in "
                "brief, and what published reports say about Saint Lucia."
            ),
            "further_reading": [
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Built on the 4Ps; Module 1 covers definitions and smuggling",
                },
                {
                    "title": "Toolkit to Combat Trafficking in Persons",
                    "publisher": "UNODC",
                    "year": None,
                    "note": "Chapter on the international legal framework",
                },
            ],
            "lessons": [
                {
                    "slug": "the-four-ps",
                    "title": "From three Ps to four",
                    "minutes": 25,
                    "summary": (
                        "How prevention, protection, prosecution and partnership fit together "
                        "in a national response."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>A shared framework</h2>"
                            "<p>Counter-trafficking work around the world is usually organised "
                            "around a short list of Ps. It began as the 3P paradigm: prevention, "
                            "protection and prosecution. In 2009 <b>partnership</b> was added as "
                            "the fourth P, in recognition that no single agency can tackle "
                            "trafficking on its own. The UNODC Anti-Human Trafficking Manual for "
                            "Criminal Justice Practitioners, published the same year, is built "
                            "on these four Ps.</p>"
                            "<h3>What each P means for the Task Force</h3>"
                            "<ul>"
                            "<li><b>Prevention</b>: reducing the risk that people are trafficked "
                            "in the first place, for example by regulating labour recruitment "
                            "and raising awareness of the signs.</li>"
                            "<li><b>Protection</b>: identifying victims and giving them safety "
                            "and assistance. Under section 13 of the Counter-Trafficking Act, a "
                            "victim is not to be prosecuted for offences committed as a direct "
                            "result of being trafficked.</li>"
                            "<li><b>Prosecution</b>: investigating and prosecuting traffickers "
                            "under the Act, whose offences include trafficking (s5) and "
                            "withholding identity documents (s6).</li>"
                            "<li><b>Partnership</b>: ministries, police, immigration, NGOs and "
                            "foreign states working to one plan. The Task Force is itself a "
                            "partnership body.</li>"
                            "</ul>"
                            "<h3>Why the Ps depend on each other</h3>"
                            "<p>A prosecution usually needs a victim who feels safe enough to "
                            "give evidence, so it depends on protection. Prevention campaigns "
                            "work better when they draw on what investigators and support "
                            "services have learned about how people are recruited. And each of "
                            "the first three Ps depends on agencies sharing information and "
                            "resources. A plan that funds one P and neglects the others tends to "
                            "stall.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>The Task Force is where the four Ps meet. Its value lies "
                                    "less in any single activity than in making sure prevention, "
                                    "protection and prosecution are planned together, and that "
                                    "each agency knows what the others are doing.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Which of the four Ps was added to the original framework "
                                    "in 2009?"
                                ),
                                "options": [
                                    {
                                        "text": "Prevention",
                                        "is_correct": False,
                                        "feedback": (
                                            "Prevention was part of the original 3P paradigm."
                                        ),
                                    },
                                    {
                                        "text": "Partnership",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Partnership was added in 2009 as the "
                                            "fourth P."
                                        ),
                                    },
                                    {
                                        "text": "Protection",
                                        "is_correct": False,
                                        "feedback": (
                                            "Protection was part of the original 3P paradigm."
                                        ),
                                    },
                                    {
                                        "text": "Prosecution",
                                        "is_correct": False,
                                        "feedback": (
                                            "Prosecution was part of the original 3P paradigm."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>The original paradigm was prevention, protection and "
                                    "prosecution. Partnership was added in 2009 because every "
                                    "other P relies on agencies working together.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "protocol-definition-in-brief",
                    "title": "The Protocol definition in brief",
                    "minutes": 25,
                    "summary": (
                        "The act, means and purpose elements of trafficking, and how trafficking "
                        "differs from smuggling."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Three elements</h2>"
                            "<p>The international definition of trafficking in persons is in "
                            "Article 3 of the Palermo Protocol. Saint Lucia's Counter-Trafficking "
                            "Act No. 7 of 2010 was passed to put the Protocol into effect. Task "
                            "Force members rarely apply the definition to individual cases, but "
                            "a shared understanding keeps the plan, the data and public messages "
                            "consistent.</p>"
                            "<p>For an adult victim, all three elements must be present:</p>"
                            "<ol>"
                            "<li><b>Act</b>: recruiting, transporting, transferring, harbouring "
                            "or receiving a person.</li>"
                            "<li><b>Means</b>: threat or use of force or other coercion, "
                            "abduction, fraud, deception, abuse of power or of a position of "
                            "vulnerability, or giving or receiving payments to someone who has "
                            "control over the victim.</li>"
                            "<li><b>Purpose</b>: exploitation, which at a minimum covers sexual "
                            "exploitation, forced labour or services, slavery or similar "
                            "practices, servitude and the removal of organs.</li>"
                            "</ol>"
                            "<p>Two rules follow. Once any of the means has been used, the "
                            "victim's consent is irrelevant. And where the victim is a child "
                            "(under 18), no means need be shown: the act and the purpose are "
                            "enough.</p>"
                            "<h3>Trafficking is not smuggling</h3>"
                            "<p>Migrant smuggling is consensual, ends on arrival, always crosses "
                            "a border and makes its profit from the movement. Trafficking "
                            "involves continuing exploitation, can happen entirely within one "
                            "country and makes its profit from the exploitation. Confusing the "
                            "two distorts national data and can lead agencies to treat victims "
                            "as offenders.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Consent does not excuse trafficking. The Act says the "
                                    "victim's consent or past sexual behaviour is irrelevant "
                                    "(s11) and that the age of consent is no defence (s12). "
                                    "Plans, data and campaigns should never suggest that a "
                                    "victim who agreed at first is not a victim.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A 16-year-old girl is recruited in her home town and taken "
                                    "to another part of the island, where she is sexually "
                                    "exploited. No force, fraud or other means can be shown. Does "
                                    "this meet the Protocol definition of trafficking?"
                                ),
                                "options": [
                                    {
                                        "text": "No, because means must be shown for every victim.",
                                        "is_correct": False,
                                        "feedback": (
                                            "Means are required for adults only. For a child, "
                                            "the act and the purpose are enough."
                                        ),
                                    },
                                    {
                                        "text": "Yes, because for a child under 18 the act and "
                                        "the purpose are enough.",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. No means element is needed where the "
                                            "victim is a child."
                                        ),
                                    },
                                    {
                                        "text": "No, because she never crossed a border.",
                                        "is_correct": False,
                                        "feedback": (
                                            "Trafficking can take place entirely within one "
                                            "country. Crossing a border is a feature of "
                                            "smuggling, not a requirement of trafficking."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>The act (recruitment and transport) and the purpose "
                                    "(sexual exploitation) are both present. Because she is "
                                    "under 18, no means are required, and no border crossing is "
                                    "needed.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "saint-lucia-situation",
                    "title": "Saint Lucia's situation",
                    "minutes": 25,
                    "summary": (
                        "What the US Trafficking in Persons Reports have said about Saint Lucia, "
                        "and the tools already in place."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>The country profile</h2>"
                            "<p>The 2016 US Trafficking in Persons (TIP) Report described Saint "
                            "Lucia as both a source and a destination country. It identified "
                            "migrants from the Caribbean and South Asia, including domestic "
                            "workers, as most at risk, and it reported child sex trafficking, "
                            "including by parents and caregivers.</p>"
                            "<h3>TIP Report ratings</h3>"
                            "<p>Only the ratings we have been able to confirm are listed here; "
                            "other years are left out rather than guessed.</p>"
                            "<ul>"
                            "<li>2016: Tier 2 Watch List</li>"
                            "<li>2020 and 2021: Tier 2</li>"
                            "<li>2022: Tier 2 Watch List</li>"
                            "<li>2023: Tier 2</li>"
                            "</ul>"
                            "<p>The 2023 report recorded progress: the first prosecution "
                            "initiated since 2015, a dedicated trafficking prosecutor named, four "
                            "victims identified, a new national action plan begun, remote "
                            "testimony allowed and the hotline restarted. It also recorded that "
                            "no trafficker had ever been convicted.</p>"
                            "<h3>Penalties</h3>"
                            "<p>As passed in 2010, the Act provided up to five years' "
                            "imprisonment or a fine of up to XCD 100,000 where the victim was an "
                            "adult, and up to ten years where the victim was a child. A 2021 "
                            "amendment removed the option of a fine alone. The new prison terms "
                            "are not confirmed in our sources, so check the current text before "
                            "quoting them.</p>"
                            "<h3>The hotline</h3>"
                            "<p>The national hotline is 847 (the digits spell TIP). It is free, "
                            "open 24 hours and answered in the Royal Saint Lucia Police Force "
                            "control room, and callers may stay anonymous. The police's general "
                            "anonymous tip line is 555.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>The ratings have moved between Tier 2 and the Tier 2 "
                                    "Watch List, and the same recommendations recur from year "
                                    "to year (see Module 4). Treat them as a work list the Task "
                                    "Force can act on, not only as a grade.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which statement about the 847 hotline is correct?",
                                "options": [
                                    {
                                        "text": "It is free, open 24 hours, and callers may "
                                        "stay anonymous",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Calls are answered in the Royal Saint "
                                            "Lucia Police Force control room."
                                        ),
                                    },
                                    {
                                        "text": "Callers must give their name before a report "
                                        "is taken",
                                        "is_correct": False,
                                        "feedback": "No. Callers to 847 may stay anonymous.",
                                    },
                                    {
                                        "text": "It is the police's general anonymous tip line",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. The general anonymous tip line is 555; 847 "
                                            "is the trafficking hotline."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>847 spells TIP. Every member should be able to give the "
                                    "number, and say that it is free, open day and night and "
                                    "anonymous, whenever their agency talks to the public.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 2
        {
            "slug": "task-force-mandate",
            "title": "The Task Force's mandate",
            "summary": (
                "What section 33 of the Counter-Trafficking Act sets up, who sits on the Task "
                "Force and what it must do."
            ),
            "further_reading": [
                {
                    "title": "Counter-Trafficking Act No. 7 of 2010",
                    "publisher": "Government of Saint Lucia",
                    "year": 2010,
                    "note": "Section 33 (the Task Force); sections 19 to 31 (victim protection)",
                },
                {
                    "title": "Counter-Trafficking Training Modules",
                    "publisher": "IOM",
                    "year": 2006,
                    "note": "Capacity building, task forces and national action plans",
                },
            ],
            "lessons": [
                {
                    "slug": "section-33-membership",
                    "title": "Section 33: purpose and membership",
                    "minutes": 25,
                    "summary": (
                        "Why the Task Force exists, who sits on it and how it relates to the "
                        "rest of the Act."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Where the Task Force comes from</h2>"
                            "<p>Section 33 of the Counter-Trafficking Act provides for a Task "
                            "Force set up by the Minister. Its central job is to develop and "
                            "implement the National Plan against trafficking.</p>"
                            "<h3>Membership</h3>"
                            "<p>The Act draws members from:</p>"
                            "<ul>"
                            "<li>Legal Affairs</li>"
                            "<li>Foreign Affairs</li>"
                            "<li>Labour</li>"
                            "<li>Human Services</li>"
                            "<li>Home Affairs</li>"
                            "<li>law enforcement</li>"
                            "<li>immigration</li>"
                            "<li>non-governmental organisations (NGOs)</li>"
                            "</ul>"
                            "<p>The mix is deliberate. Each member holds a different piece of "
                            "the picture: Labour sees recruitment and workplaces, immigration "
                            "sees who arrives and on what papers, law enforcement investigates, "
                            "Human Services and NGOs work alongside victims, Foreign Affairs "
                            "deals with other states, and Legal Affairs brings legal "
                            "expertise.</p>"
                            "<h3>Representative and messenger</h3>"
                            "<p>Every member plays two roles. You bring your agency's "
                            "information, limits and resources to the table, and you carry "
                            "decisions back and see that they are acted on. A member who "
                            "attends but does not report back leaves the plan on paper.</p>"
                            "<h3>The Task Force and the rest of the Act</h3>"
                            "<p>The Task Force coordinates; it does not take over the work of "
                            "the agencies that apply the Act. Police and prosecutors deal with "
                            "the offences, such as trafficking (s5), withholding identity "
                            "documents (s6), transporting a person for the purpose of "
                            "prostitution (s7) and receiving benefits from trafficking (s15). "
                            "Victim protection sits in sections 19 to 31, including privacy and "
                            "in-camera hearings (s21), keeping victims informed of their rights "
                            "and the progress of the case (s22) and assistance (s24). Members "
                            "should know these provisions well enough to see where their own "
                            "agency fits.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Section 33 makes the Task Force responsible for the "
                                    "National Plan. Membership is broad so that the plan "
                                    "reflects every body that meets victims or traffickers, "
                                    "including NGOs.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Under section 33, what is the Task Force's central purpose?"
                                ),
                                "options": [
                                    {
                                        "text": "To develop and implement the National Plan",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. The Minister sets up the Task Force for "
                                            "this purpose, and its other duties support it."
                                        ),
                                    },
                                    {
                                        "text": "To investigate and prosecute trafficking "
                                        "offences itself",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Offences are investigated and prosecuted by "
                                            "the police and prosecutors; the Task Force "
                                            "coordinates."
                                        ),
                                    },
                                    {
                                        "text": "To represent government ministries only, "
                                        "without civil society",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Section 33 includes NGOs among the members."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>The Task Force exists to develop and implement the "
                                    "National Plan. Its duties on data, border information and "
                                    "foreign cooperation, covered in the next lesson, all serve "
                                    "that plan.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "task-force-duties",
                    "title": "The duties in practice",
                    "minutes": 25,
                    "summary": (
                        "Turning the section 33 duties on data, border information and foreign "
                        "cooperation into working arrangements."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Duties named in the Act</h2>"
                            "<p>Alongside the National Plan, the Task Force's duties under "
                            "section 33 include:</p>"
                            "<ul>"
                            "<li><b>coordinating data collection</b> while protecting victims' "
                            "privacy;</li>"
                            "<li><b>sharing border information</b> on persons travelling on "
                            "other people's documents;</li>"
                            "<li><b>cooperating with foreign states</b>.</li>"
                            "</ul>"
                            "<p>Each duty needs a working arrangement, not just a line in the "
                            "plan. For data, agencies must agree common definitions and who "
                            "records what. For border information, immigration and law "
                            "enforcement need a route for passing on cases where someone travels "
                            "on another person's papers, which can signal that someone else "
                            "controls the journey. For foreign states, members should know who "
                            "makes contact and how requests are tracked.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Passports in the office drawer",
                                "scenario": (
                                    "<p>A fictional scenario. At a Task Force meeting, Marcia, "
                                    "who represents Labour, reports that a labour officer "
                                    "visiting a farm found that the employer was keeping the "
                                    "passports of six foreign workers for safekeeping. The "
                                    "workers said they owed the recruiter for their travel. "
                                    "Devon, from immigration, adds that two of the same workers "
                                    "arrived on documents belonging to other people.</p>"
                                ),
                                "questions": [
                                    "Which of the Task Force's section 33 duties does this "
                                    "case engage?",
                                    "What should come first: action against the employer or "
                                    "screening and referral of the workers?",
                                    "How can the agencies share the case without exposing the "
                                    "workers?",
                                ],
                                "discussion": (
                                    "<p>The case touches border information on people "
                                    "travelling on others' documents, and data collection that "
                                    "protects privacy. Retained documents and debt are "
                                    "indicators: they call for further inquiry, not proof. "
                                    "Withholding identity documents is itself an offence "
                                    "(s6), so the police should be brought in. The workers' "
                                    "safety comes first: they should be screened and referred "
                                    "for assistance, and section 13 protects victims from "
                                    "prosecution for offences that are a direct result of "
                                    "being trafficked. The Task Force does not run the "
                                    "investigation; it makes sure Labour, immigration, police "
                                    "and victim services are connected, and that names go only "
                                    "to those who need them to act.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Which of these is one of the Task Force's duties under "
                                    "section 33?"
                                ),
                                "options": [
                                    {
                                        "text": "Sharing border information on persons "
                                        "travelling on others' documents",
                                        "is_correct": True,
                                        "feedback": "Correct. This duty is named in section 33.",
                                    },
                                    {
                                        "text": "Publishing identified victims' names so the "
                                        "public can help",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. The Task Force must protect victims' privacy "
                                            "when it coordinates data."
                                        ),
                                    },
                                    {
                                        "text": "Deciding whether individual suspects are charged",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. The Task Force coordinates the response; "
                                            "charging decisions belong to the police and "
                                            "prosecutors."
                                        ),
                                    },
                                    {
                                        "text": "Answering calls to the 847 hotline",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. The hotline is answered in the Royal Saint "
                                            "Lucia Police Force control room."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Section 33 duties include coordinating data "
                                    "collection with privacy protected, sharing border "
                                    "information on people travelling on others' documents and "
                                    "cooperating with foreign states, all in support of the "
                                    "National Plan.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 3
        {
            "slug": "plan-and-referral-mechanism",
            "title": "National action plan and national referral mechanism",
            "summary": (
                "Structuring the national action plan with the ICMPD framework and building a "
                "referral mechanism around the four NRM pillars and direct assistance."
            ),
            "further_reading": [
                {
                    "title": "Developing and Monitoring a National Anti-Trafficking Response",
                    "publisher": "ICMPD",
                    "year": None,
                    "note": "Prevention, protection, investigation/prosecution, enabling framework",
                },
                {
                    "title": "National Referral Mechanisms Handbook",
                    "publisher": "OSCE/ODIHR",
                    "year": 2022,
                    "note": "Second edition: four pillars and 57 standards",
                },
                {
                    "title": "Handbook on Direct Assistance",
                    "publisher": "IOM",
                    "year": 2007,
                    "note": "Security, screening, referral, shelters, health, reintegration",
                },
            ],
            "lessons": [
                {
                    "slug": "building-the-action-plan",
                    "title": "Building the national action plan",
                    "minutes": 25,
                    "summary": (
                        "Using the ICMPD framework to organise the plan and to turn "
                        "recommendations into actions."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>A framework for the plan</h2>"
                            "<p>ICMPD's guidance on developing and monitoring a national "
                            "anti-trafficking response groups the work under four headings:</p>"
                            "<ul>"
                            "<li><b>Prevention</b></li>"
                            "<li><b>Protection</b></li>"
                            "<li><b>Investigation and prosecution</b></li>"
                            "<li><b>Enabling framework</b></li>"
                            "</ul>"
                            "<p>The first three mirror the familiar Ps. The enabling framework "
                            "can be thought of as what makes the rest possible: the legal basis, "
                            "coordination, resources, training, data and monitoring.</p>"
                            "<h3>From recommendations to actions</h3>"
                            "<p>The recommendations that recur in reports on Saint Lucia sort "
                            "neatly under these headings:</p>"
                            "<ul>"
                            "<li><b>Prevention</b>: regulate labour recruitment; hire labour "
                            "inspectors.</li>"
                            "<li><b>Protection</b>: screen children, migrants and foreign "
                            "workers, and refer victims.</li>"
                            "<li><b>Investigation and prosecution</b>: prosecute under the "
                            "amended Act; seek penalties commensurate with those for rape; "
                            "reduce the court backlog.</li>"
                            "<li><b>Enabling framework</b>: adopt the national action plan; "
                            "share cases across agencies; give civil society a channel to the "
                            "Task Force.</li>"
                            "</ul>"
                            "<p>The 2023 TIP Report noted that work on a new national action "
                            "plan had begun, so this is a live task rather than a theoretical "
                            "one.</p>"
                            "<h3>Writing a usable action</h3>"
                            "<p>A recommendation such as <i>screen foreign workers</i> becomes a "
                            "plan action only when it states who leads, which agencies support, "
                            "by when, with what resources and how progress will be measured. "
                            "Keep the number of actions realistic for the people and budget "
                            "available; a short plan that is delivered is worth more than a long "
                            "one that is not.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Every action in the plan needs a lead agency, a "
                                    "deadline, resources and an indicator. An action without an "
                                    "owner tends to belong to nobody.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "The draft plan says: Screen foreign workers for signs of "
                                    "trafficking. What most needs adding to make it a usable "
                                    "action?"
                                ),
                                "options": [
                                    {
                                        "text": "A longer explanation of why screening matters",
                                        "is_correct": False,
                                        "feedback": (
                                            "Background helps readers, but it does not say who "
                                            "will do the work or how progress is measured."
                                        ),
                                    },
                                    {
                                        "text": "A lead agency, a deadline, resources and an "
                                        "indicator of progress",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. These turn a recommendation into an "
                                            "action someone owns and the Task Force can "
                                            "monitor."
                                        ),
                                    },
                                    {
                                        "text": "A commitment that every agency will share the "
                                        "task equally",
                                        "is_correct": False,
                                        "feedback": (
                                            "Shared responsibility without a lead usually means "
                                            "no one is accountable."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Screening children, migrants and foreign workers is a "
                                    "recurring recommendation. It becomes part of the plan when "
                                    "someone owns it, by a date, with resources and a measure of "
                                    "progress, such as the number of people screened and "
                                    "referred.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "nrm-pillars",
                    "title": "The national referral mechanism and its four pillars",
                    "minutes": 25,
                    "summary": (
                        "How the OSCE/ODIHR pillars and standards help the Task Force test its "
                        "referral arrangements."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>What a referral mechanism is for</h2>"
                            "<p>A national referral mechanism (NRM) is the set of agreed "
                            "arrangements through which state bodies and civil society identify "
                            "presumed victims, refer them to support and protect their rights. "
                            "The OSCE/ODIHR National Referral Mechanisms Handbook (second "
                            "edition, 2022) organises an NRM around four pillars and sets out 57 "
                            "standards.</p>"
                            "<ol>"
                            "<li><b>Identification and protection</b>: front-line agencies "
                            "screen and recognise presumed victims and move them to safety. "
                            "Section 13 of the Act, on non-punishment, belongs here.</li>"
                            "<li><b>Individual support</b>: housing, counselling, medical and "
                            "legal help in a language the victim understands, as section 24 "
                            "provides.</li>"
                            "<li><b>Social inclusion</b>: the longer path to a stable life. The "
                            "Act allows victims to work and deals with immigration status and "
                            "return.</li>"
                            "<li><b>Criminal justice and redress</b>: support through the "
                            "courts, including privacy and in-camera hearings (s21), information "
                            "on rights and case progress (s22), restitution (s8) and forfeiture "
                            "(s9).</li>"
                            "</ol>"
                            "<h3>Questions for the Task Force</h3>"
                            "<ul>"
                            "<li>Does every front-line agency know whom to contact, at any hour, "
                            "when it suspects trafficking?</li>"
                            "<li>Is support offered whether or not the victim helps a "
                            "prosecution?</li>"
                            "<li>Who follows a victim from identification to recovery, and who "
                            "checks that nobody falls between agencies?</li>"
                            "</ul>"
                            "<p>The 57 standards make a useful checklist for reviewing the "
                            "mechanism one pillar at a time.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>The four pillars follow a victim's path from first "
                                    "contact to recovery and justice. For each pillar, the Task "
                                    "Force should be able to name the lead agency and the "
                                    "weakest link.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Which list gives the four pillars in the OSCE/ODIHR NRM "
                                    "Handbook (2022)?"
                                ),
                                "options": [
                                    {
                                        "text": "Prevention, protection, prosecution, partnership",
                                        "is_correct": False,
                                        "feedback": (
                                            "These are the four Ps, the general framework for "
                                            "counter-trafficking work."
                                        ),
                                    },
                                    {
                                        "text": "Identification and protection; individual "
                                        "support; social inclusion; criminal justice and "
                                        "redress",
                                        "is_correct": True,
                                        "feedback": "Correct. These are the four NRM pillars.",
                                    },
                                    {
                                        "text": "Prevention, protection, investigation and "
                                        "prosecution, enabling framework",
                                        "is_correct": False,
                                        "feedback": (
                                            "These are the ICMPD headings for a national "
                                            "response, not the NRM pillars."
                                        ),
                                    },
                                    {
                                        "text": "Identification, arrest, detention, return",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. An NRM protects victims' rights; arresting "
                                            "and detaining victims runs against "
                                            "non-punishment."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>The NRM pillars follow a victim's path: identification "
                                    "and protection, individual support, social inclusion, and "
                                    "criminal justice and redress.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "direct-assistance",
                    "title": "Direct assistance and referral in practice",
                    "minutes": 25,
                    "summary": (
                        "What direct assistance involves and what the Act requires when a victim "
                        "is referred."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>What direct assistance covers</h2>"
                            "<p>The IOM Handbook on Direct Assistance (2007) covers security, "
                            "screening, referral and reintegration, shelters, health, and "
                            "cooperation with law enforcement. Section 24 of the Act sets "
                            "Saint Lucia's baseline:</p>"
                            "<ul>"
                            "<li>housing, counselling, and medical and legal help, in a "
                            "language the victim understands;</li>"
                            "<li>victims may work;</li>"
                            "<li>a stay in a shelter is voluntary;</li>"
                            "<li>victims are not to be housed in prison, except in exigent "
                            "circumstances.</li>"
                            "</ul>"
                            "<p>For the Task Force, the question is whether these services "
                            "exist, who provides them and whether front-line officers can "
                            "reach them quickly.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "A referral late at night",
                                "scenario": (
                                    "<p>A fictional scenario. Late on a Friday, after a call to "
                                    "the 847 hotline, police visit a guest house in Gros Islet "
                                    "and find Anya, a young woman from another Caribbean "
                                    "country. She says she was promised work as a receptionist "
                                    "but was made to sell sex to pay off a debt. She has no "
                                    "passport and is afraid of being deported. The officer on "
                                    "duty does not know where she can stay tonight.</p>"
                                ),
                                "questions": [
                                    "What does the Act say about where Anya may and may not "
                                    "be housed?",
                                    "Which NRM pillars are engaged tonight, and which come later?",
                                    "What gap does this reveal for the Task Force to fix?",
                                ],
                                "discussion": (
                                    "<p>Under section 24, a shelter stay is voluntary and she "
                                    "should not be housed in prison save in exigent "
                                    "circumstances; she is entitled to help in a language she "
                                    "understands. Section 13 protects her from prosecution for "
                                    "offences resulting directly from being trafficked, and "
                                    "section 22 requires that she be told her rights. Tonight "
                                    "is identification and protection; individual support "
                                    "follows; criminal justice and redress apply if she takes "
                                    "part in a case; social inclusion covers the longer term, "
                                    "whether she stays or returns. The gap is a missing "
                                    "24-hour referral contact: the Task Force should make sure "
                                    "officers carry an up-to-date referral contact sheet, like "
                                    "those in the UNODC First Aid Kit for law-enforcement first "
                                    "responders.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>A referral mechanism is only as good as its weakest "
                                    "hour. Test it at night and at weekends, not only in "
                                    "office hours.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 4
        {
            "slug": "data-privacy-cooperation",
            "title": "Data, privacy and cooperation",
            "summary": (
                "Collecting national data without exposing victims, and making inter-agency, "
                "civil society and international cooperation work."
            ),
            "further_reading": [
                {
                    "title": "Ethical and Safety Recommendations for Interviewing Trafficked Women",
                    "publisher": "WHO",
                    "year": 2003,
                    "note": "Ten principles, including anonymity and confidentiality",
                },
                {
                    "title": "Toolkit to Combat Trafficking in Persons",
                    "publisher": "UNODC",
                    "year": None,
                    "note": "Chapter on international criminal justice cooperation",
                },
            ],
            "lessons": [
                {
                    "slug": "data-and-privacy",
                    "title": "Data collection that protects victims",
                    "minutes": 25,
                    "summary": (
                        "How to coordinate national data on trafficking while keeping victims' "
                        "identities safe."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Why data, and why care</h2>"
                            "<p>Section 33 asks the Task Force to coordinate data collection "
                            "while protecting victims' privacy. Data shows where the risks are, "
                            "whether the plan is working and what to report. Badly handled, it "
                            "can also expose the people it counts.</p>"
                            "<h3>Agree before you count</h3>"
                            "<ul>"
                            "<li><b>Common definitions</b>: use the legal definition, and keep "
                            "trafficking and smuggling apart. Record adults and children, and "
                            "the form of exploitation, such as sexual exploitation or forced "
                            "labour.</li>"
                            "<li><b>Count each person once</b>: one victim may be known to the "
                            "police, Labour and an NGO. A shared case reference, not a name, "
                            "avoids double counting.</li>"
                            "<li><b>Collect only what you need</b>, and decide in advance who "
                            "may see what.</li>"
                            "<li><b>Report in aggregate</b>: publish totals, not case "
                            "details.</li>"
                            "</ul>"
                            "<h3>Small numbers, big risks</h3>"
                            "<p>The 2023 TIP Report noted four victims identified. With numbers "
                            "that small on an island, a nationality, an age and a workplace can "
                            "be enough to identify someone. Merge categories or hold back "
                            "details when a figure could point to one person. The WHO ethical "
                            "and safety recommendations (2003) were written for interviews, but "
                            "two of their principles apply well to data: ensure anonymity and "
                            "confidentiality, and put the information to good use.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Share case details only with those who need them to "
                                    "act, report in aggregate, and never let a request for data "
                                    "put a victim at risk.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "The police, Labour and an NGO have each recorded the same "
                                    "victim. What best supports accurate national figures while "
                                    "protecting her privacy?"
                                ),
                                "options": [
                                    {
                                        "text": "Each agency sends the Task Force a list of "
                                        "victims' full names so duplicates can be removed",
                                        "is_correct": False,
                                        "feedback": (
                                            "This spreads names more widely than needed and "
                                            "puts privacy at risk."
                                        ),
                                    },
                                    {
                                        "text": "Agencies use an agreed case reference with no "
                                        "name, and figures are reported in aggregate",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. This avoids double counting without "
                                            "circulating identities."
                                        ),
                                    },
                                    {
                                        "text": "Each agency reports its own total and the Task "
                                        "Force adds them together",
                                        "is_correct": False,
                                        "feedback": (
                                            "This would count the same person three times."
                                        ),
                                    },
                                    {
                                        "text": "Agencies stop recording victims so that no "
                                        "privacy risk arises",
                                        "is_correct": False,
                                        "feedback": (
                                            "Section 33 requires coordinated data collection; "
                                            "the answer is to protect privacy, not to stop "
                                            "counting."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>An agreed case reference lets agencies match records "
                                    "without passing names around, and aggregate reporting "
                                    "keeps individuals out of public figures.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "cooperation-channels",
                    "title": "Inter-agency, civil society and international cooperation",
                    "minutes": 25,
                    "summary": (
                        "Sharing cases across agencies, hearing civil society and working with "
                        "foreign states, guided by the recurring recommendations."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Three channels to keep open</h2>"
                            "<ul>"
                            "<li><b>Between agencies</b>: sharing cases across agencies is a "
                            "recurring recommendation. Agree what is shared, with whom and how "
                            "quickly.</li>"
                            "<li><b>With civil society</b>: NGOs sit on the Task Force, yet "
                            "reports still recommend a channel for civil society to reach it. "
                            "Groups that work with migrants often hear of cases first; a named "
                            "contact and a standing agenda item help.</li>"
                            "<li><b>With foreign states</b>: cooperation with foreign states is "
                            "a section 33 duty, and Foreign Affairs sits on the Task Force. "
                            "Victims and traffickers may come from abroad, so evidence, "
                            "family contact and safe return can all depend on it.</li>"
                            "</ul>"
                            "<h3>The recurring recommendations</h3>"
                            "<p>Reports on Saint Lucia keep returning to the same points: screen "
                            "children, migrants and foreign workers and refer victims; regulate "
                            "labour recruitment; hire labour inspectors. These match the 2016 "
                            "profile, which found migrants from the Caribbean and South Asia, "
                            "including domestic workers, most at risk.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "A message from an NGO and a query from abroad",
                                "scenario": (
                                    "<p>A fictional scenario. Ravi, who runs a small NGO "
                                    "supporting domestic workers, contacts a Task Force member "
                                    "about three women from South Asia whose employers hold "
                                    "their passports and pay them nothing. The women are afraid "
                                    "to go to the police because they fear deportation. The same "
                                    "week, Foreign Affairs receives a query from another state "
                                    "asking whether one of its nationals, thought to be working "
                                    "in a bar in Saint Lucia, has been identified as a "
                                    "victim.</p>"
                                ),
                                "questions": [
                                    "How should the Task Force respond to Ravi so that civil "
                                    "society keeps bringing cases forward?",
                                    "What should be considered before answering the foreign "
                                    "state's query?",
                                    "Which recurring recommendations does this scenario touch?",
                                ],
                                "discussion": (
                                    "<p>Acknowledge Ravi promptly, and with the women's "
                                    "informed consent connect them to victim support and the "
                                    "police. Explain what the Act offers: section 13 protects "
                                    "victims from prosecution for offences directly resulting "
                                    "from being trafficked, victims may work under section 24, "
                                    "and the Act deals with immigration status. The 847 hotline "
                                    "also takes anonymous calls. Retained passports and unpaid "
                                    "wages are indicators, and withholding documents is an "
                                    "offence (s6). Cooperating with the foreign state is a "
                                    "section 33 duty, but privacy still applies: use the agreed "
                                    "channel, share only what is necessary, and weigh any risk "
                                    "to the person or her family. The scenario touches "
                                    "screening migrants and foreign workers, labour "
                                    "recruitment, labour inspection, case sharing and the civil "
                                    "society channel.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>How the Task Force answers the first call from an NGO "
                                    "decides whether there is a second. Be prompt and keep "
                                    "people informed.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ Module 5
        {
            "slug": "monitoring-and-evaluation",
            "title": "Monitoring and evaluation",
            "summary": (
                "Tracking the national action plan, telling outputs from outcomes, and "
                "evaluating training in a way donors and the Task Force can trust."
            ),
            "further_reading": [
                {
                    "title": "Developing and Monitoring a National Anti-Trafficking Response",
                    "publisher": "ICMPD",
                    "year": None,
                    "note": "Monitoring national action plans",
                },
                {
                    "title": "Toolkit to Combat Trafficking in Persons",
                    "publisher": "UNODC",
                    "year": None,
                    "note": "Chapter on monitoring and evaluation",
                },
            ],
            "lessons": [
                {
                    "slug": "monitoring-the-plan",
                    "title": "Monitoring the plan: outputs and outcomes",
                    "minutes": 25,
                    "summary": (
                        "Setting up monitoring for the national action plan and measuring "
                        "change, not only activity."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Monitoring is part of the plan</h2>"
                            "<p>ICMPD's guidance on the national response covers monitoring "
                            "national action plans, and the UNODC Toolkit includes a chapter "
                            "on monitoring and evaluation. Monitoring should be designed when "
                            "the plan is written, not added afterwards.</p>"
                            "<h3>Outputs and outcomes</h3>"
                            "<ul>"
                            "<li><b>Outputs</b> are what was done or produced: workshops held, "
                            "officers trained, leaflets printed, meetings convened.</li>"
                            "<li><b>Outcomes</b> are the changes that follow: officers screening "
                            "and referring presumed victims, cases shared between agencies, "
                            "victims receiving support, prosecutions brought.</li>"
                            "</ul>"
                            "<p>Outputs are easy to count and matter, but they do not show that "
                            "anything changed. Most anti-trafficking evaluations stop at "
                            "outputs. A Task Force that asks what changed as a result will learn "
                            "far more about which actions to keep.</p>"
                            "<h3>A simple monitoring routine</h3>"
                            "<ol>"
                            "<li>Give each action an indicator and a starting point.</li>"
                            "<li>Ask each lead agency to report progress at regular Task Force "
                            "meetings.</li>"
                            "<li>Record changes from the plan and the reasons for them.</li>"
                            "<li>Check progress against the recurring external recommendations "
                            "as well as your own targets.</li>"
                            "</ol>"
                            "<p>For example, an action to train front-line officers in "
                            "screening has an output (officers trained) and an outcome "
                            "(presumed victims screened and referred by those officers). "
                            "Monitor both, and ask agencies for the outcome figure from the "
                            "start, so that it is collected rather than reconstructed.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Count outputs, but judge the plan by its outcomes. "
                                    "Ask of every action: what is different now?</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which of these is an outcome rather than an output?",
                                "options": [
                                    {
                                        "text": "Forty officers attended a two-day workshop",
                                        "is_correct": False,
                                        "feedback": (
                                            "This is an output: it records an activity, not a "
                                            "change."
                                        ),
                                    },
                                    {
                                        "text": "A referral guide was printed and distributed",
                                        "is_correct": False,
                                        "feedback": (
                                            "This is an output: a product, not evidence that "
                                            "anyone uses it."
                                        ),
                                    },
                                    {
                                        "text": "Officers referred more presumed victims to "
                                        "assistance in the months after training",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. This is a change in practice that "
                                            "followed the activity."
                                        ),
                                    },
                                    {
                                        "text": "The Task Force met four times in the year",
                                        "is_correct": False,
                                        "feedback": (
                                            "This is an output: meetings are activity, not results."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Outputs describe what was done; outcomes describe what "
                                    "changed because of it.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "evaluating-training",
                    "title": "Evaluating training and reporting to donors",
                    "minutes": 25,
                    "summary": (
                        "Applying Kirkpatrick's four levels and writing a completion report "
                        "that donors expect."
                    ),
                    "body": [
                        (
                            "text",
                            "<h2>Kirkpatrick's four levels</h2>"
                            "<ol>"
                            "<li><b>Reaction</b>: did participants find the training "
                            "satisfying and relevant?</li>"
                            "<li><b>Learning</b>: did knowledge improve, as shown by a pre- "
                            "and post-test?</li>"
                            "<li><b>Behaviour</b>: do participants apply it on the job, as "
                            "shown by follow-up?</li>"
                            "<li><b>Results</b>: did the wider situation change?</li>"
                            "</ol>"
                            "<p>A report that shows learning gain and follow-up is stronger than "
                            "one that stops at satisfaction.</p>"
                            "<h3>What donors expect in a completion report</h3>"
                            "<ul>"
                            "<li>numbers trained, broken down by sex and by agency or target "
                            "group;</li>"
                            "<li>each activity stated as <i>X participants for Y days</i>;</li>"
                            "<li>results against the plan, and any changes from the plan;</li>"
                            "<li>the participant list as an annex;</li>"
                            "<li>a summary of the evaluation (satisfaction) forms;</li>"
                            "<li>the training materials attached.</li>"
                            "</ul>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "A report that stops at outputs",
                                "scenario": (
                                    "<p>A fictional scenario. Kerry-Ann, the Task Force member "
                                    "coordinating a donor-funded training programme, drafts "
                                    "the completion report. It reads: training was delivered "
                                    "to law enforcement and border officers over several "
                                    "weeks; participants were very satisfied; the programme "
                                    "was a success. Nothing else is attached.</p>"
                                ),
                                "questions": [
                                    "Which of Kirkpatrick's levels does the draft cover?",
                                    "What would a donor expect to find that is missing?",
                                    "How could the next programme produce evidence of "
                                    "learning and behaviour change?",
                                ],
                                "discussion": (
                                    "<p>The draft reaches only the reaction level, and without "
                                    "even a summary of the forms. It should give numbers "
                                    "trained by sex and by agency, each activity as X "
                                    "participants for Y days, results against the plan and "
                                    "any changes, the participant list as an annex and the "
                                    "materials. Next time, build in a pre- and post-test to "
                                    "show learning, and a follow-up some months later to see "
                                    "whether officers apply what they learned.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A pre- and post-course test measures which of Kirkpatrick's "
                                    "four levels?"
                                ),
                                "options": [
                                    {
                                        "text": "Reaction",
                                        "is_correct": False,
                                        "feedback": (
                                            "Reaction is about satisfaction, usually gathered "
                                            "with evaluation forms."
                                        ),
                                    },
                                    {
                                        "text": "Learning",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Comparing pre- and post-test scores "
                                            "shows the learning gain."
                                        ),
                                    },
                                    {
                                        "text": "Behaviour",
                                        "is_correct": False,
                                        "feedback": (
                                            "Behaviour is about practice on the job, measured "
                                            "by follow-up after the course."
                                        ),
                                    },
                                    {
                                        "text": "Results",
                                        "is_correct": False,
                                        "feedback": (
                                            "Results concern wider change beyond the "
                                            "individual participant."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Reaction is measured by satisfaction, learning by pre- "
                                    "and post-tests, behaviour by follow-up on the job, and "
                                    "results by wider change.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
