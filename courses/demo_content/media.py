"""Demo course content: reporting on trafficking in persons, for media workers in Saint Lucia."""

COURSE = {
    "slug": "reporting-on-trafficking-in-persons",
    "title": "Reporting on trafficking in persons",
    "summary": (
        "For journalists, editors and other media workers in Saint Lucia who cover "
        "trafficking in persons. You will learn to use the legal terms correctly, report "
        "ethically on victims and children, respect the privacy protections in Saint "
        "Lucia's law, and handle myths and statistics with care."
    ),
    "audiences": [
        "media",
    ],
    "access_level": "audience",
    "objectives": [
        (
            "By the end you can explain the act, means and purpose of trafficking and "
            "tell trafficking apart from smuggling in your reporting."
        ),
        (
            "By the end you can apply the five principles of the EJN and ICMPD guidelines "
            "to decisions about sources, consent and publication."
        ),
        (
            "By the end you can report on children and on court cases in line with "
            "UNICEF's principles and section 21 of Saint Lucia's Counter-Trafficking Act."
        ),
        (
            "By the end you can correct common myths about trafficking and treat "
            "statistics with appropriate scepticism."
        ),
        (
            "By the end you can cover a case from first tip to sentence without "
            "endangering victims, and give your audience the 847 hotline."
        ),
    ],
    "hours": "4",
    "prerequisites": "None. No legal training is needed.",
    "modules": [
        {
            "slug": "getting-the-terms-right",
            "title": "Getting the terms right",
            "summary": (
                "The legal definition of trafficking, how it differs from smuggling, and "
                "the precise language that keeps a story accurate and fair."
            ),
            "further_reading": [
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Module 1: the Protocol definition, smuggling and the difference",
                },
                {
                    "title": "Media and Trafficking in Human Beings",
                    "publisher": "Ethical Journalism Network and ICMPD",
                    "year": 2017,
                    "note": "On using legal terms precisely",
                },
                {
                    "title": "Counter-Trafficking Act No. 7 of 2010",
                    "publisher": "Government of Saint Lucia",
                    "year": 2010,
                    "note": "Offences: sections 5, 6, 7 and 15; consent irrelevant: section 11",
                },
            ],
            "lessons": [
                {
                    "slug": "what-trafficking-means",
                    "title": "What trafficking in persons means",
                    "minutes": 20,
                    "summary": (
                        "The three elements of the legal definition and how Saint Lucia's "
                        "Act puts them into law."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Why the definition matters to a "
                                "reporter</h2><p>Trafficking in persons is a crime with a "
                                "precise legal meaning. If a story uses the label "
                                "wrongly, the story is wrong, however vivid it is. The "
                                "starting point is the international definition in "
                                "Article 3 of the Palermo Protocol, which Saint Lucia "
                                "brought into its own law through the Counter-Trafficking "
                                "Act No. 7 of 2010.</p><h2>Three elements: act, means, "
                                "purpose</h2><p>For an adult victim, all three elements "
                                "must be present:</p><ul><li><b>Act</b>: what is done. "
                                "Recruiting, transporting, transferring, harbouring or "
                                "receiving a person.</li><li><b>Means</b>: how it is "
                                "done. Threats or use of force or other coercion, "
                                "abduction, fraud, deception, abuse of power or of a "
                                "position of vulnerability, or giving or receiving "
                                "payments to someone who has control over the "
                                "victim.</li><li><b>Purpose</b>: why it is done. "
                                "Exploitation, which at a minimum covers sexual "
                                "exploitation, forced labour or services, slavery or "
                                "practices similar to slavery, servitude and the removal "
                                "of organs.</li></ul><h3>Two rules that change the "
                                "picture</h3><p>First, once any of the means has been "
                                "used, the victim's consent does not matter. A woman who "
                                "agreed to travel for a job that turned out to be a trap "
                                "did not agree to be exploited. Saint Lucia's Act says "
                                "the same in section 11: a victim's consent, or past "
                                "sexual behaviour, is irrelevant. Second, for a child, "
                                "meaning anyone under 18, no means is needed at all. The "
                                "act plus the purpose of exploitation is "
                                "enough.</p><h3>The offences in Saint Lucia</h3><p>The "
                                "Act dates from 25 January 2010. Its offences include "
                                "trafficking (s5), withholding a person's identity "
                                "documents (s6), transporting a person for the purpose of "
                                "prostitution (s7) and receiving benefits from "
                                "trafficking (s15). Knowing which section a charge falls "
                                "under lets you report it accurately instead of calling "
                                "everything 'trafficking'.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Ask three questions of any story: what was done "
                                    "(act), how (means) and why (purpose). If one element "
                                    "is missing for an adult, the facts may point to "
                                    "another crime or a labour dispute rather than "
                                    "trafficking. For a child, the question of means "
                                    "falls away.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A police spokesperson says an adult woman 'agreed to "
                                    "come' to Saint Lucia for a hotel job, but on arrival "
                                    "her passport was taken and she was made to work "
                                    "unpaid in a bar. What does the law say about her "
                                    "consent?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Her consent is irrelevant, because deception "
                                            "and other means were used."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Under the Protocol, and section 11 "
                                            "of Saint Lucia's Act, consent does not count "
                                            "once any means such as deception has been "
                                            "used."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Because she agreed to travel, it cannot be "
                                            "trafficking."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Agreeing to travel for a real job is not "
                                            "agreeing to be exploited. The deception "
                                            "removes any value from that consent."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Her consent would only be irrelevant if she "
                                            "were under 18."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "For a child no means is needed at all, but "
                                            "for an adult consent is also irrelevant once "
                                            "a means has been used."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "It can only be trafficking if she was "
                                            "brought across a border."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Trafficking does not need a border crossing; "
                                            "it can happen entirely within one country."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Once force, deception or another means is used, "
                                    "the victim's consent is irrelevant, and so is past "
                                    "sexual behaviour (s11). Report any claim that a "
                                    "victim 'agreed' with that in mind.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "trafficking-is-not-smuggling",
                    "title": "Trafficking is not smuggling",
                    "minutes": 20,
                    "summary": (
                        "How to tell the two crimes apart and what to write while the "
                        "facts are still unclear."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Two different crimes</h2><p>The two words are often "
                                "used as if they meant the same thing. They do not, and "
                                "mixing them up is one of the most common errors in "
                                "coverage of migration and exploitation. The EJN and "
                                "ICMPD guidelines for journalists single it out: use "
                                "legal terms precisely, because trafficking is not "
                                "smuggling.</p><h3>Smuggling</h3><ul><li>The person moved "
                                "agrees to it, often paying for the journey.</li><li>It "
                                "ends when the person arrives.</li><li>It always involves "
                                "crossing a border.</li><li>The smuggler profits from the "
                                "movement "
                                "itself.</li></ul><h3>Trafficking</h3><ul><li>Any consent "
                                "is irrelevant, because force, fraud, deception or "
                                "another means was used (or the victim is a "
                                "child).</li><li>The exploitation continues after any "
                                "journey.</li><li>It can happen entirely inside one "
                                "country.</li><li>The trafficker profits from exploiting "
                                "the person.</li></ul><h3>When one becomes the "
                                "other</h3><p>Someone who pays to be smuggled can later "
                                "be trafficked, for example if on arrival they are told "
                                "they owe a debt and are forced to work it off. So the "
                                "question is not only how a person arrived but what "
                                "happened to them afterwards. Until that is clear, "
                                "describe what you know rather than reaching for either "
                                "label.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: the boat at the port",
                                "scenario": (
                                    "<p>A fictional scenario. Police intercept a small "
                                    "boat at a port and detain eight adults from another "
                                    "Caribbean country who have no travel documents. A "
                                    "source tells your newsroom that each of them paid a "
                                    "man to bring them over. Your editor suggests the "
                                    "headline 'Trafficking ring busted'. The next day a "
                                    "police spokesperson says some of the group have told "
                                    "officers that a man was waiting at the port to take "
                                    "them to a farm, where they would work until they had "
                                    "paid off what they 'owed'.</p>"
                                ),
                                "questions": [
                                    (
                                        "On the first day's facts alone, is 'trafficking "
                                        "ring' accurate?"
                                    ),
                                    (
                                        "What does the second day's information add, and "
                                        "what is still unknown?"
                                    ),
                                    "How would you word the headline while the facts are unclear?",
                                ],
                                "discussion": (
                                    "<p>On the first facts, people paying to be brought "
                                    "across a border, with the journey ending on arrival, "
                                    "points to smuggling. 'Trafficking ring' would be "
                                    "inaccurate. The later information suggests possible "
                                    "debt bondage and a purpose of forced labour, which "
                                    "are signs of trafficking but not proof: you would "
                                    "still need to know whether the group were deceived "
                                    "or coerced and what awaited them. A factual headline "
                                    "such as 'Eight detained after boat arrives without "
                                    "documents', with concerns about exploitation "
                                    "attributed to the police, is accurate and fair. Do "
                                    "not name or show the eight: some of them may be "
                                    "victims.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Smuggling is about moving a person across a "
                                    "border; trafficking is about exploiting them. Ask "
                                    "what happened after the journey before you choose a "
                                    "word.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "choosing-precise-words",
                    "title": "Choosing precise words",
                    "minutes": 20,
                    "summary": (
                        "Words to use with care, how to name the right offence and how to "
                        "quote penalties safely."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Words carry weight</h2><p>Accuracy is about words as "
                                "well as facts. Loose language can blame victims, "
                                "glamorise crime or prejudge a case.</p><h3>Words to use "
                                "with care</h3><ul><li><b>Victim or survivor</b>: both "
                                "are used. If you are speaking with the person, ask which "
                                "they prefer. Before a court has ruled, 'a woman police "
                                "say was trafficked' may be more "
                                "accurate.</li><li><b>Prostitute</b>: do not use it for "
                                "someone trafficked for sexual exploitation. It implies a "
                                "choice that the law treats as "
                                "irrelevant.</li><li><b>Illegal immigrant</b>: avoid it. "
                                "Immigration status does not decide whether someone was "
                                "trafficked. Describe status factually if it matters to "
                                "the story.</li><li><b>Sex slave, slavery ring</b>: "
                                "dramatic labels rarely match the legal charge. Use the "
                                "offence actually charged.</li><li><b>Trafficker</b>: "
                                "before a conviction, write 'accused' or 'charged with "
                                "trafficking'.</li></ul><h3>Name the right "
                                "offence</h3><p>A person may be charged with trafficking "
                                "(s5), withholding identity documents (s6), transporting "
                                "a person for the purpose of prostitution (s7) or "
                                "receiving benefits from trafficking (s15). Report the "
                                "charge actually laid. Remember too that section 13 "
                                "protects victims from prosecution for offences that were "
                                "a direct result of being trafficked, the non-punishment "
                                "principle. A victim who was made to work without papers "
                                "is not the wrongdoer in the story.</p><h3>Quoting "
                                "penalties</h3><p>Penalties are an easy place to go "
                                "wrong. The 2010 text of the Act allowed up to five years "
                                "in prison or a fine of up to XCD 100,000 where the "
                                "victim was an adult, and up to ten years where the "
                                "victim was a child. A 2021 amendment removed the option "
                                "of a fine alone. Do not quote the 2010 maximum as if it "
                                "were current: check the law as amended, or attribute the "
                                "figure to the court or a lawyer.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Describe what is known in the terms of the law, "
                                    "and attribute anything not yet proven. 'Charged with "
                                    "trafficking under section 5' is safer, and tells "
                                    "readers more, than 'sex slave ring'.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A bar owner has been charged under section 5 of the "
                                    "Act after two women were found working there. Which "
                                    "headline is the most accurate?"
                                ),
                                "options": [
                                    {
                                        "text": "Bar owner charged with trafficking",
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. It states the charge actually laid "
                                            "and does not presume guilt."
                                        ),
                                    },
                                    {
                                        "text": "Sex slave ring smashed at local bar",
                                        "is_correct": False,
                                        "feedback": (
                                            "Dramatic labels presume guilt, may not match "
                                            "the charge and sensationalise the women's "
                                            "experience."
                                        ),
                                    },
                                    {
                                        "text": "Trafficker caught with prostitutes",
                                        "is_correct": False,
                                        "feedback": (
                                            "He is accused, not convicted, and "
                                            "'prostitutes' implies a choice that the law "
                                            "treats as irrelevant."
                                        ),
                                    },
                                    {
                                        "text": "Illegal immigrants found in bar raid",
                                        "is_correct": False,
                                        "feedback": (
                                            "This shifts the focus onto the women's "
                                            "status, although they may be victims "
                                            "protected from prosecution under section 13."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Good headlines on trafficking name the charge, "
                                    "attribute what is not proven and avoid labels that "
                                    "blame or sensationalise the people exploited.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "ethics-of-reporting",
            "title": "The ethics of reporting trafficking",
            "summary": (
                "The five principles of ethical reporting on trafficking, and how to "
                "treat sources who may be victims with honesty and care."
            ),
            "further_reading": [
                {
                    "title": "Media and Trafficking in Human Beings",
                    "publisher": "Ethical Journalism Network and ICMPD",
                    "year": 2017,
                    "note": (
                        "Five principles: accuracy, independence, impartiality, humanity, "
                        "accountability"
                    ),
                },
                {
                    "title": "Ethical and Safety Recommendations for Interviewing Trafficked Women",
                    "publisher": "World Health Organization",
                    "year": 2003,
                    "note": "Ten principles, from do no harm to putting information to good use",
                },
            ],
            "lessons": [
                {
                    "slug": "five-principles",
                    "title": "Five principles for reporting trafficking",
                    "minutes": 20,
                    "summary": (
                        "The five principles of the EJN and ICMPD guidelines and how to "
                        "weigh them when they pull in different directions."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>A shared ethical framework</h2><p>In 2017 the "
                                "Ethical Journalism Network (EJN) and ICMPD published "
                                "guidelines for journalists, 'Media and Trafficking in "
                                "Human Beings'. They rest on five principles that apply "
                                "to any story but matter most where people have been "
                                "exploited and may still be at "
                                "risk.</p><ol><li><b>Accuracy</b>: check facts, use legal "
                                "terms correctly, be clear about what is alleged and what "
                                "is proven, and question numbers before you use "
                                "them.</li><li><b>Independence</b>: you report for the "
                                "public, not for the police, a campaign, a donor or a "
                                "politician. Use their information, but test it and say "
                                "where it came from.</li><li><b>Impartiality</b>: give a "
                                "fair account, including of people accused, and avoid "
                                "stereotypes about nationalities, migrants or sex "
                                "workers.</li><li><b>Humanity</b>: do no harm. Think "
                                "about what your story, pictures and details could do to "
                                "the people in it, their families and their "
                                "communities.</li><li><b>Accountability</b>: correct "
                                "errors openly and promptly, and be ready to explain your "
                                "choices to your audience and to the people you report "
                                "on.</li></ol><h3>When the principles pull against each "
                                "other</h3><p>A telling detail, such as a street, the bar "
                                "where someone worked or a photograph of a house, can "
                                "make a story more vivid while putting someone at risk. "
                                "In a small island community, few details are truly "
                                "anonymous. Humanity usually decides it: if a detail "
                                "could lead someone back to a victim, leave it out or "
                                "make it general. Independence may also mean turning down "
                                "a dramatic 'rescue' story offered on conditions you "
                                "cannot accept.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>A correction can fix an error of fact, but it "
                                    "cannot undo harm done to a person who was "
                                    "identified. When in doubt about a detail that could "
                                    "identify or endanger someone, leave it out.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A police press officer offers your station the only "
                                    "camera place at a raid on a bar, on condition that "
                                    "you show the faces of the women found there. Which "
                                    "response best fits the five principles?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Decline the condition: showing their faces "
                                            "could harm women who may be victims, and the "
                                            "police should not set your editorial terms."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. This respects humanity (do no harm) "
                                            "and independence. You can still report the "
                                            "raid on your own terms."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Accept: the police are a reliable source and "
                                            "the public has a right to see."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "A reliable source does not remove the risk "
                                            "of harm, and independence means you set the "
                                            "terms of your coverage."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Accept, then blur the faces later without "
                                            "telling the police."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Blurring is better than showing faces, but "
                                            "agreeing to terms you mean to break is "
                                            "deception. State your terms openly instead."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Accept, because women from abroad will not "
                                            "be recognised in Saint Lucia."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "They can be recognised by people here, by "
                                            "those who exploited them and by people at "
                                            "home, since stories travel online."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>The offer tests two principles at once. Humanity "
                                    "means not exposing people who may be victims; "
                                    "independence means not letting a source decide what "
                                    "you show. Being honest about your terms also "
                                    "respects the guidelines' rule against deception.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "sources-consent-and-safety",
                    "title": "Sources, consent and safety",
                    "minutes": 25,
                    "summary": (
                        "How to assess a source's vulnerability, obtain informed consent "
                        "and report without deception."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Assess the source's vulnerability</h2><p>People who "
                                "have been trafficked may still be in danger from those "
                                "who exploited them, may owe them money, may fear the "
                                "authorities or may be waiting for a decision on their "
                                "immigration status. Before an interview, ask yourself, "
                                "and where possible a support worker:</p><ul><li>Is the "
                                "person safe now, and could talking to me change "
                                "that?</li><li>Can they freely say no to me, or do they "
                                "feel they owe me, the police or a shelter "
                                "something?</li><li>Is a criminal case under way that an "
                                "interview could affect?</li><li>Do we share a language, "
                                "or do I need an interpreter the person "
                                "trusts?</li></ul><h2>Consent that means "
                                "something</h2><p>The EJN and ICMPD guidelines ask "
                                "journalists to explain how the story will be used. The "
                                "person should know who you are, where and when the story "
                                "will appear, whether their name, voice or image will be "
                                "used, and that it may be seen online far beyond Saint "
                                "Lucia. They can set conditions and can change their "
                                "mind. Respect their own judgement of the risk. The WHO's "
                                "recommendations for interviewing trafficked women point "
                                "the same way: do no harm, protect anonymity and "
                                "confidentiality, get informed consent, and make no "
                                "promises you cannot keep.</p><h3>No deception</h3><p>Do "
                                "not pose as a customer, employer or official to get a "
                                "victim's account, and do not record them secretly. "
                                "Deceiving someone who was deceived by traffickers "
                                "repeats the harm.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: the interview above the bar",
                                "scenario": (
                                    "<p>A fictional scenario. Keisha, a radio reporter, "
                                    "is contacted by Rosa, a woman from another Caribbean "
                                    "country who works in a bar. Rosa says her employer "
                                    "holds her passport and keeps most of her wages to "
                                    "pay off a debt for her travel. She wants to tell her "
                                    "story on air 'so people know', but she still lives "
                                    "in a room above the bar, and she asks Keisha to "
                                    "promise that the police will not get involved.</p>"
                                ),
                                "questions": [
                                    "What risks does Rosa face if the interview is broadcast now?",
                                    "Can Keisha make the promise Rosa asks for?",
                                    "What should Keisha explain to Rosa before any recording?",
                                ],
                                "discussion": (
                                    "<p>Rosa is still under her employer's control. Even "
                                    "with her name changed, her voice, accent, "
                                    "nationality or workplace could be recognised, and "
                                    "she could be punished. Keisha cannot promise what "
                                    "the police will do and should say so. She should "
                                    "explain how the story would be used and what might "
                                    "identify Rosa. Withheld documents and wages and debt "
                                    "are recognised indicators of forced labour, so "
                                    "Keisha can give Rosa the 847 hotline (free, 24 "
                                    "hours, callers may stay anonymous) and suggest that "
                                    "any interview waits until Rosa is safe. Whether to "
                                    "call is Rosa's choice.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Informed consent is only real if the person "
                                    "understands the risks and is free to say no. If they "
                                    "are still under someone else's control, the story "
                                    "can wait.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "children-privacy-and-the-law",
            "title": "Children, privacy and the law",
            "summary": (
                "How to report on child victims without putting them at risk, and what "
                "section 21 of the Act means for court reporting."
            ),
            "further_reading": [
                {
                    "title": "Principles for reporting on children",
                    "publisher": "UNICEF",
                    "year": None,
                    "note": "Best interests, no staging, permission, never put a child at risk",
                },
                {
                    "title": "Media and Trafficking in Human Beings",
                    "publisher": "Ethical Journalism Network and ICMPD",
                    "year": 2017,
                    "note": "On privacy and interviewing children with a guardian present",
                },
                {
                    "title": "Counter-Trafficking Act No. 7 of 2010",
                    "publisher": "Government of Saint Lucia",
                    "year": 2010,
                    "note": "Victim protection, sections 19 to 31, including section 21",
                },
            ],
            "lessons": [
                {
                    "slug": "reporting-on-children",
                    "title": "Reporting on children",
                    "minutes": 20,
                    "summary": (
                        "UNICEF's principles for reporting on children and how to apply "
                        "them to trafficking stories."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>The child's best interests come first</h2><p>The "
                                "2016 US Trafficking in Persons report described child "
                                "sex trafficking in Saint Lucia, including by parents and "
                                "caregivers. Stories about child victims carry the "
                                "greatest risk of doing harm, and UNICEF's principles for "
                                "reporting on children set the "
                                "standard:</p><ul><li><b>Best interests first</b>: the "
                                "child's interests come before the news value of the "
                                "story, the wish for a strong picture and the aims of "
                                "campaigners.</li><li><b>No staging</b>: do not ask a "
                                "child to act out what happened, pose, or tell a story "
                                "that is not their own.</li><li><b>Permission</b>: get "
                                "permission for any interview, photograph or "
                                "film.</li><li><b>Never put the child at risk</b>: do not "
                                "publish a story or image that could endanger the child, "
                                "their brothers and sisters or their friends, even if "
                                "names are changed or faces "
                                "hidden.</li></ul><h3>Interviewing a child</h3><p>The EJN "
                                "and ICMPD guidelines say to interview children only with "
                                "a guardian present. Think about who that guardian is. "
                                "Where a parent or caregiver may be involved in the "
                                "exploitation, they cannot protect the child's interests "
                                "in an interview. In such cases the safest course is "
                                "usually not to interview the child at all and to report "
                                "through other sources.</p><h3>A changed name is not "
                                "enough</h3><p>In a small country a child can be "
                                "recognised from their school, their village, a parent's "
                                "job or the date of an arrest. Where the accused is a "
                                "relative, naming the accused can identify the child. "
                                "Think about the whole picture a reader can put together, "
                                "not only the name.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>If any detail could lead someone to the child, a "
                                    "brother or sister, or a friend, leave it out. "
                                    "Changing a name or blurring a face does not make a "
                                    "risky story safe.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A source confirms that a 14-year-old girl was "
                                    "exploited by her stepfather, who has been charged. "
                                    "Your draft does not name the girl but names the "
                                    "stepfather and his village. What is the main "
                                    "problem?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Naming the stepfather and his village could "
                                            "identify the girl and her siblings and put "
                                            "them at risk."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. UNICEF's principles rule out "
                                            "publishing anything that could put the child "
                                            "or siblings at risk, even with her name left "
                                            "out."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "There is no problem, because the girl "
                                            "herself is not named."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Leaving out her name is not enough when "
                                            "other details point straight to her."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "The only problem is that the stepfather has "
                                            "not yet been convicted."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "You should say he is charged, not guilty, "
                                            "but the greater risk is that the draft "
                                            "identifies the child."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Because she is 14, the case cannot be reported at all."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "The case can be reported. What matters is "
                                            "leaving out details that could identify the "
                                            "child."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>This is jigsaw identification: no single detail "
                                    "names the child, but together they do. When the "
                                    "accused is a family member, reporting the charge "
                                    "without naming the accused or the place may be the "
                                    "only way to protect the child.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "privacy-and-the-courts",
                    "title": "Privacy, the courts and section 21",
                    "minutes": 20,
                    "summary": (
                        "What the Act's privacy and in-camera provisions mean for "
                        "reporters covering trafficking cases in court."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>What the Act says</h2><p>Sections 19 to 31 of Saint "
                                "Lucia's Counter-Trafficking Act protect victims. They "
                                "cover witness protection, immigration status, return and "
                                "child victims. Section 21 provides for victims' privacy "
                                "and for hearings in camera, that is, in private, without "
                                "the public or the press. Section 22 requires victims to "
                                "be told of their rights and of the progress of the "
                                "case.</p><h2>What it means for court "
                                "reporting</h2><ul><li><b>You may not be in the room.</b> "
                                "If a hearing, or part of one, is held in camera, report "
                                "that it was held in private, and do not report "
                                "second-hand accounts of what was said.</li><li><b>Check "
                                "what the court has ordered.</b> Before publishing, ask "
                                "the court office or your legal adviser whether any order "
                                "limits what can be reported. Ask before you publish, not "
                                "after.</li><li><b>Identity is more than a name.</b> "
                                "Leave out addresses, workplaces, photographs and family "
                                "details that could identify a victim or witness, even "
                                "where no order has been made.</li><li><b>Do not chase "
                                "witnesses.</b> A victim waiting to give evidence is "
                                "under strain. Approaching them can distress them and may "
                                "interfere with the case.</li></ul><h3>Why privacy helps "
                                "justice</h3><p>Victims who fear exposure may be "
                                "unwilling to give evidence, and a case that depends on "
                                "their evidence can then fail. The 2023 US report noted "
                                "that Saint Lucia now allows remote testimony, another "
                                "step that makes giving evidence easier. Careful "
                                "reporting supports the process that could hold offenders "
                                "to account.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: the first day of trial",
                                "scenario": (
                                    "<p>A fictional scenario. Marcus covers the courts "
                                    "for a daily newspaper. A man accused of trafficking "
                                    "two young women to work in his guest house goes on "
                                    "trial. The judge orders that the women's evidence "
                                    "will be heard in camera. Outside, a relative of the "
                                    "accused offers Marcus photographs of the women taken "
                                    "from social media and says they 'knew exactly what "
                                    "they were getting into'.</p>"
                                ),
                                "questions": [
                                    (
                                        "What can Marcus report about the part of the "
                                        "trial held in camera?"
                                    ),
                                    "Should he use the photographs?",
                                    "How should he handle the relative's remark?",
                                ],
                                "discussion": (
                                    "<p>Marcus can report that the court heard the "
                                    "women's evidence in private, not what they said, and "
                                    "should check with his editor or legal adviser what "
                                    "any order covers. He should not use the photographs: "
                                    "they would identify the women and undo the privacy "
                                    "the court is protecting. The remark goes to consent, "
                                    "which section 11 of the Act makes irrelevant, along "
                                    "with a victim's past sexual behaviour. He can report "
                                    "fairly that the accused denies the charge, as argued "
                                    "in open court, but should not give space to an "
                                    "attack on the women's character from outside "
                                    "court.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Section 21 protects victims' privacy and allows "
                                    "hearings in camera. Treat identifying details as off "
                                    "limits, and check any court order before you "
                                    "publish.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "myths-facts-and-statistics",
            "title": "Myths, facts and statistics",
            "summary": (
                "Correcting common myths, treating numbers with scepticism, and giving "
                "audiences the 847 hotline."
            ),
            "further_reading": [
                {
                    "title": "Media and Trafficking in Human Beings",
                    "publisher": "Ethical Journalism Network and ICMPD",
                    "year": 2017,
                    "note": "On myths about trafficking and scepticism towards statistics",
                },
                {
                    "title": "Trafficking in Persons Report",
                    "publisher": "US Department of State",
                    "year": 2023,
                    "note": "Saint Lucia country narrative; see also the 2016 country profile",
                },
                {
                    "title": "Evidential Issues in Trafficking in Persons Cases: Case Digest",
                    "publisher": "UNODC",
                    "year": 2017,
                    "note": "Why a victim who did not flee can still have been controlled",
                },
            ],
            "lessons": [
                {
                    "slug": "myths-and-facts",
                    "title": "Myths and facts",
                    "minutes": 20,
                    "summary": (
                        "Common myths about trafficking, the facts that correct them, and "
                        "who is at risk in Saint Lucia."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>The story we expect</h2><p>Coverage of trafficking "
                                "often follows one script: a young foreign woman, "
                                "kidnapped, moved across borders and forced into "
                                "prostitution. That happens, but the EJN and ICMPD "
                                "guidelines ask journalists to correct the myth that "
                                "trafficking is mostly the sexual exploitation of women. "
                                "Telling only that story leaves other victims "
                                "unseen.</p><h3>Myth and fact</h3><ul><li><b>Myth: "
                                "trafficking is mostly about sex.</b> Fact: the "
                                "definition covers forced labour or services, slavery and "
                                "similar practices, servitude and the removal of organs "
                                "as well as sexual exploitation. Farms, building sites, "
                                "homes and hotels can all be places of "
                                "exploitation.</li><li><b>Myth: only women and girls are "
                                "trafficked.</b> Fact: men and boys can be victims too, "
                                "and their cases are easily missed.</li><li><b>Myth: "
                                "trafficking means crossing a border.</b> Fact: it can "
                                "happen entirely inside one country.</li><li><b>Myth: "
                                "victims are kidnapped.</b> Fact: deception, debt and "
                                "abuse of a position of vulnerability are means too. A "
                                "victim may have set out willingly for what looked like a "
                                "real job.</li><li><b>Myth: a real victim would run "
                                "away.</b> Fact: fear of the authorities, debt, missing "
                                "documents and threats keep people in place. UNODC's case "
                                "digest on evidence notes that a victim who did not flee "
                                "can show how strong the control was.</li></ul><h3>Who is "
                                "at risk in Saint Lucia</h3><p>The 2016 US report's "
                                "country profile described Saint Lucia as both a source "
                                "and a destination country. It named migrants from the "
                                "Caribbean and South Asia, including domestic workers, as "
                                "most at risk, and described child sex trafficking, "
                                "including by parents and caregivers. A story that looks "
                                "only at foreign women in bars will miss much of "
                                "this.</p>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Before you settle on an angle, ask who else might "
                                    "be exploited: domestic workers, farm and "
                                    "construction workers, men and boys, and children "
                                    "exploited by people they know.</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which of these statements is accurate?",
                                "options": [
                                    {
                                        "text": (
                                            "Trafficking can take place entirely within "
                                            "Saint Lucia, with no border crossed."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Unlike smuggling, trafficking does "
                                            "not need a border crossing."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Trafficking in persons only covers sexual "
                                            "exploitation."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "The definition also covers forced labour or "
                                            "services, slavery and similar practices, "
                                            "servitude and the removal of organs."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "If a victim agreed to the job at first, it "
                                            "cannot be trafficking."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Consent is irrelevant once deception or "
                                            "another means has been used."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A person who had chances to escape cannot "
                                            "have been trafficked."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Fear, debt, threats and missing documents "
                                            "keep victims in place; not fleeing can "
                                            "itself show control."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Each wrong answer is a common myth. Correcting "
                                    "them in your reporting helps readers recognise the "
                                    "cases that do not fit the familiar script.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "handling-statistics",
                    "title": "Handling statistics with care",
                    "minutes": 20,
                    "summary": (
                        "Questions to ask of any trafficking figure, and how to read "
                        "official numbers and rankings."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Be sceptical of numbers</h2><p>Trafficking is a "
                                "hidden crime, so nobody knows exactly how many people "
                                "are affected. Large round figures travel fast between "
                                "reports, campaigns and news stories, losing their "
                                "sources and caveats on the way. The EJN and ICMPD "
                                "guidelines ask journalists to be sceptical of "
                                "statistics.</p><h3>Questions to ask of any "
                                "figure</h3><ol><li>Who produced it, and do they have an "
                                "interest in it being high or low?</li><li>What does it "
                                "count: estimated victims, identified victims, reports, "
                                "arrests, prosecutions or convictions?</li><li>Which "
                                "place and which period does it cover?</li><li>How was it "
                                "produced, and is the method published?</li><li>Does it "
                                "mix trafficking with smuggling, irregular migration or "
                                "sex work?</li></ol><h3>Identified is not the same as "
                                "total</h3><p>Official figures show what the system "
                                "found, not how much trafficking exists. The US State "
                                "Department's 2023 report on Saint Lucia, for example, "
                                "recorded four victims identified, the first prosecution "
                                "started since 2015, and no trafficker ever convicted. "
                                "These are facts about the response. They do not show "
                                "that trafficking is rare, and a later rise in identified "
                                "victims could reflect better detection rather than more "
                                "crime.</p><h3>Rankings</h3><p>The same annual report "
                                "places each country in a tier. Saint Lucia was on the "
                                "Tier 2 Watch List in 2016 and 2022, and on Tier 2 in "
                                "2020, 2021 and 2023. A tier grades a government's "
                                "efforts; it is not a count of victims. Say which year's "
                                "report you are quoting, and read the report itself "
                                "rather than second-hand accounts of it.</p>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "A campaign leaflet says 'thousands' are trafficked "
                                    "on the island every year, but gives no source. What "
                                    "should you do?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Ask who produced the figure, what it counts "
                                            "and how; if it cannot be checked, leave it "
                                            "out or report it only with clear attribution "
                                            "and caveats."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. Scepticism about statistics means "
                                            "tracing a figure to its source before it "
                                            "reaches your audience."
                                        ),
                                    },
                                    {
                                        "text": "Use it, because campaigners know the issue best.",
                                        "is_correct": False,
                                        "feedback": (
                                            "Campaigners may know a great deal, but "
                                            "independence means testing their figures "
                                            "like anyone else's."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Replace it with the number of identified "
                                            "victims and present that as the total."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Identified victims are those the system "
                                            "found, not the total number affected."
                                        ),
                                    },
                                    {
                                        "text": "Use it, but add the words 'up to' in front.",
                                        "is_correct": False,
                                        "feedback": (
                                            "Hedging words do not make an unsourced "
                                            "figure reliable."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>An unsourced number repeated in the news gains "
                                    "authority it never earned. Trace it, explain what it "
                                    "measures, or leave it out.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Always say what a number counts, who produced it "
                                    "and for which period. Low official figures are not "
                                    "proof that trafficking is rare.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "the-847-hotline",
                    "title": "Putting the 847 hotline in the story",
                    "minutes": 15,
                    "summary": (
                        "The facts about the 847 hotline and how to include it in every "
                        "trafficking story."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>Every story is a chance to help</h2><p>People who "
                                "read or hear a trafficking story may recognise a "
                                "situation they know: a neighbour's domestic worker who "
                                "never goes out, or a friend's job offer that sounds too "
                                "good. Giving the hotline turns a news story into "
                                "something readers can act on.</p><h3>The facts to get "
                                "right</h3><ul><li>The number is <b>847</b>, which spells "
                                "TIP, for trafficking in persons.</li><li>Calls are free, "
                                "and the line is open 24 hours a day.</li><li>Calls are "
                                "answered in the control room of the Royal Saint Lucia "
                                "Police Force.</li><li>Callers may stay "
                                "anonymous.</li><li>Do not confuse it with 555, the "
                                "police's general anonymous tip line.</li></ul><p>The "
                                "2023 US report noted that the hotline had been "
                                "restarted. As with any fact, confirm the details before "
                                "publication.</p><h3>How to include it</h3><ul><li>Put it "
                                "at the end of print and online stories, and read it out "
                                "at the end of broadcast items, with a short line on what "
                                "it is for.</li><li>Say that callers can stay anonymous: "
                                "fear of the authorities keeps many victims and witnesses "
                                "silent.</li><li>Do not encourage readers to investigate "
                                "or confront anyone themselves. The hotline is the safe "
                                "route.</li><li>Include it in stories about related "
                                "subjects too, such as labour recruitment, domestic work "
                                "or migration.</li></ul>"
                            ),
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>A suggested closing line: 'If you think someone "
                                    "is being trafficked, call 847. The call is free, the "
                                    "line is open 24 hours, and you do not have to give "
                                    "your name.'</p>"
                                ),
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which description of the 847 hotline is accurate?",
                                "options": [
                                    {
                                        "text": (
                                            "It is free, open 24 hours, answered in the "
                                            "police control room, and callers may stay "
                                            "anonymous."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. These are the facts to give your audience."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "It is the same as 555, the police's general tip line."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "555 is a separate, general anonymous tip "
                                            "line. 847 is for trafficking."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Callers must give their name so the police "
                                            "can follow up."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Callers may stay anonymous, and saying so "
                                            "can encourage people to call."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Getting these details right matters: a reader who "
                                    "fears the authorities is more likely to call if they "
                                    "know it is free and that they need not give their "
                                    "name.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "covering-a-case-from-tip-to-trial",
            "title": "Covering a trafficking case from tip to trial",
            "summary": (
                "How to handle a tip safely, verify it, and report charges, trial and "
                "sentence accurately and fairly."
            ),
            "further_reading": [
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Module 2: indicators call for further inquiry, not proof",
                },
                {
                    "title": "Evidential Issues in Trafficking in Persons Cases: Case Digest",
                    "publisher": "UNODC",
                    "year": 2017,
                    "note": "The mosaic of evidence; why inconsistencies need not mean lying",
                },
                {
                    "title": "Counter-Trafficking Act No. 7 of 2010",
                    "publisher": "Government of Saint Lucia",
                    "year": 2010,
                    "note": (
                        "Sections 8 to 12 and 21: restitution, forfeiture, aggravating "
                        "circumstances, consent, privacy"
                    ),
                },
            ],
            "lessons": [
                {
                    "slug": "from-tip-to-story",
                    "title": "From tip to story",
                    "minutes": 25,
                    "summary": (
                        "What to do when a trafficking tip arrives, how to verify it and "
                        "when to publish."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>When the tip arrives</h2><p>Trafficking stories "
                                "often start with a call: a worried neighbour, an angry "
                                "former employee, or a message from someone who says they "
                                "are being held. Your first decisions can affect "
                                "someone's safety and the chance of a "
                                "prosecution.</p><h3>Safety before the "
                                "scoop</h3><ul><li>If someone may be in danger, getting "
                                "help to them comes before the story. Give the caller the "
                                "847 hotline.</li><li>Do not turn up at the premises with "
                                "a camera or question the suspected exploiter early. It "
                                "can alert them, victims may be moved or punished, and "
                                "evidence can be lost.</li><li>Protect your source, and "
                                "keep the names of possible victims out of widely shared "
                                "notes.</li></ul><h3>Verify, using indicators as a "
                                "guide</h3><p>Recognised indicators include identity "
                                "documents held by someone else, withheld wages, debt, "
                                "restricted movement, isolation, threats, deception about "
                                "the job, excessive recruitment fees and travel arranged "
                                "by a third party. They tell you a situation deserves "
                                "further inquiry; they are signs, not proof. Look for "
                                "several and for how they fit together, check with more "
                                "than one source, and put the allegations to those "
                                "accused before publication, at a time that puts nobody "
                                "at risk.</p><h3>Timing</h3><p>Publishing too early can "
                                "expose a victim or disrupt an investigation. That is not "
                                "a reason to hold a story indefinitely because an "
                                "official asks you to, but it is a reason to discuss with "
                                "your editor when publication would do least harm.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: the guest house in Gros Islet",
                                "scenario": (
                                    "<p>A fictional scenario. Shanice, a television "
                                    "reporter, gets a message from a man who delivers "
                                    "supplies to a small guest house in Gros Islet. He "
                                    "says three young women from abroad clean the rooms, "
                                    "never seem to leave, and told him quietly that the "
                                    "owner keeps their passports. He wants a crew sent "
                                    "round 'to expose it tonight'.</p>"
                                ),
                                "questions": [
                                    "What should Shanice do first?",
                                    "Which indicators are present, and what do they prove?",
                                    "What are the risks of sending a crew tonight?",
                                ],
                                "discussion": (
                                    "<p>Safety comes first: the women may be at risk, so "
                                    "the caller, or Shanice, should report it to the 847 "
                                    "hotline, where callers can stay anonymous. The "
                                    "account includes possible indicators, retention of "
                                    "identity documents and restricted movement, but "
                                    "these call for inquiry, not a conclusion. A crew "
                                    "arriving tonight could alert the owner, lead to the "
                                    "women being moved or punished, expose them on screen "
                                    "and damage evidence. Shanice can protect the "
                                    "caller's identity, record what he saw and when, and "
                                    "follow the story through official sources and, "
                                    "later, with the women's informed consent, the women "
                                    "themselves.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>A tip is a lead, not a story. Put safety first, "
                                    "treat indicators as reasons to ask more questions, "
                                    "and choose your timing so that publication does not "
                                    "put anyone at risk.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "reporting-charges-and-trial",
                    "title": "Reporting charges, trial and sentence",
                    "minutes": 20,
                    "summary": (
                        "How to report a trafficking case accurately and fairly from "
                        "charge to sentence."
                    ),
                    "body": [
                        (
                            "text",
                            (
                                "<h2>From arrest to charge</h2><p>Report the offence and "
                                "section actually charged, for example trafficking under "
                                "section 5 or withholding identity documents under "
                                "section 6 of the Act. Until a court decides, the person "
                                "is accused and the people exploited are alleged "
                                "victims.</p><h3>Issues that come up at "
                                "trial</h3><ul><li><b>Consent.</b> The defence may say "
                                "the complainant agreed. Under section 11 a victim's "
                                "consent or past sexual behaviour is irrelevant, and "
                                "under section 12 the age of consent is no defence. "
                                "Report the argument fairly, and explain the law so "
                                "readers are not misled.</li><li><b>Inconsistencies.</b> "
                                "UNODC's case digest on evidence notes that "
                                "inconsistencies in a victim's account can show the "
                                "victim was not coached. Do not present them as proof of "
                                "lying.</li><li><b>Privacy.</b> Parts of the trial may be "
                                "heard in camera under section "
                                "21.</li></ul><h3>Sentence</h3><p>Section 10 lists "
                                "aggravating circumstances that add to a sentence: for "
                                "example, five more years where the victim was under 18, "
                                "or three more where an organised criminal group was "
                                "involved (five for its organiser). Take the "
                                "circumstances that apply from the judgment rather than "
                                "working them out yourself. The Act also provides for "
                                "restitution (s8) and forfeiture (s9). The 2023 US report "
                                "stated that no trafficker had ever been convicted in "
                                "Saint Lucia, so check the current position before "
                                "calling any conviction the first.</p><p>Follow cases to "
                                "the end, report acquittals as fairly as convictions, and "
                                "correct mistakes openly.</p>"
                            ),
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": (
                                    "At trial, the defence says the complainant 'went "
                                    "along with it' and had worked in bars before. How "
                                    "should your court report handle this?"
                                ),
                                "options": [
                                    {
                                        "text": (
                                            "Report that the argument was made, and "
                                            "explain that the Act makes a victim's "
                                            "consent and past sexual behaviour "
                                            "irrelevant."
                                        ),
                                        "is_correct": True,
                                        "feedback": (
                                            "Correct. This is fair to the accused and "
                                            "accurate about the law."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Lead with the claim, since it is the most "
                                            "striking point of the day."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Leading with it gives weight to an argument "
                                            "the law treats as irrelevant and can harm "
                                            "the complainant."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Leave the defence case out entirely to "
                                            "protect the victim."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "Impartiality requires a fair account of the "
                                            "accused's case. Protect the victim by "
                                            "explaining the law and leaving out "
                                            "identifying details."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Report the claim as fact, because it was "
                                            "said in court."
                                        ),
                                        "is_correct": False,
                                        "feedback": (
                                            "An argument made in court is not a finding. "
                                            "Attribute it to the defence."
                                        ),
                                    },
                                ],
                                "explanation": (
                                    "<p>Fair court reporting gives both sides, but "
                                    "accuracy means telling readers what the law says. "
                                    "Section 11 makes consent and past sexual behaviour "
                                    "irrelevant.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": (
                                    "<p>Name the charge and the section, say 'accused' "
                                    "until a verdict, explain the law when an argument "
                                    "could mislead, and check whether each part of a "
                                    "hearing is open before you report it.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
