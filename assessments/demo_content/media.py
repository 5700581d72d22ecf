"""Demo quiz questions: reporting on trafficking in persons, for media workers."""

QUIZZES = {
    "final": [
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "A source says a 16-year-old was recruited by a family friend and taken to work "
                "in a bar, where the friend keeps her earnings. Your editor says: 'Nobody used "
                "force or lies, so it can't be trafficking.' Is the editor right?"
            ),
            "options": [
                {
                    "text": (
                        "No. She is under 18, so no means is needed; the act and the purpose of "
                        "exploitation are enough."
                    ),
                    "is_correct": True,
                    "feedback": "Correct. For a child, the means element falls away.",
                },
                {
                    "text": "Yes. Without force, threats or deception there is no trafficking.",
                    "is_correct": False,
                    "feedback": (
                        "That is the test for an adult. For anyone under 18, no means is required."
                    ),
                },
                {
                    "text": "Yes, unless she was taken across a border.",
                    "is_correct": False,
                    "feedback": (
                        "Trafficking does not need a border crossing, and for a child no means is "
                        "required."
                    ),
                },
            ],
            "explanation": (
                "For a child, recruiting, moving, housing or receiving them for the purpose of "
                "exploitation is enough. Keep the wording factual and attributed, since the facts "
                "are still allegations."
            ),
        },
        {
            "kind": "true_false",
            "in_pre_test": True,
            "text": "Trafficking always involves taking a person across a border.",
            "answer": False,
            "feedback_true": (
                "Not so. Trafficking can happen entirely inside one country. It is smuggling that "
                "always crosses a border."
            ),
            "feedback_false": (
                "Correct. Trafficking is about exploitation, and it can happen without any border "
                "being crossed."
            ),
            "explanation": (
                "Smuggling always crosses a border and ends on arrival. Trafficking is continuing "
                "exploitation and can take place entirely within Saint Lucia."
            ),
        },
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "A survivor agrees to a broadcast interview on condition that you do not mention "
                "her home village. Your producer says the village would add colour. What should "
                "you do?"
            ),
            "options": [
                {
                    "text": (
                        "Leave it out: she has judged the risk, and in a small island a village "
                        "can identify her."
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. Respect her conditions and her own judgement of the risk."
                    ),
                },
                {
                    "text": "Include it: she has already agreed to the interview.",
                    "is_correct": False,
                    "feedback": (
                        "She agreed on a condition. Breaking it would be deception and could put "
                        "her at risk."
                    ),
                },
                {
                    "text": "Include it, but change her name.",
                    "is_correct": False,
                    "feedback": "A changed name does not stop a village identifying her.",
                },
                {
                    "text": "Ask the police whether it is safe to include.",
                    "is_correct": False,
                    "feedback": (
                        "The condition is hers to set, and you should not hand the decision to a "
                        "third party."
                    ),
                },
            ],
            "explanation": (
                "Humanity, or do no harm, usually decides between a vivid detail and a person's "
                "safety. A person can set conditions on consent, and you respect them."
            ),
        },
        {
            "kind": "multiple",
            "text": (
                "Which of these fit the WHO's recommendations for interviewing trafficked women? "
                "(choose all that apply)"
            ),
            "scoring": "partial",
            "options": [
                {
                    "text": "Getting her informed consent before recording.",
                    "is_correct": True,
                    "feedback": "Correct. Informed consent is one of the WHO's principles.",
                },
                {
                    "text": (
                        "Keeping her identity and what she tells you confidential unless she "
                        "agrees otherwise."
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. The WHO asks interviewers to ensure anonymity and "
                        "confidentiality."
                    ),
                },
                {
                    "text": "Respecting her own judgement of the risks she faces.",
                    "is_correct": True,
                    "feedback": (
                        "Correct. The person's own assessment of risk should be respected."
                    ),
                },
                {
                    "text": (
                        "Promising that telling her story will lead to the trafficker's arrest."
                    ),
                    "is_correct": False,
                    "feedback": "You cannot promise this. Make no promises you cannot keep.",
                },
                {
                    "text": "Recording her without telling her, so she speaks more naturally.",
                    "is_correct": False,
                    "feedback": (
                        "Secret recording breaks informed consent and the rule against deception."
                    ),
                },
            ],
            "explanation": (
                "The WHO's ten principles begin with do no harm and include informed consent, "
                "anonymity and confidentiality, respect for the person's own assessment of risk, "
                "and making no promises you cannot keep."
            ),
        },
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "Your station wants to film a 12-year-old trafficking survivor, with her face "
                "blurred and her name changed. Her mother, who is not suspected, gives "
                "permission. The girl's village is small. Under UNICEF's principles, what should "
                "decide whether it is broadcast?"
            ),
            "options": [
                {
                    "text": (
                        "Whether anything in it could put the girl, her siblings or her friends "
                        "at risk. If so, it is not broadcast, whatever the disguise."
                    ),
                    "is_correct": True,
                    "feedback": (
                        "Correct. The child's best interests come first, and a disguise does not "
                        "make a risky story safe."
                    ),
                },
                {
                    "text": "Her mother's permission, which settles the matter.",
                    "is_correct": False,
                    "feedback": (
                        "Permission is needed, but it does not outweigh a risk to the child."
                    ),
                },
                {
                    "text": "The news value of the story.",
                    "is_correct": False,
                    "feedback": (
                        "Under UNICEF's principles the child's interests come before news value."
                    ),
                },
                {
                    "text": "Whether the blurring is good enough.",
                    "is_correct": False,
                    "feedback": (
                        "A child can be recognised in many ways besides her face, especially in a "
                        "small community."
                    ),
                },
            ],
            "explanation": (
                "Never publish a story or image that could put a child, siblings or peers at "
                "risk, even with identities changed. Permission is necessary but not sufficient."
            ),
        },
        {
            "kind": "short_answer",
            "text": (
                "What is the term for a court hearing held in private, without the public or the "
                "press?"
            ),
            "accepted": [
                "in camera",
                "in-camera",
            ],
            "explanation": (
                "Section 21 of the Act provides for victims' privacy and for hearings in camera. "
                "If evidence is heard in camera, report that it was heard in private, but not "
                "what was said."
            ),
        },
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "The 2023 US report recorded four victims identified in Saint Lucia. Which "
                "sentence reports this accurately?"
            ),
            "options": [
                {
                    "text": (
                        "The authorities identified four victims, according to the US State "
                        "Department's 2023 report."
                    ),
                    "is_correct": True,
                    "feedback": "Correct. It is attributed and says what the figure counts.",
                },
                {
                    "text": "Only four people were trafficked in Saint Lucia.",
                    "is_correct": False,
                    "feedback": (
                        "Identified victims are those the system found, not the total number "
                        "affected."
                    ),
                },
                {
                    "text": "Trafficking is rare in Saint Lucia, the US says.",
                    "is_correct": False,
                    "feedback": (
                        "A low official figure does not show that trafficking is rare, and the "
                        "report does not say so."
                    ),
                },
            ],
            "explanation": (
                "Official figures describe the response, not how much trafficking exists. Say "
                "what a number counts, who produced it and for which period."
            ),
        },
        {
            "kind": "true_false",
            "text": (
                "The legal definition of trafficking covers forced labour as well as sexual "
                "exploitation."
            ),
            "answer": True,
            "feedback_true": (
                "Correct. It also covers slavery and similar practices, servitude and the removal "
                "of organs."
            ),
            "feedback_false": (
                "Not so. Sexual exploitation is one form among several; forced labour or services "
                "is another."
            ),
            "explanation": (
                "The guidelines ask journalists to correct the myth that trafficking is mostly "
                "the sexual exploitation of women. Farms, building sites, homes and hotels can "
                "all be places of exploitation."
            ),
        },
        {
            "kind": "single",
            "in_pre_test": True,
            "text": (
                "A hotel worker tells you three young men from abroad work in the kitchen, sleep "
                "on site, never go out, and that the manager holds their passports. What should "
                "you do first?"
            ),
            "options": [
                {
                    "text": (
                        "Make sure the concern reaches the 847 hotline, protect your source, and "
                        "verify before publishing."
                    ),
                    "is_correct": True,
                    "feedback": "Correct. Safety first, then careful verification.",
                },
                {
                    "text": "Film in the kitchen tonight before anything changes.",
                    "is_correct": False,
                    "feedback": (
                        "A crew can alert the manager, get the men moved or punished, and damage "
                        "evidence."
                    ),
                },
                {
                    "text": "Ring the manager for comment straight away.",
                    "is_correct": False,
                    "feedback": (
                        "Questioning the suspected exploiter early can alert them and put the men "
                        "at risk."
                    ),
                },
                {
                    "text": "Publish at once to warn the public.",
                    "is_correct": False,
                    "feedback": (
                        "The account contains indicators, not proof, and early publication could "
                        "expose the men."
                    ),
                },
            ],
            "explanation": (
                "Retained passports and restricted movement are indicators that call for inquiry. "
                "Put safety first, give the hotline, protect your source and verify before you "
                "publish."
            ),
        },
        {
            "kind": "scenario",
            "case": (
                "A fictional scenario: at the trial of a bar owner accused of trafficking, the "
                "defence says the complainant, an adult, 'went along with it' and had worked in "
                "bars before. Her evidence was heard in camera. Outside court, your camera "
                "operator films her leaving, and the footage shows her face."
            ),
            "text": "Outside the courtroom",
            "sub_questions": [
                {
                    "kind": "true_false",
                    "text": (
                        "Under the Act, the complainant's consent and past sexual behaviour are "
                        "relevant to whether she was trafficked."
                    ),
                    "answer": False,
                    "feedback_true": (
                        "Not so. Section 11 makes a victim's consent and past sexual behaviour "
                        "irrelevant."
                    ),
                    "feedback_false": "Correct. Under section 11 both are irrelevant.",
                    "explanation": (
                        "Report the argument fairly, and explain the law so that readers are not "
                        "misled."
                    ),
                },
                {
                    "kind": "single",
                    "text": "What should you do with the footage?",
                    "options": [
                        {
                            "text": (
                                "Do not use it: it would identify her and undo the privacy the "
                                "court is protecting."
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. Identifying her would cause harm and could deter other "
                                "victims from giving evidence."
                            ),
                        },
                        {
                            "text": "Use it, since it was filmed in a public place.",
                            "is_correct": False,
                            "feedback": (
                                "Being filmed in public does not remove the risk to her, or the "
                                "purpose of the court's privacy order."
                            ),
                        },
                        {
                            "text": "Use it with her face blurred and her name left out.",
                            "is_correct": False,
                            "feedback": (
                                "Blurring may not be enough when her clothes, build or the "
                                "setting could still identify her. Leave it out."
                            ),
                        },
                    ],
                    "explanation": "Treat identifying images of a victim as off limits.",
                },
                {
                    "kind": "single",
                    "text": "How should your report describe the bar owner?",
                    "options": [
                        {
                            "text": (
                                "As accused of trafficking, until the court gives its verdict."
                            ),
                            "is_correct": True,
                            "feedback": "Correct. Until a court decides, he is accused.",
                        },
                        {
                            "text": "As a trafficker.",
                            "is_correct": False,
                            "feedback": "That presumes guilt before the verdict.",
                        },
                        {
                            "text": "As a businessman cleared by the complainant's own admission.",
                            "is_correct": False,
                            "feedback": (
                                "That treats a defence argument as a finding, and the argument is "
                                "irrelevant under the Act."
                            ),
                        },
                    ],
                    "explanation": "Say 'accused' until a verdict.",
                },
            ],
            "explanation": (
                "Court reporting on trafficking is fair to the accused, accurate about the law "
                "(section 11), and careful never to identify a victim whose evidence the court "
                "has chosen to protect."
            ),
        },
    ],
    "modules": {
        "getting-the-terms-right": [
            {
                "kind": "single",
                "text": (
                    "For a victim under 18, which element of the legal definition of trafficking "
                    "does not have to be shown?"
                ),
                "options": [
                    {
                        "text": (
                            "The act: recruiting, transporting, transferring, harbouring or "
                            "receiving the person."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "The act is still needed for a child. Someone must have recruited, "
                            "moved, handed over, housed or received the child."
                        ),
                    },
                    {
                        "text": (
                            "The means, such as force, threats, deception or abuse of "
                            "vulnerability."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. For a child, the act plus the purpose of exploitation is "
                            "enough. No means has to be shown."
                        ),
                    },
                    {
                        "text": "The purpose of exploitation.",
                        "is_correct": False,
                        "feedback": (
                            "The purpose is still needed. What changes for a child is that the "
                            "means falls away."
                        ),
                    },
                    {
                        "text": "None: all three elements must always be shown.",
                        "is_correct": False,
                        "feedback": (
                            "That is true for an adult victim only. For anyone under 18, no means "
                            "is required."
                        ),
                    },
                ],
                "explanation": (
                    "For an adult, trafficking needs an act, a means and a purpose of "
                    "exploitation. For a child, meaning anyone under 18, the means is not needed. "
                    "A story that says 'no force was used, so it was not trafficking' is wrong if "
                    "the victim was a child."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these are 'means' in the legal definition of trafficking? (choose "
                    "all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Deceiving a person about the job they will do.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Deception is one of the means listed in the definition."
                        ),
                    },
                    {
                        "text": "Abusing a person's position of vulnerability.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Abuse of power or of a position of vulnerability is one of "
                            "the means."
                        ),
                    },
                    {
                        "text": "Giving payments to someone who has control over the person.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Paying a person who has control over the victim is one of "
                            "the means."
                        ),
                    },
                    {
                        "text": "Harbouring the person in a house.",
                        "is_correct": False,
                        "feedback": (
                            "Harbouring is one of the acts, the 'what is done' element, not a "
                            "means."
                        ),
                    },
                    {
                        "text": "Forced labour.",
                        "is_correct": False,
                        "feedback": (
                            "Forced labour is a form of exploitation, the purpose element, not a "
                            "means."
                        ),
                    },
                ],
                "explanation": (
                    "Means are how the crime is done: threats or use of force or other coercion, "
                    "abduction, fraud, deception, abuse of power or of a position of "
                    "vulnerability, or payments to someone in control of the victim. Sorting "
                    "facts into act, means and purpose helps you judge whether a story really "
                    "describes trafficking."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "A person who paid to be smuggled into Saint Lucia cannot later become a "
                    "victim of trafficking."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. If, after the journey, the person is held and exploited, for example "
                    "told they owe a debt and forced to work it off, the situation can become "
                    "trafficking."
                ),
                "feedback_false": (
                    "Correct. Smuggling can turn into trafficking when the person is exploited "
                    "after arrival."
                ),
                "explanation": (
                    "Smuggling ends on arrival; trafficking is about continuing exploitation. The "
                    "question for a reporter is not only how someone arrived but what happened to "
                    "them afterwards. Until that is clear, describe what is known rather than "
                    "choosing either label."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Police detain a group of adults who arrived by boat without travel "
                    "documents. Which further fact would most clearly point towards trafficking "
                    "rather than smuggling?"
                ),
                "options": [
                    {
                        "text": (
                            "On arrival they were told they owed a debt and were made to work on "
                            "a farm to pay it off."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Continuing exploitation after the journey, here possible "
                            "debt bondage and forced labour, is what marks trafficking."
                        ),
                    },
                    {
                        "text": "Each of them paid a man for the journey.",
                        "is_correct": False,
                        "feedback": (
                            "Paying for the journey fits smuggling, where the smuggler profits "
                            "from the movement itself."
                        ),
                    },
                    {
                        "text": "They crossed a border to reach Saint Lucia.",
                        "is_correct": False,
                        "feedback": (
                            "Smuggling always crosses a border, so a border crossing does not "
                            "tell the two crimes apart."
                        ),
                    },
                    {
                        "text": "They had no travel documents when they landed.",
                        "is_correct": False,
                        "feedback": (
                            "That tells you how they travelled, not whether anyone is exploiting "
                            "them."
                        ),
                    },
                ],
                "explanation": (
                    "Smuggling is agreed, crosses a border, ends on arrival and profits from the "
                    "movement. Trafficking is continuing exploitation that profits from the "
                    "exploitation itself. Even a fact like forced work to pay off a debt is a "
                    "sign to look into, not proof, so attribute it and keep the wording factual."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "Under which section of Saint Lucia's Counter-Trafficking Act is withholding "
                    "a person's identity documents an offence? Give the section number."
                ),
                "accepted": [
                    "6",
                    "s6",
                    "s.6",
                    "section 6",
                    "six",
                    "section six",
                ],
                "explanation": (
                    "Section 6 makes withholding identity documents an offence in its own right, "
                    "separate from trafficking under section 5. If that is the charge laid, "
                    "report it as such rather than calling the case 'trafficking'."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Alicia, a reporter, learns that a restaurant owner has "
                    "been charged under section 5 of the Counter-Trafficking Act. Police say two "
                    "adult women from abroad were found working unpaid in his kitchen, and their "
                    "passports were in his safe. Her editor wants to call the women 'illegal "
                    "workers' and to add that the offence 'carries up to five years in prison or "
                    "a fine'."
                ),
                "text": "The restaurant charge",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "How should the story describe the owner?",
                        "options": [
                            {
                                "text": "As charged with trafficking under section 5 of the Act.",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. It states the charge actually laid and does not "
                                    "presume guilt."
                                ),
                            },
                            {
                                "text": "As a trafficker.",
                                "is_correct": False,
                                "feedback": (
                                    "He has been charged, not convicted. Until a court decides, "
                                    "he is accused."
                                ),
                            },
                            {
                                "text": "As the boss of a slavery ring.",
                                "is_correct": False,
                                "feedback": (
                                    "Dramatic labels presume guilt and do not match the legal "
                                    "charge."
                                ),
                            },
                        ],
                        "explanation": (
                            "Name the charge and the section, and say 'accused' or 'charged' "
                            "until a verdict."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Calling the women 'illegal workers' is accurate and fair if they had "
                            "no work permits."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not so. Immigration status does not decide whether someone was "
                            "trafficked, and section 13 protects victims from prosecution for "
                            "offences that were a direct result of being trafficked."
                        ),
                        "feedback_false": (
                            "Correct. The label puts the blame on women who may be victims. "
                            "Describe their status factually only if it matters to the story."
                        ),
                        "explanation": (
                            "The non-punishment principle (section 13) means a victim made to "
                            "work without papers is not the wrongdoer in the story."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "What should Alicia do about the line on the penalty?",
                        "options": [
                            {
                                "text": (
                                    "Check the law as amended, or attribute the figure to the "
                                    "court or a lawyer, because a 2021 amendment removed the "
                                    "option of a fine alone."
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. The five-years-or-a-fine wording comes from the "
                                    "2010 text and is no longer current."
                                ),
                            },
                            {
                                "text": (
                                    "Use it as written, since it is the figure in the 2010 Act."
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "Quoting the 2010 maximum as if it were current risks "
                                    "misleading readers, because the Act was amended in 2021."
                                ),
                            },
                            {
                                "text": "Say instead that the maximum is ten years.",
                                "is_correct": False,
                                "feedback": (
                                    "In the 2010 text, ten years applied where the victim was a "
                                    "child. These are adults, and the amended law still needs "
                                    "checking."
                                ),
                            },
                        ],
                        "explanation": (
                            "Penalties are an easy place to go wrong. Check the current law or "
                            "attribute the figure to someone who has."
                        ),
                    },
                ],
                "explanation": (
                    "Accurate trafficking stories name the charge actually laid, avoid labels "
                    "that blame possible victims, and check penalties against the law as amended "
                    "rather than the 2010 text."
                ),
            },
        ],
        "ethics-of-reporting": [
            {
                "kind": "single",
                "text": (
                    "A week after publication, you find that your story named the wrong section "
                    "of the Act in a charge. Which principle most directly tells you what to do?"
                ),
                "options": [
                    {
                        "text": "Accountability: correct the error openly and promptly.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Accountability means owning mistakes and correcting them "
                            "where your audience can see."
                        ),
                    },
                    {
                        "text": (
                            "Independence: leave the story as it is unless the police complain."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Independence is about not letting others set your terms. It is no "
                            "reason to leave an error uncorrected."
                        ),
                    },
                    {
                        "text": (
                            "Humanity: quietly change the online version without a note, so "
                            "nobody is embarrassed."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "A silent change is not an open correction. Readers who saw the error "
                            "are never told."
                        ),
                    },
                ],
                "explanation": (
                    "The five principles are accuracy, independence, impartiality, humanity and "
                    "accountability. Accountability means correcting errors openly and promptly "
                    "and being ready to explain your choices."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A charity offers you an exclusive 'rescue' story, with access to survivors, "
                    "on condition that you use its victim figures without question and let it "
                    "approve the script. Which response best fits the EJN and ICMPD guidelines?"
                ),
                "options": [
                    {
                        "text": (
                            "Decline the conditions. You can still cover the story, but you test "
                            "the figures and make your own editorial decisions."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Independence means you report for the public and set the "
                            "terms of your own coverage."
                        ),
                    },
                    {
                        "text": "Accept, because the charity is on the victims' side.",
                        "is_correct": False,
                        "feedback": (
                            "Good intentions do not replace independence. You test a campaign's "
                            "claims as you would anyone else's."
                        ),
                    },
                    {
                        "text": "Accept, and add a line saying the figures come from the charity.",
                        "is_correct": False,
                        "feedback": (
                            "Attribution helps, but you still need to test the figures, and "
                            "approving the script would hand over editorial control."
                        ),
                    },
                    {
                        "text": "Accept the script approval but refuse to use the figures.",
                        "is_correct": False,
                        "feedback": (
                            "Letting a source approve your script gives away your independence, "
                            "whatever you do with the figures."
                        ),
                    },
                ],
                "explanation": (
                    "Independence means using information from the police, campaigns, donors or "
                    "politicians while testing it and saying where it came from. A source that "
                    "sets conditions on your editorial decisions is asking you to give that up."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "Posing as a customer to get a trafficking victim's account is acceptable if "
                    "it is the only way to get the story."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. The guidelines rule out deception. Deceiving someone who was "
                    "deceived by traffickers repeats the harm."
                ),
                "feedback_false": (
                    "Correct. Do not pose as a customer, employer or official, and do not record "
                    "victims secretly."
                ),
                "explanation": (
                    "The EJN and ICMPD guidelines say no deception. A person who has been "
                    "trafficked was usually deceived already; tricking them again to get a story "
                    "causes further harm and leaves no room for informed consent."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Before recording an interview with a possible victim of trafficking, what "
                    "should you explain to them? (choose all that apply)"
                ),
                "scoring": "all_or_nothing",
                "options": [
                    {
                        "text": "Who you are, and where and when the story will appear.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. The person cannot consent to something they do not "
                            "understand."
                        ),
                    },
                    {
                        "text": "Whether their name, voice or image will be used.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Each of these can identify a person, so they need to know."
                        ),
                    },
                    {
                        "text": "That the story may be seen online far beyond Saint Lucia.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. A story can reach the people who exploited them and their "
                            "community at home."
                        ),
                    },
                    {
                        "text": "That they can set conditions and can change their mind.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Consent is only real if the person knows they can limit or "
                            "withdraw it."
                        ),
                    },
                    {
                        "text": "That nothing they say will ever reach the police.",
                        "is_correct": False,
                        "feedback": (
                            "You cannot guarantee what others will do. Make no promises you "
                            "cannot keep."
                        ),
                    },
                ],
                "explanation": (
                    "Informed consent means the person knows how the story will be used and what "
                    "could identify them, and is free to say no, set conditions or change their "
                    "mind. All four points are needed; a promise you cannot keep undermines the "
                    "rest."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A shelter worker tells you that a survivor who has agreed to an interview "
                    "feels she owes the shelter for its help and finds it hard to refuse anything "
                    "it asks. What does this mainly bear on?"
                ),
                "options": [
                    {
                        "text": "Whether she can freely say no, which real consent depends on.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. If she feels she owes the shelter, her 'yes' may not be "
                            "freely given. Make sure she knows she can refuse."
                        ),
                    },
                    {
                        "text": "Nothing: the shelter has agreed, so consent is settled.",
                        "is_correct": False,
                        "feedback": "Consent is hers to give, not the shelter's.",
                    },
                    {
                        "text": "Only whether her name should be changed.",
                        "is_correct": False,
                        "feedback": (
                            "A changed name does not fix consent that was not freely given."
                        ),
                    },
                    {
                        "text": "Whether you need an interpreter.",
                        "is_correct": False,
                        "feedback": (
                            "Language matters too, but this information is about pressure, not "
                            "language."
                        ),
                    },
                ],
                "explanation": (
                    "Part of assessing a source's vulnerability is asking whether they can freely "
                    "say no to you, or feel they owe you, the police or a shelter something. "
                    "Consent given under that kind of pressure is weak."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Devon, a newspaper reporter, is contacted by Lina, a "
                    "domestic worker from South Asia who lives in her employer's house. Lina says "
                    "her employer keeps her passport, has not paid her for months and says she "
                    "owes money for her flight. She wants her story told 'so other women are "
                    "warned', with her name changed, and asks Devon to promise it will not get "
                    "her into trouble."
                ),
                "text": "The domestic worker's story",
                "sub_questions": [
                    {
                        "kind": "multiple",
                        "text": (
                            "Which recognised indicators appear in Lina's account? (choose all "
                            "that apply)"
                        ),
                        "scoring": "partial",
                        "options": [
                            {
                                "text": "Her employer keeps her passport.",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Retention of identity documents is a recognised "
                                    "indicator."
                                ),
                            },
                            {
                                "text": "She has not been paid for months.",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Withholding of wages is a recognised indicator."
                                ),
                            },
                            {
                                "text": "She is told she owes money for her flight.",
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Debt, and debt bondage, are recognised indicators "
                                    "of trafficking and forced labour."
                                ),
                            },
                            {
                                "text": "She comes from South Asia.",
                                "is_correct": False,
                                "feedback": (
                                    "Migrants from South Asia were named as at risk in the 2016 "
                                    "US report, but where a person comes from is not a sign of "
                                    "exploitation."
                                ),
                            },
                            {
                                "text": "She wants to speak to the media.",
                                "is_correct": False,
                                "feedback": (
                                    "Wanting to speak out is not an indicator of trafficking."
                                ),
                            },
                        ],
                        "explanation": "Indicators call for further inquiry; they are not proof.",
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Changing Lina's name is enough to keep her safe if the story is "
                            "published now."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not so. She still lives with her employer, and her voice, "
                            "nationality, workplace or story could identify her in a small island "
                            "community."
                        ),
                        "feedback_false": (
                            "Correct. While she is still under her employer's control, a changed "
                            "name does not make the story safe."
                        ),
                        "explanation": (
                            "Humanity, or do no harm, means thinking about everything that could "
                            "lead back to a person, not only their name."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "What should Devon say about the promise Lina asks for?",
                        "options": [
                            {
                                "text": (
                                    "That he cannot promise it; then explain the risks and how "
                                    "the story would be used, give her the 847 hotline, and "
                                    "suggest waiting until she is safe."
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. This is honest, respects her choice and puts her "
                                    "safety first."
                                ),
                            },
                            {
                                "text": "Make the promise, so that she trusts him.",
                                "is_correct": False,
                                "feedback": (
                                    "He cannot control what happens after publication. Make no "
                                    "promises you cannot keep."
                                ),
                            },
                            {
                                "text": (
                                    "That he will only run the story if she reports her employer "
                                    "to the police first."
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "Whether to go to the authorities is her decision, and the "
                                    "pressure would make her consent less free."
                                ),
                            },
                        ],
                        "explanation": (
                            "Be honest about what you cannot control, and leave the decisions to "
                            "her."
                        ),
                    },
                ],
                "explanation": (
                    "When a source may still be under someone's control, the story can wait. "
                    "Informed consent, honesty about risks and no false promises protect both the "
                    "person and the credibility of the story."
                ),
            },
        ],
        "children-privacy-and-the-law": [
            {
                "kind": "true_false",
                "text": (
                    "Under UNICEF's principles, a story that could put a child's brothers and "
                    "sisters at risk may be published as long as the child's name is changed and "
                    "face hidden."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. UNICEF's principles say never publish a story or image that could "
                    "put the child, siblings or peers at risk, even with identities changed."
                ),
                "feedback_false": (
                    "Correct. Changing a name or blurring a face does not make a risky story safe."
                ),
                "explanation": (
                    "The child's best interests come first. If any detail could lead someone to "
                    "the child, a brother or sister, or a friend, it stays out, however the "
                    "identities are disguised."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "You learn that a 13-year-old boy was exploited by his mother, who has been "
                    "charged. The EJN and ICMPD guidelines say to interview children only with a "
                    "guardian present. What is usually the safest course?"
                ),
                "options": [
                    {
                        "text": "Do not interview the boy; report the case through other sources.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. Where a parent may be involved in the exploitation, the "
                            "safest course is usually not to interview the child at all."
                        ),
                    },
                    {
                        "text": "Interview him with his mother present, as she is his guardian.",
                        "is_correct": False,
                        "feedback": (
                            "A parent who may have exploited the child cannot protect his "
                            "interests in an interview."
                        ),
                    },
                    {
                        "text": "Interview him alone, since his mother cannot be trusted.",
                        "is_correct": False,
                        "feedback": "Children should only be interviewed with a guardian present.",
                    },
                ],
                "explanation": (
                    "The guardian rule exists to protect the child. When the guardian may be the "
                    "exploiter, that protection fails, and the story can be told through the "
                    "court, officials and support services instead."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "Which section of Saint Lucia's Counter-Trafficking Act provides for victims' "
                    "privacy and for hearings held in camera? Give the section number."
                ),
                "accepted": [
                    "21",
                    "s21",
                    "s.21",
                    "section 21",
                    "twenty-one",
                    "twenty one",
                    "section twenty-one",
                    "section twenty one",
                ],
                "explanation": (
                    "Section 21 sits among the victim-protection provisions, sections 19 to 31. "
                    "It means some hearings, or parts of them, may be held without the public or "
                    "the press, and reporters should check what the court has ordered before "
                    "publishing."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "Which of these follow UNICEF's principles for reporting on children? (choose "
                    "all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": (
                            "Putting the child's best interests ahead of the news value of the "
                            "story."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Best interests come first, before a strong picture or a "
                            "campaign's aims."
                        ),
                    },
                    {
                        "text": "Getting permission before any interview, photograph or filming.",
                        "is_correct": True,
                        "feedback": "Correct. Permission is one of UNICEF's principles.",
                    },
                    {
                        "text": "Never asking a child to act out what happened for the camera.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. No staging: a child should not act out, pose or tell a "
                            "story that is not their own."
                        ),
                    },
                    {
                        "text": "Using a blurred photograph, since blurring removes the risk.",
                        "is_correct": False,
                        "feedback": (
                            "Blurring does not make a risky image safe. If it could put the child "
                            "at risk, do not publish it."
                        ),
                    },
                    {
                        "text": (
                            "Letting a campaign group decide how the child is shown, as it knows "
                            "the child."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "The child's interests come before a campaign's aims, and the "
                            "editorial decision stays with you."
                        ),
                    },
                ],
                "explanation": (
                    "UNICEF's principles: the child's best interests first; no staging; "
                    "permission; and never publish a story or image that could put the child, "
                    "siblings or peers at risk."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Your draft about a 15-year-old girl exploited in a guest house does not name "
                    "her, but it gives her school, her village and the date her uncle was "
                    "arrested. Which change best protects her?"
                ),
                "options": [
                    {
                        "text": (
                            "Remove the school, the village, the arrest date and any other "
                            "details that together could point to her."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Each detail might seem harmless, but together they can "
                            "identify her."
                        ),
                    },
                    {
                        "text": "Change her first name in the story.",
                        "is_correct": False,
                        "feedback": (
                            "She is not named already. The risk comes from the other details."
                        ),
                    },
                    {
                        "text": "Add a line saying her name has been withheld to protect her.",
                        "is_correct": False,
                        "feedback": (
                            "That line does nothing to stop readers putting the other details "
                            "together."
                        ),
                    },
                    {
                        "text": "Blur her face in the photograph you plan to use.",
                        "is_correct": False,
                        "feedback": (
                            "Blurring does not deal with the identifying details in the text."
                        ),
                    },
                ],
                "explanation": (
                    "In a small country a child can be recognised from a school, a village, a "
                    "relative or the date of an arrest. Think about the whole picture a reader "
                    "could put together, not only the name."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: Nadia covers the courts for a radio station. At the "
                    "trial of a man accused of trafficking a young woman to work in his shop, the "
                    "judge orders that the woman's evidence be heard in camera. Afterwards a "
                    "court clerk offers to tell Nadia what the woman said. Nadia also knows the "
                    "street where the woman now lives."
                ),
                "text": "Evidence heard in private",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": "What can Nadia report about the evidence heard in camera?",
                        "options": [
                            {
                                "text": (
                                    "That the woman's evidence was heard in private, but not what "
                                    "she said."
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. She reports the fact of the closed hearing, not "
                                    "second-hand accounts of it."
                                ),
                            },
                            {
                                "text": "The clerk's account, attributed to 'a court source'.",
                                "is_correct": False,
                                "feedback": (
                                    "Attribution does not make it acceptable. Do not report "
                                    "second-hand accounts of what was said in camera."
                                ),
                            },
                            {
                                "text": "Nothing at all about the trial.",
                                "is_correct": False,
                                "feedback": (
                                    "She can report the open parts of the trial, and that some "
                                    "evidence was heard in private."
                                ),
                            },
                        ],
                        "explanation": (
                            "Check with an editor or legal adviser what any order covers before "
                            "publishing."
                        ),
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Because no court order mentions the street where the woman lives, "
                            "Nadia may include it in her report."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not so. Leave out addresses and other details that could identify a "
                            "victim or witness, even where no order has been made."
                        ),
                        "feedback_false": (
                            "Correct. Identity is more than a name, and the lack of an order does "
                            "not make an identifying detail safe to publish."
                        ),
                        "explanation": (
                            "The duty not to identify a victim does not depend on a court order."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "Why does protecting the woman's privacy also serve justice?",
                        "options": [
                            {
                                "text": (
                                    "Victims who fear exposure may be unwilling to give evidence, "
                                    "and a case that depends on their evidence can fail."
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Careful reporting supports the process that could "
                                    "hold offenders to account."
                                ),
                            },
                            {
                                "text": "Because it stops the accused from being reported on.",
                                "is_correct": False,
                                "feedback": (
                                    "Privacy for victims does not prevent fair reporting of the "
                                    "accused and the open parts of the trial."
                                ),
                            },
                            {
                                "text": (
                                    "Because section 21 bans all reporting of trafficking trials."
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "Section 21 provides for privacy and in-camera hearings, not "
                                    "a ban on all reporting."
                                ),
                            },
                        ],
                        "explanation": "Privacy makes it easier for victims to give evidence.",
                    },
                ],
                "explanation": (
                    "Section 21 protects victims' privacy and allows hearings in camera. Report "
                    "that a hearing was private, never what was said in it, and keep identifying "
                    "details out whether or not an order covers them."
                ),
            },
        ],
        "myths-facts-and-statistics": [
            {
                "kind": "single",
                "text": (
                    "A features editor plans a series on trafficking in Saint Lucia that looks "
                    "only at foreign women in bars. According to the 2016 US report's country "
                    "profile, who else should the series consider?"
                ),
                "options": [
                    {
                        "text": (
                            "Migrants from the Caribbean and South Asia, including domestic "
                            "workers, and children exploited for sex, including by parents and "
                            "caregivers."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. The profile named these groups. A series on foreign women "
                            "in bars alone would miss much of it."
                        ),
                    },
                    {
                        "text": "No one else: the profile says only foreign women are at risk.",
                        "is_correct": False,
                        "feedback": (
                            "The profile named migrant workers, domestic workers and children as "
                            "well."
                        ),
                    },
                    {
                        "text": "Only people taken from Saint Lucia to other countries.",
                        "is_correct": False,
                        "feedback": (
                            "The profile described Saint Lucia as both a source and a destination "
                            "country."
                        ),
                    },
                ],
                "explanation": (
                    "The EJN and ICMPD guidelines ask journalists to correct the myth that "
                    "trafficking is mostly the sexual exploitation of women. Before choosing an "
                    "angle, ask who else might be exploited."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "A victim who had chances to run away but stayed cannot have been trafficked."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Fear, debt, threats and missing documents keep people in place. "
                    "UNODC notes that a victim who did not flee can show how strong the control "
                    "was."
                ),
                "feedback_false": "Correct. Not fleeing can itself be evidence of control.",
                "explanation": (
                    "UNODC's case digest on evidence notes that apparent weaknesses can be "
                    "strengths: a victim who did not flee can show control. Reporting 'she could "
                    "have left' as if it settled the question repeats a myth."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "A report gives a figure for trafficking on the island. Which questions "
                    "should you ask before using it? (choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": (
                            "Who produced it, and does the producer have an interest in it being "
                            "high or low?"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Knowing the source and its interests is the first test."
                        ),
                    },
                    {
                        "text": (
                            "What does it count: estimated victims, identified victims, arrests "
                            "or convictions?"
                        ),
                        "is_correct": True,
                        "feedback": "Correct. These measure very different things.",
                    },
                    {
                        "text": (
                            "Which place and period does it cover, and is the method published?"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. A figure with no place, period or method cannot be checked."
                        ),
                    },
                    {
                        "text": (
                            "Does it mix trafficking with smuggling, irregular migration or sex "
                            "work?"
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Mixing categories is a common reason for inflated figures."
                        ),
                    },
                    {
                        "text": "Has it already been quoted in other news stories?",
                        "is_correct": False,
                        "feedback": (
                            "Repetition does not make a figure reliable. Numbers often lose their "
                            "sources and caveats as they travel."
                        ),
                    },
                ],
                "explanation": (
                    "Trafficking is a hidden crime, so nobody knows exactly how many people are "
                    "affected. Be sceptical: trace a figure to its source, say what it counts, or "
                    "leave it out."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "Suppose official figures show that more victims were identified in Saint "
                    "Lucia in the year after a public awareness campaign. Which sentence reports "
                    "this most responsibly?"
                ),
                "options": [
                    {
                        "text": (
                            "More victims were identified, which may reflect better detection "
                            "rather than more trafficking."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Identified victims measure what the system found, not how "
                            "much trafficking exists."
                        ),
                    },
                    {
                        "text": "Trafficking is rising on the island.",
                        "is_correct": False,
                        "feedback": (
                            "A rise in identified victims does not show a rise in trafficking "
                            "itself."
                        ),
                    },
                    {
                        "text": "Trafficking was rare before the campaign.",
                        "is_correct": False,
                        "feedback": "Low official figures are not proof that trafficking is rare.",
                    },
                ],
                "explanation": (
                    "Official figures describe the response, not the size of the problem. Say "
                    "what a number counts, and avoid drawing trends from it that it cannot "
                    "support."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "What does a country's tier in the US State Department's annual Trafficking "
                    "in Persons report measure?"
                ),
                "options": [
                    {
                        "text": "The government's efforts against trafficking.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. A tier grades what a government does, not how many victims "
                            "there are."
                        ),
                    },
                    {
                        "text": "The number of trafficking victims in the country.",
                        "is_correct": False,
                        "feedback": "A tier is not a count of victims.",
                    },
                    {
                        "text": "How many traffickers were convicted that year.",
                        "is_correct": False,
                        "feedback": (
                            "A tier is a grade of the government's overall efforts, not a tally "
                            "of convictions."
                        ),
                    },
                ],
                "explanation": (
                    "Say which year's report you are quoting, read the report itself rather than "
                    "second-hand accounts, and never present a tier as a measure of how much "
                    "trafficking there is."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "What number should every trafficking story give readers to report a concern "
                    "in Saint Lucia?"
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
                    "847 spells TIP, for trafficking in persons. The call is free, the line is "
                    "open 24 hours, it is answered in the Royal Saint Lucia Police Force control "
                    "room, and callers may stay anonymous. Do not confuse it with 555, the "
                    "police's general anonymous tip line."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: a press release from the Island Freedom Network, a "
                    "fictional campaign group, says Saint Lucia was put on the Tier 2 Watch List "
                    "in the 2023 US report 'because trafficking is at record levels'. It also "
                    "quotes a large number of victims on the island, with no source. Your editor "
                    "wants a story by the afternoon."
                ),
                "text": "The campaign press release",
                "sub_questions": [
                    {
                        "kind": "true_false",
                        "text": "Saint Lucia was on the Tier 2 Watch List in the 2023 US report.",
                        "answer": False,
                        "feedback_true": (
                            "Not so. In 2023 Saint Lucia was on Tier 2. It was on the Tier 2 "
                            "Watch List in 2016 and 2022."
                        ),
                        "feedback_false": "Correct. The 2023 report placed Saint Lucia on Tier 2.",
                        "explanation": "Check tier claims against the report for the year quoted.",
                    },
                    {
                        "kind": "single",
                        "text": (
                            "What is wrong with linking the tier to 'record levels' of "
                            "trafficking on the island?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "A tier grades the government's efforts; it is not a count of "
                                    "victims."
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. A tier says nothing directly about how many people "
                                    "are trafficked."
                                ),
                            },
                            {
                                "text": "Nothing: a lower tier always means more victims.",
                                "is_correct": False,
                                "feedback": (
                                    "Tiers grade government efforts, not the number of victims."
                                ),
                            },
                            {
                                "text": "The link would be sound if the release named its source.",
                                "is_correct": False,
                                "feedback": "A source would not change what a tier measures.",
                            },
                        ],
                        "explanation": "Rankings and victim numbers are different things.",
                    },
                    {
                        "kind": "single",
                        "text": "Where should you check the claim about the tier?",
                        "options": [
                            {
                                "text": (
                                    "In the US State Department's report itself, naming the year "
                                    "you quote."
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. Go to the original, and say which year's report you "
                                    "are quoting."
                                ),
                            },
                            {
                                "text": "In other news stories that mention the ranking.",
                                "is_correct": False,
                                "feedback": "Second-hand accounts may repeat the same error.",
                            },
                            {
                                "text": "In the press release's own summary.",
                                "is_correct": False,
                                "feedback": (
                                    "The release is the claim you are testing, so it cannot "
                                    "confirm itself."
                                ),
                            },
                        ],
                        "explanation": (
                            "Read the report itself rather than second-hand accounts of it."
                        ),
                    },
                ],
                "explanation": (
                    "Test every claim in a press release, however worthy the cause. Check "
                    "rankings against the original report, explain what a tier measures, and "
                    "leave out unsourced figures you cannot verify."
                ),
            },
        ],
        "covering-a-case-from-tip-to-trial": [
            {
                "kind": "single",
                "text": (
                    "A caller tells your newsroom that a young man is being held at a farm and "
                    "beaten. What comes first?"
                ),
                "options": [
                    {
                        "text": (
                            "Making sure help reaches him: give the caller the 847 hotline, or "
                            "report it yourself."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. If someone may be in danger, getting help to them comes "
                            "before the story."
                        ),
                    },
                    {
                        "text": "Sending a crew to the farm to film before evidence disappears.",
                        "is_correct": False,
                        "feedback": (
                            "A crew could alert the suspect, get the young man moved or punished, "
                            "and damage evidence."
                        ),
                    },
                    {
                        "text": "Calling the farm owner for comment.",
                        "is_correct": False,
                        "feedback": (
                            "Questioning the suspected exploiter early can alert them and put the "
                            "young man at greater risk."
                        ),
                    },
                    {
                        "text": "Holding the tip until a second source confirms it.",
                        "is_correct": False,
                        "feedback": (
                            "Verification matters before publication, but it must not delay "
                            "getting help to someone who may be in danger."
                        ),
                    },
                ],
                "explanation": (
                    "Safety before the scoop. A tip is a lead, not a story, and your first "
                    "decisions can affect someone's safety and the chance of a prosecution."
                ),
            },
            {
                "kind": "true_false",
                "text": (
                    "If several indicators are present, such as withheld passports and restricted "
                    "movement, a report can state as fact that the people were trafficked."
                ),
                "answer": False,
                "feedback_true": (
                    "Not so. Indicators are signs that call for further inquiry, not proof. Until "
                    "a court decides, the people are alleged victims."
                ),
                "feedback_false": (
                    "Correct. Indicators justify asking more questions, not stating a conclusion."
                ),
                "explanation": (
                    "Look for several indicators and how they fit together, check with more than "
                    "one source, and attribute what is not proven. Only a court can decide that "
                    "trafficking took place."
                ),
            },
            {
                "kind": "multiple",
                "text": (
                    "After a tip about possible trafficking, which of these should a reporter do? "
                    "(choose all that apply)"
                ),
                "scoring": "partial",
                "options": [
                    {
                        "text": "Protect the caller's identity.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. The source may be at risk if the suspect learns who called."
                        ),
                    },
                    {
                        "text": "Record what the caller saw, and when.",
                        "is_correct": True,
                        "feedback": (
                            "Correct. A clear, dated record helps with verification later."
                        ),
                    },
                    {
                        "text": "Check the account with more than one source.",
                        "is_correct": True,
                        "feedback": "Correct. A single account is a lead, not a confirmed story.",
                    },
                    {
                        "text": (
                            "Put the allegations to those accused before publication, at a time "
                            "that puts nobody at risk."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. This is fair to the accused without alerting them too early."
                        ),
                    },
                    {
                        "text": (
                            "Go to the premises that night with a camera to confront the owner."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "This can alert the suspect, lead to victims being moved or punished, "
                            "and destroy evidence."
                        ),
                    },
                ],
                "explanation": (
                    "Verify carefully and fairly, but choose the timing of every approach so that "
                    "nobody, victim or source, is put at risk."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "At trial, the defence points out that the complainant gave different dates "
                    "in two statements to police. How should your report treat this?"
                ),
                "options": [
                    {
                        "text": (
                            "Report it as the defence's argument, without presenting it as proof "
                            "that she lied."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. This is fair to the accused, and UNODC notes that "
                            "inconsistencies can show a witness was not coached."
                        ),
                    },
                    {
                        "text": "Headline it as 'Victim's story falls apart'.",
                        "is_correct": False,
                        "feedback": (
                            "That treats an argument as a finding and presents inconsistency as "
                            "proof of lying."
                        ),
                    },
                    {
                        "text": "Leave it out, since it might hurt the complainant.",
                        "is_correct": False,
                        "feedback": "Impartiality requires a fair account of the defence case.",
                    },
                ],
                "explanation": (
                    "Inconsistencies are common after trauma. UNODC's case digest on evidence "
                    "notes that they can show a victim was not coached. Report arguments fairly "
                    "and attribute them."
                ),
            },
            {
                "kind": "short_answer",
                "text": (
                    "A draft says section 10 of the Act adds ten years to a sentence where the "
                    "victim was under 18. How many years does section 10 actually add for that "
                    "circumstance? Give a number."
                ),
                "accepted": [
                    "5",
                    "five",
                    "5 years",
                    "five years",
                ],
                "explanation": (
                    "Section 10 adds five years where the victim was under 18. Other aggravating "
                    "circumstances carry different additions, for example three years where an "
                    "organised criminal group was involved (five for its organiser). Take the "
                    "circumstances that apply from the judgment rather than working them out "
                    "yourself."
                ),
            },
            {
                "kind": "single",
                "text": (
                    "A police officer asks you to hold a story about a trafficking investigation "
                    "indefinitely. What is the best approach?"
                ),
                "options": [
                    {
                        "text": (
                            "Do not hold it indefinitely just because an official asks, but "
                            "discuss with your editor when publication would do least harm."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Timing matters for safety and the investigation, but the "
                            "editorial decision stays with you."
                        ),
                    },
                    {
                        "text": "Always agree: the police decide when stories run.",
                        "is_correct": False,
                        "feedback": (
                            "Independence means you decide, though you weigh the risks the police "
                            "raise."
                        ),
                    },
                    {
                        "text": "Publish at once, to show your independence.",
                        "is_correct": False,
                        "feedback": (
                            "Publishing too early can expose a victim or disrupt an investigation."
                        ),
                    },
                ],
                "explanation": (
                    "Publishing too early can expose a victim or disrupt an investigation. That "
                    "is a reason to think about timing, not a reason to give up the story."
                ),
            },
            {
                "kind": "scenario",
                "case": (
                    "A fictional scenario: after a trial, a man is convicted of trafficking under "
                    "section 5. The court finds that the victim was 17 and orders restitution and "
                    "the forfeiture of his car. During the trial the defence had argued that she "
                    "was above the age of consent. Your editor wants the headline 'First "
                    "trafficking conviction in Saint Lucia' and asks you to work out the sentence "
                    "from section 10."
                ),
                "text": "The verdict",
                "sub_questions": [
                    {
                        "kind": "single",
                        "text": (
                            "What should you do about the words 'first trafficking conviction'?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Check the current position first: the 2023 US report said no "
                                    "trafficker had ever been convicted, but that may have "
                                    "changed."
                                ),
                                "is_correct": True,
                                "feedback": (
                                    "Correct. A 'first' claim must be checked against the latest "
                                    "position."
                                ),
                            },
                            {
                                "text": "Use them: the 2023 report proves this is the first.",
                                "is_correct": False,
                                "feedback": (
                                    "The 2023 report describes the position then. Other "
                                    "convictions may have happened since."
                                ),
                            },
                            {
                                "text": (
                                    "Leave out any mention of the conviction, to protect the "
                                    "victim."
                                ),
                                "is_correct": False,
                                "feedback": (
                                    "The conviction can be reported. Protect the victim by "
                                    "leaving out identifying details."
                                ),
                            },
                        ],
                        "explanation": "Check before calling anything the first.",
                    },
                    {
                        "kind": "true_false",
                        "text": (
                            "Under the Act, the defence's argument that she was above the age of "
                            "consent could have been a valid defence."
                        ),
                        "answer": False,
                        "feedback_true": (
                            "Not so. Section 12 says the age of consent is no defence, and she "
                            "was under 18, so no means needed to be shown."
                        ),
                        "feedback_false": (
                            "Correct. Under section 12 the age of consent is no defence."
                        ),
                        "explanation": (
                            "Explain the law when an argument made in court could mislead readers."
                        ),
                    },
                    {
                        "kind": "single",
                        "text": "How should you report the length of the sentence?",
                        "options": [
                            {
                                "text": (
                                    "Take the sentence, and the aggravating circumstances that "
                                    "apply, from the judgment."
                                ),
                                "is_correct": True,
                                "feedback": "Correct. The judgment is the authoritative source.",
                            },
                            {
                                "text": "Add up the section 10 increases yourself.",
                                "is_correct": False,
                                "feedback": (
                                    "Working it out yourself risks error. Report what the court "
                                    "decided."
                                ),
                            },
                            {
                                "text": "Quote the maximum penalty in the 2010 text of the Act.",
                                "is_correct": False,
                                "feedback": (
                                    "The 2010 text was amended in 2021, and a maximum is not the "
                                    "sentence given."
                                ),
                            },
                        ],
                        "explanation": "Report what the court actually decided.",
                    },
                ],
                "explanation": (
                    "At sentence, report what the judgment says, including restitution (section "
                    "8) and forfeiture (section 9), explain the law where arguments could "
                    "mislead, and check 'first' claims against the current position."
                ),
            },
        ],
    },
}
