"""Demo course content: prosecuting human trafficking cases in Saint Lucia.

Pure data, loaded into Wagtail pages by the demo content loader. Facts come from
the curriculum facts file (CONTENT.md) only.
"""

COURSE = {
    "slug": "prosecuting-trafficking-cases",
    "title": "Prosecuting Human Trafficking Cases in Saint Lucia",
    "summary": (
        "For prosecutors in the Office of the Director of Public Prosecutions. You "
        "will be able to charge trafficking offences under the Counter-Trafficking "
        "Act, build a case on a mosaic of evidence, protect and present "
        "victim-witnesses, and seek the right sentence, restitution and forfeiture."
    ),
    "audiences": [
        "prosecution",
    ],
    "access_level": "audience",
    "objectives": [
        (
            "By the end you can map the facts of a case to the act, means and "
            "purpose elements and choose charges under sections 5, 6, 7 and 15 of "
            "the Counter-Trafficking Act."
        ),
        (
            "By the end you can build a case on a mosaic of evidence that does not "
            "rest on the victim's testimony alone, and present apparent weaknesses "
            "as strengths."
        ),
        (
            "By the end you can apply the non-punishment principle in section 13 and "
            "use the victim protections in sections 19 to 31 in court."
        ),
        (
            "By the end you can prepare sentencing submissions on the aggravating "
            "circumstances in section 10, restitution under section 8 and forfeiture "
            "under section 9."
        ),
        (
            "By the end you can work with the Task Force, the police and foreign "
            "partners, knowing what international reporting says about prosecutions "
            "in Saint Lucia."
        ),
    ],
    "hours": "6",
    "prerequisites": ("A working knowledge of criminal practice in Saint Lucia's courts."),
    "modules": [
        {
            "slug": "the-offences",
            "title": "The offences under the Counter-Trafficking Act",
            "summary": (
                "How the offences in sections 5, 6, 7 and 15 of the Act map to the "
                "Protocol's act, means and purpose elements, and why consent, past "
                "sexual behaviour and the age of consent do not answer a charge."
            ),
            "further_reading": [
                {
                    "title": "Counter-Trafficking Act No. 7 of 2010",
                    "publisher": "Government of Saint Lucia",
                    "year": 2010,
                    "note": (
                        "Offences in sections 5, 6, 7 and 15; consent and age in sections 11 and 12"
                    ),
                },
                {
                    "title": ("Anti-Human Trafficking Manual for Criminal Justice Practitioners"),
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": ("Module 1: the Protocol definition, smuggling and the difference"),
                },
            ],
            "lessons": [
                {
                    "slug": "from-protocol-to-section-5",
                    "title": "From the Protocol to section 5",
                    "minutes": 25,
                    "summary": (
                        "The three elements of trafficking and how they organise "
                        "proof of the main offence in section 5."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>One definition, three elements</h2><p>Saint "
                                "Lucia's Counter-Trafficking Act No. 7 of 2010, "
                                "dated 25 January 2010, was passed to implement the "
                                "UN Trafficking in Persons Protocol (the Palermo "
                                "Protocol). Article 3 of the Protocol builds "
                                "trafficking from three elements, and that structure "
                                "is the most practical way to plan proof of the "
                                "trafficking offence in section "
                                "5.</p><ul><li><b>Act</b>: recruitment, "
                                "transportation, transfer, harbouring or receipt of "
                                "a person.</li><li><b>Means</b>: threat or use of "
                                "force or other coercion, abduction, fraud, "
                                "deception, abuse of power or of a position of "
                                "vulnerability, or giving or receiving payments to a "
                                "person who has control over the "
                                "victim.</li><li><b>Purpose</b>: exploitation, which "
                                "at a minimum covers sexual exploitation, forced "
                                "labour or services, slavery or practices similar to "
                                "slavery, servitude and the removal of "
                                "organs.</li></ul><h3>Using the elements in "
                                "practice</h3><p>Treat each element as its own "
                                "question of proof. The act is usually the easiest "
                                "to show: travel bookings, a room provided, a driver "
                                "who collected the victim. The means is often the "
                                "contested ground, because coercion today is more "
                                "often debt, threats and deception than chains. The "
                                "purpose element concerns what the accused intended, "
                                "and evidence of the exploitation that actually "
                                "happened is usually the best proof of that "
                                "intention.</p><p>Under the Protocol, where the "
                                "victim is a child (under 18) no means is required: "
                                "the act and the purpose are enough. Always draft "
                                "from the wording of section 5 and the Act's own "
                                "definitions rather than from the Protocol alone. "
                                "The Protocol explains the structure; the Act "
                                "creates the offence.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Build the case file around the three "
                                    "elements. For each one, record the evidence, "
                                    "the witness who gives it and the independent "
                                    "support for it. A gap in any required element "
                                    "is a gap in the case, however compelling the "
                                    "victim's story.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "An adult woman was recruited by deception for "
                                    "bar work and is then made to serve clients "
                                    "under threats. Following the Protocol "
                                    "structure, what must the prosecution prove?"
                                ),
                                "options": [
                                    {
                                        "text": ("An act, a means and an exploitative purpose"),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. For an adult victim all three "
                                            "elements are needed: here recruitment, "
                                            "deception and threats, and sexual "
                                            "exploitation."
                                        ),
                                    },
                                    {
                                        "text": ("An act and an exploitative purpose only"),
                                        "is_correct": False,
                                        "feedback": (
                                            "Not quite. Under the Protocol the means "
                                            "can be left out only where the victim "
                                            "is a child."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "That she was moved across an international border"
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Trafficking can happen entirely "
                                            "inside one country; crossing a border "
                                            "is a feature of smuggling, not an "
                                            "element of trafficking."
                                        ),
                                    },
                                    {
                                        "text": ("That she did not agree to the work"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Once a means such as deception or "
                                            "threats is used, the victim's consent "
                                            "is irrelevant, and section 11 makes "
                                            "consent irrelevant under the Act."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Act plus means plus purpose is the core of "
                                    "the definition for adults. The focus is on what "
                                    "the accused did, not on whether the victim "
                                    "agreed.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "companion-offences",
                    "title": "The companion offences: sections 6, 7 and 15",
                    "minutes": 25,
                    "summary": (
                        "How the offences of withholding identity documents, "
                        "transporting a person for prostitution and receiving "
                        "benefits complete the charging picture."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>More than one offence</h2><p>Section 5 is not "
                                "the only tool. The Act also creates three further "
                                "offences that often fit the facts of a trafficking "
                                "case:</p><ul><li><b>Section 6</b>: withholding a "
                                "person's identity documents.</li><li><b>Section "
                                "7</b>: transporting a person for the purpose of "
                                "prostitution.</li><li><b>Section 15</b>: receiving "
                                "benefits from trafficking.</li></ul><h3>Why they "
                                "matter</h3><p>These offences let you reach people "
                                "on the edges of an operation, such as the driver, "
                                "the manager who keeps the passports or the owner "
                                "who takes a share of the money, and they reflect "
                                "the full criminality of the scheme. Retention of "
                                "identity documents is also one of the ILO's eleven "
                                "indicators of forced labour, so evidence for a "
                                "section 6 count often supports the means element of "
                                "section 5 as well. Section 15 points investigators "
                                "towards the money trail from the start.</p><p>Each "
                                "count needs its own elements proved, so draft "
                                "counts that match the evidence rather than loading "
                                "the indictment. Check the exact wording of each "
                                "section before drafting: this course summarises the "
                                "Act and does not replace it.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": ("A fictional scenario: the guest house in Gros Islet"),
                                "scenario": (
                                    "<p>After a call to the 847 hotline, police "
                                    "visit a small guest house in Gros Islet. Three "
                                    "young women from another Caribbean country are "
                                    "living in a back room. The manager, Marcus, "
                                    "holds their passports 'for safekeeping'. The "
                                    "women say a man called Dion paid for their "
                                    "flights and promised hotel work, then told them "
                                    "on arrival that they owed him for the travel "
                                    "and must see clients. Dion drives them to "
                                    "clients at night. The owner, Celeste, receives "
                                    "a weekly cash payment from Dion.</p>"
                                ),
                                "questions": [
                                    ("Which offences might Dion, Marcus and Celeste each face?"),
                                    (
                                        "What evidence would you ask police to "
                                        "gather for a section 15 count against "
                                        "Celeste?"
                                    ),
                                    ("Why might the passports matter beyond a section 6 count?"),
                                ],
                                "discussion": (
                                    "<p>Dion is the obvious section 5 suspect: "
                                    "recruitment and transport, deception and debt "
                                    "as means, and sexual exploitation as the "
                                    "purpose. Section 7 may also fit his night-time "
                                    "driving. Marcus may face section 6, and section "
                                    "5 if the evidence shows he harboured the women "
                                    "as part of the scheme. For Celeste, look at the "
                                    "mental element section 15 requires, then seek "
                                    "evidence of the payments (records, messages, "
                                    "any ledger) and of what she saw and knew. The "
                                    "passports also show control: they help explain "
                                    "why the women did not leave and support the "
                                    "means element.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Charge what the evidence proves. Sections 6, "
                                    "7 and 15 reach the people around the trafficker "
                                    "and give the court a fuller picture, but every "
                                    "count must stand on its own elements.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "consent-age-and-smuggling",
                    "title": "Consent, age and the line with smuggling",
                    "minutes": 20,
                    "summary": (
                        "Why consent, past sexual behaviour and the age of consent "
                        "are no answer, and how to keep trafficking distinct from "
                        "smuggling."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Defences the Act closes off</h2><p>Two "
                                "provisions remove arguments that defence counsel "
                                "will often try:</p><ul><li><b>Section 11</b>: the "
                                "victim's consent, and the victim's past sexual "
                                "behaviour, are irrelevant.</li><li><b>Section "
                                "12</b>: the age of consent is no "
                                "defence.</li></ul><p>This matches the Protocol, "
                                "under which consent is irrelevant once any means "
                                "has been used. In practice, expect the argument "
                                "that the victim 'knew what the job was'. Even where "
                                "she agreed to some kind of work, she did not agree "
                                "to the debt, the threats or the conditions, and the "
                                "Act makes her consent irrelevant in any case. Be "
                                "ready to object to cross-examination about her "
                                "sexual history and to rely on section 11 when you "
                                "do.</p><h2>Trafficking is not "
                                "smuggling</h2><p>Smuggling is consensual, ends on "
                                "arrival, always crosses a border and makes its "
                                "profit from the movement. Trafficking involves "
                                "continuing exploitation, can happen inside one "
                                "country and makes its profit from the exploitation. "
                                "A journey that began as smuggling can become "
                                "trafficking when, after arrival, the person is held "
                                "by a debt or threats and exploited. Use the terms "
                                "precisely in charges, submissions and press "
                                "statements.</p>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Which fact points most clearly to trafficking "
                                    "rather than smuggling?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "After arrival the person is made to "
                                            "work to pay off a growing debt"
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Continuing exploitation, with "
                                            "the profit coming from that "
                                            "exploitation, is the mark of "
                                            "trafficking."
                                        ),
                                    },
                                    {
                                        "text": ("The person paid someone to arrange the journey"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Paying for movement is typical of "
                                            "smuggling, and it does not by itself "
                                            "show trafficking either way."
                                        ),
                                    },
                                    {
                                        "text": ("The person crossed an international border"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Smuggling always crosses a border, "
                                            "and trafficking may or may not."
                                        ),
                                    },
                                    {
                                        "text": ("The arrangement ended when the person arrived"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. A relationship that ends on arrival "
                                            "is the pattern of smuggling."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Ask where the profit comes from and whether "
                                    "control continues after the journey. "
                                    "Trafficking profits from exploitation; "
                                    "smuggling profits from movement.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Sections 11 and 12 shut the door on consent, "
                                    "sexual history and the age of consent as "
                                    "answers to a charge. Keep the focus on what the "
                                    "accused did, and keep trafficking and smuggling "
                                    "apart in every document you write.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "building-the-case",
            "title": "Building the case: the mosaic of evidence",
            "summary": (
                "How to build a trafficking case on many pieces of evidence that fit "
                "together, so that it does not stand or fall on the victim's "
                "testimony alone."
            ),
            "further_reading": [
                {
                    "title": ("Evidential Issues in Trafficking in Persons Cases: Case Digest"),
                    "publisher": "UNODC",
                    "year": 2017,
                    "note": ("135 cases from 31 jurisdictions; the mosaic of evidence"),
                },
                {
                    "title": ("Anti-Human Trafficking Manual for Criminal Justice Practitioners"),
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": (
                        "Module 2: indicators; Module 5: risk assessment in TIP investigations"
                    ),
                },
            ],
            "lessons": [
                {
                    "slug": "mosaic-of-evidence",
                    "title": "The mosaic of evidence",
                    "minutes": 25,
                    "summary": (
                        "Why trafficking cases succeed on many pieces of "
                        "corroborating evidence rather than one witness."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Beyond the victim's word</h2><p>UNODC's 2017 "
                                "Case Digest on evidential issues examined 135 "
                                "trafficking cases from 31 jurisdictions. One of its "
                                "central lessons is that successful cases rest on a "
                                "mosaic of evidence: many pieces, none decisive "
                                "alone, that together show the act, the means and "
                                "the purpose.</p><p>A case built only on the "
                                "victim's testimony is fragile. Victims may be "
                                "frightened, traumatised, under pressure from the "
                                "accused or their family, or back in their home "
                                "country by the time of trial. Corroboration "
                                "protects the case and the victim, because less "
                                "rests on her.</p><h3>Where corroboration comes "
                                "from</h3><ul><li>Documents: passports, contracts, "
                                "job advertisements, travel bookings made by a third "
                                "party.</li><li>Money: wage records, remittances, "
                                "lists of debts and "
                                "deductions.</li><li>Communications: phones, "
                                "messages and social media accounts.</li><li>The "
                                "scene: living conditions, locks, sleeping "
                                "arrangements, what officers saw and "
                                "recorded.</li><li>Other witnesses: co-workers, "
                                "neighbours, landlords, drivers, "
                                "clients.</li><li>Official records: immigration "
                                "entries and work permits.</li></ul><p>Indicators "
                                "such as the ILO's eleven signs of forced labour are "
                                "signs that call for further inquiry, not proof. Use "
                                "them to direct the search for evidence, then prove "
                                "the facts behind them.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>For every element of the offence, ask: what "
                                    "evidence, apart from the victim's own account, "
                                    "supports this? If the answer is nothing, that "
                                    "is where the investigation should go next.</p>"
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<h3>Questions to ask of the file</h3><ul><li>Who "
                                "else saw the victim at work or at home, and what "
                                "did they notice?</li><li>Who paid for the travel, "
                                "and is there a record of it?</li><li>Where did the "
                                "money go, and who received a share?</li><li>What "
                                "did officers see, photograph and seize at the "
                                "scene?</li></ul>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "According to UNODC's 2017 Case Digest, what do "
                                    "successful trafficking prosecutions typically "
                                    "rest on?"
                                ),
                                "options": [
                                    {
                                        "text": ("A mosaic of evidence from several sources"),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Many pieces of evidence that "
                                            "fit together make a case that does not "
                                            "depend on one witness."
                                        ),
                                    },
                                    {
                                        "text": "The victim's testimony alone",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. A case resting on the victim alone "
                                            "is fragile, and the Digest stresses "
                                            "corroboration."
                                        ),
                                    },
                                    {
                                        "text": ("A confession from the accused"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. The Digest's lesson is about "
                                            "combining many kinds of evidence rather "
                                            "than relying on any single source."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>The Digest drew on 135 cases from 31 "
                                    "jurisdictions. Its message for prosecutors is "
                                    "to gather corroboration for every element.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "weaknesses-as-strengths",
                    "title": "Apparent weaknesses as strengths",
                    "minutes": 25,
                    "summary": (
                        "How features that look like weaknesses in a victim's "
                        "account can, with the right evidence, support the "
                        "prosecution case."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Reading the case the other way round</h2><p>The "
                                "Case Digest shows that features the defence "
                                "presents as weaknesses can become strengths when "
                                "they are understood and explained by "
                                "evidence:</p><ul><li><b>She did not run away.</b> A "
                                "victim who stayed despite chances to leave can show "
                                "how strong the control was: debt, threats to "
                                "family, documents held, nowhere to go, fear of the "
                                "authorities.</li><li><b>His account changed.</b> "
                                "Inconsistencies can show that the victim was not "
                                "coached. Trauma affects memory, and a perfectly "
                                "polished account can be the more suspicious "
                                "one.</li><li><b>She was paid something.</b> "
                                "Withholding of wages and debt bondage are both ILO "
                                "indicators; partial pay alongside a debt that never "
                                "shrinks can still be exploitation.</li><li><b>He "
                                "agreed to come.</b> Under section 11, consent is "
                                "irrelevant.</li></ul><p>Do not hide these features. "
                                "Raise them yourself, and lead the evidence that "
                                "explains them, so the court hears the explanation "
                                "before the defence attack.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": ("A fictional scenario: the farm worker"),
                                "scenario": (
                                    "<p>Ravi, a migrant worker from South Asia, "
                                    "worked for fourteen months on a farm. His "
                                    "employer, Joel, kept his passport and deducted "
                                    "a 'recruitment fee' from his pay that never "
                                    "seemed to shrink. Ravi slept in a shed. Each "
                                    "week he went into town alone to buy food and "
                                    "never approached the police. In his first "
                                    "interview he said he was fine. In his second he "
                                    "described threats against his family, but gave "
                                    "dates that differ from his first account.</p>"
                                ),
                                "questions": [
                                    (
                                        "How is the defence likely to use Ravi's "
                                        "weekly trips to town?"
                                    ),
                                    ("How would you answer that argument?"),
                                    ("What corroboration would you seek for the debt?"),
                                    ("How should you deal with the differing dates?"),
                                ],
                                "discussion": (
                                    "<p>The defence will say Ravi was free to leave. "
                                    "The answer is evidence of control: the passport "
                                    "held by Joel, the debt, the threats to his "
                                    "family and his fear of the authorities. Pay "
                                    "records, any ledger of deductions, remittance "
                                    "records and co-workers' evidence can "
                                    "corroborate the debt. The first-interview "
                                    "denial and the changed dates are what trauma "
                                    "and fear commonly produce; disclose them, "
                                    "explain them through evidence and rely on the "
                                    "consistency of the core account.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Name the apparent weakness before the "
                                    "defence does, then show the evidence that "
                                    "explains it. Only claim a weakness as a "
                                    "strength when the evidence supports that "
                                    "reading.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "early-advice-and-risk",
                    "title": "Early advice, risk and the evidential plan",
                    "minutes": 20,
                    "summary": (
                        "How early prosecutorial involvement, an evidential plan and "
                        "risk assessment protect both the case and the victim."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Getting in early</h2><p>Trafficking cases are "
                                "won or lost in the first weeks of the "
                                "investigation, when phones, financial records and "
                                "scene evidence can still be secured. Where your "
                                "office gives early advice to investigators, agree "
                                "an evidential plan that maps each element of each "
                                "likely charge to the sources that could prove "
                                "it.</p><h3>Plan for the victim being "
                                "unavailable</h3><p>Assume the victim may later be "
                                "unable or unwilling to testify, and ask what the "
                                "case would look like without her. That question "
                                "drives the search for corroboration. Expect several "
                                "interviews rather than one, conducted under the "
                                "PEACE model: Planning and preparation, Engage and "
                                "explain, Account, Closure, "
                                "Evaluation.</p><h3>Assess the risk</h3><p>UNODC's "
                                "Manual treats risk assessment as part of the "
                                "investigation: weigh the severity of each risk "
                                "against its likelihood, identify who or what is at "
                                "risk (the victim, her family, other witnesses, the "
                                "evidence itself) and agree responses. Revisit the "
                                "assessment at charge, before trial and before "
                                "sentence.</p><h3>Follow the money from day "
                                "one</h3><p>Financial evidence proves the purpose, "
                                "supports a section 15 count and lays the ground for "
                                "restitution and forfeiture at the end of the "
                                "case.</p>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Which indicators of trafficking are generally "
                                    "the most reliable?"
                                ),
                                "options": [
                                    {
                                        "text": ("Those from the exploitation phase"),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Signs from the exploitation "
                                            "itself, such as withheld wages or "
                                            "restricted movement, are the most "
                                            "reliable."
                                        ),
                                    },
                                    {
                                        "text": ("Those from the recruitment phase"),
                                        "is_correct": False,
                                        "feedback": (
                                            "Not the most reliable. Recruitment can "
                                            "look like an ordinary job offer, and "
                                            "traffickers adapt to known indicators."
                                        ),
                                    },
                                    {
                                        "text": ("A single indicator is proof of trafficking"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Indicators call for further "
                                            "inquiry; they are not proof."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Indicators from the exploitation phase are "
                                    "the most reliable, and traffickers change their "
                                    "methods as indicators become known. Treat every "
                                    "indicator as a lead to evidence.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Ask early: if the victim could not give "
                                    "evidence tomorrow, what would be left of the "
                                    "case? The answer tells investigators what to "
                                    "gather next.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "the-victim-witness",
            "title": "The victim-witness",
            "summary": (
                "Non-punishment under section 13, the protections in sections 19 to "
                "31, and how to present the evidence of a traumatised witness fairly "
                "and effectively."
            ),
            "further_reading": [
                {
                    "title": (
                        "Recommended Principles and Guidelines on Human Rights and "
                        "Human Trafficking"
                    ),
                    "publisher": "OHCHR",
                    "year": 2002,
                    "note": "The non-punishment principle",
                },
                {
                    "title": ("Anti-Human Trafficking Manual for Criminal Justice Practitioners"),
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": (
                        "Module 8: interviewing victims who are potential witnesses; "
                        "Module 12: protection and assistance to victim-witnesses"
                    ),
                },
                {
                    "title": "Counter-Trafficking Act No. 7 of 2010",
                    "publisher": "Government of Saint Lucia",
                    "year": 2010,
                    "note": ("Section 13 and the victim protections in sections 19 to 31"),
                },
            ],
            "lessons": [
                {
                    "slug": "non-punishment",
                    "title": "Non-punishment: section 13",
                    "minutes": 25,
                    "summary": (
                        "What the non-punishment principle requires and how to apply "
                        "it when reviewing charges against people who may be "
                        "victims."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>The principle</h2><p>Section 13 of the Act "
                                "makes a victim of trafficking immune from "
                                "prosecution. It reflects the non-punishment "
                                "principle set out in the OHCHR Recommended "
                                "Principles (2002) and taken up by ICAT and the OSCE "
                                "(2013): victims are not to be arrested, prosecuted "
                                "or punished for offences committed as a direct "
                                "result of being trafficked. Read the precise terms "
                                "of section 13 when applying it to a "
                                "file.</p><h3>Where it arises</h3><p>Victims often "
                                "first come to the attention of the authorities as "
                                "suspects: for immigration offences, false or "
                                "borrowed documents, prostitution-related offences, "
                                "or offences they were forced to commit. When you "
                                "review such a file, look for indicators: documents "
                                "held by someone else, debt, restricted movement, "
                                "fear of the authorities, travel arranged by a third "
                                "party.</p><h3>Why it matters to the "
                                "case</h3><p>Prosecuting a victim punishes the "
                                "person the law is meant to protect. It also "
                                "destroys trust, makes cooperation unlikely and "
                                "hands the defence a ready argument against her "
                                "credibility. Where indicators appear, pause, ask "
                                "the police to inquire, and record your decision and "
                                "the reasons for it.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Screen before you prosecute. A person "
                                    "charged with an immigration, document or "
                                    "prostitution-related offence may be the key "
                                    "witness in a trafficking case.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": ("A fictional scenario: the woman from the bar"),
                                "scenario": (
                                    "<p>After a police operation at a bar, Leah, "
                                    "aged 19, is charged with an immigration offence "
                                    "and a prostitution-related offence. The file "
                                    "reaches you for review. A note in the officer's "
                                    "statement says Leah told him the bar owner 'has "
                                    "my passport' and that she 'still owes for the "
                                    "ticket'.</p>"
                                ),
                                "questions": [
                                    ("What should you do with the charges against Leah?"),
                                    ("What further information do you need, and from whom?"),
                                    (
                                        "How could your decision affect any case "
                                        "against the bar owner?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>The note contains two indicators: a passport "
                                    "held by someone else and a debt. Do not proceed "
                                    "on autopilot. Ask the police to inquire, with a "
                                    "trained interviewer who was not part of the "
                                    "operation, and make sure Leah is referred for "
                                    "assistance. If she is a victim and the offences "
                                    "flow directly from her trafficking, section 13 "
                                    "and the non-punishment principle apply. "
                                    "Pursuing her would also make her far less "
                                    "likely to give evidence against the bar "
                                    "owner.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "protection-in-court",
                    "title": "Protection in court: sections 19 to 31",
                    "minutes": 25,
                    "summary": (
                        "The protections the Act gives victim-witnesses and how to "
                        "use them from charge to verdict."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>What the Act provides</h2><p>Sections 19 to 31 "
                                "of the Act deal with victim protection, including "
                                "witness protection, immigration status, return, and "
                                "child victims. Three provisions deserve particular "
                                "attention from prosecutors:</p><ul><li><b>Section "
                                "21</b>: privacy, including hearings held in "
                                "camera.</li><li><b>Section 22</b>: victims are to "
                                "be informed of their rights and of the progress of "
                                "the case.</li><li><b>Section 24</b>: assistance, "
                                "including housing, counselling, and medical and "
                                "legal help in a language the victim understands. "
                                "Victims may work, shelter is voluntary, and victims "
                                "are not to be housed in prison save in exigent "
                                "circumstances.</li></ul><p>The 2023 US Trafficking "
                                "in Persons Report also recorded that remote "
                                "testimony was allowed in Saint Lucia. Check with "
                                "the court how it is arranged in practice, well "
                                "before trial.</p><h3>Using the "
                                "protections</h3><ul><li>Consider privacy measures "
                                "under section 21 early, and keep identifying "
                                "details out of public documents.</li><li>Decide who "
                                "in your office keeps the victim informed, as "
                                "section 22 requires.</li><li>Work with the "
                                "providers of section 24 assistance: a witness who "
                                "is housed, supported and understood is a more "
                                "stable witness.</li><li>Make no promises you cannot "
                                "keep, about the outcome, immigration status or "
                                "anything else.</li></ul>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Which statement about assistance under section 24 is correct?"
                                ),
                                "options": [
                                    {
                                        "text": ("Shelter is voluntary and victims may work"),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Section 24 makes shelter "
                                            "voluntary and allows victims to work."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Victims must stay in a shelter until the trial ends"
                                        ),
                                        "is_correct": False,
                                        "feedback": ("No. Shelter under section 24 is voluntary."),
                                    },
                                    {
                                        "text": (
                                            "Victims may routinely be housed in "
                                            "prison for their safety"
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Prison housing is excluded save in "
                                            "exigent circumstances."
                                        ),
                                    },
                                    {
                                        "text": ("Legal help is given only in English"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Help is to be given in a language "
                                            "the victim understands."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Section 24 treats the victim as a person "
                                    "with choices, not as evidence to be stored. "
                                    "That also serves the case: a witness who feels "
                                    "respected is more likely to stay engaged.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Protection measures work best when they are "
                                    "planned from the start. Raise privacy, "
                                    "assistance and the way the victim will give "
                                    "evidence well before the trial date.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "trauma-and-testimony",
                    "title": "Trauma, inconsistency and the witness at trial",
                    "minutes": 20,
                    "summary": (
                        "How trauma shapes a victim's evidence and how to prepare "
                        "and present a victim-witness fairly."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>What trauma does to evidence</h2><p>Expect "
                                "denial, fear and inconsistency. A victim may first "
                                "say nothing happened, remember events out of order, "
                                "or add details in later interviews. These are "
                                "common reactions, not proof of lying. "
                                "Trauma-informed practice rests on safety, "
                                "trustworthiness, choice, collaboration and "
                                "empowerment.</p><h3>Before trial</h3><ul><li>Expect "
                                "several interviews; the interviewer should not be "
                                "an officer who took part in the raid.</li><li>Use "
                                "open questions, offer breaks and do not "
                                "interrogate.</li><li>Say early what cannot stay "
                                "confidential. What the victim tells you may have to "
                                "be disclosed to the defence, and she should know "
                                "that.</li><li>Prepare the witness for the process, "
                                "not the content. Explaining the courtroom is good "
                                "practice; rehearsing the account would undermine "
                                "the very thing that makes an uncoached account "
                                "credible.</li></ul><h3>At trial</h3><p>Ask for "
                                "breaks when needed, keep your own questions plain "
                                "and object to questions on past sexual behaviour, "
                                "relying on section 11. Address inconsistencies "
                                "openly and explain them through the evidence as a "
                                "whole.</p>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "In her second interview a victim-witness gives "
                                    "a different date for her arrival from the one "
                                    "in her first interview. What is the best "
                                    "approach?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Disclose it, look for independent "
                                            "evidence of the date and be ready to "
                                            "explain the inconsistency"
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Inconsistency is common after "
                                            "trauma and can show the account was not "
                                            "coached; independent records can settle "
                                            "the date."
                                        ),
                                    },
                                    {
                                        "text": ("Ask her to settle on one date before trial"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. Steering her evidence risks "
                                            "coaching and would damage her "
                                            "credibility."
                                        ),
                                    },
                                    {
                                        "text": ("Drop the case because she is unreliable"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. A changed date on a peripheral "
                                            "detail is expected and does not by "
                                            "itself make the core account "
                                            "unreliable."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Immigration records or travel bookings may "
                                    "fix the date independently. The mosaic of "
                                    "evidence means no single detail in the victim's "
                                    "account has to carry the case.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Inconsistency is not the same as untruth. "
                                    "Prepare the witness for the courtroom, never "
                                    "for the content of her evidence, and let the "
                                    "mosaic of evidence carry the weight.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "sentencing-and-recovery",
            "title": "Sentencing, restitution and forfeiture",
            "summary": (
                "The penalties in the Act, the aggravating circumstances in section "
                "10, and how to seek restitution and forfeiture under sections 8 and "
                "9."
            ),
            "further_reading": [
                {
                    "title": "Counter-Trafficking Act No. 7 of 2010",
                    "publisher": "Government of Saint Lucia",
                    "year": 2010,
                    "note": ("Sections 8, 9 and 10; check the current text as amended in 2021"),
                },
                {
                    "title": "Toolkit to Combat Trafficking in Persons",
                    "publisher": "UNODC",
                    "year": None,
                    "note": "Chapter on the legislative framework",
                },
            ],
            "lessons": [
                {
                    "slug": "penalties-and-aggravation",
                    "title": "Penalties and aggravating circumstances",
                    "minutes": 30,
                    "summary": (
                        "The penalties as enacted and amended, and the years section "
                        "10 adds for each aggravating circumstance."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>The penalties</h2><p>As enacted in 2010, the "
                                "Act provided for up to 5 years' imprisonment or a "
                                "fine of up to XCD 100,000 where the victim was an "
                                "adult, and up to 10 years where the victim was a "
                                "child. A 2021 amendment removed the option of a "
                                "fine alone. The prison terms set by the amendment "
                                "are not confirmed for this course, so check the "
                                "current text of the Act before you address the "
                                "court on the range. The US Trafficking in Persons "
                                "Report has repeatedly recommended penalties "
                                "commensurate with those for "
                                "rape.</p><h2>Aggravating circumstances: section "
                                "10</h2><p>Section 10 adds years to the sentence "
                                "where an aggravating circumstance is "
                                "present:</p><ul><li>a weapon was used: 2 "
                                "years</li><li>serious injury or sexual assault: 2 "
                                "years</li><li>the victim was under 18: 5 "
                                "years</li><li>exposure to a life-threatening "
                                "illness, or forced drug addiction: 5 "
                                "years</li><li>permanent or life-threatening injury: "
                                "10 years</li><li>an organised criminal group: 3 "
                                "years, or 5 years for the organiser</li><li>abuse "
                                "of authority, as by a parent, teacher or the like: "
                                "4 years</li></ul><p>Each circumstance must be "
                                "proved, so plan the evidence from the charging "
                                "stage: a birth record for age, medical evidence of "
                                "injury, evidence of the group and of the accused's "
                                "role within it, and evidence of the relationship "
                                "for abuse of authority.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Aggravating circumstances are won in the "
                                    "investigation, not at the sentencing hearing. "
                                    "If the evidence is not gathered early, the "
                                    "years in section 10 cannot be claimed.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": ("A fictional scenario: sentencing the stepfather"),
                                "scenario": (
                                    "<p>Wayne has been convicted of trafficking his "
                                    "15-year-old stepdaughter, Kendra, for sexual "
                                    "exploitation. He arranged clients through a "
                                    "friend, Shane, who has been convicted "
                                    "separately. You are preparing sentencing "
                                    "submissions against Wayne.</p>"
                                ),
                                "questions": [
                                    ("Which section 10 circumstances may apply to Wayne?"),
                                    ("What evidence do you need for each?"),
                                    (
                                        "What must you check before addressing the "
                                        "court on the base penalty?"
                                    ),
                                ],
                                "discussion": (
                                    "<p>The victim was under 18 (5 years), and a "
                                    "stepfather is arguably within abuse of "
                                    "authority by a parent or the like (4 years); "
                                    "argue that from the wording and the facts of "
                                    "his role in her care. You need proof of "
                                    "Kendra's age and of the household relationship. "
                                    "Do not claim the organised criminal group "
                                    "circumstance unless the Act's terms and the "
                                    "evidence both support it. Check the current, "
                                    "amended penalty and be ready to address how the "
                                    "child-victim maximum and the under-18 addition "
                                    "interact under the Act's text.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Under section 10, how many years are added "
                                    "where the accused organised an organised "
                                    "criminal group?"
                                ),
                                "options": [
                                    {
                                        "text": "5 years",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. The organiser faces 5 years, "
                                            "against 3 for involvement of an "
                                            "organised criminal group."
                                        ),
                                    },
                                    {
                                        "text": "3 years",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. 3 years applies to an organised "
                                            "criminal group; the organiser faces "
                                            "more."
                                        ),
                                    },
                                    {
                                        "text": "10 years",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. 10 years is added for permanent or "
                                            "life-threatening injury."
                                        ),
                                    },
                                    {
                                        "text": "2 years",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. 2 years is added for use of a "
                                            "weapon, or for serious injury or sexual "
                                            "assault."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Learn the section 10 list well enough to "
                                    "spot every circumstance the facts could "
                                    "support, then make sure each is proved.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "restitution-and-forfeiture",
                    "title": ("Restitution (section 8) and forfeiture (section 9)"),
                    "minutes": 20,
                    "summary": (
                        "How to prepare from the start of a case for restitution to "
                        "the victim and forfeiture of the trafficker's gains."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Redress is part of justice</h2><p>The Act "
                                "provides for restitution in section 8 and for "
                                "forfeiture in section 9. Read their terms carefully "
                                "before applying; this lesson is about preparing so "
                                "that an application can succeed. The OSCE/ODIHR "
                                "handbook on national referral mechanisms makes "
                                "criminal justice and redress one of its four "
                                "pillars: a conviction that leaves the victim with "
                                "nothing is only part of the "
                                "result.</p><h3>Preparing for "
                                "restitution</h3><ul><li>Ask investigators to record "
                                "the victim's losses from the first interview: "
                                "unpaid wages, deductions, recruitment fees and "
                                "'debts' taken from her.</li><li>Collect the "
                                "documents that prove those losses: pay slips, "
                                "messages, remittance records, any ledger kept by "
                                "the accused.</li><li>Keep the victim informed, as "
                                "section 22 requires, about what is being sought on "
                                "her behalf.</li></ul><h3>Preparing for "
                                "forfeiture</h3><ul><li>Identify early the money and "
                                "property linked to the offence, such as cash, "
                                "accounts, vehicles used to move victims and "
                                "premises used to hold them, to the extent section 9 "
                                "reaches them.</li><li>Ask for steps to stop assets "
                                "disappearing before trial, where the law "
                                "allows.</li><li>Use the same financial evidence to "
                                "prove the case: the money trail is part of the "
                                "mosaic and may found a section 15 count against "
                                "those who took a share.</li></ul>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Trafficking is a crime for profit. Plan for "
                                    "restitution and forfeiture at the start of the "
                                    "case, not after the verdict, or the evidence "
                                    "and the assets may be gone.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "When should a prosecutor start preparing for "
                                    "restitution under section 8?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "At the start of the investigation, by "
                                            "recording the victim's losses"
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Losses such as unpaid wages "
                                            "and deductions are easiest to document "
                                            "early, while records still exist."
                                        ),
                                    },
                                    {
                                        "text": ("After conviction, at the sentencing hearing"),
                                        "is_correct": False,
                                        "feedback": (
                                            "Too late. By then records may be lost "
                                            "and assets moved."
                                        ),
                                    },
                                    {
                                        "text": ("Only if the victim makes a separate civil claim"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. The Act itself provides for "
                                            "restitution in section 8, so it belongs "
                                            "in the criminal case plan."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Restitution and forfeiture both depend on "
                                    "financial evidence gathered early. The same "
                                    "evidence often helps prove the offence "
                                    "itself.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "partners-and-the-record",
            "title": "Working with partners, and the record so far",
            "summary": (
                "What international reporting says about prosecutions in Saint "
                "Lucia, the recommendations that recur, and how to work with the "
                "Task Force, police and foreign partners."
            ),
            "further_reading": [
                {
                    "title": "Trafficking in Persons Report",
                    "publisher": "US Department of State",
                    "year": 2023,
                    "note": "Saint Lucia country narrative",
                },
                {
                    "title": "Toolkit to Combat Trafficking in Persons",
                    "publisher": "UNODC",
                    "year": None,
                    "note": ("Chapter on international criminal justice cooperation"),
                },
                {
                    "title": ("National Referral Mechanisms Handbook (2nd edition)"),
                    "publisher": "OSCE/ODIHR",
                    "year": 2022,
                    "note": ("Four pillars, including criminal justice and redress"),
                },
            ],
            "lessons": [
                {
                    "slug": "the-record-so-far",
                    "title": "Where Saint Lucia stands",
                    "minutes": 20,
                    "summary": (
                        "What the US Trafficking in Persons Reports record about "
                        "prosecutions in Saint Lucia and what they recommend."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>The record</h2><p>The US Trafficking in Persons "
                                "Report placed Saint Lucia on the Tier 2 Watch List "
                                "in 2016, on Tier 2 in 2020 and 2021, on the Tier 2 "
                                "Watch List in 2022 and on Tier 2 in 2023. The 2023 "
                                "report noted that:</p><ul><li>the first trafficking "
                                "prosecution since 2015 had been "
                                "initiated;</li><li>a dedicated trafficking "
                                "prosecutor had been named;</li><li>4 victims had "
                                "been identified;</li><li>work on a new national "
                                "action plan had begun, remote testimony was allowed "
                                "and the hotline had been restarted;</li><li>no "
                                "trafficker had ever been convicted in Saint "
                                "Lucia.</li></ul><p>Ratings for later years are not "
                                "confirmed for this course.</p><h3>The risk "
                                "picture</h3><p>The 2016 report described Saint "
                                "Lucia as a source and destination country. Migrants "
                                "from the Caribbean and South Asia, including "
                                "domestic workers, were most at risk, and child sex "
                                "trafficking was reported, including by parents and "
                                "caregivers.</p><h3>Recurring "
                                "recommendations</h3><p>Several recommendations "
                                "speak directly to prosecutors: prosecute under the "
                                "amended Act; seek penalties commensurate with those "
                                "for rape; reduce the court backlog; and share cases "
                                "across agencies. Others concern partners, such as "
                                "screening children, migrants and foreign workers "
                                "and referring victims.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>As of the 2023 report, no trafficker had "
                                    "ever been convicted in Saint Lucia. Delay loses "
                                    "witnesses, so moving cases promptly is itself a "
                                    "form of victim protection.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "Which of these is a recurring recommendation of "
                                    "the US Trafficking in Persons Report for Saint "
                                    "Lucia?"
                                ),
                                "options": [
                                    {
                                        "text": ("Penalties commensurate with those for rape"),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. This recommendation recurs, "
                                            "alongside reducing the court backlog "
                                            "and sharing cases across agencies."
                                        ),
                                    },
                                    {
                                        "text": ("Allowing fines in place of prison"),
                                        "is_correct": False,
                                        "feedback": (
                                            "No. The 2021 amendment went the other "
                                            "way and removed the fine-only option."
                                        ),
                                    },
                                    {
                                        "text": "Ending remote testimony",
                                        "is_correct": False,
                                        "feedback": (
                                            "No. The 2023 report noted remote "
                                            "testimony as allowed, a protection for "
                                            "victim-witnesses."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>The recommendations point to stronger "
                                    "penalties, faster cases and better cooperation "
                                    "between agencies.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "partners-at-home-and-abroad",
                    "title": "Partners at home and abroad",
                    "minutes": 25,
                    "summary": (
                        "How prosecutors work with the Task Force, the police and "
                        "foreign partners to bring cases to court."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Partnership: the fourth P</h2><p>The response "
                                "to trafficking was long framed as prevention, "
                                "protection and prosecution; partnership was added "
                                "as the fourth P in 2009. No prosecutor can build a "
                                "trafficking case alone.</p><h3>At "
                                "home</h3><ul><li><b>The Task Force (section "
                                "33)</b>, set up by the Minister to develop and "
                                "implement the National Plan, brings together Legal "
                                "Affairs, Foreign Affairs, Labour, Human Services, "
                                "Home Affairs, law enforcement, immigration and "
                                "NGOs. Its duties include coordinating data "
                                "collection while protecting victims' privacy, "
                                "sharing border information on people travelling on "
                                "others' documents, and cooperating with foreign "
                                "states.</li><li><b>The police</b>: the 847 hotline "
                                "(it spells TIP) is free, open 24 hours, answered in "
                                "the Royal Saint Lucia Police Force control room, "
                                "and callers may stay anonymous. Cases may start "
                                "there.</li><li><b>Assistance providers</b>, whose "
                                "support keeps victims safe and able to give "
                                "evidence.</li></ul><p>Share cases across agencies, "
                                "as the reports recommend, while protecting the "
                                "victim's privacy.</p><h3>Abroad</h3><p>Recruiters, "
                                "money transfers and victims who have gone home "
                                "often lie outside Saint Lucia. UNODC's Toolkit "
                                "gives a full chapter to international criminal "
                                "justice cooperation. Identify early what evidence "
                                "is abroad and start requests in good time.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": ("A fictional scenario: the domestic worker"),
                                "scenario": (
                                    "<p>Priya, a domestic worker from South Asia, "
                                    "was recruited through an agent in her home "
                                    "country and brought to work in a private home "
                                    "in Saint Lucia. The family kept her passport "
                                    "and paid her nothing for a year. After she "
                                    "called the 847 hotline, police removed her. She "
                                    "now wants to go home, and the agent's records "
                                    "and payments are overseas.</p>"
                                ),
                                "questions": [
                                    ("Which partners do you need to involve, and why?"),
                                    (
                                        "How can you keep Priya's evidence available "
                                        "if she returns home?"
                                    ),
                                    ("What evidence abroad would strengthen the case?"),
                                ],
                                "discussion": (
                                    "<p>Involve the police, the providers of section "
                                    "24 assistance and, through the Task Force, "
                                    "immigration and foreign affairs. Respect "
                                    "Priya's wish to return, keep her informed under "
                                    "section 22 and explore remote testimony, which "
                                    "the 2023 report noted as allowed. Seek the "
                                    "agent's records and payment trails abroad "
                                    "through international cooperation, and use "
                                    "local evidence too: the passport, neighbours "
                                    "and the absence of any pay.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>A trafficking case is a shared effort. Bring "
                                    "partners in early, share what can be shared "
                                    "while protecting the victim's privacy, and "
                                    "start requests abroad in good time.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
