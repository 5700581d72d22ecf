"""Demo quiz questions: Prosecuting Human Trafficking Cases in Saint Lucia.

Pure data, loaded into the question bank and quizzes by the demo content loader.
Questions are answerable from the lessons in courses/demo_content/prosecution.py;
facts come from the curriculum facts file (CONTENT.md) only. Names in scenarios
are fictional.
"""

QUIZZES = {
    "final": [
        {
            "kind": "single",
            "text": (
                "An adult woman was recruited with a false job offer and then made to work to "
                "repay an invented debt. Defence counsel argues that she agreed to travel. Which "
                "statement is correct?"
            ),
            "options": [
                {
                    "text": (
                        "Her consent is irrelevant under the Act once means such as deception "
                        "were used"
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. Section 11 makes the victim's consent irrelevant, as does the "
                        "Protocol once any means is used."
                    ),
                },
                {
                    "text": ("Her consent is a full defence if it was freely given at the start"),
                    "is_correct": False,
                    "feedback": (
                        "No. Section 11 makes consent irrelevant, and she did not agree to the "
                        "debt or the conditions."
                    ),
                },
                {
                    "text": ("Her consent means only a section 7 charge is available"),
                    "is_correct": False,
                    "feedback": ("No. Consent does not change which offences the facts support."),
                },
                {
                    "text": ("Her consent would be a defence because she was over 18"),
                    "is_correct": False,
                    "feedback": (
                        "No. Section 11 makes consent irrelevant whatever the victim's age."
                    ),
                },
            ],
            "explanation": (
                "The focus is on what the accused did: the act, the means and the purpose. "
                "Section 11 removes consent and past sexual behaviour from the case, and section "
                "12 removes the age of consent as a defence."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "multiple",
            "text": (
                "A 16-year-old girl was recruited by her aunt, taken to another town and made to "
                "have sex with clients for money the aunt kept. Following the Protocol structure, "
                "which must the prosecution prove? (choose all that apply)"
            ),
            "scoring": "all_or_nothing",
            "options": [
                {
                    "text": ("An act, such as recruitment or transportation"),
                    "is_correct": True,
                    "feedback": "Correct. The act is always required.",
                },
                {
                    "text": ("An exploitative purpose, here sexual exploitation"),
                    "is_correct": True,
                    "feedback": "Correct. The purpose is always required.",
                },
                {
                    "text": "A means, such as deception or coercion",
                    "is_correct": False,
                    "feedback": (
                        "No. For a child (under 18) no means is required under the Protocol."
                    ),
                },
                {
                    "text": "That she crossed an international border",
                    "is_correct": False,
                    "feedback": ("No. Trafficking can happen entirely inside one country."),
                },
                {
                    "text": "That she did not consent",
                    "is_correct": False,
                    "feedback": ("No. Consent is irrelevant under section 11."),
                },
            ],
            "explanation": (
                "For a child victim, the act and the exploitative purpose are enough under the "
                "Protocol. Her age also matters at sentence: section 10 adds 5 years where the "
                "victim was under 18."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "true_false",
            "text": (
                "Inconsistencies in a victim's account can, when explained by the evidence, help "
                "show that she was not coached."
            ),
            "answer": True,
            "feedback_true": (
                "Correct. UNODC's 2017 Case Digest notes that inconsistencies can show a victim "
                "was not coached; a perfectly polished account can be the more suspicious one."
            ),
            "feedback_false": (
                "Not so. Inconsistency is common after trauma and, explained through evidence, "
                "can support the account rather than undermine it."
            ),
            "explanation": (
                "Apparent weaknesses can be strengths. Disclose inconsistencies, look for "
                "independent evidence on the disputed points and rely on the consistency of the "
                "core account."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "single",
            "text": (
                "A trafficking case currently rests on the victim's statement alone. Which of "
                "these would most strengthen it?"
            ),
            "options": [
                {
                    "text": (
                        "Phone records, money transfers, evidence from co-workers and what "
                        "officers saw at the scene, fitting together"
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. A mosaic of evidence means no single witness carries the case."
                    ),
                },
                {
                    "text": ("A longer and more detailed statement from the victim"),
                    "is_correct": False,
                    "feedback": ("No. More of the same source does not add independent support."),
                },
                {
                    "text": ("A list of the ILO indicators found in her account"),
                    "is_correct": False,
                    "feedback": (
                        "No. Indicators call for inquiry; the facts behind them still need proof."
                    ),
                },
                {
                    "text": ("A second interview in which she repeats her account word for word"),
                    "is_correct": False,
                    "feedback": ("No. A rehearsed-sounding account can look coached."),
                },
            ],
            "explanation": (
                "Successful cases rest on a mosaic of evidence: documents, money, communications, "
                "the scene, other witnesses and official records. Less rests on the victim, which "
                "protects both the case and her."
            ),
        },
        {
            "kind": "single",
            "text": (
                "A man is charged with entering Saint Lucia on a forged passport. Police then "
                "learn that the recruiter who brought him supplied the passport and now makes him "
                "work unpaid on a fishing boat. What should the prosecutor do?"
            ),
            "options": [
                {
                    "text": (
                        "Review the charge against section 13: if he is a victim and the offence "
                        "was a direct result of being trafficked, he should not be prosecuted for "
                        "it"
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. Section 13 makes a victim immune from prosecution, reflecting "
                        "the non-punishment principle."
                    ),
                },
                {
                    "text": ("Proceed, because non-punishment covers only sexual exploitation"),
                    "is_correct": False,
                    "feedback": (
                        "No. The principle covers offences committed as a direct result of being "
                        "trafficked, whatever the form of exploitation."
                    ),
                },
                {
                    "text": ("Proceed, and raise his trafficking only in mitigation"),
                    "is_correct": False,
                    "feedback": (
                        "No. The principle is that victims are not prosecuted or punished for "
                        "such offences, not merely that they get a lighter sentence."
                    ),
                },
                {
                    "text": ("Proceed until he agrees to give evidence against the recruiter"),
                    "is_correct": False,
                    "feedback": (
                        "No. Section 13 turns on whether he is a victim and the offence flowed "
                        "from his trafficking, not on a bargain; pursuing him also makes "
                        "cooperation less likely."
                    ),
                },
            ],
            "explanation": (
                "Victims often come to notice as suspects for document or immigration offences. "
                "Screen before you prosecute, ask the police to inquire, refer the person for "
                "assistance and record your decision and reasons."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "true_false",
            "text": (
                "Under section 24, a victim can be required to stay in a shelter until the trial "
                "ends."
            ),
            "answer": False,
            "feedback_true": ("Not so. Shelter under section 24 is voluntary."),
            "feedback_false": (
                "Correct, the statement is false. Shelter is voluntary, victims may work, and "
                "prison housing is excluded save in exigent circumstances."
            ),
            "explanation": (
                "Section 24 also provides housing, counselling, and medical and legal help in a "
                "language the victim understands. A witness who is supported and respected is "
                "more likely to stay engaged."
            ),
        },
        {
            "kind": "single",
            "text": (
                "A teacher is convicted of trafficking his 14-year-old pupil. Which section 10 "
                "aggravating circumstances do these facts most clearly raise?"
            ),
            "options": [
                {
                    "text": ("A victim under 18 (5 years) and abuse of authority (4 years)"),
                    "is_correct": True,
                    "feedback": (
                        "Correct. Her age adds 5 years, and abuse of authority, as by a parent, "
                        "teacher or the like, adds 4."
                    ),
                },
                {
                    "text": ("An organised criminal group (3 years) and a weapon (2 years)"),
                    "is_correct": False,
                    "feedback": ("No. Nothing in the facts shows a group or a weapon."),
                },
                {
                    "text": "A victim under 18 (5 years) only",
                    "is_correct": False,
                    "feedback": (
                        "Not complete. Abuse of authority by a teacher is also a listed "
                        "circumstance."
                    ),
                },
                {
                    "text": (
                        "Permanent or life-threatening injury (10 years) and abuse of authority "
                        "(4 years)"
                    ),
                    "is_correct": False,
                    "feedback": ("No. Nothing in the facts shows such an injury."),
                },
            ],
            "explanation": (
                "Spot every circumstance the facts could support, then make sure each is proved: "
                "here a birth record for her age and evidence of his position as her teacher."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "short_answer",
            "text": (
                "A trafficker used his car to move victims between houses. Under which section of "
                "the Act would you seek forfeiture, to the extent it reaches such property? (Give "
                "the section number.)"
            ),
            "accepted": [
                "9",
                "section 9",
                "s9",
                "s.9",
                "sec 9",
                "sec. 9",
                "section nine",
                "nine",
            ],
            "explanation": (
                "Section 9 provides for forfeiture and section 8 for restitution. Identify "
                "vehicles, premises, cash and accounts early and ask for steps to stop assets "
                "disappearing before trial, where the law allows."
            ),
        },
        {
            "kind": "single",
            "text": (
                "In a labour trafficking case, the recruiter's records and the money transfers "
                "are in another country. What should the prosecutor do?"
            ),
            "options": [
                {
                    "text": (
                        "Identify early what evidence is abroad and start international "
                        "cooperation requests in good time"
                    ),
                    "is_correct": True,
                    "feedback": ("Correct. Requests abroad take time, and records may be lost."),
                },
                {
                    "text": ("Leave it aside; evidence from abroad is not worth the effort"),
                    "is_correct": False,
                    "feedback": (
                        "No. The recruiter and the money trail are often central to the case."
                    ),
                },
                {
                    "text": ("Wait until the trial date is fixed before making requests"),
                    "is_correct": False,
                    "feedback": ("No. By then it may be too late to obtain the records."),
                },
            ],
            "explanation": (
                "Partnership, the fourth P, extends abroad. UNODC's Toolkit gives a full chapter "
                "to international criminal justice cooperation; plan for it from the start."
            ),
            "in_pre_test": True,
        },
        {
            "kind": "scenario",
            "case": (
                "A fictional scenario: Beatriz, 30, from another Caribbean country, called the "
                "847 hotline from a house in Vieux Fort where she had worked as a domestic worker "
                "for two years without pay. Police removed her and she is receiving assistance. "
                "She is the key witness against her former employer, but she wants to go home to "
                "her children before the trial."
            ),
            "text": "The witness who wants to go home",
            "sub_questions": [
                {
                    "kind": "single",
                    "text": ("How should you respond to her wish to go home?"),
                    "options": [
                        {
                            "text": (
                                "Respect it, keep her informed and explore remote testimony, "
                                "which the 2023 report noted as allowed"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. This respects her choice and keeps her evidence "
                                "available."
                            ),
                        },
                        {
                            "text": ("Insist that she stays in a shelter until the trial"),
                            "is_correct": False,
                            "feedback": ("No. Shelter under section 24 is voluntary."),
                        },
                        {
                            "text": ("Hold her passport until she has given evidence"),
                            "is_correct": False,
                            "feedback": (
                                "No. Withholding identity documents is itself an offence under "
                                "section 6, and it repeats the control she escaped."
                            ),
                        },
                    ],
                    "explanation": (
                        "Check with the court well before trial how remote testimony is arranged "
                        "in practice."
                    ),
                },
                {
                    "kind": "multiple",
                    "text": (
                        "What should you make sure happens before she leaves? (choose all that "
                        "apply)"
                    ),
                    "scoring": "partial",
                    "options": [
                        {
                            "text": (
                                "She is told her rights and how she will be kept informed of the "
                                "case, as section 22 requires"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. Section 22 requires victims to be informed of their "
                                "rights and of the progress of the case."
                            ),
                        },
                        {
                            "text": (
                                "Her losses, such as two years of unpaid wages, are recorded for "
                                "restitution under section 8"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. Record losses early, while evidence is available."
                            ),
                        },
                        {
                            "text": ("She is promised that the employer will be convicted"),
                            "is_correct": False,
                            "feedback": "No. Make no promises you cannot keep.",
                        },
                        {
                            "text": ("Her address abroad is included in public court documents"),
                            "is_correct": False,
                            "feedback": (
                                "No. Protect her privacy: keep identifying details out of public "
                                "documents."
                            ),
                        },
                    ],
                    "explanation": (
                        "Protecting the victim and protecting the case go together: keep her "
                        "informed, plan for redress and protect her privacy."
                    ),
                },
            ],
            "explanation": (
                "Victims who go home are a common feature of trafficking cases. Plan early for "
                "how they will give evidence and how they will be kept informed, and build a "
                "mosaic of evidence (the absence of pay, neighbours, documents) so less rests on "
                "them."
            ),
        },
    ],
    "modules": {
        "the-offences": [
            {
                "kind": "single",
                "text": (
                    "A man recruited an adult woman from a rural village by promising her hotel "
                    "work in Castries, then housed her and made her serve clients in a bar to pay "
                    "off a 'debt' for her room. Defence counsel says no trafficking offence is "
                    "made out because she never left Saint Lucia. How should you respond?"
                ),
                "options": [
                    {
                        "text": (
                            "Trafficking can take place entirely inside one country; crossing a "
                            "border is not an element of the offence"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. The elements are an act, a means and an exploitative "
                            "purpose. Crossing a border is a feature of smuggling, not of "
                            "trafficking."
                        ),
                    },
                    {
                        "text": ("Concede the point and charge smuggling instead"),
                        "is_correct": False,
                        "feedback": (
                            "No. Smuggling always crosses a border, so it does not fit these "
                            "facts, and the continuing exploitation here is the mark of "
                            "trafficking."
                        ),
                    },
                    {
                        "text": (
                            "Argue that moving from a village to Castries counts as crossing a "
                            "border"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. There is no need to stretch the facts: a border crossing is "
                            "simply not required for trafficking."
                        ),
                    },
                    {
                        "text": (
                            "Concede the trafficking count and proceed on a section 6 count only"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Nothing suggests her documents were withheld, and the "
                            "trafficking count does not fail for want of a border crossing."
                        ),
                    },
                ],
                "explanation": (
                    "Trafficking is defined by what was done to the person (act, means and "
                    "purpose), not by where it happened. It can happen inside one country, "
                    "whereas smuggling always crosses a border and ends on arrival. Here the act "
                    "is recruitment and harbouring, the means is deception and debt, and the "
                    "purpose is sexual exploitation."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "The victim is an adult. Which of these facts could supply the means element "
                    "of trafficking? (choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": ("The recruiter lied about the kind of work she would do"),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Deception and fraud are means under the Protocol definition."
                        ),
                    },
                    {
                        "text": ("The employer threatened to harm her family if she left"),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Threats are a form of coercion, one of the listed means."
                        ),
                    },
                    {
                        "text": (
                            "The recruiter chose her because she had no money, no papers and "
                            "nowhere else to go, and used that to control her"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. This is abuse of a position of vulnerability, one of the "
                            "listed means."
                        ),
                    },
                    {
                        "text": "She travelled to the workplace by bus",
                        "is_correct": False,
                        "feedback": (
                            "No. Travel may help prove the act (transportation), but it is not a "
                            "means."
                        ),
                    },
                    {
                        "text": "She agreed to travel with the recruiter",
                        "is_correct": False,
                        "feedback": (
                            "No. Her agreement is not a means, and under section 11 her consent "
                            "is irrelevant in any case."
                        ),
                    },
                ],
                "explanation": (
                    "The means element is about how the accused got control: force or other "
                    "coercion, threats, abduction, fraud, deception, abuse of power or of a "
                    "position of vulnerability, or payments to a person who has control over the "
                    "victim. Keep it separate from the act (such as transport) and from the "
                    "victim's consent, which does not matter."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Following the Protocol structure, where the victim is 16 the prosecution "
                    "must still prove a means, such as deception or coercion, as well as the act "
                    "and the purpose."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Under the Protocol, no means is required where the victim is a child "
                    "(under 18)."
                ),
                "feedback_false": (
                    "Correct, the statement is false. For a child victim the act and the "
                    "exploitative purpose are enough under the Protocol."
                ),
                "explanation": (
                    "The Protocol treats anyone under 18 as a child, and for a child no means "
                    "needs to be proved. Always draft from the wording of section 5 and the Act's "
                    "own definitions, but expect the same structure."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "In a case of trafficking a teenage girl for sexual exploitation, defence "
                    "counsel submits that she was above the age of consent and so no offence was "
                    "committed. Which provision of the Act answers this?"
                ),
                "options": [
                    {
                        "text": "Section 12",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Section 12 provides that the age of consent is no defence."
                        ),
                    },
                    {
                        "text": "Section 13",
                        "is_correct": False,
                        "feedback": (
                            "No. Section 13 protects victims from prosecution (non-punishment); "
                            "it does not deal with defences for the accused."
                        ),
                    },
                    {
                        "text": "Section 6",
                        "is_correct": False,
                        "feedback": (
                            "No. Section 6 creates the offence of withholding identity documents."
                        ),
                    },
                    {
                        "text": "Section 21",
                        "is_correct": False,
                        "feedback": ("No. Section 21 deals with privacy and in-camera hearings."),
                    },
                ],
                "explanation": (
                    "Section 12 closes off the age-of-consent argument, and section 11 makes the "
                    "victim's consent and past sexual behaviour irrelevant. Together they keep "
                    "the focus on what the accused did."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "A guest house manager keeps the passports of three foreign workers so that "
                    "they cannot leave. Apart from any trafficking charge, under which section of "
                    "the Act is withholding a person's identity documents an offence? (Give the "
                    "section number.)"
                ),
                "accepted": [
                    "6",
                    "section 6",
                    "s6",
                    "s.6",
                    "sec 6",
                    "sec. 6",
                    "section six",
                    "six",
                ],
                "explanation": (
                    "Section 6 makes withholding identity documents an offence. It can reach "
                    "people on the edge of an operation, and the same evidence often supports the "
                    "means element of a section 5 count, because retention of identity documents "
                    "is also one of the ILO's indicators of forced labour."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A group of adults paid a boat operator to bring them to Saint Lucia. On "
                    "arrival the operator left, and none of them had any further contact with him "
                    "or his associates. How are these facts best described?"
                ),
                "options": [
                    {
                        "text": (
                            "Smuggling: the arrangement was consensual, ended on arrival and made "
                            "its profit from the movement"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. These are the marks of smuggling. Nothing suggests "
                            "continuing exploitation."
                        ),
                    },
                    {
                        "text": ("Trafficking, because an international border was crossed"),
                        "is_correct": False,
                        "feedback": (
                            "No. A border crossing is a feature of smuggling; it is not what "
                            "makes trafficking."
                        ),
                    },
                    {
                        "text": ("Trafficking, because money was paid for the journey"),
                        "is_correct": False,
                        "feedback": ("No. Paying for movement is typical of smuggling."),
                    },
                    {
                        "text": ("Neither, because the passengers agreed to the journey"),
                        "is_correct": False,
                        "feedback": (
                            "No. Consent to the journey is exactly what marks smuggling; it does "
                            "not take the facts outside both."
                        ),
                    },
                ],
                "explanation": (
                    "Ask where the profit comes from and whether control continues after the "
                    "journey. Smuggling profits from movement and ends on arrival; trafficking "
                    "profits from exploitation. The picture changes if, after arrival, people are "
                    "held by a debt or threats and exploited: a journey that began as smuggling "
                    "can become trafficking."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Shanice, 24, answered an online advertisement from a "
                    "man called Kirk offering restaurant work in Rodney Bay. Kirk paid her bus "
                    "fare, then told her she owed him for the fare and her room and must see "
                    "clients until the debt was paid. Kirk's cousin Andre drives her to clients "
                    "at night. The landlord, Mr Felix, knows what is happening and takes a weekly "
                    "share of Kirk's earnings in return for the room."
                ),
                "text": "Charging the Rodney Bay case",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": (
                            "If the evidence shows the mental element the section requires, which "
                            "offence best fits Mr Felix's weekly share?"
                        ),
                        "options": [
                            {
                                "text": ("Section 15, receiving benefits from trafficking"),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Section 15 reaches those who take a share of the "
                                    "proceeds. Seek evidence of the payments and of what he knew."
                                ),
                            },
                            {
                                "text": (
                                    "Section 7, transporting a person for the purpose of "
                                    "prostitution"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. That offence fits Andre's night-time driving better than "
                                    "the landlord's share of the money."
                                ),
                            },
                            {
                                "text": ("Section 6, withholding identity documents"),
                                "is_correct": False,
                                "feedback": (
                                    "No. Nothing in the facts shows anyone holding Shanice's "
                                    "documents."
                                ),
                            },
                            {
                                "text": "Section 12",
                                "is_correct": False,
                                "feedback": (
                                    "No. Section 12 is not an offence; it says the age of consent "
                                    "is no defence."
                                ),
                            },
                        ],
                        "explanation": (
                            "Section 15 points the investigation towards the money trail: payment "
                            "records, messages and anything showing what Mr Felix saw and knew."
                        ),
                    },
                    {
                        "kind": "multiple",
                        "text": (
                            "Which elements of a section 5 case against Kirk do the facts already "
                            "point to? (choose all that apply)"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": (
                                    "An act: he recruited her through the advertisement and "
                                    "transported her"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Recruitment and transportation are listed acts."
                                ),
                            },
                            {
                                "text": ("A means: deception about the job and an invented debt"),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Deception is a listed means, and the debt is used "
                                    "to coerce her."
                                ),
                            },
                            {
                                "text": "A purpose: sexual exploitation",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Making her see clients is sexual exploitation."
                                ),
                            },
                            {
                                "text": "A crossing of an international border",
                                "is_correct": False,
                                "feedback": (
                                    "No. It did not happen here and is not required for "
                                    "trafficking."
                                ),
                            },
                            {
                                "text": ("Proof that Shanice never agreed to go with Kirk"),
                                "is_correct": False,
                                "feedback": ("No. Under section 11 her consent is irrelevant."),
                            },
                        ],
                        "explanation": (
                            "Map each fact to an element and then look for independent support "
                            "for each: the advertisement, the fare payment, messages about the "
                            "debt, and evidence from Andre's trips."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Shanice's agreement to travel with Kirk gives him a defence to the "
                            "section 5 charge."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "No. Section 11 makes the victim's consent irrelevant, and she agreed "
                            "to restaurant work, not to the debt or to seeing clients."
                        ),
                        "feedback_false": (
                            "Correct, the statement is false. Consent is irrelevant under section "
                            "11."
                        ),
                        "explanation": (
                            "Expect the argument that she 'knew what the job was'. Section 11 "
                            "answers it, and the facts show she was deceived in any case."
                        ),
                    },
                ],
                "explanation": (
                    "One set of facts can support several counts: section 5 against Kirk, section "
                    "7 possibly against Andre, and section 15 against Mr Felix if the mental "
                    "element can be proved. Charge what the evidence proves; each count must "
                    "stand on its own elements."
                ),
            },
        ],
        "building-the-case": [
            {
                "kind": "single",
                "text": (
                    "A victim's statement describes a debt, threats and a confiscated passport. "
                    "She has since gone back to her home country and says she may not give "
                    "evidence. What should your advice to investigators focus on?"
                ),
                "options": [
                    {
                        "text": (
                            "Gathering independent evidence for each element: documents, money, "
                            "phones, the scene, other witnesses and official records"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. A mosaic of evidence means the case does not stand or fall "
                            "on her testimony alone."
                        ),
                    },
                    {
                        "text": (
                            "Waiting until she decides whether to testify before doing more work"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Delay loses evidence; phones, financial records and scene "
                            "evidence must be secured early."
                        ),
                    },
                    {
                        "text": (
                            "Closing the file, because without her testimony there is no case"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Trafficking cases can be built on many pieces of corroborating "
                            "evidence."
                        ),
                    },
                    {
                        "text": (
                            "Getting a further statement from her that removes any inconsistencies"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Steering her account risks coaching and would damage her "
                            "credibility."
                        ),
                    },
                ],
                "explanation": (
                    "UNODC's 2017 Case Digest, drawing on 135 cases from 31 jurisdictions, shows "
                    "that successful cases rest on a mosaic of evidence. Ask of every element: "
                    "what, apart from the victim's own account, supports this?"
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "A victim says her wages were swallowed by a debt that never shrank. Which of "
                    "these could corroborate the debt independently of her account? (choose all "
                    "that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": ("A ledger of deductions kept by the accused"),
                        "is_correct": True,
                        "feedback": (
                            "Correct. A record made by the accused is strong independent evidence."
                        ),
                    },
                    {
                        "text": ("Remittance records showing how little she sent home"),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Money records can show that wages were withheld or deducted."
                        ),
                    },
                    {
                        "text": ("Messages from the accused demanding repayment"),
                        "is_correct": True,
                        "feedback": ("Correct. Communications are a key source of corroboration."),
                    },
                    {
                        "text": ("Her own account, repeated to a second interviewer"),
                        "is_correct": False,
                        "feedback": (
                            "No. Repeating her account does not make it independent evidence."
                        ),
                    },
                    {
                        "text": ("A list of the ILO indicators of forced labour"),
                        "is_correct": False,
                        "feedback": (
                            "No. Indicators call for further inquiry; they are not evidence of "
                            "the facts in a particular case."
                        ),
                    },
                ],
                "explanation": (
                    "Debt bondage and withholding of wages are ILO indicators, which tell you "
                    "where to look. The proof comes from money records, documents, communications "
                    "and other witnesses."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "A victim who had chances to leave but stayed has, by that fact alone, "
                    "undermined the means element of the case."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Staying can show how strong the control was, once the evidence "
                    "explains it: debt, threats, documents held, nowhere to go, fear of the "
                    "authorities."
                ),
                "feedback_false": (
                    "Correct, the statement is false. An apparent weakness like this can become a "
                    "strength when evidence explains it."
                ),
                "explanation": (
                    "The Case Digest shows that a victim who did not flee can show control. Raise "
                    "the point yourself and lead the evidence that explains it, so the court "
                    "hears the explanation before the defence attack."
                ),
            },
            {
                "kind": "single",
                "text": ("What role should indicators of trafficking play as you build a case?"),
                "options": [
                    {
                        "text": (
                            "They are leads that tell investigators where to look; the facts "
                            "behind them must then be proved"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Indicators call for further inquiry; they are not proof."
                        ),
                    },
                    {
                        "text": ("They prove trafficking once three or more are present"),
                        "is_correct": False,
                        "feedback": (
                            "No. No number of indicators amounts to proof; each fact must be "
                            "proved by evidence."
                        ),
                    },
                    {
                        "text": (
                            "Only recruitment-phase indicators matter, as they are the most "
                            "reliable"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Indicators from the exploitation phase are the most reliable; "
                            "recruitment can look like an ordinary job offer."
                        ),
                    },
                    {
                        "text": (
                            "They can be ignored, because traffickers adapt to known indicators"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Traffickers do adapt, which is a reason to treat indicators as "
                            "leads and keep looking, not to ignore them."
                        ),
                    },
                ],
                "explanation": (
                    "Use indicators such as the ILO's eleven signs of forced labour to direct the "
                    "search for evidence, give most weight to signs from the exploitation phase, "
                    "and then prove the facts behind them."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "In the risk assessment approach of UNODC's Manual, the severity of each risk "
                    "is weighed against what? (One word.)"
                ),
                "accepted": [
                    "likelihood",
                    "its likelihood",
                    "the likelihood",
                    "probability",
                    "the probability",
                ],
                "explanation": (
                    "Weigh severity against likelihood, identify who or what is at risk (the "
                    "victim, her family, other witnesses, the evidence itself) and agree "
                    "responses."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "A risk assessment made when the victim is first identified does not need to "
                    "be revisited later in the case."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Risks change as the case moves on; revisit the assessment at charge, "
                    "before trial and before sentence."
                ),
                "feedback_false": (
                    "Correct, the statement is false. The assessment should be revisited at each "
                    "stage of the case."
                ),
                "explanation": (
                    "Charging decisions, trial dates and sentencing can all change the risk to "
                    "the victim, her family, other witnesses and the evidence. Review the "
                    "assessment at charge, before trial and before sentence."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Police find Nikhil, a migrant worker from South Asia, "
                    "living in a container on a building site. In his first interview he says he "
                    "is fine. In a second interview, with a different officer, he says the "
                    "foreman, Mr Brathwaite, keeps his passport, deducts payments for a "
                    "recruitment debt that never shrinks and has threatened his family. He gives "
                    "a different month for his arrival in each interview. Every evening he walked "
                    "alone to a nearby shop."
                ),
                "text": "The building site worker",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": (
                            "The defence will say Nikhil was free to leave. What is the strongest "
                            "response?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Lead evidence of control: the passport held by the foreman, "
                                    "the debt, the threats to his family and his fear of the "
                                    "authorities"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Evidence of control explains why he stayed despite "
                                    "chances to leave."
                                ),
                            },
                            {
                                "text": (
                                    "Leave the evening walks out of the case and hope the defence "
                                    "does not raise them"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. Name the apparent weakness yourself and explain it with "
                                    "evidence."
                                ),
                            },
                            {
                                "text": (
                                    "Accept that the means element fails and charge section 6 only"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. Being able to walk to a shop does not mean he was free "
                                    "of coercion."
                                ),
                            },
                        ],
                        "explanation": (
                            "A victim who did not flee can show how strong the control was. The "
                            "answer lies in evidence of that control, not in hiding the facts."
                        ),
                    },
                    {
                        "kind": "multiple",
                        "text": (
                            "How should you deal with the two different arrival months? (choose "
                            "all that apply)"
                        ),
                        "scoring": "all_or_nothing",
                        "options": [
                            {
                                "text": "Disclose both accounts",
                                "is_correct": True,
                                "feedback": ("Correct. Deal with both interviews openly."),
                            },
                            {
                                "text": (
                                    "Ask for immigration entry records to fix the date "
                                    "independently"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Official records can settle the point without "
                                    "relying on his memory."
                                ),
                            },
                            {
                                "text": (
                                    "Be ready to explain that inconsistency is common after "
                                    "trauma and can show an account was not coached"
                                ),
                                "is_correct": True,
                                "feedback": ("Correct. Inconsistency is not the same as untruth."),
                            },
                            {
                                "text": ("Ask Nikhil to settle on one month before trial"),
                                "is_correct": False,
                                "feedback": (
                                    "No. Steering his evidence risks coaching and would damage "
                                    "his credibility."
                                ),
                            },
                        ],
                        "explanation": (
                            "Inconsistency on a peripheral detail is expected. Disclose it, fix "
                            "the date from independent records and rely on the consistency of the "
                            "core account."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Because Nikhil said he was fine in his first interview, his later "
                            "account should be treated as made up."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not so. Denial and fear are common early reactions; a first denial "
                            "does not show that the later account is false."
                        ),
                        "feedback_false": (
                            "Correct, the statement is false. Expect denial, fear and "
                            "inconsistency, and expect several interviews."
                        ),
                        "explanation": (
                            "Trauma-informed practice expects a victim to say little or deny at "
                            "first. Corroboration of the passport, the deductions and the threats "
                            "will carry more weight than the order in which he told his story."
                        ),
                    },
                ],
                "explanation": (
                    "Each feature the defence will attack (the walks, the first denial, the "
                    "changed dates) can be explained through evidence. Build the mosaic around "
                    "them: the passport, pay and deduction records, immigration entries, "
                    "co-workers and what officers saw at the site."
                ),
            },
        ],
        "the-victim-witness": [
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: After a police operation at a nightclub, Marisol, 22, "
                    "from another Caribbean country, is charged with using a false passport. The "
                    "file reaches you for review. The officer's statement records that she said "
                    "the club owner arranged her flight, gave her the false passport and keeps "
                    "her real one, and that she must repay her airfare before she can leave."
                ),
                "text": "The false passport charge",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "What should you do first?",
                        "options": [
                            {
                                "text": (
                                    "Pause the case, ask the police to inquire using a trained "
                                    "interviewer who was not part of the operation, make sure she "
                                    "is referred for assistance and record your decision"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. The file contains indicators that call for inquiry "
                                    "before any decision to prosecute."
                                ),
                            },
                            {
                                "text": (
                                    "Proceed, because the document offence is clearly made out"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. She may be a victim, and section 13 may make her immune "
                                    "from prosecution for this offence."
                                ),
                            },
                            {
                                "text": (
                                    "Offer to drop the charge if she agrees to give evidence "
                                    "against the owner"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. Whether section 13 applies depends on whether she is a "
                                    "victim and the offence flowed directly from her trafficking, "
                                    "not on a bargain; and make no promises you cannot keep."
                                ),
                            },
                        ],
                        "explanation": (
                            "Victims often first come to notice as suspects. Screen before you "
                            "prosecute, and record your reasons."
                        ),
                    },
                    {
                        "kind": "multiple",
                        "text": (
                            "Which facts in the file are indicators that call for further "
                            "inquiry? (choose all that apply)"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "The owner keeps her real passport",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Documents held by someone else are a common sign."
                                ),
                            },
                            {
                                "text": ("She owes the airfare before she can leave"),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Debt that restricts her freedom is a common sign."
                                ),
                            },
                            {
                                "text": "The owner arranged her flight",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Travel arranged by a third party is a common sign."
                                ),
                            },
                            {
                                "text": "She is 22 years old",
                                "is_correct": False,
                                "feedback": ("No. Her age is not an indicator in itself."),
                            },
                        ],
                        "explanation": (
                            "Documents held by others, debt, restricted movement, fear of the "
                            "authorities and travel arranged by a third party are all signs that "
                            "call for inquiry. They are not proof, but they mean you cannot "
                            "proceed on autopilot."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "If Marisol is a victim and the false passport offence was a direct "
                            "result of her being trafficked, prosecuting her for it would "
                            "conflict with section 13."
                        ),
                        "answer": True,
                        "feedback_true": (
                            "Correct. Section 13 makes a victim immune from prosecution, "
                            "reflecting the non-punishment principle."
                        ),
                        "feedback_false": (
                            "Not so. This is exactly the situation the non-punishment principle "
                            "and section 13 are meant for."
                        ),
                        "explanation": (
                            "Victims are not to be arrested, prosecuted or punished for offences "
                            "committed as a direct result of being trafficked. Check the precise "
                            "terms of section 13 against the facts once the inquiry is complete."
                        ),
                    },
                ],
                "explanation": (
                    "Prosecuting a victim punishes the person the law is meant to protect, "
                    "destroys trust and hands the defence a ready attack on her credibility. "
                    "Marisol may be the key witness against the club owner."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A victim-witness is terrified that people at home will learn what happened "
                    "to her if her evidence is heard in open court. Which section of the Act "
                    "should you rely on to seek a hearing in camera?"
                ),
                "options": [
                    {
                        "text": "Section 21",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Section 21 deals with privacy, including in-camera hearings."
                        ),
                    },
                    {
                        "text": "Section 22",
                        "is_correct": False,
                        "feedback": (
                            "No. Section 22 requires that victims be informed of their rights and "
                            "of the progress of the case."
                        ),
                    },
                    {
                        "text": "Section 24",
                        "is_correct": False,
                        "feedback": (
                            "No. Section 24 deals with assistance such as housing, counselling, "
                            "and medical and legal help."
                        ),
                    },
                    {
                        "text": "Section 11",
                        "is_correct": False,
                        "feedback": (
                            "No. Section 11 makes consent and past sexual behaviour irrelevant; "
                            "it does not provide for private hearings."
                        ),
                    },
                ],
                "explanation": (
                    "Consider privacy measures under section 21 early, and keep identifying "
                    "details out of public documents from the start of the case, not just at "
                    "trial."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these are consistent with assistance to victims under section 24? "
                    "(choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Shelter is voluntary",
                        "is_correct": True,
                        "feedback": ("Correct. A victim cannot be made to stay in a shelter."),
                    },
                    {
                        "text": "Victims may work",
                        "is_correct": True,
                        "feedback": ("Correct. Section 24 allows victims to work."),
                    },
                    {
                        "text": ("Legal help is given in a language the victim understands"),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Medical and legal help are to be in a language she "
                            "understands."
                        ),
                    },
                    {
                        "text": ("Victims may routinely be housed in prison for their safety"),
                        "is_correct": False,
                        "feedback": (
                            "No. Prison housing is excluded save in exigent circumstances."
                        ),
                    },
                    {
                        "text": ("Victims must stay in a shelter until the trial ends"),
                        "is_correct": False,
                        "feedback": "No. Shelter is voluntary.",
                    },
                ],
                "explanation": (
                    "Section 24 treats the victim as a person with choices. That serves the case "
                    "too: a witness who is housed, supported and understood is a more stable "
                    "witness."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Rehearsing a victim-witness's account with her before trial helps her "
                    "credibility in court."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Rehearsing the account risks coaching and undermines the very thing "
                    "that makes an uncoached account credible."
                ),
                "feedback_false": (
                    "Correct, the statement is false. Prepare the witness for the process, not "
                    "the content."
                ),
                "explanation": (
                    "Explaining the courtroom, who will be there and how breaks work is good "
                    "practice. Going over what she will say is not, and inconsistencies that "
                    "survive are better explained than smoothed over."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "A man charged with working without a permit was, the police now find, forced "
                    "to work by the people who trafficked him. Which section of the Act, "
                    "reflecting the non-punishment principle, should you consider? (Give the "
                    "section number.)"
                ),
                "accepted": [
                    "13",
                    "section 13",
                    "s13",
                    "s.13",
                    "sec 13",
                    "sec. 13",
                    "section thirteen",
                    "thirteen",
                ],
                "explanation": (
                    "Section 13 makes a victim of trafficking immune from prosecution. It "
                    "reflects the non-punishment principle in the OHCHR Recommended Principles "
                    "(2002): victims are not punished for offences committed as a direct result "
                    "of being trafficked."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A woman identified as a possible victim during a raid is to be interviewed "
                    "again. Who should conduct the interview?"
                ),
                "options": [
                    {
                        "text": ("A trained interviewer who did not take part in the raid"),
                        "is_correct": True,
                        "feedback": (
                            "Correct. The interviewer should not be an officer from the raid."
                        ),
                    },
                    {
                        "text": (
                            "The officer who led the raid, because she already knows the facts"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. The victim may link that officer with the raid and feel unsafe."
                        ),
                    },
                    {
                        "text": ("The prosecutor, so that the account can be shaped for trial"),
                        "is_correct": False,
                        "feedback": (
                            "No. Shaping the account is coaching and would damage her credibility."
                        ),
                    },
                    {
                        "text": (
                            "Any officer who is free, as long as it is all covered in one session"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Expect several interviews, with breaks and open questions."
                        ),
                    },
                ],
                "explanation": (
                    "Trauma-informed practice rests on safety, trustworthiness, choice, "
                    "collaboration and empowerment. Use open questions, offer breaks, do not "
                    "interrogate and expect more than one interview."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "To build trust, you should assure a victim-witness at the outset that "
                    "everything she tells you will stay confidential."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. What she says may have to be disclosed to the defence, so that would "
                    "be a promise you cannot keep."
                ),
                "feedback_false": (
                    "Correct, the statement is false. Say early what cannot stay confidential."
                ),
                "explanation": (
                    "Trust is built by honesty, not by promises you cannot keep. Tell her early "
                    "that some of what she says may have to be disclosed to the defence."
                ),
            },
        ],
        "sentencing-and-recovery": [
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Desmond has been convicted of trafficking. The "
                    "evidence at trial showed that he set up and ran a group of four people who "
                    "recruited young women with false job offers and moved them between guest "
                    "houses. One of the women, Alana, was 17 at the time, and her birth record is "
                    "in the file. No weapon was used and no serious injury was reported."
                ),
                "text": "Sentencing Desmond",
                "sub_questions": [
                    {
                        "kind": "short_answer",
                        "text": (
                            "If the court accepts that the group was an organised criminal group "
                            "within the Act, how many years does section 10 add for Desmond as "
                            "its organiser? (Give a number.)"
                        ),
                        "accepted": [
                            "5",
                            "five",
                            "5 years",
                            "five years",
                            "5 yrs",
                        ],
                        "explanation": (
                            "Section 10 adds 3 years where an organised criminal group is "
                            "involved, and 5 years for the organiser."
                        ),
                    },
                    {
                        "kind": "multiple",
                        "text": (
                            "Which section 10 circumstances should your submissions address on "
                            "this evidence? (choose all that apply)"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "A victim under 18",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Alana was 17, and the birth record proves it; this "
                                    "adds 5 years."
                                ),
                            },
                            {
                                "text": "Organising an organised criminal group",
                                "is_correct": True,
                                "feedback": (
                                    "Correct, if the group meets the Act's terms; this adds 5 "
                                    "years for the organiser."
                                ),
                            },
                            {
                                "text": "Use of a weapon",
                                "is_correct": False,
                                "feedback": (
                                    "No. There is no evidence of a weapon, and each circumstance "
                                    "must be proved."
                                ),
                            },
                            {
                                "text": "Permanent or life-threatening injury",
                                "is_correct": False,
                                "feedback": (
                                    "No. No such injury was reported, so it cannot be claimed."
                                ),
                            },
                        ],
                        "explanation": (
                            "Claim only the circumstances the evidence proves. Here that is the "
                            "victim's age and Desmond's role as organiser."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": (
                            "What must you do before addressing the court on the base penalty?"
                        ),
                        "options": [
                            {
                                "text": ("Check the current text of the Act as amended in 2021"),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. The 2021 amendment changed the penalties, and the "
                                    "new prison terms must be checked in the current text."
                                ),
                            },
                            {
                                "text": (
                                    "Cite the 2010 range of up to 5 years or a fine of up to XCD "
                                    "100,000 as the current law"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. That was the 2010 text for adult victims; the 2021 "
                                    "amendment removed the fine-only option."
                                ),
                            },
                            {
                                "text": (
                                    "Invite the court to impose a fine alone, since he has no "
                                    "previous convictions"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. The 2021 amendment removed the option of a fine alone."
                                ),
                            },
                        ],
                        "explanation": (
                            "Never address the court on the range from memory or from the 2010 "
                            "text. The US Trafficking in Persons Report has repeatedly "
                            "recommended penalties commensurate with those for rape."
                        ),
                    },
                ],
                "explanation": (
                    "Aggravating circumstances are won in the investigation: the birth record and "
                    "the evidence of Desmond's role in the group had to be gathered before trial "
                    "for the section 10 years to be claimed now."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Since the 2021 amendment, a court may still impose a fine alone for a "
                    "trafficking offence under the Act."
                ),
                "answer": False,
                "feedback_true": ("Not so. The 2021 amendment removed the fine-only option."),
                "feedback_false": (
                    "Correct, the statement is false. The fine-only option was removed in 2021."
                ),
                "explanation": (
                    "As enacted in 2010, the Act allowed up to 5 years or a fine of up to XCD "
                    "100,000 for an adult victim, and up to 10 years for a child victim. The 2021 "
                    "amendment removed the option of a fine alone; check the current text for the "
                    "prison terms."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "You expect to ask for the section 10 addition for a victim under 18. When "
                    "and how should the evidence for it be secured?"
                ),
                "options": [
                    {
                        "text": (
                            "At the charging stage, by obtaining a birth record or other proof of "
                            "age"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Each circumstance must be proved, so plan for the evidence "
                            "early."
                        ),
                    },
                    {
                        "text": (
                            "At the sentencing hearing, by inviting the judge to assess her "
                            "appearance"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. The circumstance must be proved, and by then it may be too late "
                            "to obtain records."
                        ),
                    },
                    {
                        "text": (
                            "No evidence is needed, because age is assumed once the accused is "
                            "convicted"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Nothing is assumed; every section 10 circumstance has to be "
                            "proved."
                        ),
                    },
                ],
                "explanation": (
                    "Plan the evidence for every aggravating circumstance from the charging "
                    "stage: a birth record for age, medical evidence of injury, evidence of a "
                    "group and of the accused's role in it, and evidence of the relationship for "
                    "abuse of authority."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "In her first interview a victim says her employer deducted a 'recruitment "
                    "fee' from her wages every month for a year. What should you ask "
                    "investigators to do with this?"
                ),
                "options": [
                    {
                        "text": (
                            "Record it as a loss and gather pay slips, messages, any ledger and "
                            "remittance records, for restitution and as evidence in the case"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Losses are easiest to document early, and the same records "
                            "help prove the offence."
                        ),
                    },
                    {
                        "text": (
                            "Nothing until after conviction, when restitution can be considered"
                        ),
                        "is_correct": False,
                        "feedback": ("No. By then records may be lost and assets moved."),
                    },
                    {
                        "text": (
                            "Refer her to a civil lawyer, because the criminal case cannot deal "
                            "with her losses"
                        ),
                        "is_correct": False,
                        "feedback": (
                            "No. Section 8 of the Act provides for restitution, so it belongs in "
                            "the criminal case plan."
                        ),
                    },
                    {
                        "text": ("Treat it as irrelevant, because she was paid something"),
                        "is_correct": False,
                        "feedback": (
                            "No. Partial pay does not rule out exploitation: withholding of wages "
                            "is an ILO indicator, and the deductions are a loss to be recovered."
                        ),
                    },
                ],
                "explanation": (
                    "Trafficking is a crime for profit. Plan for restitution under section 8 from "
                    "the first interview, and keep the victim informed, as section 22 requires, "
                    "of what is being sought for her."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which steps help prepare for forfeiture under section 9? (choose all that "
                    "apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": (
                            "Identify early the cash, accounts, vehicles and premises linked to "
                            "the offence"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Assets must be identified before they can be forfeited."
                        ),
                    },
                    {
                        "text": (
                            "Ask for steps to stop assets disappearing before trial, where the "
                            "law allows"
                        ),
                        "is_correct": True,
                        "feedback": ("Correct. Assets moved before trial may never be recovered."),
                    },
                    {
                        "text": (
                            "Use the same financial evidence to prove the offence and any section "
                            "15 count"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. The money trail is one part of the mosaic of evidence."
                        ),
                    },
                    {
                        "text": ("Wait until after conviction before tracing any assets"),
                        "is_correct": False,
                        "feedback": ("No. By then the evidence and the assets may be gone."),
                    },
                ],
                "explanation": (
                    "Read the terms of section 9 before applying, but prepare from the start: the "
                    "money trail serves forfeiture, restitution and proof of the offence at once."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "A victim was paid nothing for a year of domestic work. Under which section "
                    "of the Act would you seek restitution for her? (Give the section number.)"
                ),
                "accepted": [
                    "8",
                    "section 8",
                    "s8",
                    "s.8",
                    "sec 8",
                    "sec. 8",
                    "section eight",
                    "eight",
                ],
                "explanation": (
                    "Section 8 provides for restitution and section 9 for forfeiture. The "
                    "OSCE/ODIHR National Referral Mechanisms Handbook makes criminal justice and "
                    "redress one of its four pillars: a conviction that leaves the victim with "
                    "nothing is only part of the result."
                ),
            },
        ],
        "partners-and-the-record": [
            {
                "kind": "true_false",
                "text": (
                    "According to the 2023 US Trafficking in Persons Report, no trafficker had "
                    "ever been convicted in Saint Lucia."
                ),
                "answer": True,
                "feedback_true": (
                    "Correct. The 2023 report recorded that no trafficker had ever been "
                    "convicted, although the first prosecution since 2015 had been initiated."
                ),
                "feedback_false": (
                    "Not so. The 2023 report recorded that no trafficker had ever been convicted "
                    "in Saint Lucia."
                ),
                "explanation": (
                    "The record explains why prompt, well-prepared cases matter. Delay loses "
                    "witnesses, so moving cases promptly is itself a form of victim protection."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these are recurring recommendations of the US Trafficking in "
                    "Persons Report for Saint Lucia that speak directly to prosecutors? (choose "
                    "all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Prosecute under the amended Act",
                        "is_correct": True,
                        "feedback": "Correct. This recommendation recurs.",
                    },
                    {
                        "text": ("Seek penalties commensurate with those for rape"),
                        "is_correct": True,
                        "feedback": "Correct. This recommendation recurs.",
                    },
                    {
                        "text": "Reduce the court backlog",
                        "is_correct": True,
                        "feedback": "Correct. This recommendation recurs.",
                    },
                    {
                        "text": "Allow fines in place of prison",
                        "is_correct": False,
                        "feedback": (
                            "No. The 2021 amendment went the other way and removed the fine-only "
                            "option."
                        ),
                    },
                    {
                        "text": "End remote testimony",
                        "is_correct": False,
                        "feedback": (
                            "No. The 2023 report noted remote testimony as allowed, a protection "
                            "for victim-witnesses."
                        ),
                    },
                ],
                "explanation": (
                    "The recommendations point to stronger penalties, faster cases and sharing "
                    "cases across agencies. Others, such as screening children, migrants and "
                    "foreign workers and referring victims, are aimed mainly at partners."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "The 2016 US Trafficking in Persons Report described the risk picture in "
                    "Saint Lucia. Which group does it suggest you should watch for most closely "
                    "when reviewing files?"
                ),
                "options": [
                    {
                        "text": (
                            "Migrants from the Caribbean and from South Asia, including domestic "
                            "workers"
                        ),
                        "is_correct": True,
                        "feedback": ("Correct. The 2016 report named them as most at risk."),
                    },
                    {
                        "text": "Tourists arriving on cruise ships",
                        "is_correct": False,
                        "feedback": (
                            "No. The report named migrants from the Caribbean and South Asia as "
                            "most at risk, not tourists."
                        ),
                    },
                    {
                        "text": ("Foreign adults only, since no child trafficking was reported"),
                        "is_correct": False,
                        "feedback": (
                            "No. The report recorded child sex trafficking, including by parents "
                            "and caregivers."
                        ),
                    },
                ],
                "explanation": (
                    "The 2016 report described Saint Lucia as a source and destination country, "
                    "with migrants from the Caribbean and South Asia most at risk and child sex "
                    "trafficking reported, including by parents and caregivers. A file about a "
                    "migrant worker or a child in a family setting deserves a careful look for "
                    "indicators."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "A witness in your case tells you she has seen women locked in another house. "
                    "What number should she call for the free, 24-hour trafficking hotline?"
                ),
                "accepted": [
                    "847",
                    "8-4-7",
                    "eight four seven",
                    "eight hundred and forty-seven",
                    "eight hundred and forty seven",
                    "eight hundred forty-seven",
                ],
                "explanation": (
                    "The 847 hotline (the digits spell TIP) is free, open 24 hours and answered "
                    "in the Royal Saint Lucia Police Force control room, and callers may stay "
                    "anonymous. The 2023 report noted that the hotline had been restarted."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Rohan was recruited by an agency in another Caribbean "
                    "country to work on a farm in Saint Lucia. The farmer kept his passport, paid "
                    "him almost nothing and sent money each month to the agency. Police removed "
                    "Rohan after a call to the 847 hotline. The agency's records and the payment "
                    "trail are abroad, and Rohan hopes to go home soon."
                ),
                "text": "The farm worker and the agency abroad",
                "sub_questions": [
                    {
                        "kind": "multiple",
                        "text": ("Which partners should you involve? (choose all that apply)"),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "The police",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. They investigate and will gather the local evidence."
                                ),
                            },
                            {
                                "text": "The providers of section 24 assistance",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Support keeps Rohan safe and able to give evidence."
                                ),
                            },
                            {
                                "text": (
                                    "Immigration and Foreign Affairs, reached through the Task "
                                    "Force"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Both sit on the Task Force and matter for his "
                                    "status, return and cooperation abroad."
                                ),
                            },
                            {
                                "text": (
                                    "The press, with an appeal naming Rohan to find other workers"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. That would breach his privacy and could put him at risk."
                                ),
                            },
                            {
                                "text": "The farmer, to help trace the agency",
                                "is_correct": False,
                                "feedback": ("No. The farmer is a suspect, not a partner."),
                            },
                        ],
                        "explanation": (
                            "A trafficking case is a shared effort. Bring partners in early and "
                            "share what can be shared while protecting the victim's privacy."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": (
                            "How should you go about obtaining the agency's records and the "
                            "payment trail?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Identify early what evidence is abroad and start "
                                    "international cooperation requests in good time"
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Requests abroad take time, so start them early."
                                ),
                            },
                            {
                                "text": ("Ask Rohan to collect the records when he gets home"),
                                "is_correct": False,
                                "feedback": (
                                    "No. That could put him at risk and is not how evidence "
                                    "should be gathered."
                                ),
                            },
                            {
                                "text": (
                                    "Wait until a trial date is fixed before making any request"
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "No. By then the records may be gone and the trial delayed."
                                ),
                            },
                        ],
                        "explanation": (
                            "UNODC's Toolkit gives a full chapter to international criminal "
                            "justice cooperation. Plan for evidence abroad from the start."
                        ),
                    },
                ],
                "explanation": (
                    "Recruiters, money transfers and victims who go home often lie outside Saint "
                    "Lucia. Combine local evidence (the passport, the lack of pay, other workers) "
                    "with evidence gathered abroad through cooperation."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "In your case, suspects appear to travel on other people's passports. Which "
                    "body has a duty under the Act to share border information on people "
                    "travelling on others' documents?"
                ),
                "options": [
                    {
                        "text": "The Task Force set up under section 33",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Sharing such border information is one of its duties."
                        ),
                    },
                    {
                        "text": "The 847 hotline control room",
                        "is_correct": False,
                        "feedback": (
                            "No. The hotline receives reports; sharing border information is a "
                            "Task Force duty."
                        ),
                    },
                    {
                        "text": "The court hearing the case",
                        "is_correct": False,
                        "feedback": (
                            "No. The court decides the case; gathering border information is not "
                            "its role."
                        ),
                    },
                ],
                "explanation": (
                    "The section 33 Task Force, set up by the Minister to develop and implement "
                    "the National Plan, brings together Legal Affairs, Foreign Affairs, Labour, "
                    "Human Services, Home Affairs, law enforcement, immigration and NGOs. Its "
                    "duties include coordinating data collection while protecting victims' "
                    "privacy, sharing border information and cooperating with foreign states."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "To protect victims' privacy, prosecutors should not share any case "
                    "information with other agencies."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Sharing cases across agencies is a recurring recommendation; the "
                    "task is to share while protecting the victim's privacy."
                ),
                "feedback_false": (
                    "Correct, the statement is false. Share what can be shared, and protect the "
                    "victim's privacy while doing so."
                ),
                "explanation": (
                    "Partnership, the fourth P, means working across agencies. The Task Force "
                    "coordinates data collection while protecting victims' privacy, which shows "
                    "both aims can be met together."
                ),
            },
        ],
    },
}
