"""Demo course content: human trafficking for police and border officers of Saint Lucia.

Pure data, loaded into Wagtail pages by the demo seeding code. Case studies are fictional
composites."""

COURSE = {
    "slug": "trafficking-for-police-and-border-officers",
    "title": "Human Trafficking: Identification and Response for Police and Border Officers",
    "summary": "For officers of the Royal Saint Lucia Police Force and border and immigration "
    "officers who may be the first officials to meet a victim of human "
    "trafficking. You will learn to recognise trafficking and tell it apart from "
    "smuggling, respond safely, refer victims, interview them in a victim-centred "
    "way and apply Saint Lucia's Counter-Trafficking Act in your daily work.",
    "audiences": ["law_enforcement", "border"],
    "access_level": "audience",
    "objectives": [
        "By the end you can break a situation down into the act, means and purpose "
        "of trafficking, and explain why consent is irrelevant and why no means is "
        "needed for a child.",
        "By the end you can tell trafficking apart from migrant smuggling and "
        "recognise the indicators, at the border and inland, that call for further "
        "inquiry.",
        "By the end you can give a safe first response: assess risk, avoid doing "
        "harm, apply the non-punishment principle and refer victims, including "
        "through the 847 hotline.",
        "By the end you can plan and conduct a victim-centred interview using the "
        "PEACE model, the WHO ten principles and trauma-informed practice.",
        "By the end you can name the offences, aggravating circumstances and "
        "victim protections in the Counter-Trafficking Act No. 7 of 2010 that "
        "matter to frontline officers.",
    ],
    "hours": "6",
    "prerequisites": "None. Written for serving police, border and immigration officers; no "
    "earlier counter-trafficking training is assumed.",
    "modules": [
        {
            "slug": "what-human-trafficking-is",
            "title": "What human trafficking is",
            "summary": "The international definition of trafficking in persons, why "
            "consent does not matter, the special rule for children and how "
            "trafficking differs from migrant smuggling.",
            "further_reading": [
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Module 1: definitions, smuggling and the difference",
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
                    "slug": "the-legal-definition",
                    "title": "The legal definition: act, means and purpose",
                    "minutes": 20,
                    "summary": "How the Palermo Protocol defines trafficking in "
                    "persons, and how to break a situation down into its "
                    "three elements.",
                    "body": [
                        (
                            "text",
                            "<h2>Why the definition matters</h2><p>Saint Lucia's "
                            "Counter-Trafficking Act No. 7 of 2010 was passed to "
                            "implement the United Nations Trafficking in Persons "
                            "Protocol, usually called the Palermo Protocol. "
                            "Article 3 of the Protocol contains the definition "
                            "that partner agencies, training materials and most "
                            "national laws work from. If you can break what you "
                            "see into its three elements, you can judge quickly "
                            "whether trafficking may be involved and what you "
                            "need to find out next.</p><h2>The three "
                            "elements</h2><ul><li><b>The act</b> (what was done): "
                            "recruiting, transporting, transferring, harbouring "
                            "or receiving a person.</li><li><b>The means</b> (how "
                            "it was done): threats, force or other forms of "
                            "coercion, abduction, fraud, deception, abuse of "
                            "power or of a position of vulnerability, or giving "
                            "or receiving payments to someone who has control "
                            "over the person.</li><li><b>The purpose</b> (why it "
                            "was done): exploitation. At a minimum this covers "
                            "sexual exploitation, forced labour or services, "
                            "slavery or practices similar to slavery, servitude "
                            "and the removal of organs.</li></ul><p>For an adult "
                            "victim all three elements must be present. The "
                            "purpose element is about what the offender intended, "
                            "so the exploitation need not have begun: a recruiter "
                            "who deceives a woman about a job in order to exploit "
                            "her may be trafficking her even if she is stopped "
                            "before she starts work.</p><h3>On the "
                            "ground</h3><p>Officers rarely see all three elements "
                            "at once. You may see a person being moved, hear of a "
                            "job that was not what was promised, or find people "
                            "working unpaid behind a locked gate. Each is a "
                            "thread to follow. At first contact your task is to "
                            "notice the thread and ask further questions, not to "
                            "prove the whole offence on the spot.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Act + means + purpose. For an adult all "
                                "three must be present, and the purpose is "
                                "the exploitation the offender intended, "
                                "whether or not it has started yet.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "A man recruits workers from another "
                                "island by promising them hotel jobs, "
                                "but intends to put them to work unpaid "
                                "on a farm. Which element does the false "
                                "promise of hotel work show?",
                                "options": [
                                    {
                                        "text": "The act",
                                        "is_correct": False,
                                        "feedback": "Not quite. The act here is "
                                        "the recruitment itself; "
                                        "the false promise is how "
                                        "the recruitment was "
                                        "achieved.",
                                    },
                                    {
                                        "text": "The means",
                                        "is_correct": True,
                                        "feedback": "Correct. Deception is one "
                                        "of the means listed in "
                                        "Article 3 of the "
                                        "Protocol.",
                                    },
                                    {
                                        "text": "The purpose",
                                        "is_correct": False,
                                        "feedback": "No. The purpose is the "
                                        "intended exploitation, "
                                        "here unpaid forced labour "
                                        "on the farm.",
                                    },
                                    {
                                        "text": "None, because the workers agreed to travel",
                                        "is_correct": False,
                                        "feedback": "No. Once a means such as "
                                        "deception is used, the "
                                        "victim's consent is "
                                        "irrelevant.",
                                    },
                                ],
                                "explanation": "<p>The recruitment is the "
                                "<b>act</b>, the lie about hotel work "
                                "is the <b>means</b> (deception), and "
                                "unpaid farm work is the "
                                "<b>purpose</b> (forced labour). All "
                                "three are present.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "consent-and-children",
                    "title": "Consent and children",
                    "minutes": 15,
                    "summary": "Why a victim's agreement does not defeat a "
                    "trafficking case, and why no means is needed when "
                    "the victim is a child.",
                    "body": [
                        (
                            "text",
                            "<h2>Why 'she agreed' is not an answer</h2><p>Many "
                            "victims agree to something at the start: to travel, "
                            "to take a job, even to do sex work. Offenders will "
                            "point to that agreement, and victims may repeat it. "
                            "Under the Protocol, once any of the means has been "
                            "used, the victim's consent to the intended "
                            "exploitation is irrelevant. Agreement won by "
                            "deception, by threats or by taking advantage of "
                            "someone's desperate situation is not real consent. "
                            "Section 11 of Saint Lucia's Act makes the victim's "
                            "consent, and their past sexual behaviour, "
                            "irrelevant.</p><h2>Children</h2><p>For a child, "
                            "meaning anyone under 18, no means is required. If a "
                            "child is recruited, transported, transferred, "
                            "harboured or received for the purpose of "
                            "exploitation, that is trafficking, whether or not "
                            "anyone used force or deception. Section 12 of the "
                            "Act adds that the age of consent is no "
                            "defence.</p><p>Reporting on Saint Lucia has noted "
                            "child sex trafficking, including by parents and "
                            "caregivers. Do not assume that a child living with "
                            "family is safe, or that a child who says nothing is "
                            "wrong is not being exploited. Children may be loyal "
                            "to the adults who exploit them, or afraid of what "
                            "will happen at home.</p><h3>What this means for "
                            "you</h3><ul><li>Never close a line of inquiry "
                            "because the person says they "
                            "agreed.</li><li>Establish age early. If the person "
                            "may be under 18, treat them as a child until you "
                            "know otherwise.</li><li>Record what the person was "
                            "told before they agreed and what they actually "
                            "found. The gap between the two is evidence of "
                            "deception.</li></ul>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Once a means is used, consent is "
                                "irrelevant (section 11). For anyone under "
                                "18 no means is needed at all, and the age "
                                "of consent is no defence (section "
                                "12).</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "A 17-year-old girl tells you she chose "
                                "to work at a bar where the owner "
                                "arranges for her to have sex with "
                                "customers. Nobody threatened or "
                                "deceived her. Could this be "
                                "trafficking?",
                                "options": [
                                    {
                                        "text": "No, because she consented and no means was used",
                                        "is_correct": False,
                                        "feedback": "No. She is under 18, so no "
                                        "means is needed and her "
                                        "consent does not matter.",
                                    },
                                    {
                                        "text": "Only if she was brought into "
                                        "Saint Lucia from another "
                                        "country",
                                        "is_correct": False,
                                        "feedback": "No. Trafficking can happen "
                                        "entirely within one "
                                        "country.",
                                    },
                                    {
                                        "text": "Yes: for a child, an act such "
                                        "as harbouring plus a purpose "
                                        "of exploitation is enough",
                                        "is_correct": True,
                                        "feedback": "Correct. The owner is "
                                        "harbouring or receiving a "
                                        "child for sexual "
                                        "exploitation; no means is "
                                        "required.",
                                    },
                                ],
                                "explanation": "<p>Because she is 17, only the act "
                                "and the purpose need to be shown. "
                                "Her consent is irrelevant, and the "
                                "age of consent is no defence under "
                                "section 12. She needs protection and "
                                "referral, not blame.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "trafficking-or-smuggling",
                    "title": "Trafficking or smuggling?",
                    "minutes": 20,
                    "summary": "The four differences between migrant smuggling and "
                    "human trafficking, and how one can turn into the "
                    "other.",
                    "body": [
                        (
                            "text",
                            "<h2>Two different crimes</h2><p>Migrant smuggling "
                            "and human trafficking are often confused, but they "
                            "are different crimes. Getting the label right "
                            "decides how you treat the person in front of "
                            "you.</p><ul><li><b>Consent</b>: smuggled migrants "
                            "agree to be moved. Trafficked persons either never "
                            "agreed, or their agreement was obtained by one of "
                            "the means.</li><li><b>End point</b>: smuggling ends "
                            "when the migrant arrives. Trafficking involves "
                            "exploitation that continues.</li><li><b>Border</b>: "
                            "smuggling always involves crossing an international "
                            "border. Trafficking can take place entirely inside "
                            "one country, including inside Saint "
                            "Lucia.</li><li><b>Profit</b>: the smuggler profits "
                            "from the movement; the trafficker profits from the "
                            "exploitation.</li></ul><h2>When one becomes the "
                            "other</h2><p>A smuggling arrangement can turn into "
                            "trafficking. A migrant who paid to be moved may "
                            "arrive to find a debt that keeps growing, documents "
                            "taken away and work they cannot leave. Irregular "
                            "entry does not stop someone being a victim. Screen "
                            "irregular migrants for signs of trafficking before "
                            "treating them only as immigration cases.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Smuggling is consensual, ends on "
                                "arrival, always crosses a border and "
                                "profits from the movement. Trafficking "
                                "involves continuing exploitation, can "
                                "happen inside one country and profits from "
                                "the exploitation.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: arrivals by boat",
                                "scenario": "<p>Officers at a port stop a small boat "
                                "carrying six adults from another "
                                "Caribbean country. All say they paid a "
                                "man they call 'the captain' to bring "
                                "them to Saint Lucia to look for work. "
                                "Speaking quietly, one of them, Marisol, "
                                "says the captain told her his cousin "
                                "would give her a job and a room and "
                                "that she would repay her fare from her "
                                "wages. She does not know what the job "
                                "is or where.</p>",
                                "questions": [
                                    "On what you know now, is this "
                                    "smuggling, trafficking or possibly "
                                    "both?",
                                    "Which parts of Marisol's account call for further inquiry?",
                                    "How should the group be handled while you find out more?",
                                ],
                                "discussion": "<p>The group's account fits "
                                "smuggling: they agreed to be moved, "
                                "they paid for the movement and a "
                                "border was crossed. Marisol's account "
                                "contains warning signs: travel and "
                                "work arranged by a third party, a "
                                "debt to be repaid from wages, and a "
                                "vague job and lodging controlled by "
                                "the smuggler's associate. These do "
                                "not prove trafficking, but they call "
                                "for inquiry.</p><ul><li>Speak to each "
                                "person separately and privately, with "
                                "an interpreter if needed.</li><li>Ask "
                                "open questions about the job, the "
                                "debt, who holds their documents and "
                                "how they are to contact the "
                                "cousin.</li><li>Treat them as "
                                "possible victims while you do so, not "
                                "only as immigration offenders, and "
                                "refer anyone who may be a "
                                "victim.</li></ul>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "recognising-the-signs",
            "title": "Recognising the signs",
            "summary": "The indicators of trafficking and forced labour, how much weight "
            "to give them, and what to look for at the border and in the "
            "community.",
            "further_reading": [
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Module 2: indicators",
                },
                {
                    "title": "Operational Indicators of Trafficking in Human Beings",
                    "publisher": "ILO and European Commission",
                    "year": 2009,
                    "note": "Four sets: adults and children, labour and sexual exploitation",
                },
            ],
            "lessons": [
                {
                    "slug": "indicators-and-what-they-tell-you",
                    "title": "Indicators and what they tell you",
                    "minutes": 20,
                    "summary": "The ILO indicators of forced labour, why indicators "
                    "call for inquiry rather than proof, and which ones "
                    "to trust most.",
                    "body": [
                        (
                            "text",
                            "<h2>What an indicator is</h2><p>An indicator is a "
                            "sign that trafficking may be taking place. On its "
                            "own it proves nothing; it is a reason to ask more "
                            "questions. A worker without her passport may simply "
                            "have lost it. A worker without her passport who is "
                            "afraid of the police, owes her employer a growing "
                            "debt and is never allowed out alone is a different "
                            "picture. Look for clusters of indicators and follow "
                            "them up.</p><h2>The ILO indicators of forced "
                            "labour</h2><p>The International Labour Organization "
                            "lists eleven:</p><ol><li>abuse of "
                            "vulnerability</li><li>deception</li><li>restriction "
                            "of movement</li><li>isolation</li><li>physical and "
                            "sexual violence</li><li>intimidation and "
                            "threats</li><li>retention of identity "
                            "documents</li><li>withholding of wages</li><li>debt "
                            "bondage</li><li>abusive working and living "
                            "conditions</li><li>excessive "
                            "overtime</li></ol><p>The ILO and the European "
                            "Commission also published operational indicators "
                            "(2009) in four sets: for adults and for children, "
                            "each for labour exploitation and for sexual "
                            "exploitation.</p><h2>Which signs to trust "
                            "most</h2><p>Indicators from the exploitation phase, "
                            "meaning what is happening to the person now at work "
                            "or where they live, are the most reliable. Signs "
                            "from recruitment or travel are useful but weaker. "
                            "Traffickers also learn which indicators officers are "
                            "trained to spot and adapt their methods, so an "
                            "absence of the usual signs does not rule trafficking "
                            "out.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Indicators call for further inquiry, not "
                                "proof. Look for clusters, and give most "
                                "weight to signs from the exploitation "
                                "phase.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which of these is the strongest "
                                "indication that a person may be a "
                                "victim of trafficking?",
                                "options": [
                                    {
                                        "text": "A traveller whose ticket was "
                                        "bought by someone else",
                                        "is_correct": False,
                                        "feedback": "A travel-stage sign with "
                                        "many innocent "
                                        "explanations. Worth "
                                        "noting, but weaker on its "
                                        "own.",
                                    },
                                    {
                                        "text": "A farm worker who says the "
                                        "owner keeps her passport and "
                                        "she may not leave until her "
                                        "debt is paid",
                                        "is_correct": True,
                                        "feedback": "Correct. These are "
                                        "exploitation-phase signs, "
                                        "and they combine several "
                                        "ILO indicators: retained "
                                        "documents, debt bondage "
                                        "and restricted movement.",
                                    },
                                    {
                                        "text": "A traveller who seems nervous "
                                        "at the immigration desk",
                                        "is_correct": False,
                                        "feedback": "Nervousness is common and "
                                        "on its own says little.",
                                    },
                                    {
                                        "text": "A migrant who entered the country irregularly",
                                        "is_correct": False,
                                        "feedback": "Irregular entry tells you "
                                        "about the journey, not "
                                        "about exploitation. Screen "
                                        "the person, but do not "
                                        "treat this as an indicator "
                                        "by itself.",
                                    },
                                ],
                                "explanation": "<p>The strongest picture comes from "
                                "several indicators together, drawn "
                                "from what is happening to the person "
                                "now. Even then, it is a reason to "
                                "inquire further, not proof.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "signs-at-the-border",
                    "title": "Signs at the border",
                    "minutes": 20,
                    "summary": "What border and immigration officers can notice on "
                    "arrival and departure, and how to take the next "
                    "step safely.",
                    "body": [
                        (
                            "text",
                            "<h2>The border as a point of "
                            "identification</h2><p>Border and immigration "
                            "officers may be the only officials a victim meets "
                            "before exploitation begins. A 2016 report described "
                            "Saint Lucia as both a source and a destination "
                            "country, with migrants from the Caribbean and South "
                            "Asia, including domestic workers, most at risk. "
                            "Recommendations made to Saint Lucia year after year "
                            "call for children, migrants and foreign workers to "
                            "be screened and for victims to be "
                            "referred.</p><h2>Signs to notice</h2><ul><li>Travel "
                            "arranged or paid for by a third party, with the "
                            "traveller able to say little about the trip or the "
                            "job.</li><li>Someone else holding the traveller's "
                            "passport, ticket or money, or answering for "
                            "them.</li><li>A person travelling on someone else's "
                            "documents.</li><li>A vague job offer, or one that "
                            "does not match the person's skills or "
                            "documents.</li><li>High recruitment fees, or a debt "
                            "to be repaid from future wages.</li><li>Fear of "
                            "officials, or an account that sounds "
                            "rehearsed.</li><li>A child travelling with an adult "
                            "whose relationship to them is "
                            "unclear.</li></ul><p>The Task Force set up under "
                            "section 33 of the Act has a duty to share border "
                            "information on people travelling on others' "
                            "documents, so record what you see accurately and "
                            "pass it on through your agency's "
                            "channels.</p><h2>Taking the next step</h2><p>If you "
                            "see indicators, take the person aside from any "
                            "companion and speak to them in private, with an "
                            "independent interpreter if needed. Ask open "
                            "questions about the job, who paid for the trip and "
                            "who holds their documents. Do not confront the "
                            "companion on the spot; note their details and "
                            "involve a supervisor.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>At the border, look for a third party in "
                                "control of the travel, the documents, the "
                                "money or the story. Speak to the traveller "
                                "alone and in private.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: the agent at the arrivals desk",
                                "scenario": "<p>Reena, aged 19, arrives by air with "
                                "a man, Dev, who says he is her agent. "
                                "He holds her passport and return ticket "
                                "and answers most of the questions put "
                                "to her. Reena says she is to be a "
                                "domestic worker for a family but cannot "
                                "give their name or address. Dev says "
                                "her fees have been paid and she will "
                                "pay them back from her wages.</p>",
                                "questions": [
                                    "Which indicators are present, and how strong are they?",
                                    "What would you do next at the desk?",
                                    "What should you avoid doing?",
                                ],
                                "discussion": "<p>Several recruitment and travel "
                                "signs are present: a third party "
                                "arranging the travel, holding her "
                                "documents and answering for her, a "
                                "vague job and a debt to be repaid "
                                "from wages. Domestic workers are "
                                "among those most at risk. None of "
                                "this is proof, but together it calls "
                                "for inquiry.</p><ul><li>Separate "
                                "Reena from Dev and speak to her "
                                "privately, with an interpreter who "
                                "has no link to him.</li><li>Ask open "
                                "questions about the job, the fees and "
                                "her documents, and involve a "
                                "supervisor.</li><li>Record Dev's "
                                "details carefully.</li><li>If she is "
                                "admitted, make sure she knows, "
                                "discreetly, that she can call the 847 "
                                "hotline free, at any hour and "
                                "anonymously.</li></ul><p>Avoid "
                                "questioning her in front of Dev, "
                                "using him to interpret, revealing "
                                "your suspicions to him, or treating "
                                "Reena as an offender.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "signs-at-work-and-at-home",
                    "title": "Signs at work and at home",
                    "minutes": 15,
                    "summary": "Indicators police officers can notice in "
                    "workplaces, lodgings and private homes, including "
                    "signs that a child is being exploited.",
                    "body": [
                        (
                            "text",
                            "<h2>Where exploitation happens</h2><p>Trafficking "
                            "can happen wherever people work or are housed: a "
                            "farm, a building site, a bar, a guest house or a "
                            "private home. Because it can take place entirely "
                            "inside one country, Saint Lucian citizens as well as "
                            "foreign nationals can be victims. Officers on patrol "
                            "or answering a complaint are well placed to notice "
                            "the signs.</p><h2>Signs in workplaces and "
                            "lodgings</h2><ul><li>Workers who live where they "
                            "work, in poor or crowded conditions, and are rarely "
                            "seen off the premises.</li><li>Long hours with no "
                            "days off, and little or no pay, or wages held "
                            "back.</li><li>A debt to the employer or recruiter "
                            "that never gets smaller.</li><li>Injuries, or "
                            "workers who are frightened of their employer or of "
                            "you.</li><li>No identity documents because 'the boss "
                            "keeps them'.</li><li>A domestic worker who is never "
                            "allowed out alone or to use a phone.</li><li>Someone "
                            "else controlling a person's movements and "
                            "earnings.</li></ul><h2>Children</h2><p>Children may "
                            "be exploited by the adults responsible for them, "
                            "including parents and caregivers. Be alert to a "
                            "child who is found in a bar or similar place, is out "
                            "of school, or is repeatedly in the company of "
                            "unrelated adults who seem to control them. Any sign "
                            "that a child is being exploited calls for prompt "
                            "action to protect them.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Inside Saint Lucia, look for control of "
                                "movement, documents, wages and contact with "
                                "others. Victims may be citizens, and "
                                "children may be exploited by their own "
                                "carers.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Attending a noise complaint at a house, "
                                "you meet a young domestic worker who "
                                "says she is fine. The employer answers "
                                "for her, and she has no phone and no "
                                "identity documents. What is the best "
                                "next step?",
                                "options": [
                                    {
                                        "text": "Accept her answer and leave, "
                                        "since she says she is fine",
                                        "is_correct": False,
                                        "feedback": "Denial is common among "
                                        "victims, and several "
                                        "indicators are present.",
                                    },
                                    {
                                        "text": "Detain her for an immigration offence",
                                        "is_correct": False,
                                        "feedback": "She may be a victim. "
                                        "Victims should not be "
                                        "punished for offences that "
                                        "result from being "
                                        "trafficked.",
                                    },
                                    {
                                        "text": "Note the signs, try to speak "
                                        "to her alone, give her the 847 "
                                        "number if it is safe, and "
                                        "report to a supervisor",
                                        "is_correct": True,
                                        "feedback": "Correct. This follows up "
                                        "the indicators while "
                                        "keeping her safe and "
                                        "giving her a way to ask "
                                        "for help.",
                                    },
                                    {
                                        "text": "Accuse the employer of trafficking on the spot",
                                        "is_correct": False,
                                        "feedback": "This could put her at "
                                        "greater risk and warn a "
                                        "possible offender before "
                                        "any evidence is secured.",
                                    },
                                ],
                                "explanation": "<p>Her denial does not settle the "
                                "matter. Restricted movement, "
                                "isolation and missing documents "
                                "together call for further inquiry, "
                                "handled so that she is not put at "
                                "risk.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "first-response-and-referral",
            "title": "First response and referral",
            "summary": "How to assess risk, act safely at the scene, apply the "
            "non-punishment principle and connect victims with help, "
            "including through the 847 hotline.",
            "further_reading": [
                {
                    "title": "First Aid Kit for Law-Enforcement First Responders",
                    "publisher": "UNODC",
                    "year": None,
                    "note": "Booklet, referral contact sheets, do's and don'ts",
                },
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Module 5: risk assessment in trafficking investigations",
                },
                {
                    "title": "IOM Handbook on Direct Assistance for Victims of Trafficking",
                    "publisher": "IOM",
                    "year": 2007,
                    "note": "Security, screening and referral",
                },
            ],
            "lessons": [
                {
                    "slug": "assessing-risk",
                    "title": "Assessing risk",
                    "minutes": 20,
                    "summary": "How to weigh the severity and likelihood of harm, "
                    "who or what may be at risk, and how to respond.",
                    "body": [
                        (
                            "text",
                            "<h2>Risk comes first</h2><p>Trafficking cases can be "
                            "dangerous for victims, their families and officers. "
                            "Before you act, and at every stage after, think "
                            "about risk. The UNODC Manual for criminal justice "
                            "practitioners gives a whole module to risk "
                            "assessment in trafficking "
                            "investigations.</p><h2>Severity times "
                            "likelihood</h2><p>Weigh two questions together: how "
                            "serious would the harm be if it happened (severity), "
                            "and how likely is it to happen (likelihood)? A harm "
                            "that is both serious and likely needs an immediate "
                            "response. One that is minor and unlikely can be "
                            "noted and kept under review.</p><h3>Who or what is "
                            "at risk?</h3><ul><li>The victim: reprisals, being "
                            "moved on, self-harm or being drawn back into "
                            "exploitation.</li><li>The victim's family, in Saint "
                            "Lucia or abroad, if the offenders can reach "
                            "them.</li><li>Other victims still under the "
                            "offenders' control.</li><li>Officers, interpreters "
                            "and support workers.</li><li>The investigation: "
                            "evidence that can be destroyed, witnesses who can be "
                            "intimidated, information that can "
                            "leak.</li></ul><h3>Responding</h3><p>For each "
                            "serious risk, decide what you will do: move the "
                            "person to safety, keep their whereabouts "
                            "confidential, limit who knows about the case, and "
                            "review the assessment as things change. Ask the "
                            "person what they fear; they often know the offenders "
                            "better than you do, and their own view of the risk "
                            "deserves respect. Record your assessment and the "
                            "reasons for your decisions.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Risk = severity x likelihood. Ask who or "
                                "what is at risk, decide on a response for "
                                "each serious risk, and review it as the "
                                "situation changes.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Using severity and likelihood, which of "
                                "these risks needs the most urgent "
                                "response?",
                                "options": [
                                    {
                                        "text": "The trafficker has threatened "
                                        "to hurt the victim's child, "
                                        "who lives at an address he "
                                        "knows",
                                        "is_correct": True,
                                        "feedback": "Correct. The harm is "
                                        "severe and, given a "
                                        "specific threat and a "
                                        "known address, likely. Act "
                                        "now.",
                                    },
                                    {
                                        "text": "The case might be reported in "
                                        "the press some months from now",
                                        "is_correct": False,
                                        "feedback": "A real concern for "
                                        "privacy, but not "
                                        "immediate. Plan for it "
                                        "later.",
                                    },
                                    {
                                        "text": "The victim may find the "
                                        "interview room uncomfortable",
                                        "is_correct": False,
                                        "feedback": "Worth fixing, but the harm "
                                        "is low and easily "
                                        "managed.",
                                    },
                                ],
                                "explanation": "<p>Severity and likelihood are "
                                "weighed together. A specific threat "
                                "against a family member whose "
                                "address is known scores high on "
                                "both, so protective action comes "
                                "before anything else.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "first-response-dos-and-donts",
                    "title": "First response: do's and don'ts",
                    "minutes": 20,
                    "summary": "What the first officer on the scene should and "
                    "should not do when trafficking may be involved.",
                    "body": [
                        (
                            "text",
                            "<h2>A first aid kit for first "
                            "responders</h2><p>UNODC's First Aid Kit for "
                            "law-enforcement first responders combines a short "
                            "booklet, referral contact sheets and a list of do's "
                            "and don'ts. The idea is simple: the first officer on "
                            "the scene does not run the investigation, but must "
                            "avoid mistakes that cannot be undone and must know "
                            "whom to call. The list below applies the principles "
                            "of this course. Keep your own referral contact sheet "
                            "up to date.</p><h3>Do</h3><ul><li>Make the scene and "
                            "the people in it safe; get medical help where "
                            "needed.</li><li>Treat the person as a possible "
                            "victim, and explain who you are in plain "
                            "language.</li><li>Separate possible victims from "
                            "possible offenders and speak to people in "
                            "private.</li><li>Use an interpreter with no link to "
                            "the employer or recruiter.</li><li>Note what you see "
                            "and hear: people, documents, conditions, "
                            "vehicles.</li><li>Call for specialist support and "
                            "refer the person for "
                            "help.</li></ul><h3>Don't</h3><ul><li>Arrest or "
                            "charge a possible victim for offences caused by "
                            "being trafficked.</li><li>Use the employer, a "
                            "co-worker or a companion as an "
                            "interpreter.</li><li>Question the person at length; "
                            "a full interview comes later.</li><li>Promise what "
                            "you cannot deliver, such as permission to stay or a "
                            "conviction.</li><li>Share the person's identity or "
                            "photograph beyond those who need it.</li></ul>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>The first responder's job is safety, "
                                "separation, observation and referral. Leave "
                                "the full interview to a trained "
                                "officer.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: a call to a guest "
                                "house in Gros Islet",
                                "scenario": "<p>Officers answer a report of a "
                                "disturbance at a guest house in Gros "
                                "Islet. They find three young women "
                                "sharing one room. The manager, Curtis, "
                                "says they are his cousins visiting from "
                                "another island. One of them, Tamika, "
                                "has a bruise on her arm. None has a "
                                "passport, and the women look at Curtis "
                                "before answering any question. A "
                                "neighbour mentions that men visit the "
                                "room late at night.</p>",
                                "questions": [
                                    "What are your immediate priorities?",
                                    "What should you avoid doing at the scene?",
                                    "Should any of the women face charges?",
                                ],
                                "discussion": "<p>Priorities are safety, medical "
                                "care for Tamika, and separating the "
                                "women from Curtis so each can be "
                                "spoken to privately. Several "
                                "indicators point towards possible "
                                "sexual exploitation: missing "
                                "documents, fear, control by Curtis "
                                "and the late-night visitors. "
                                "Establish their ages early; if any is "
                                "under 18, no means needs to be shown. "
                                "Think about risk: Curtis may move the "
                                "women or warn others once officers "
                                "leave.</p><p>Avoid questioning them "
                                "in front of Curtis or using him to "
                                "interpret. The women should be "
                                "treated as possible victims and "
                                "referred for help, not arrested for "
                                "offences linked to their "
                                "exploitation; section 13 of the Act "
                                "protects victims from "
                                "prosecution.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "non-punishment-and-referral",
                    "title": "Non-punishment and referral",
                    "minutes": 20,
                    "summary": "Why victims are not punished for offences caused by "
                    "their trafficking, how to refer them for help, and "
                    "how the 847 hotline works.",
                    "body": [
                        (
                            "text",
                            "<h2>The non-punishment principle</h2><p>Victims are "
                            "often led into offences because they were "
                            "trafficked: entering the country irregularly, "
                            "working without permission, carrying false "
                            "documents, or being made to sell sex. International "
                            "standards, including the OHCHR Recommended "
                            "Principles (2002) and guidance from ICAT and the "
                            "OSCE (2013), hold that victims should not be "
                            "arrested, prosecuted or punished for offences "
                            "committed as a direct result of being trafficked. In "
                            "Saint Lucia, section 13 of the Act makes the victim "
                            "immune from prosecution.</p><p>In practice, ask "
                            "whether the person may be a victim before you decide "
                            "on charges or immigration action, and raise it with "
                            "a supervisor. Detaining a victim breaks trust, "
                            "leaves them exposed to the traffickers and can lose "
                            "a witness.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Identify before you act. A possible "
                                "victim should be referred for help, not "
                                "punished for offences caused by being "
                                "trafficked (section 13).</p>",
                            },
                        ),
                        (
                            "text",
                            "<h2>Referral</h2><p>Referral connects the person "
                            "with the help they need. Under section 24 of the "
                            "Act, assistance includes housing, counselling, and "
                            "medical and legal help in a language the victim "
                            "understands. Victims may work, staying in a shelter "
                            "is voluntary, and victims are not to be housed in a "
                            "prison except in exigent circumstances. Your part is "
                            "to make the link quickly and safely, following your "
                            "agency's procedure.</p><h3>The 847 "
                            "hotline</h3><p>Saint Lucia's trafficking hotline is "
                            "<b>847</b>, which spells TIP. It is free, runs 24 "
                            "hours a day and is answered in the Royal Saint Lucia "
                            "Police Force control room. Callers may stay "
                            "anonymous. Give the number to possible victims and "
                            "to the public whenever it is safe to do so. The "
                            "police's general anonymous tip line, 555, is a "
                            "separate number.</p>",
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Which statement about the 847 "
                                "trafficking hotline is correct?",
                                "options": [
                                    {
                                        "text": "It is answered in the police "
                                        "control room, and callers may "
                                        "stay anonymous",
                                        "is_correct": True,
                                        "feedback": "Correct. Calls are "
                                        "answered in the Royal "
                                        "Saint Lucia Police Force "
                                        "control room, and callers "
                                        "do not have to give their "
                                        "name.",
                                    },
                                    {
                                        "text": "It is open only during office hours",
                                        "is_correct": False,
                                        "feedback": "No. The hotline runs 24 hours a day.",
                                    },
                                    {
                                        "text": "It is another name for the 555 tip line",
                                        "is_correct": False,
                                        "feedback": "No. 555 is the police's "
                                        "general anonymous tip "
                                        "line; 847 is the "
                                        "trafficking hotline.",
                                    },
                                ],
                                "explanation": "<p>847 spells TIP. It is free, open "
                                "24 hours and anonymous, which makes "
                                "it suitable to give to possible "
                                "victims and to members of the "
                                "public.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "interviewing-victims-who-may-be-witnesses",
            "title": "Interviewing victims who may be witnesses",
            "summary": "Trauma-informed practice, the PEACE interview model and the WHO "
            "ethical and safety principles, applied to victims who may give "
            "evidence.",
            "further_reading": [
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Module 8: interviewing victims who are potential witnesses",
                },
                {
                    "title": "WHO Ethical and Safety Recommendations for "
                    "Interviewing Trafficked Women",
                    "publisher": "World Health Organization",
                    "year": 2003,
                    "note": "The ten principles",
                },
            ],
            "lessons": [
                {
                    "slug": "trauma-informed-practice",
                    "title": "Trauma-informed practice",
                    "minutes": 20,
                    "summary": "How trauma affects what victims say, and the "
                    "principles that make contact with them safer and "
                    "more productive.",
                    "body": [
                        (
                            "text",
                            "<h2>Why victims may not tell you straight "
                            "away</h2><p>Trafficked people have often been "
                            "threatened, deceived and controlled for a long time, "
                            "and many have been told the police will arrest or "
                            "deport them. Expect denial, fear and inconsistency. "
                            "A victim may insist nothing is wrong, give an "
                            "account that changes, or leave out the worst parts. "
                            "None of this means they are lying.</p><p>Apparent "
                            "weaknesses can even strengthen a case. The UNODC "
                            "Case Digest on evidential issues (2017), drawing on "
                            "135 cases from 31 jurisdictions, shows that a victim "
                            "who did not flee can demonstrate how much control "
                            "the offender had, and that inconsistencies can show "
                            "the victim was not coached.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Denial, fear and inconsistency are "
                                "normal reactions to trafficking, not signs "
                                "of lying.</p>",
                            },
                        ),
                        (
                            "text",
                            "<h2>Five principles</h2><ul><li><b>Safety</b>: "
                            "physical and emotional safety come "
                            "first.</li><li><b>Trustworthiness</b>: be honest, "
                            "and say early what cannot stay "
                            "confidential.</li><li><b>Choice</b>: offer real "
                            "choices wherever you "
                            "can.</li><li><b>Collaboration</b>: work with the "
                            "person, not on them.</li><li><b>Empowerment</b>: "
                            "build on the person's strengths and their ability to "
                            "decide.</li></ul><h3>In practice</h3><p>Offer "
                            "breaks. Use open questions and let the person tell "
                            "their story in their own way; do not interrogate. "
                            "The interviewer should not be an officer who took "
                            "part in the raid, whom the person may link with "
                            "fear. Expect several interviews, as trust and recall "
                            "build over time.</p>",
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "In a first conversation, a woman found "
                                "in a bar says she came to Saint Lucia "
                                "on holiday. Later she says she was "
                                "promised hotel work. How should you "
                                "treat this?",
                                "options": [
                                    {
                                        "text": "As proof that she is "
                                        "unreliable and should not be "
                                        "believed",
                                        "is_correct": False,
                                        "feedback": "No. Changing accounts are "
                                        "common among victims and "
                                        "can even show she has not "
                                        "been coached.",
                                    },
                                    {
                                        "text": "As a normal reaction: note "
                                        "both accounts and continue "
                                        "patiently with open questions",
                                        "is_correct": True,
                                        "feedback": "Correct. Fear and mistrust "
                                        "often shape a first "
                                        "account; trust and recall "
                                        "build over several "
                                        "contacts.",
                                    },
                                    {
                                        "text": "As a reason to press her with "
                                        "closed questions until her "
                                        "story is consistent",
                                        "is_correct": False,
                                        "feedback": "No. Pressing her amounts "
                                        "to interrogation and risks "
                                        "re-traumatising her.",
                                    },
                                ],
                                "explanation": "<p>Record what she says each time "
                                "without judging it. Inconsistency is "
                                "expected, and the later account may "
                                "be the fuller one.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "the-peace-model",
                    "title": "The PEACE model",
                    "minutes": 20,
                    "summary": "A five-stage structure for interviewing victims who "
                    "may become witnesses.",
                    "body": [
                        (
                            "text",
                            "<h2>A structure for the interview</h2><p>The UNODC "
                            "Manual for criminal justice practitioners uses the "
                            "PEACE model for interviewing victims who may become "
                            "witnesses. It gives a planned, fair interview that "
                            "aims at a full and reliable "
                            "account.</p><ol><li><b>Planning and preparation</b>: "
                            "find out what is already known, assess the risks, "
                            "and arrange a private place, a suitable interpreter "
                            "and support for the person. Decide what you need to "
                            "cover and have referral information "
                            "ready.</li><li><b>Engage and explain</b>: introduce "
                            "everyone present, explain the purpose of the "
                            "interview, how the information will be used and what "
                            "cannot stay confidential, check the person's needs "
                            "and obtain informed consent.</li><li><b>Account</b>: "
                            "invite the person to give their account in their own "
                            "words without interruption, then use open questions "
                            "to explore recruitment, travel, work, pay, documents "
                            "and control.</li><li><b>Closure</b>: summarise and "
                            "check what you have heard, answer questions, explain "
                            "what happens next and make sure the person has "
                            "support and a safe place to "
                            "go.</li><li><b>Evaluation</b>: afterwards, review "
                            "what you learned against the investigation, decide "
                            "on further inquiries and reflect on how the "
                            "interview went.</li></ol><h3>Questions that "
                            "help</h3><p>Open prompts such as 'Tell me how you "
                            "came to work there' or 'Describe a normal day' "
                            "produce more reliable information than leading "
                            "questions such as 'Did he take your passport?'. Keep "
                            "specific questions until after the free "
                            "account.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>PEACE: Planning and preparation, Engage "
                                "and explain, Account, Closure, Evaluation. "
                                "Let the person give a free account before "
                                "you ask specific questions.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "At which stage of the PEACE model "
                                "should you tell the person what cannot "
                                "be kept confidential?",
                                "options": [
                                    {
                                        "text": "Planning and preparation",
                                        "is_correct": False,
                                        "feedback": "This stage happens before "
                                        "you meet the person, "
                                        "although you should plan "
                                        "what you will say.",
                                    },
                                    {
                                        "text": "Engage and explain",
                                        "is_correct": True,
                                        "feedback": "Correct. Saying early what "
                                        "cannot stay confidential "
                                        "builds trust and is part "
                                        "of informed consent.",
                                    },
                                    {
                                        "text": "Closure",
                                        "is_correct": False,
                                        "feedback": "Too late. The person "
                                        "should know this before "
                                        "giving their account.",
                                    },
                                    {
                                        "text": "Evaluation",
                                        "is_correct": False,
                                        "feedback": "Evaluation happens after "
                                        "the interview is over.",
                                    },
                                ],
                                "explanation": "<p>Consent is only informed if the "
                                "person knows, before speaking, how "
                                "their information will be used and "
                                "where confidentiality ends.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "who-ten-principles",
                    "title": "The WHO ten principles in practice",
                    "minutes": 25,
                    "summary": "The ethical and safety principles for interviewing "
                    "trafficked persons, and what they mean for "
                    "officers.",
                    "body": [
                        (
                            "text",
                            "<h2>Ten principles</h2><p>In 2003 the World Health "
                            "Organization published ethical and safety "
                            "recommendations for interviewing trafficked women. "
                            "Its ten principles are a sound guide for any "
                            "interview with a possible victim:</p><ol><li>Do no "
                            "harm.</li><li>Know the subject and assess the "
                            "risks.</li><li>Prepare referral information and make "
                            "no promises you cannot keep.</li><li>Select and "
                            "prepare interpreters and co-workers "
                            "carefully.</li><li>Ensure anonymity and "
                            "confidentiality.</li><li>Obtain informed "
                            "consent.</li><li>Respect the person's own assessment "
                            "of risk.</li><li>Do not re-traumatise.</li><li>Be "
                            "prepared for emergencies.</li><li>Put the "
                            "information to good use.</li></ol><h2>What they mean "
                            "for officers</h2><p>An interview that puts a victim "
                            "in danger is not worth having. Know what help you "
                            "can offer before you start. Interpreters must be "
                            "competent, bound by confidentiality and free of any "
                            "link to the offenders. The person must understand "
                            "what the interview is for and how the information "
                            "may be used, including in court. If they say a move "
                            "or a return home is dangerous, take it seriously. "
                            "Ask only what the investigation needs, and then act "
                            "on what you learn.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Do no harm comes first. If an interview "
                                "would put the person at risk, change the "
                                "plan or wait.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: interviewing Ana",
                                "scenario": "<p>Ana, 24, was found working in a bar "
                                "during a police operation. At the "
                                "station, the officer who led the "
                                "operation wants to interview her at "
                                "once, using the bar's cleaner, who "
                                "speaks her language, as interpreter. "
                                "Ana says she is fine and wants to go "
                                "back to the bar. Her account of how she "
                                "came to Saint Lucia has already changed "
                                "twice.</p>",
                                "questions": [
                                    "What is wrong with the proposed interview?",
                                    "How would you plan it using PEACE and the WHO principles?",
                                    "How should you treat Ana's changing "
                                    "account and her wish to go back?",
                                ],
                                "discussion": "<p>The plan breaks several "
                                "principles. The interviewer led the "
                                "operation, and the interpreter is "
                                "linked to the bar, which threatens "
                                "confidentiality and Ana's safety. "
                                "Plan instead: rest and medical care "
                                "first, a private setting, an "
                                "independent interpreter, referral "
                                "information ready, and a clear "
                                "explanation of the interview and its "
                                "limits of confidentiality before "
                                "seeking informed consent.</p><p>A "
                                "changing account and a wish to return "
                                "are common reactions, not proof that "
                                "she is lying or safe. Respect her "
                                "view of the risk and explore it. "
                                "Shelter is voluntary under section "
                                "24, so work with her on a safety "
                                "plan, make sure she knows the 847 "
                                "hotline, and expect more than one "
                                "interview.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "the-counter-trafficking-act-for-officers",
            "title": "Saint Lucia's Counter-Trafficking Act for officers",
            "summary": "The offences, aggravating circumstances and victim protections "
            "in the Counter-Trafficking Act No. 7 of 2010, and the evidence "
            "officers need to gather.",
            "further_reading": [
                {
                    "title": "Counter-Trafficking Act No. 7 of 2010",
                    "publisher": "Government of Saint Lucia",
                    "year": 2010,
                    "note": "Offences (ss. 5-7, 15), aggravation (s. 10), "
                    "victim protection (ss. 19-31)",
                },
                {
                    "title": "Case Digest: Evidential Issues in Trafficking in Persons Cases",
                    "publisher": "UNODC",
                    "year": 2017,
                    "note": "The mosaic of evidence",
                },
                {
                    "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
                    "publisher": "UNODC",
                    "year": 2009,
                    "note": "Module 12: protection and assistance to victim-witnesses",
                },
            ],
            "lessons": [
                {
                    "slug": "offences-under-the-act",
                    "title": "The offences",
                    "minutes": 20,
                    "summary": "The offences in Saint Lucia's Counter-Trafficking "
                    "Act that frontline officers need to recognise, and "
                    "the rules on consent and age.",
                    "body": [
                        (
                            "text",
                            "<h2>The Counter-Trafficking Act No. 7 of "
                            "2010</h2><p>Saint Lucia's Counter-Trafficking Act "
                            "No. 7 of 2010, dated 25 January 2010, implements the "
                            "Palermo Protocol. Knowing its offences helps you "
                            "recognise and record the right evidence from first "
                            "contact.</p><h2>Offences</h2><ul><li><b>Section 5, "
                            "trafficking in persons</b>: the core offence. "
                            "Because the Act implements the Protocol, think in "
                            "terms of act, means and purpose.</li><li><b>Section "
                            "6, withholding identity documents</b>: a separate "
                            "offence, so passports or identity cards kept from a "
                            "victim may support a further "
                            "charge.</li><li><b>Section 7, transporting a person "
                            "for the purpose of "
                            "prostitution</b>.</li><li><b>Section 15, receiving "
                            "benefits from trafficking</b>: follow the money as "
                            "well as the people.</li></ul>",
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "An employer keeps his workers' "
                                "passports 'for safe keeping'. You have "
                                "no other evidence yet. Which statement "
                                "is right?",
                                "options": [
                                    {
                                        "text": "Passports only matter to immigration officers",
                                        "is_correct": False,
                                        "feedback": "No. Kept documents are "
                                        "both an indicator of "
                                        "trafficking and the "
                                        "subject of a separate "
                                        "offence.",
                                    },
                                    {
                                        "text": "It may be an offence under "
                                        "section 6, and it is an "
                                        "indicator that calls for "
                                        "further inquiry",
                                        "is_correct": True,
                                        "feedback": "Correct. Section 6 makes "
                                        "withholding identity "
                                        "documents an offence, and "
                                        "retention of documents is "
                                        "one of the ILO indicators "
                                        "of forced labour.",
                                    },
                                    {
                                        "text": "There is nothing to look into "
                                        "unless the workers complain",
                                        "is_correct": False,
                                        "feedback": "No. Victims often do not "
                                        "complain; indicators call "
                                        "for inquiry in their own "
                                        "right.",
                                    },
                                ],
                                "explanation": "<p>Withholding documents can be an "
                                "offence in itself and is a common "
                                "way of controlling victims. Look for "
                                "other indicators, such as debt, "
                                "unpaid wages and restricted "
                                "movement.</p>",
                            },
                        ),
                        (
                            "text",
                            "<h2>Consent and age</h2><p>Section 11 makes the "
                            "victim's consent, and their past sexual behaviour, "
                            "irrelevant. Section 12 makes the age of consent no "
                            "defence. Record the deception, threats or abuse of "
                            "vulnerability you find, but never drop a case "
                            "because the victim agreed to something or has worked "
                            "in the sex trade before.</p><h2>Why your evidence "
                            "matters</h2><p>The United States' 2023 Trafficking "
                            "in Persons Report noted that Saint Lucia had "
                            "initiated its first trafficking prosecution since "
                            "2015, and that no trafficker had ever been convicted "
                            "there. Careful identification and evidence gathering "
                            "by frontline officers is where convictions "
                            "start.</p>",
                        ),
                    ],
                },
                {
                    "slug": "aggravating-circumstances-and-evidence",
                    "title": "Aggravating circumstances and evidence",
                    "minutes": 25,
                    "summary": "The circumstances under section 10 that add years "
                    "to a sentence, and the evidence officers should "
                    "record to prove them.",
                    "body": [
                        (
                            "text",
                            "<h2>Section 10: aggravating "
                            "circumstances</h2><p>Section 10 adds time to a "
                            "sentence when certain circumstances are proved. "
                            "Officers are often the first to see these facts, so "
                            "your notes and statements matter at "
                            "sentencing.</p><ul><li>Use of a weapon: 2 more "
                            "years.</li><li>Serious injury or sexual assault: 2 "
                            "more years.</li><li>Victim under 18: 5 more "
                            "years.</li><li>Exposure to a life-threatening "
                            "illness, or forced drug addiction: 5 more "
                            "years.</li><li>Permanent or life-threatening injury: "
                            "10 more years.</li><li>An organised criminal group: "
                            "3 more years, or 5 for an organiser.</li><li>Abuse "
                            "of authority, for example by a parent or teacher: 4 "
                            "more years.</li></ul><p>As enacted in 2010, the "
                            "Act's penalties were up to 5 years or a fine of up "
                            "to XCD 100,000 where the victim was an adult, and up "
                            "to 10 years where the victim was a child. A 2021 "
                            "amendment removed the fine-only option; check the "
                            "current text for the prison terms now in "
                            "force.</p><h2>A mosaic of evidence</h2><p>The UNODC "
                            "Case Digest (2017) describes trafficking cases as "
                            "resting on a mosaic of evidence: many pieces that "
                            "fit together, such as the victim's account, "
                            "documents, money, phones, other witnesses and your "
                            "own observations. Record weapons, injuries (with "
                            "medical evidence, given with consent), proof of age, "
                            "who gives orders, and the offender's relationship to "
                            "the victim. A case that does not rest on the "
                            "victim's testimony alone also protects the "
                            "victim.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Section 10 turns facts you can observe "
                                "on day one, such as a weapon, an injury or "
                                "a victim's age, into extra years at "
                                "sentencing. Record them.</p>",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional scenario: workers on a farm",
                                "scenario": "<p>After a call to the 847 hotline, "
                                "officers visit a farm in the south of "
                                "the island. Eight men, some from South "
                                "Asia and some from another Caribbean "
                                "island, live in a shed. The owner, "
                                "Victor, holds their passports. The men "
                                "say they were promised building work, "
                                "owe Victor for their flights and have "
                                "not been paid for three months. Two "
                                "have untreated injuries from a beating "
                                "by the foreman, Leon, who threatened "
                                "them with a machete. One worker, Joel, "
                                "looks about 16.</p>",
                                "questions": [
                                    "Which offences under the Act might apply?",
                                    "Which section 10 circumstances might "
                                    "be present, and what evidence would "
                                    "you gather?",
                                    "What must happen before evidence gathering?",
                                ],
                                "discussion": "<p>Possible offences: trafficking "
                                "under section 5 (recruitment and "
                                "harbouring, by deception and debt, "
                                "for forced labour); withholding "
                                "identity documents under section 6; "
                                "and, for anyone profiting, receiving "
                                "benefits under section 15. Possible "
                                "aggravating circumstances: a weapon, "
                                "serious injury, a victim under 18 "
                                "(Joel's age must be established; for "
                                "a child no means is needed) and, if "
                                "others are involved, an organised "
                                "group.</p><p>First come safety, "
                                "medical care and separating the men "
                                "from Victor and Leon, with an "
                                "independent interpreter. The men are "
                                "possible victims: they should not be "
                                "prosecuted for offences that result "
                                "from being trafficked (section 13), "
                                "their immigration position should be "
                                "handled with the protections in "
                                "sections 19 to 31 in mind, and they "
                                "should be referred for assistance "
                                "under section 24.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "victim-protections-in-the-act",
                    "title": "Victim protections in the Act",
                    "minutes": 20,
                    "summary": "What sections 19 to 31, together with section 13, "
                    "require of officers who deal with victims.",
                    "body": [
                        (
                            "text",
                            "<h2>Protection is part of the law</h2><p>Sections 19 "
                            "to 31 of the Act deal with protecting victims: "
                            "witness protection, privacy and in-camera hearings, "
                            "immigration status, return, and child victims. "
                            "Officers do much to make these protections "
                            "real.</p><h3>Sections officers use "
                            "most</h3><ul><li><b>Section 13, non-punishment</b>: "
                            "the victim is immune from prosecution. Consider "
                            "whether someone is a victim before charging "
                            "them.</li><li><b>Section 21, privacy</b>: victims' "
                            "privacy is protected, including through in-camera "
                            "hearings. Keep names, photographs and addresses out "
                            "of public view and share them only with those who "
                            "need them.</li><li><b>Section 22, information</b>: "
                            "victims are to be told their rights and how the case "
                            "is progressing. Agree who will keep the victim "
                            "updated, and make sure it "
                            "happens.</li><li><b>Section 24, assistance</b>: "
                            "housing, counselling, and medical and legal help in "
                            "a language the victim understands. Victims may work, "
                            "shelter is voluntary, and prison housing is ruled "
                            "out except in exigent "
                            "circumstances.</li></ul><h2>Why it matters to the "
                            "investigation</h2><p>A victim who feels safe, "
                            "informed and respected is far more likely to stay in "
                            "contact and give evidence. One who is locked up, "
                            "kept in the dark or exposed is likely to disappear "
                            "or return to the offenders. The 2023 US report also "
                            "noted that remote testimony had been allowed, which "
                            "can spare victim-witnesses from facing the accused "
                            "in the courtroom.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "heading": "Key point",
                                "text": "<p>Sections 13, 21, 22 and 24 turn "
                                "victim-centred practice into legal duties: "
                                "no punishment, privacy, information and "
                                "assistance.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "A woman identified as a victim in a "
                                "raid does not want to stay in a "
                                "shelter. What does the Act say?",
                                "options": [
                                    {
                                        "text": "She must stay in a shelter until the trial",
                                        "is_correct": False,
                                        "feedback": "No. Under section 24, "
                                        "staying in a shelter is "
                                        "voluntary.",
                                    },
                                    {
                                        "text": "She can be housed in a prison "
                                        "for her own protection as a "
                                        "matter of routine",
                                        "is_correct": False,
                                        "feedback": "No. Section 24 rules out "
                                        "housing victims in prison "
                                        "except in exigent "
                                        "circumstances.",
                                    },
                                    {
                                        "text": "Shelter is voluntary, so work "
                                        "with her on safety and other "
                                        "forms of assistance",
                                        "is_correct": True,
                                        "feedback": "Correct. Staying in a "
                                        "shelter is her choice; "
                                        "agree a safety plan with "
                                        "her and make sure she "
                                        "knows how to reach help, "
                                        "including the 847 "
                                        "hotline.",
                                    },
                                ],
                                "explanation": "<p>Section 24 makes shelter "
                                "voluntary and allows victims to "
                                "work. Respect her choice, assess the "
                                "risks with her and keep in "
                                "contact.</p>",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
