package io.github.smpolicy.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Labels;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in analyser: explicit wording found through obfuscation, protected speech left alone. */
class TextAnalyserTest {
    private static final TextAnalyser ANALYSER = TextAnalyser.standard();

    private static List<ContentSignal> signals(String text) {
        List<ContentSignal> found = ANALYSER.analyse(text, "post");
        for (ContentSignal s : found) {
            assertEquals(s.span().match(), text.substring(s.span().start(), s.span().end()), "span of " + s);
        }
        return found;
    }

    private static double strongest(String text, String signal) {
        return signals(text).stream().filter(s -> s.signal().equals(signal)).mapToDouble(ContentSignal::confidence)
                .max().orElse(0.0);
    }

    /** The text raises the signal at review strength: at or above the review threshold, below the deny one. */
    private static void assertForAPersonToJudge(String text, String signal) {
        double c = strongest(text, signal);
        assertTrue(c >= 0.5 && c < 0.9, () -> text + " -> " + signals(text));
    }

    /** The same for a comment or share read with the posting it answers. */
    private static void assertForAPersonToJudge(String text, String posting, String signal) {
        List<ContentSignal> found = ANALYSER.analyse(text, "post", posting);
        double c = found.stream().filter(s -> s.signal().equals(signal)).mapToDouble(ContentSignal::confidence)
                .max().orElse(0);
        assertTrue(c >= 0.5 && c < 0.9, () -> text + " under " + posting + " -> " + found);
    }

    @Test
    void anExplicitThreatToShootSomeoneReachesTheDenyThreshold() {
        assertTrue(strongest("Next person who slashes my tires, I will shoot them on sight.", Labels.THREAT_OF_VIOLENCE)
                >= 0.9);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I will k1ll that guy", "I will sh00t them", "I will s h o o t them", "I will k.i.l.l him",
        "I will sh\u200Boot them", "I will \u0455hoot them", "gonna kiiiiill him", "I will k*ll him",
        "I will ＳＨＯＯＴ them", "I will 🔫 him"})
    void anObfuscatedThreatIsStillAThreat(String text) {
        assertTrue(strongest(text, Labels.THREAT_OF_VIOLENCE) >= 0.9, () -> text + " -> " + signals(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We killed it at the 5k today, new PR!", "Shot the sunset over Mt Hood with my new lens.",
        "Got the sheriff badge in Red Dead, headshot streak all night in CoD.",
        "This traffic is killing me.", "Photo shoot with the kids this weekend, so many pictures."})
    void everydayViolentWordsAreNoThreat(String text) {
        assertEquals(0.0, strongest(text, Labels.THREAT_OF_VIOLENCE), () -> text + " -> " + signals(text));
    }

    /** Death wished in the slang of comment sections: a person for a reviewer, never the deny threshold. */
    @ParameterizedTest
    @ValueSource(strings = {
        "waste of a good bullet tbh", "cheaper than a trial 🤷‍♂️", "dirt nap for this one, nobody will miss him",
        "room temperature is the only fix for this guy",
        "if I catch this punk on my beat he's not making it to booking"})
    void deathWishedInSlangIsForAReviewer(String text) {
        double c = strongest(text, Labels.THREAT_OF_VIOLENCE);
        assertTrue(c > 0 && c < 0.9, () -> text + " -> " + signals(text));
    }

    /** The same slang where nobody is wished dead. */
    @ParameterizedTest
    @ValueSource(strings = {
        "let the butter come to room temperature before he mixes the dough",
        "range day with the new guy, 200 rounds of qualification, total waste of ammo on my part lol",
        "he is not making it to the game tonight, stuck on mandatory OT",
        "my dog has been taking a dirt nap on the couch all afternoon"})
    void theSameSlangWhereNobodyIsWishedDeadIsNoThreat(String text) {
        assertEquals(0.0, strongest(text, Labels.THREAT_OF_VIOLENCE), () -> text + " -> " + signals(text));
    }

    /** A protected group said not to be people is bias; the words about a gang's conduct alone are not 1.7. */
    @Test
    void aProtectedGroupSaidNotToBePeopleIsBias() {
        assertTrue(strongest("somalis? they're not people they're animals", Labels.PROTECTED_CLASS_BIAS) > 0);
        String gang = "the guys who carjacked that grandma are not people, they're animals";
        assertEquals(0.0, strongest(gang, Labels.PROTECTED_CLASS_BIAS), () -> signals(gang).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Worth a read https://www.kgw.com/article/news/local/activist-says-cops-should-be-shot-on-sight/283-5f2a",
        "smh (https://nypost.com/2026/11/20/us-news/illegals-are-invading-portland/)",
        "see bit.ly/kill-them-all", "www.example.com/lynch-mob-history for the exhibit"})
    void aLinksWordsAreAnAddressNotTheMembersWords(String text) {
        // a news link's slug is a headline in someone else's voice: before, these were reviews of 1.6 and 1.7
        assertEquals(List.of(), signals(text));
        assertTrue(PolicyEvaluator.standard().evaluate(io.github.smpolicy.model.Post.builder("p-1",
                java.time.Instant.parse("2026-03-01T18:00:00Z")).author(new io.github.smpolicy.model.Member("m-1", null,
                io.github.smpolicy.model.Role.MEMBER)).account(io.github.smpolicy.model.Account.personal("m@example.com"))
                .text(text).build()).findings().isEmpty(), text);
    }

    @Test
    void theWordsAroundALinkAndSlashedWordsAreStillRead() {
        assertTrue(strongest("illegals are invading https://nypost.com/x", Labels.PROTECTED_CLASS_BIAS) > 0,
                () -> signals("illegals are invading https://nypost.com/x").toString());
        assertEquals(List.of("u", "s", "mexico", "and", "or", "10", "10"), words("U.S./Mexico and/or 10/10"));
        assertEquals(List.of("read", "this", "now"), words("read this https://kgw.com/a-b-c now"));
        // a host name needs a common top-level domain: dots and a slash alone do not hide words
        assertEquals(List.of("go", "shoot", "them", "all"), words("go shoot.them/all"));
        assertEquals(List.of("a", "see", "ok"), words("a. see Www.Example.com ok"));
    }

    private static List<String> words(String text) {
        TextAnalyser.ReadWords w = TextAnalyser.readWords(text);
        return java.util.stream.IntStream.range(0, w.size()).mapToObj(w::word).toList();
    }

    @Test
    void noComplaintIsNoComplaint() {
        // a benign post that a phrase about the author's own complaint once read as one
        String text = "Proud of everyone who worked the parade: not one complaint from the families along the route."
                + " The photo with the patrol car was cleared with the Chief's office.";
        assertEquals(List.of(), signals(text));
    }

    @Test
    void quotingASlurInOrderToCondemnItIsNoFinding() {
        String text = "Someone spray painted 'go back to Mexico' on my neighbor's fence. Disgusting, this hate has no place here.";
        assertEquals(0.0, strongest(text, Labels.PROTECTED_CLASS_BIAS), () -> signals(text).toString());
    }

    @Test
    void disparagingANationalityIsBias() {
        assertTrue(strongest("Mexicans are lazy, dirty criminals, all of them.", Labels.PROTECTED_CLASS_BIAS) >= 0.9);
    }

    @Test
    void aCaseNumberNextToInternalAffairsIsAnInvestigationFinding() {
        assertTrue(strongest("Internal Affairs case IA-2026-0147 against me was closed today.",
                Labels.ADMINISTRATIVE_INVESTIGATION) >= 0.9);
    }

    @Test
    void courtNewsWithNoTieToTheBureauIsNoFinding() {
        String text = "The Supreme Court's ruling today in the copyright case will change how artists sample. The trial judge was reversed.";
        assertTrue(signals(text).isEmpty(), () -> signals(text).toString());
    }

    @Test
    void theBureausOfficialPositionIsSpeakingForTheBureau() {
        assertTrue(strongest("Official position of the Portland Police Bureau: we support Measure 26-250.",
                Labels.REPRESENTS_AGENCY_VIEWS) >= 0.9);
    }

    @Test
    void aMemberWhoSaysTheViewsAreHerOwnIsNotSpeakingForTheBureau() {
        String text = "I work for PPB, but views here are my own: the new bike lanes on Naito are a good idea.";
        assertTrue(signals(text).isEmpty(), () -> signals(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Everything on this page is mine alone, not the Bureau's. For the Bureau's position on the levy, ask the PIO.",
        "Nothing I post here speaks for Portland Police. The PPB position on the new contract is their business.",
        "I speak only for myself on this account, and the Bureau's official stance on overtime is not mine to give.",
        "cant speak for the Bureau but as a cyclist i love it",
        "I don't get to speak for 800 people. If you want the Bureau's position on something, the PIO puts out statements."})
    void aDisclaimerAnywhereInTheTextKeepsItsMentionsOfTheBureausPositionFromBeing18(String text) {
        assertEquals(0.0, strongest(text, Labels.REPRESENTS_AGENCY_VIEWS), () -> text + " -> " + signals(text));
    }

    @Test
    void anInformantsNameOrAddressIsExplicitOnlyNextToTheWord() {
        assertTrue(strongest("the CI's address is 4410 SE Ogden, don't spread it", Labels.SENSITIVE_INFORMATION) >= 0.9);
        // a report on another city's raid: the address was the target's, not the informant's; a person reads it
        String report = "I read the whole Chicago report on that wrong-house raid. The informant gave an address, "
                + "the warrant was written on it, and nobody drove past to look.";
        double found = strongest(report, Labels.SENSITIVE_INFORMATION);
        assertTrue(found < 0.9, () -> report + " -> " + signals(report));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Speaking for the men and women of the Portland Police Bureau: we reject this budget.",
        "That apology doesn't speak for us. PPB's position is that we stand behind every arrest we made."})
    void denyingThatSomeoneElseSpeaksForTheBureauIsNoDisclaimer(String text) {
        assertTrue(strongest(text, Labels.REPRESENTS_AGENCY_VIEWS) > 0, () -> text + " -> " + signals(text));
    }

    @Test
    void aModelsOpinionOn15NeedsATieAndOn18NoDisclaimer() {
        assertTrue(ANALYSER.admitsOpinion("311.40-1.5", "IA called me in about my arrest last week"));
        assertFalse(ANALYSER.admitsOpinion("311.40-1.5", "An Ohio deputy was indicted for the shooting"));
        assertTrue(ANALYSER.admitsOpinion("311.40-1.8", "We at PPB oppose the measure"));
        assertFalse(ANALYSER.admitsOpinion("311.40-1.8", "Views are my own: we at PPB oppose the measure"));
        assertTrue(ANALYSER.admitsOpinion("311.40-1.6", "Views are my own, and an Ohio deputy was indicted"));
    }

    @Test
    void aModelsOpinionOn13OfASharedPostingNeedsSomethingOfTheBureauInIt() {
        String street = "Heads up, lots of police activity near Division and 122nd right now, avoid the area.";
        assertFalse(ANALYSER.admitsOpinion("311.40-1.3", street, "shared"), "a place and a time of someone else's");
        assertTrue(ANALYSER.admitsOpinion("311.40-1.3", street, "post"), "the member's own words are read as they are");
        assertFalse(ANALYSER.admitsOpinion("311.40-1.3", "Somebody keeps checking car doors on Birch Ave after dark.", "shared"));
        assertTrue(ANALYSER.admitsOpinion("311.40-1.3", "RRT staging behind the Lloyd Center at 1900, keep it quiet", "shared"));
        assertTrue(ANALYSER.admitsOpinion("311.40-1.3", "Not for release: the warrant on the Alberta house goes tomorrow", "shared"));
        assertTrue(ANALYSER.admitsOpinion("311.40-1.3", "I pulled his address from the system, DM me", "shared"));
        assertTrue(ANALYSER.admitsOpinion("311.40-1.6", "Somebody keeps checking car doors on Birch Ave after dark.", "shared"),
                "only 1.3 is gated so");
    }

    @Test
    void aModelMayRead15InAFirstPersonTextThatNamesNoUnitButNotInAThirdPersonOne() {
        String own = "the complaint about my tone on the Halvorsen video? going about how you'd think";
        assertFalse(ANALYSER.tiedToAgency(own), "the lexicon's own 1.5 patterns keep the strict tie");
        assertTrue(ANALYSER.admitsOpinion("311.40-1.5", own));
        assertTrue(ANALYSER.admitsOpinion("311.40-1.5", "That's me in that suit. We'll see who's laughing in court."));
        assertFalse(ANALYSER.admitsOpinion("311.40-1.5", "The Supreme Court says a Miranda violation alone is no civil rights lawsuit."));
        assertFalse(ANALYSER.admitsOpinion("311.40-1.5", "Former Minneapolis officer loses appeal of manslaughter conviction"));
        assertFalse(ANALYSER.admitsOpinion("311.40-1.5", "The US Supreme Court ruled on qualified immunity today."),
                "'US' is the United States, not the author");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Twelve years since a drunk driver took Mike from us on Highway 30. Miss you brother.",
        "The weather bureau says freezing rain tonight, stay off the roads.",
        "Left my key fob in the truck again, third time this week.",
        "So tired of hearing that my shift does not care. We care. We are eleven cars short.",
        "Not my agency, not my case, but the jury in that Ohio trial had a hard job.",
        "Lost a friend from my academy class last month. Nobody saw it coming. Call the peer support line.",
        "The city wants us to take a 1% raise while rent goes up 8%.",
        "I'm still learning Spanish, one lesson a day before shift.",
        "My partner showed up to the toy drive in a Santa suit and the kids lost it.",
        "Tag filled on opening weekend, one clean shot on a blacktail. Hunting season is the best season.",
        "Great shots of the fireworks from the Hawthorne bridge last night, 8 second exposure on a tripod.",
        "Target practice with the kids and their nerf guns, I lost badly.",
        "Can't say much yet but... retiring in June after 25 years!",
        "Saw two guys I once arrested who have turned their lives around.",
        "I don't speak for the Bureau and never will. These are my opinions."})
    void everydayUsesOfTheLexiconsWordsRaiseNothing(String text) {
        assertEquals(List.of(), signals(text));
    }

    @Test
    void theirViolatingUsesStillDo() {
        assertTrue(strongest("12 beers deep and driving home, see ya", Labels.PROPOSED_VIOLATION_OF_LAW) > 0);
        assertTrue(strongest("The Bureau wants you to know: don't call 911 for a car prowl.",
                Labels.REPRESENTS_AGENCY_VIEWS) > 0);
        assertTrue(strongest("keep posting my address, clown. you'll learn real quick", Labels.THREAT_OF_VIOLENCE) > 0);
        assertTrue(strongest("chinatown smells like a f0b kitchen", Labels.PROTECTED_CLASS_BIAS) > 0);
        assertTrue(strongest("IA called me in about my complaint again", Labels.ADMINISTRATIVE_INVESTIGATION) > 0);
        assertTrue(strongest("Got the notice of hearing on my discipline today", Labels.ADMINISTRATIVE_INVESTIGATION) > 0);
        assertTrue(strongest("Got named in a suit over my arrest last year.", Labels.ADMINISTRATIVE_INVESTIGATION) > 0);
        assertFalse(ANALYSER.admitsOpinion("311.40-1.5",
                "Not my agency, not my case, but I read the whole verdict before posting."),
                "a model's 1.5 opinion stands down where the author says the matter is not theirs");
    }

    @Test
    void aClassificationMarkingIsSensitiveInformation() {
        assertTrue(strongest("CONFIDENTIAL - LAW ENFORCEMENT SENSITIVE. Staffing plan for the parade.",
                Labels.SENSITIVE_INFORMATION) >= 0.9);
    }

    @Test
    void theAgencysOwnNameIsATieForInvestigations() {
        String text = "CCSO interviewed me again about the investigation, what a week.";
        AgencyProfile sheriff = AgencyProfile.builder().agency("CCSO", "Cascade County Sheriff's Office", "CCSO")
                .emailDomains("ccso.example").build();

        assertEquals(0.0, strongest(text.replace("CCSO", "The gym"), Labels.ADMINISTRATIVE_INVESTIGATION));
        assertTrue(TextAnalyser.forProfile(sheriff).analyse(text, "post").stream()
                .anyMatch(s -> s.signal().equals(Labels.ADMINISTRATIVE_INVESTIGATION)));
    }

    @Test
    void aProfileLexiconEntryRaisesItsSignalWithItsConfidence() {
        AgencyProfile profile = AgencyProfile.builder().lexicon(Labels.SENSITIVE_INFORMATION, "case file", 0.7).build();
        List<ContentSignal> found = TextAnalyser.forProfile(profile).analyse("Reading the Case File at home", "post");

        assertEquals(List.of(new ContentSignal(Labels.SENSITIVE_INFORMATION, 0.7,
                new io.github.smpolicy.model.TextSpan(12, 21, "Case File", "post"))), found);
    }

    @Test
    void aHugeTextYieldsAtMostAFewSpansPerSignal() {
        String text = "I will kill him. ".repeat(10_000);
        long threats = signals(text).stream().filter(s -> s.signal().equals(Labels.THREAT_OF_VIOLENCE)).count();
        assertEquals(TextAnalyser.MAX_SPANS_PER_SIGNAL, threats);
    }

    @Test
    void aProfileLexiconEntryOverridesTheBuiltInConfidenceOfTheWordingItCovers() {
        String text = "Official position of the Portland Police Bureau: we support the levy.";
        AgencyProfile lower = AgencyProfile.builder()
                .lexicon(Labels.REPRESENTS_AGENCY_VIEWS, "official position of the Portland Police Bureau", 0.6).build();
        AgencyProfile silence = AgencyProfile.builder()
                .lexicon(Labels.REPRESENTS_AGENCY_VIEWS, "official position of the Portland Police Bureau", 0.0).build();

        assertTrue(strongest(text, Labels.REPRESENTS_AGENCY_VIEWS) >= 0.9);
        assertEquals(List.of(0.6), TextAnalyser.forProfile(lower).analyse(text, "post").stream()
                .filter(s -> s.signal().equals(Labels.REPRESENTS_AGENCY_VIEWS)).map(ContentSignal::confidence).toList());
        assertTrue(TextAnalyser.forProfile(silence).analyse(text, "post").stream()
                .noneMatch(s -> s.signal().equals(Labels.REPRESENTS_AGENCY_VIEWS)));
    }

    @Test
    void aLexiconWordIsReadInItsInflections() {
        assertTrue(strongest("im putting a bullet in him if he comes back", Labels.THREAT_OF_VIOLENCE) > 0,
                () -> signals("putting a bullet").toString());
        assertTrue(strongest("those people should be hanged, all of them", Labels.THREAT_OF_VIOLENCE) >= 0.5);
    }

    @Test
    void aLexiconWordIsReadInTheRegistersSpellings() {
        // "drive right through" is in the lexicon; the register writes "thru"
        assertTrue(strongest("if those protesters sit in the road again ill drive right thru em", Labels.THREAT_OF_VIOLENCE) > 0,
                () -> signals("drive right thru em").toString());
        assertEquals(0.0, strongest("drove thru the gorge this weekend, gorgeous", Labels.THREAT_OF_VIOLENCE));
    }

    @Test
    void aGerundWithoutItsGAndUForYouAreReadAsTheWordsTheyStandFor() {
        assertEquals(List.of("keep", "driving", "thru", "them"), words("keep drivin' thru them"));
        assertEquals(List.of("i", "know", "where", "you", "live"), words("i know where u live"));
        // a word that ends in "in" stays as it is: no word of the vocabulary with a g, or under five letters
        assertEquals(List.of("my", "cousin", "within", "the", "cabin", "thin", "heroin"),
                words("my cousin within the cabin, thin, heroin"));
        // "u" in an abbreviation or a name is a letter
        assertEquals(List.of("u", "s", "attorney", "u", "haul"), words("U.S. attorney, U-Haul"));
        // and the lexicon reads them as the words
        assertTrue(strongest("if they block the road again im drivin right thru em", Labels.THREAT_OF_VIOLENCE) > 0,
                () -> signals("drivin right thru em").toString());
        assertEquals(strongest("i know where you live", Labels.THREAT_OF_VIOLENCE),
                strongest("i know where u live", Labels.THREAT_OF_VIOLENCE));
    }

    @Test
    void aNineInsideAWordIsAGAndASpacedWordKeepsOneSeparator() {
        assertEquals(List.of("faggots", "everywhere"), words("fa99ots everywhere"));
        // a 9 at a word's end or near its start is a number or a name: the police dog stays a K9
        assertEquals(List.of("the", "k9", "unit", "k9s", "w9"), words("the K9 unit, K9s, w9"));
        // the article before a hyphenated word is not one of its letters ("a" + "bullet" read "abullet")
        assertEquals(List.of("deserves", "a", "bullet"), words("deserves a b-u-l-l-e-t"));
        assertEquals(List.of("i", "will", "kill", "him"), words("i will k.i.l.l him"));
        assertEquals(List.of("kill"), words("k i l l"));
        assertTrue(strongest("ke@ne deserves a b-u-l-l-e-t not a bunk", Labels.THREAT_OF_VIOLENCE) > 0);
    }

    @Test
    void spacedLettersThatAreSeveralWordsSplitAndAnOrdinalFitsItsDigit() {
        assertEquals(List.of("just", "put", "a", "bullet", "in", "him"), words("just p u t a b u l l e t in him"));
        assertEquals(List.of("run", "them", "over", "lol"), words("r/u/n t/h/e/m o/v/e/r lol"));
        // one word, or too short to be several, stays whole
        assertEquals(List.of("defund", "the", "fbi"), words("D E F U N D the F B I"));
        // an abbreviation with a slash is two letters, not a word
        assertEquals(List.of("w", "o", "a", "doubt"), words("w/o a doubt"));
        // "3rd" is a number; "3nd" is leetspeak
        assertEquals(List.of("the", "3", "rd", "and", "21", "st"), words("the 3rd and 21st"));
        assertEquals(List.of("ill", "end", "her"), words("ill 3nd her"));
        assertEquals(List.of("a", "dead", "man"), words("a ☠️ man"));
    }

    @Test
    void aStereotypeToldAsFactForceForWordsAndTheWishToHaveFired() {
        assertForAPersonToJudge("Arabs only understand force. Ramadi taught me", Labels.PROTECTED_CLASS_BIAS);
        assertForAPersonToJudge("somalis cant drive, its genetic", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("genetic testing showed my family is part Mexican", Labels.PROTECTED_CLASS_BIAS));
        assertTrue(strongest("tased him twice for the attitude lol", Labels.MISCONDUCT_ADVOCACY) > 0);
        // told of another officer, it is news or a complaint
        assertEquals(0.0, strongest("an officer tased a man for mouthing off and the city paid out 200k. that's on us",
                Labels.MISCONDUCT_ADVOCACY));
        assertForAPersonToJudge("rip bozo. shoulda been me pulling the trigger", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("do it again and they will be scraping you off the sidewalk", Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("I'm in an ambulance on the way to Emanuel, I'll be fine", Labels.THREAT_OF_VIOLENCE));
    }

    @Test
    void aCommentToRunOverProtestersReadsThemInThePostingItAnswers() {
        String headline = "Protesters block I-5 during rush hour";
        assertTrue(ANALYSER.analyse("floor it", "post", headline).stream()
                .anyMatch(s -> s.signal().equals(Labels.THREAT_OF_VIOLENCE)));
        for (String comment : List.of("Do NOT run them over. Go around, call it in.",
                "whoever said run them over should be fired",
                "took the long way, hit the gas on 26 and still made it to daycare")) {
            assertEquals(List.of(), ANALYSER.analyse(comment, "post", headline), comment);
        }
        // without protesters in the text or the posting, "floor it" is driving
        assertEquals(List.of(), ANALYSER.analyse("floor it", "post", "New Mustang review: 0-60 in 4.1 seconds"));
        // "on the news" is no report of what the member then calls for
        assertForAPersonToJudge("another bombing on the news tonight. death to islam.", Labels.PROTECTED_CLASS_BIAS);
    }

    @Test
    void everydayPhrasesAreNoFindingAndTheirHarmfulUsesStillAre() {
        for (String text : List.of("Everybody deserves to get paid for their OT. Including us, city.",
                "I knew him. He deserved better than dying alone next to an on-ramp in February. RIP",
                "Those folks feed everybody at the langar, no questions asked.",
                "tried to unlock my front door with the key fob of my patrol car. graveyard brain",
                "got the truck tuned up. 240k miles and she purrs",
                "That's the whole difference between us and them: we don't dance on a death.")) {
            assertEquals(List.of(), ANALYSER.analyse(text, "post"), text);
        }
        assertForAPersonToJudge("that clown deserves to get slapped", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("tuned him up in the sally port lol", Labels.MISCONDUCT_ADVOCACY);
        assertTrue(strongest("somebody should key his car tonight", Labels.PROPOSED_VIOLATION_OF_LAW) > 0);
        assertTrue(strongest("just between us, the warrant on 82nd goes tomorrow", Labels.SENSITIVE_INFORMATION) > 0);
    }

    @Test
    void deathCalledDownOnAGroupAndItsHouseOfWorshipSetOnFireAreForAPersonToJudge() {
        for (String text : List.of("death to islam", "DEATH 2 ALL MUSLIMS", "burn the mosque down", "torch every synagogue")) {
            assertForAPersonToJudge(text, Labels.PROTECTED_CLASS_BIAS);
            assertForAPersonToJudge(text, Labels.THREAT_OF_VIOLENCE);
        }
        // told of others, a regime's law, a movie, an arson in the news: no call
        for (String text : List.of("protesters outside the consulate chanted death to jews and nobody was arrested",
                "in some countries being gay is punishable by death. death to gays is the law there and its evil",
                "someone tried to burn the synagogue on 3rd last night. whoever did it deserves prison",
                "torch the temple of doom lol great movie", "death to spreadsheets")) {
            assertEquals(0.0, strongest(text, Labels.PROTECTED_CLASS_BIAS), text);
            assertEquals(0.0, strongest(text, Labels.THREAT_OF_VIOLENCE), text);
        }
    }

    @Test
    void theSlursOfTheRegisterAreReadAndATownIsNotOne() {
        assertTrue(strongest("m00slimes blocking Powell for prayer again", Labels.PROTECTED_CLASS_BIAS) >= 0.9);
        assertTrue(strongest("another night of d0t h3ads calling about the 7-11", Labels.PROTECTED_CLASS_BIAS) >= 0.9);
        assertForAPersonToJudge("tr00n in holding demanding the womens side", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("finally played Royal Troon on vacation, windy as advertised", Labels.PROTECTED_CLASS_BIAS));
        // the antisemitic echo is for a person to judge; explained or condemned, it is no bias
        assertEquals(List.of("tripleparentheses", "they", "own", "the", "media"), words("(((they))) own the media"));
        assertForAPersonToJudge("the (((globalists))) on the council want us defunded", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("putting (((triple parentheses))) around names is an antisemitic hate symbol. report it",
                Labels.PROTECTED_CLASS_BIAS));
        assertEquals(List.of("see", "a", "and", "b"), words("see (a) and ((b))"));
    }

    @Test
    void aDisclaimerExcusesNoBias() {
        // "views are my own" keeps 1.8 off (the member does not speak for the Bureau); it does not make bias personal speech
        assertForAPersonToJudge("speaking for myself here, too many somalis in this city now", Labels.PROTECTED_CLASS_BIAS);
        // saying a group is not what is said of it still stands a bias reading down
        assertEquals(0.0, strongest("Islam has nothing to do with terrorists, and I say that as a cop", Labels.PROTECTED_CLASS_BIAS));
    }

    @Test
    void aCommentIsReadWithThePostingItAnswers() {
        String headline = "New refugee resettlement center to open in Southeast Portland";
        String comment = "They're animals. every one of them.";
        double alone = ANALYSER.analyse(comment, "post").stream()
                .filter(s -> s.signal().equals(Labels.PROTECTED_CLASS_BIAS)).mapToDouble(ContentSignal::confidence).max().orElse(0);
        List<ContentSignal> withPosting = ANALYSER.analyse(comment, "post", headline);
        double read = withPosting.stream().filter(s -> s.signal().equals(Labels.PROTECTED_CLASS_BIAS))
                .mapToDouble(ContentSignal::confidence).max().orElse(0);
        assertEquals(0.0, alone, "the comment alone names no group");
        assertTrue(read >= 0.5 && read < 0.9, () -> withPosting.toString());
        // every span points into the comment, never into the posting
        for (ContentSignal s : withPosting) {
            assertEquals(s.span().match(), comment.substring(s.span().start(), s.span().end()));
        }
        // the same words under a posting about no protected group, or naming who did a deed, are no bias
        assertTrue(ANALYSER.analyse(comment, "post", "Three arrested after a brawl at a Gresham bar").stream()
                .noneMatch(s -> s.signal().equals(Labels.PROTECTED_CLASS_BIAS)));
        assertTrue(ANALYSER.analyse("whoever did this are animals, every one of them", "post",
                "Mosque vandalized in Beaverton overnight").stream()
                .noneMatch(s -> s.signal().equals(Labels.PROTECTED_CLASS_BIAS)));
        assertForAPersonToJudge("a man in a dress is still a man and im not calling him ma'am", Labels.PROTECTED_CLASS_BIAS);
        assertForAPersonToJudge("im not calling him 'she' at roll call", Labels.PROTECTED_CLASS_BIAS);
        for (String text : List.of("I'm not calling him a hero, he just did his job", "not calling her back tonight",
                "not calling her anything, she can call me")) {
            assertEquals(0.0, strongest(text, Labels.PROTECTED_CLASS_BIAS), () -> text + " -> " + signals(text));
        }
    }

    @Test
    void sorrowThatAPersonLivedAndViolenceAsTheDaysTreatAreForAPersonToJudge() {
        for (String text : List.of("shame that piece of garbage survived, honestly",
                "cold rain, full moon, perfect night for a beatdown",
                "Hope that shooter bleeds out in the ambulance")) {
            assertForAPersonToJudge(text, Labels.THREAT_OF_VIOLENCE);
        }
        assertEquals(0.0, strongest("so glad he survived the crash, thank you to the medics", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("great day for a 10k, shooting for a PR", Labels.THREAT_OF_VIOLENCE));
    }

    @Test
    void forceToldWithRelishIsForAPersonToJudgeAndSportIsNot() {
        String boast = "cracked a shoplifter in the jaw on Division last night, zero regrets";
        assertTrue(strongest(boast, Labels.MISCONDUCT_ADVOCACY) > 0, () -> boast + " -> " + signals(boast));
        for (String text : List.of("beat the guy from 2nd shift at racquetball, felt great",
                "punched out at six, best part of my week is Friday pizza with the kids",
                "my kid puts the bad guys in timeout and it's worth it",
                "choked up when the kid gave me a hug, best part of the job",
                "knocked out the paperwork for the guy's case, felt good to be done")) {
            assertEquals(0.0, strongest(text, Labels.MISCONDUCT_ADVOCACY), () -> text + " -> " + signals(text));
        }
    }

    @Test
    void womenKeptInLineOrSaidToGetPartnersKilledIsBias() {
        assertForAPersonToJudge("lady cops get people killed, and the chiefs know it", Labels.PROTECTED_CLASS_BIAS);
    }

    @Test
    void aSlurForMuslimsOrBlackPeopleWithoutTheCommonSpellingsIsStillASlur() {
        assertTrue(strongest("another goat humper at the gas station today", Labels.PROTECTED_CLASS_BIAS) >= 0.9);
        assertTrue(strongest("look at these porch monkeys on my beat", Labels.PROTECTED_CLASS_BIAS) >= 0.9);
    }

    @Test
    void wordsQuotedToCondemnThemAreNoFinding() {
        String text = "Somebody left a note on my neighbor's car that said \"go back to Mexico.\" She was born here.";
        assertEquals(0.0, strongest(text, Labels.PROTECTED_CLASS_BIAS), () -> text + " -> " + signals(text));
    }

    @Test
    void wordsQuotedWithoutAWordOfCondemnationAreAtMostAReview() {
        assertForAPersonToJudge("my take on it: 'go back to mexico'", Labels.PROTECTED_CLASS_BIAS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'll shoot straight with you about the levy: read it, then vote.",
            "run on fixing 911 and I'll shoot you a donation tonight",
            "both parties want to shoot down the transit bond",
            "the city will hang you out to dry the second a video gets clipped"})
    void idiomsWithViolentWordsAreNoThreat(String text) {
        assertEquals(0.0, strongest(text, Labels.THREAT_OF_VIOLENCE), () -> text + " -> " + signals(text));
    }

    @Test
    void aWishThatASuspectHadBeenShotIsForAPersonToJudge() {
        assertForAPersonToJudge("honestly wish the cover officer had just shot that piece of shit when he reached",
                Labels.THREAT_OF_VIOLENCE);
    }

    @Test
    void aTextTiesItselfToTheAgencyByItsNamesItsUnitsOrTheAuthorsOwnWork() {
        assertTrue(ANALYSER.tiedToAgency("IA called me in about the North Precinct call"));
        assertTrue(ANALYSER.tiedToAgency("the PPB lawsuit"));
        assertTrue(!ANALYSER.tiedToAgency("That Ohio deputy's trial starts Monday."));
        assertTrue(!ANALYSER.tiedToAgency("Filed a wage claim with the Bureau of Labor and Industries."));
    }

    @Test
    void theWordsReadAreDeobfuscatedAndPointIntoTheText() {
        String text = "gonna K1LL   him";
        TextAnalyser.ReadWords words = TextAnalyser.readWords(text);

        assertEquals("gonna kill him", words.join(0, words.size()));
        assertEquals("K1LL", text.substring(words.start(1), words.end(1)));
    }

    @Test
    void theUnionSpeakingToItsMembersAboutStaffingIsNoLeakNoDiscreditNoCase() {
        String text = "PPA members read this. Central had FOUR cars on graveyard saturday night for the whole precinct. "
                + "The staffing study came back: East needs 60 more officers. Show up at the budget hearing on the 12th.";
        assertEquals(List.of(), signals(text));
    }

    /** Words the member quotes and answers with disagreement in so many words are someone else's, withdrawn. */
    @Test
    void quotedWordsTheMemberDisagreesWithAreWithdrawn() {
        String condemned = "a guy in my academy group put 'shoot them all' under the march video. do better, man";
        assertEquals(0.0, strongest(condemned, Labels.THREAT_OF_VIOLENCE), () -> signals(condemned).toString());
        // a wink is no disagreement: the quotation stays for a person, below the deny threshold
        String winked = "a guy in my academy group put 'shoot them all' under the march video. do better lol";
        double c = strongest(winked, Labels.THREAT_OF_VIOLENCE);
        assertTrue(c > 0 && c <= TextAnalyser.QUOTED_CEILING, () -> signals(winked).toString());
    }

    /** A single quotation mark after a sentence's end closes the quotation it ends ('... shot.' reported it). */
    @Test
    void aQuotationEndingInAFullStopIsStillAQuotation() {
        String quoted = "my inbox this morning: 'i hope you get shot.' anyway, coffee";
        double c = strongest(quoted, Labels.THREAT_OF_VIOLENCE);
        assertTrue(c > 0 && c <= TextAnalyser.QUOTED_CEILING, () -> signals(quoted).toString());
        assertEquals(0.0, strongest("my inbox this morning: 'i hope you get shot.' reported, blocked, moving on",
                Labels.THREAT_OF_VIOLENCE));
    }

    /** Harm cheered under a posting that tells of it is for a reviewer; the same words under other news are not. */
    @Test
    void harmCheeredUnderAPostingThatTellsOfItIsForAReviewer() {
        String posting = "Homeowner in Troutdale shoots intruder, man pronounced dead at the scene";
        assertForAPersonToJudge("good riddance. zero sympathy", posting, Labels.THREAT_OF_VIOLENCE);
        assertEquals(List.of(), ANALYSER.analyse("good riddance. zero sympathy", "post",
                "City council scraps the downtown parking meter plan"));
        assertEquals(List.of(), ANALYSER.analyse("glad the family is safe. let the DA sort out the rest", "post", posting));
    }

    @Test
    void aTicketMadeToDisappearIsProposedButARefusalIsNot() {
        assertForAPersonToJudge("got a citation on 205? dm me the cite number and it'll go away 😉",
                Labels.PROPOSED_VIOLATION_OF_LAW);
        assertEquals(0.0, strongest("folks keep asking me to make a ticket go away. i won't. contest it in court",
                Labels.PROPOSED_VIOLATION_OF_LAW));
    }

    @Test
    void aHangingCalledForIsAThreatButAPictureHungIsNot() {
        assertForAPersonToJudge("that judge should be hung from the hawthorne bridge", Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("the new painting should be hung in the hallway by the locker room",
                Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("we hung the christmas lights from the bridge railing at the park",
                Labels.THREAT_OF_VIOLENCE));
    }

    /** Apes or the watermelon trope under a posting about Black people is bias for a reviewer; a zoo's animals are not. */
    @Test
    void apesUnderAPostingAboutBlackPeopleAreBiasButNotAtTheZoo() {
        assertForAPersonToJudge("\uD83E\uDD8D\uD83C\uDF49 lol",
                "Chief holds listening session with Black community leaders in Albina", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(List.of(), ANALYSER.analyse("\uD83E\uDD8D\uD83C\uDF49 lol", "post",
                "Oregon Zoo welcomes a baby gorilla, first in a decade"));
    }

    @Test
    void shootingOnSightBesideLootingIsAThreatThoughGamesLootToo() {
        assertTrue(strongest("sh00t on s1ght. any1 looting downtown tonight", Labels.THREAT_OF_VIOLENCE) > 0);
    }

    @Test
    void theGreatReplacementToldAsFactIsBiasButNotWhereItIsCalledAConspiracyTheory() {
        assertForAPersonToJudge("look at the school enrollment. we are being replaced on purpose", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("the great replacement is a racist conspiracy theory and the shooter's manifesto proved it",
                Labels.PROTECTED_CLASS_BIAS));
    }

    /** The Bureau's open criminal case told before its time is 1.5 and 1.3 for a reviewer; a family tree's DNA is not. */
    @Test
    void anOpenCaseToldBeforeItsTimeIsAnInvestigationAndALeak() {
        String leak = "we already have a name for the gateway stabbing, just waiting on dna from the lab. arrest coming tmrw";
        assertForAPersonToJudge(leak, Labels.CRIMINAL_INVESTIGATION);
        assertForAPersonToJudge(leak, Labels.SENSITIVE_INFORMATION);
        assertEquals(List.of(), signals("still waiting on my dna results from the genealogy site, we think we are part irish"));
    }

    /** Saying one did not speak for the Bureau, or that others claim to, is never a denial for 1.8. */
    @Test
    void notSpeakingForTheBureauIsNoDenial() {
        assertEquals(0.0, strongest("testified at the council hearing as a private citizen. I didn't speak for the Bureau and "
                + "I said so at the mic", Labels.REPRESENTS_AGENCY_VIEWS));
        double c = strongest("some retirees post like they still speak for the department. we don't, I sure don't",
                Labels.REPRESENTS_AGENCY_VIEWS);
        assertTrue(c < 0.9, () -> "" + c);
    }

    /** The twelfth pass: executions with "no trials" and protesters met with live rounds are threats; a game's and a range's words are not. */
    @Test
    void anExecutionWithNoTrialIsAThreatButAGameOrARangeIsNot() {
        assertForAPersonToJudge("honor the fallen: hunt down every cop killer. no trials.", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("rioters throwing rocks at the line should be met with live rounds", Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("range day: live fire qual this morning, everyone passed, then tacos",
                Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("we kill the bill in committee, no trial balloon this time", Labels.THREAT_OF_VIOLENCE));
    }

    /** A group said to run Hollywood is bias for a reviewer, with or without an article; condemning the trope is not. */
    @Test
    void aGroupSaidToRunHollywoodIsBiasButNotWhereTheTropeIsCondemned() {
        assertForAPersonToJudge("exactly. the jews run hollywood and took christ out of christmas", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("the claim that jews run hollywood is an old antisemitic lie, reported the post",
                Labels.PROTECTED_CLASS_BIAS));
    }

    /** The thirteenth pass: harm wished on a defendant by the men he is locked up with; a cellmate's kindness is not. */
    @Test
    void harmWishedOnADefendantByHisCellmatesIsAThreatButACellmatesKindnessIsNot() {
        assertForAPersonToJudge("let the inmates at county sort him out, they know what to do with his kind",
                Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("his cellmate at the county jail got him into a GED class. good for both of them",
                Labels.THREAT_OF_VIOLENCE));
    }

    /** Violence at home told as a joke is a threat for a reviewer; the same words of a map, a dentist or a wall are not. */
    @Test
    void violenceAtHomeToldAsAJokeIsAThreatButTheBackOfMyHandIsAnIdiom() {
        assertForAPersonToJudge("rule #1 of marriage: she gets one warning, then the back of the hand if she still won't listen",
                Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("talk to me like that at home and she'd be eating through a straw", Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("drove that beat for 9 years, know it like the back of my hand", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("wisdom teeth out friday so he's eating through a straw all weekend", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("these hooks hold 10 lbs and come off without leaving marks on the wall",
                Labels.THREAT_OF_VIOLENCE));
    }

    /** Women told to stay off the street or promoted "because she's a woman" is bias; a picnic's grill is not. */
    @Test
    void womenKeptOffTheStreetIsBiasButNotWhenTheSentenceSaysOtherwise() {
        assertForAPersonToJudge("the brass can hire all the women they want for PIO. leave the street to the men",
                Labels.PROTECTED_CLASS_BIAS);
        assertForAPersonToJudge("she made lieutenant because she's a woman, nothing else", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("she made lieutenant, and not because she's a woman: best tactical mind on the floor",
                Labels.PROTECTED_CLASS_BIAS));
        assertEquals(0.0, strongest("at the block party we leave the grill to the guys and the pie contest to grandma",
                Labels.PROTECTED_CLASS_BIAS));
    }

    /** Harm cheered under a posting about an overdose is for a reviewer; "one less thing" is an idiom. */
    @Test
    void anOverdoseCheeredIsForAReviewerButOneLessThingIsAnIdiom() {
        String posting = "Man dies of suspected fentanyl overdose in Old Town doorway";
        assertForAPersonToJudge("one less frequent flyer for night shift", posting, Labels.THREAT_OF_VIOLENCE);
        assertEquals(List.of(), ANALYSER.analyse("narcan in every car now. one less excuse for anyone to die out there",
                "post", posting));
    }

    /** A condition naming a bare word or an undeclared group would never match: the lexicon refuses it, naming the line. */
    @Test
    void aConditionThatNamesNoDeclaredGroupIsRefusedWithItsLine() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(List.of("agency.txt"), List.of("@sport = golf | tennis\n"
                        + "THREAT_OF_VIOLENCE 0.7 : kill ~2 him unless @sport walls\n")));
        assertTrue(e.getMessage().contains("agency.txt:2") && e.getMessage().contains("'walls'"), e::getMessage);
        assertEquals(1, Lexicon.parse(List.of("agency.txt"), List.of("@sport = golf | tennis\n"
                + "THREAT_OF_VIOLENCE 0.7 : kill ~2 him unless @sport\n")).entries().size());
    }

    /** People sent after a named person, with where she can be found, is harassment for a reviewer; a sister's bakery is not. */
    @Test
    void peopleSentAfterANamedPersonWhereSheCanBeFoundIsHarassmentButASistersBakeryIsNot() {
        assertForAPersonToJudge("the activist who keeps filming us? lives off SE Powell by the Safeway. somebody should "
                + "pay her a visit", Labels.HARASSMENT);
        assertEquals(0.0, strongest("my sister lives in Sellwood now and runs the bakery on 13th, stop by and try the "
                + "marionberry scones", Labels.HARASSMENT));
    }

    /** A slur with no everyday sense is explicit wording at the deny threshold; its false friends (a bar's music, a
     * potato, a novel, a medical term, the species) are nothing, and one with an everyday sense stays a review. */
    @Test
    void aSlurIsExplicitWordingButItsFalseFriendsAreNot() {
        for (String text : List.of("fudge packers everywhere downtown tonight", "injuns drunk behind the casino again",
                "filthy heebs own everything")) {
            assertTrue(strongest(text, Labels.PROTECTED_CLASS_BIAS) >= 0.9, () -> text + " -> " + signals(text));
        }
        assertForAPersonToJudge("what a spastic, couldnt even walk straight", Labels.PROTECTED_CLASS_BIAS);
        assertForAPersonToJudge("that uncle tom chief", Labels.PROTECTED_CLASS_BIAS);
        for (String text : List.of("great night of two-stepping at the honky tonk on Sandy",
                "roasted redskin potatoes with rosemary, 10/10", "reading Uncle Tom's Cabin with my daughter",
                "my mom has a spastic colon flare again, send prayers", "Homo sapiens have been around a long time",
                "lesbos refugee camp fire was horrific, so many kids")) {
            assertEquals(0.0, strongest(text, Labels.PROTECTED_CLASS_BIAS), () -> text + " -> " + signals(text));
        }
    }

    /** "Watch your back" and "I know where" are threats aimed at someone; said out of care, or of tacos, they are nothing. */
    @Test
    void aWarningAimedAtSomeoneIsAThreatButOneGivenOutOfCareIsNot() {
        assertForAPersonToJudge("i know where that reporter parks. maybe she needs a visit", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("keep filming my house and see what happens", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("watch your back, everyone knows where you live now", Labels.THREAT_OF_VIOLENCE);
        for (String text : List.of("watch your back out there tonight brothers and sisters",
                "I know where the best tacos in town are, follow me", "i know his mom, great lady",
                "see you soon Portland! back from vacation next week")) {
            assertEquals(0.0, strongest(text, Labels.THREAT_OF_VIOLENCE), () -> text + " -> " + signals(text));
        }
    }

    /** A person called an animal to be put down, people lined up against a wall, are threats; a pet's last day and a
     * team photo are not. */
    @Test
    void aPersonToBePutDownIsAThreatButAPetsLastDayIsNot() {
        assertForAPersonToJudge("someone needs to put this animal down", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("line them up against a wall", Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("we had to put our dog down this morning, 14 good years", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("line them up against the wall for the team photo", Labels.THREAT_OF_VIOLENCE));
    }

    /** A member proposing to do hard drugs is proposing to break the law; a soda experiment is not. */
    @Test
    void doingCokeIsProposedButCokeAndMentosIsNot() {
        assertForAPersonToJudge("lets go do some coke after shift", Labels.PROPOSED_VIOLATION_OF_LAW);
        assertEquals(0.0, strongest("do some coke and mentos experiments with the kids this weekend",
                Labels.PROPOSED_VIOLATION_OF_LAW));
    }

    /** A threat the text calls a joke is for a person to judge, never denied on that wording; "dead to me" is an idiom;
     * "knows where I live" is the member's own place; "gonna kill more people than fentanyl" is a rate. */
    @Test
    void aThreatCalledAJokeIsForAPersonAndDeadToMeIsAnIdiom() {
        assertForAPersonToJudge("I'm going to kill my sergeant if he schedules another 6am training lol jk love you sarge",
                Labels.THREAT_OF_VIOLENCE);
        assertTrue(strongest("I'm going to kill my sergeant if he schedules another 6am training",
                Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertEquals(0.0, strongest("you're dead to me if you cheer for the Seahawks this week lol", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("my ex-wife knows where I live, so I moved lol", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("road rage is gonna kill more people than fentanyl at this rate. slow down",
                Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("I'm gonna kill that reporter next time I see him", Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertTrue(strongest("gonna kill him, been waiting more than a year", Labels.THREAT_OF_VIOLENCE) >= 0.9);
    }

    /** Everyday posts that reached the deny threshold: a beer festival's food, a film's scene, the Bureau's statement
     * spoken of, a doorbell camera, a marking on a family joke, a fantasy league. None may be denied; the first three
     * are nothing; a marking on a real document still denies. */
    @Test
    void everydayWordsThatOnceDeniedDoNot() {
        assertEquals(0.0, strongest("Lots of sauerkraut and kraut dogs at the game today", Labels.PROTECTED_CLASS_BIAS));
        assertEquals(0.0, strongest("proud of the bureau's statement on the video. that was murder and it shames every cop",
                Labels.REPRESENTS_AGENCY_VIEWS));
        assertEquals(0.0, strongest("my ring doorbell camera died overnight, had to turn the camera off and on again",
                Labels.MISCONDUCT_ADVOCACY));
        assertTrue(strongest("that movie had a bullet between the eyes scene that made my wife scream",
                Labels.THREAT_OF_VIOLENCE) < 0.9);
        assertTrue(strongest("the krauts at the German beer fest were fantastic", Labels.PROTECTED_CLASS_BIAS) < 0.9);
        assertTrue(strongest("for official use only: my kids' chore chart, violators lose wifi", Labels.SENSITIVE_INFORMATION)
                < 0.9);
        assertTrue(strongest("the bureau's official position on my fantasy football trade: vetoed",
                Labels.REPRESENTS_AGENCY_VIEWS) < 0.9);
        assertTrue(strongest("FOUO: the staffing plan for the march, do not share", Labels.SENSITIVE_INFORMATION) >= 0.9);
    }

    /** Slurs' everyday homographs: light through a chink, an engine's timing retard, a Dutch dyke, a British fag break,
     * a pub's faggots and peas, an Australian cheese. */
    @Test
    void aSlursEverydayHomographIsNothing() {
        for (String text : List.of("a chink of light through the blinds at 5am, time for coffee",
                "the timing retard on my old mustang needs adjusting",
                "the Dutch built a dyke to hold back the sea, amazing engineering",
                "bummed a fag off a bloke in London on my fag break",
                "faggots and peas at the british pub on hawthorne. it's a meatball, google it",
                "coon cheese in australia changed its name a few years ago")) {
            assertEquals(0.0, strongest(text, Labels.PROTECTED_CLASS_BIAS), () -> text + " -> " + signals(text));
        }
    }

    /** Holidays, the catch of the day, an operation, a fantasy draft: everyday posts the lexicon flagged for review. */
    @Test
    void holidaysCrabsSurgeryAndFantasyDraftsAreNothing() {
        assertEquals(0.0, strongest("Hung the Christmas lights today without falling off the ladder", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("Crabbing in Newport with the kids. They insist on executing every crab personally",
                Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("Christmas Eve graveyard. Santa better watch his back", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("watch your back Dawson. your kicker is mine in round 3 of the fantasy draft",
                Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("Knee surgery Tuesday, then six weeks of desk duty after that, and my PT starts in May",
                Labels.ADMINISTRATIVE_INVESTIGATION));
        assertEquals(0.0, strongest("This is disgusting. Whoever did this doesn't speak for this city. Shabbat shalom to our "
                + "Jewish neighbors", Labels.REPRESENTS_AGENCY_VIEWS));
        assertForAPersonToJudge("Hang them in public like Singapore does. Problem solved.", Labels.THREAT_OF_VIOLENCE);
    }

    /** Records pulled on a person told online, deaths celebrated, a critic told the member knows their home, force told as
     * the fun of it, drink before the drive, drugs brought for the others, a group likened to vermin: each for a person
     * to judge, none denied on these words alone. */
    @Test
    void wordingTheHeldOutWritersFoundMissingIsForAPersonToJudge() {
        assertForAPersonToJudge("ran her plate after she flipped me off, 3 suspensions lol", Labels.SENSITIVE_INFORMATION);
        assertForAPersonToJudge("pulled his CAD history, guy's got nine calls to his address", Labels.SENSITIVE_INFORMATION);
        assertForAPersonToJudge("let em keep shooting each other over there, less work for us", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("another dealer dead on 82nd. saves us the paperwork", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("hey blogger boy, I know which apartment is yours", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("kid mouthed off so I put his face in the pavement lol", Labels.MISCONDUCT_ADVOCACY);
        assertForAPersonToJudge("tazed him 3 times because of the attitude. worth it", Labels.MISCONDUCT_ADVOCACY);
        assertForAPersonToJudge("couple of tallboys for the road, nobody pulls over a cop", Labels.PROPOSED_VIOLATION_OF_LAW);
        assertForAPersonToJudge("bringing the molly for the boys this weekend", Labels.PROPOSED_VIOLATION_OF_LAW);
        assertForAPersonToJudge("refugees swarming the suburbs like locusts", Labels.PROTECTED_CLASS_BIAS);
        assertForAPersonToJudge("her name's on the flyer. lives in the house with the green fence on 41st. pass it along",
                Labels.HARASSMENT);
    }

    /** The same words in everyday posts: a truck for sale, a taco truck, a vow not to go to a politician's house, refugees
     * treated like animals, a generator that saved the day, a buck shot on opening morning, a threat answered with
     * "chill". The threat among them still denies. */
    @Test
    void theirEverydayLookAlikesAreNothing() {
        assertEquals(0.0, strongest("Tundra still for sale, cash only. I'll shoot you the Carfax if you want it",
                Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("I'll shoot you the second you step on my porch", Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertEquals(0.0, strongest("I know which taco truck has the best al pastor in Gresham", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("The one thing I won't do is show up at his house. Win the argument instead",
                Labels.HARASSMENT));
        assertEquals(0.0, strongest("the refugees at the border camp were treated like animals. shameful",
                Labels.PROTECTED_CLASS_BIAS));
        assertEquals(0.0, strongest("the generator saved us. The old oak came down and killed the shed", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("shot a nice buck opening morning, popped a beer to celebrate", Labels.THREAT_OF_VIOLENCE));
        assertTrue(ANALYSER.disagrees("chill, it's a parking spot. just call enforcement", "I know which house is yours"));
    }

    /** Entries that flagged more everyday posts than they caught (LexiconEntryAudit over train and dev): a gas station, a
     * drywall job, "do you know who I am", a prediction about no one in particular, an email "shot" to a senator, a
     * fireworks PSA; the threats and the bias beside them still count. */
    @Test
    void entriesTheAuditFoundCostlyNoLongerFlagEverydayPosts() {
        assertEquals(0.0, strongest("3am gas station burrito in the car, living the dream", Labels.THREAT_OF_VIOLENCE));
        assertForAPersonToJudge("gas the camps under the bridge and be done with it", Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("spent saturday hanging drywall in the basement, my shoulders are toast",
                Labels.THREAT_OF_VIOLENCE));
        assertForAPersonToJudge("hang them all in the town square, every last one", Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("drunk guy at the bar: 'do you know who i am?' nope", Labels.PROTECTED_CLASS_BIAS));
        assertEquals(0.0, strongest("told him he's going to kill somebody driving like that", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("gonna shoot my senator an email about this bill", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("gonna shoot him the next time he shows up", Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertTrue(strongest("gonna shoot him and send you a pic after", Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertEquals(0.0, strongest("PSA: aerial fireworks are illegal inside city limits, yes even the ones from Washington",
                Labels.PUBLIC_SAFETY_ENDANGERMENT));
        assertForAPersonToJudge("got a trunk full of mortars, we'll light em off in the street", Labels.PUBLIC_SAFETY_ENDANGERMENT);
        assertForAPersonToJudge("it IS the jews pulling the strings on the reform groups", Labels.PROTECTED_CLASS_BIAS);
    }

    /** 311.40-1.5's signals, as the rule book's table lists them: a complaint, an investigation, a claim, a court case. */
    private static final List<String> SIGNALS_OF_1_5 = List.of(Labels.COMPLAINT, Labels.ADMINISTRATIVE_INVESTIGATION,
            Labels.CRIMINAL_INVESTIGATION, Labels.LEGAL_CLAIM, Labels.COURT_CASE);

    /** The strongest of 1.5's signals the text raises. */
    private static double strongestOn15(String text) {
        return signals(text).stream().filter(s -> SIGNALS_OF_1_5.contains(s.signal()))
                .mapToDouble(ContentSignal::confidence).max().orElse(0.0);
    }

    @Test
    void unionGrievancesWageClaimsAndJuryDutyBesideTheJobAreNothingButTheMembersOwnCaseIs() {
        // a word of the law alone, in a post that mentions the Bureau, is not the member's case
        assertEquals(0.0, strongestOn15("the union filed a grievance over the Bureau rewriting the shift bid, read the contract"));
        assertEquals(0.0, strongestOn15("my wife filed a wage complaint with the Bureau of Labor and Industries and WON"));
        assertEquals(0.0, strongestOn15("noise complaint at 2am, East Precinct, it was a birthday party with a tuba"));
        // beside the member, their partner or the city, or told as a date or an outcome, it is
        assertForAPersonToJudge("my grievance on the East Precinct transfer has been sitting on a desk since march",
                Labels.ADMINISTRATIVE_INVESTIGATION);
        assertTrue(strongestOn15("my partner's trial starts monday, Portland Police wear blue if you can make it") >= 0.5);
        assertTrue(strongestOn15("Jury awards $1.2M to man injured by Portland police during 2020 arrest") >= 0.5);
    }

    @Test
    void trashTalkOverAGameRematchIsNothingButTheSameWordsAtAPorchAreAThreat() {
        assertEquals(0.0, strongest("i was lagging. rematch saturday and youre dead meat", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("youre dead meat if you show your face at my house again", Labels.THREAT_OF_VIOLENCE) >= 0.9);
    }

    @Test
    void aStoryOrAJokeIsNotAPlanToStopWorkingButThePlanIs() {
        assertEquals(0.0, strongest("three guys on B shift called in sick the day after sarge's chili", Labels.MISCONDUCT_ADVOCACY));
        assertForAPersonToJudge("everybody call in sick friday, let the brass work the parade", Labels.MISCONDUCT_ADVOCACY);
        assertEquals(0.0, strongest("if you text me at noon and I dont answer, I'm asleep. nights, you know",
                Labels.MISCONDUCT_ADVOCACY));
        assertForAPersonToJudge("dont answer the radio for priority 3s this weekend, let em stack", Labels.MISCONDUCT_ADVOCACY);
        assertEquals(0.0, strongest("8 hours of slides nobody remembers while the precinct is short twenty cops",
                Labels.MISCONDUCT_ADVOCACY));
        assertForAPersonToJudge("write the report monday, by then nobody remembers anything", Labels.MISCONDUCT_ADVOCACY);
        assertEquals(0.0, strongest("we won in extra innings and the other team is pretending it didnt happen",
                Labels.MISCONDUCT_ADVOCACY));
        assertForAPersonToJudge("learn where the button is. if the bodycam didnt see it, it didnt happen", Labels.MISCONDUCT_ADVOCACY);
    }

    @Test
    void curiosityPeopleNamedByWhatTheyDoAndHuntingAreNotThreatsOrBias() {
        assertEquals(0.0, strongest("to the new hires: you'll find out why the first time you drive home from a bad one",
                Labels.THREAT_OF_VIOLENCE));
        assertForAPersonToJudge("post my kid's school again and you'll find out what happens", Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("those people who dont signal on the bridge every single morning", Labels.PROTECTED_CLASS_BIAS));
        assertForAPersonToJudge("you never see those people at a school board meeting, wonder why", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("target practice at the club sunday, new red dot is dialed in", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("someone smashed the windows at the mosque last night. vile. if you saw anything call it in",
                Labels.PROPOSED_VIOLATION_OF_LAW));
        assertTrue(strongest("gonna slash the tires on that commissioner's prius tonight", Labels.PROPOSED_VIOLATION_OF_LAW) >= 0.5);
        assertEquals(0.0, strongestOn15("I testified against the bill on my own time, as a private citizen"));
    }

    @Test
    void figuresOfSpeechAboutBillsContestsAndThirstAreNothing() {
        assertEquals(0.0, strongest("the new overtime rule is a bullet to the head of whatever morale we had left",
                Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("14 hrs on the smoker, im gonna murder the competition at the potluck", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("fasting through a double in this heat, I'd have killed someone for a gatorade by noon",
                Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("next time he says that to my wife I'm putting him in the hospital", Labels.THREAT_OF_VIOLENCE) >= 0.5);
    }

    @Test
    void aCallForADeathArguedAgainstIsNothingButOneThatWavesDueProcessAwayStillCounts() {
        assertEquals(0.0, strongest("No. Absolutely not. Nobody should be hanged for selling dope, I've arrested plenty of them",
                Labels.THREAT_OF_VIOLENCE));
        assertForAPersonToJudge("forget due process, hang them all from the bridge", Labels.THREAT_OF_VIOLENCE);
    }

    @Test
    void chargesHungOnADefendantACourtsSentenceBigGameAndADisclaimerAreNothingButTheThreatsStillCount() {
        assertEquals(0.0, strongest("hope the DA hangs every charge she can find on that guy", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("hang every last one of them off the Burnside bridge", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("Pickup driver who rammed into protest crowd downtown sentenced to 8 years",
                Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("protesters blocking the bridge again. gonna plow my truck right into them", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("bucket list: a whitetail with my bow before I turn 50", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("you're not the PIO man, let them speak for the bureau on this one",
                Labels.REPRESENTS_AGENCY_VIEWS));
        assertTrue(strongest("I speak for the bureau when I say we won't be enforcing it", Labels.REPRESENTS_AGENCY_VIEWS) >= 0.5);
        assertEquals(0.0, strongest("im a cop and im voting no on it. nobody speaks for all of us", Labels.PROPOSED_VIOLATION_OF_LAW));
        assertTrue(strongest("im a cop, nobody out here is writing me a ticket", Labels.PROPOSED_VIOLATION_OF_LAW) >= 0.5);
    }

    @Test
    void walledExecutionsBulletsAsTheFixBuckshotForVisitorsAndACameraLeftBehindCountButTheirIdiomsDoNot() {
        assertTrue(strongest("the whole school board should be lined up against the wall after this vote", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("nobody should be lined up against a wall over a zoning vote", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("only real answer for these porch pirates is a bullet", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("the only answer for the sprint review is bullet points", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("next solicitor on my lawn is getting a load of buckshot", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("those mallards are getting birdshot opening morning, duck season baby", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("new policy or not my bodycam stays at home from now on", Labels.MISCONDUCT_ADVOCACY) >= 0.5);
        assertEquals(0.0, strongest("the state AG wants to hang the landlord out to dry and good", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("my sister is going to kill me when she sees the dent in her car", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("office drinking game for the budget hearing: id be dead by noon", Labels.THREAT_OF_VIOLENCE));
    }

    @Test
    void roundsWishedBySomebodyArmedVisitsGroupsSaidToBringCrimeAndCamerasPointedAwayCountButTheirEverydayUsesDoNot() {
        assertTrue(strongest("somebody oughta put a bullet through whoever keeps torching cars on Division", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("somebody needs to put a round of drinks on my tab for surviving this shift", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("the guy who slashed my tires: i will find you and break every finger you own", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertTrue(strongest("whoever egged my car, I'm showing up at your place with a bat tonight", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("showing up at your place with a bat and a glove for the softball carpool", Labels.THREAT_OF_VIOLENCE));
        assertForAPersonToJudge("somalis bring crime to every city that takes them in", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("the myth that somalis bring crime to every city is just that, a myth", Labels.PROTECTED_CLASS_BIAS));
        assertForAPersonToJudge("islam is a cult and always was", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("calling islam a cult is wrong and I said so at roll call", Labels.PROTECTED_CLASS_BIAS));
        assertForAPersonToJudge("pride month again. keep that stuff behind closed doors", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("keep the gifts behind closed doors till christmas morning", Labels.PROTECTED_CLASS_BIAS));
        assertForAPersonToJudge("my body cam goes in the cupholder facing the floor from now on", Labels.MISCONDUCT_ADVOCACY);
        assertEquals(0.0, strongest("the dash cam in the cupholder facing the floor caught nothing of the crash", Labels.MISCONDUCT_ADVOCACY));
        assertForAPersonToJudge("sarge is a clown and everyone on nights knows it", Labels.DISCREDITS_BUREAU);
        assertEquals(0.0, strongest("three years today, sarge. still telling your awful jokes at roll call", Labels.DISCREDITS_BUREAU));
    }

    @Test
    void aDeadBoatBatteryStreetRacingComplainedOfALostDogAndAFootballRoutAreNotTheViolationsTheirWordsResemble() {
        assertEquals(0.0, strongest("trolling motor battery died halfway across the lake, paddled back in the rain", Labels.MISCONDUCT_ADVOCACY));
        assertTrue(strongest("pro tip: the battery on the body cam dies right when you need it to 😉", Labels.MISCONDUCT_ADVOCACY) >= 0.5);
        assertEquals(0.0, strongest("this budget is a crime scene and the council's prints are all over the bill", Labels.SENSITIVE_INFORMATION));
        assertEquals(0.0, strongest("so sick of the street racing on Columbia every weekend, cant sleep", Labels.PROPOSED_VIOLATION_OF_LAW));
        assertTrue(strongest("street race on Columbia this friday at 2, bring the camaro", Labels.PROPOSED_VIOLATION_OF_LAW) >= 0.5);
        assertEquals(0.0, strongest("no death penalty for me. life without parole, let them sit with it", Labels.MISCONDUCT_ADVOCACY));
        assertEquals(0.0, strongest("lost our dog by the river, if you see her dont chase her, call me", Labels.MISCONDUCT_ADVOCACY));
        assertEquals(0.0, strongest("our defense got executed on every third down tonight", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("lock up your guns, parents. you will never regret it", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("the group admins said it was a joke and left it up", Labels.DISCREDITS_BUREAU));
        assertEquals(0.0, strongest("they voted for the council that cut our positions, remember that in november", Labels.REPRESENTS_AGENCY_VIEWS));
        assertTrue(strongest("our position, as the Bureau, is that the ordinance goes too far", Labels.REPRESENTS_AGENCY_VIEWS) >= 0.5);
        // filming is what a critic does, not photography: "film" itself still is
        assertTrue(strongest("the guy who keeps filming outside the precinct, hes leaving in an ambulance next time", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("shot a roll of film on range day, those paper targets are gonna be in pieces", Labels.THREAT_OF_VIOLENCE));
    }

    @Test
    void outBackShootingsSuspectsWhoWontReachTheCarPeoplesSaidToBeUnableToDriveAndRaidsGoingDownCountButTheirEverydayUsesDoNot() {
        assertTrue(strongest("somebody should walk that commissioner out back and shoot him", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("walk the dog out back and shoot me a text when you're home", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("if he runs on me again he isnt making it to booking alive", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertTrue(strongest("the next pour on my beat can overdose in the doorway for all i care", Labels.PUBLIC_SAFETY_ENDANGERMENT) >= 0.5);
        assertTrue(strongest("gonna bring my shrooms to the lake house, who's in", Labels.PROPOSED_VIOLATION_OF_LAW) >= 0.5);
        assertTrue(strongest("buddy in traffic can make your citation disappear, just ask", Labels.PROPOSED_VIOLATION_OF_LAW) >= 0.5);
        assertEquals(0.0, strongest("no, I can't make your citation disappear. contest it in traffic court", Labels.PROPOSED_VIOLATION_OF_LAW));
        assertForAPersonToJudge("somalis cant drive, every crash on my beat proves it", Labels.PROTECTED_CLASS_BIAS);
        assertEquals(0.0, strongest("the myth that mexicans cant be trusted with a business is one my abuela heard her whole life", Labels.PROTECTED_CLASS_BIAS));
        assertForAPersonToJudge("haitians are not welcome in this town, period", Labels.PROTECTED_CLASS_BIAS);
        assertForAPersonToJudge("some races are just more violent, look it up", Labels.PROTECTED_CLASS_BIAS);
        assertForAPersonToJudge("the search warrant on that duplex goes down friday at 0500", Labels.SENSITIVE_INFORMATION);
        assertEquals(0.0, strongest("my brother is picking him up tomorrow from the airport", Labels.SENSITIVE_INFORMATION));
        assertForAPersonToJudge("not just me talking, that's the Bureau: vote no on 26", Labels.REPRESENTS_AGENCY_VIEWS);
        assertForAPersonToJudge("asked around both precincts, thats the bureau's pick for sheriff", Labels.REPRESENTS_AGENCY_VIEWS);
        assertEquals(0.0, strongest("that's the bureau's job, not the parks department's", Labels.REPRESENTS_AGENCY_VIEWS));
        assertForAPersonToJudge("the whole ring folded because the cashier has been talking to narcotics since june", Labels.SENSITIVE_INFORMATION);
        assertEquals(0.0, strongest("was talking to the detective on my stolen bike case, nice guy", Labels.SENSITIVE_INFORMATION));
        // "not racist" excuses the stereotype beside it; "that's racist" still condemns it
        assertTrue(strongest("somalis cant drive. not racist if its true", Labels.PROTECTED_CLASS_BIAS) >= 0.5);
        assertEquals(0.0, strongest("a customer told her somalis cant drive. that's racist and I said so", Labels.PROTECTED_CLASS_BIAS));
    }

    @Test
    void aMuseumsHistoryAJawWiredAfterSurgeryANameWornAtAMemorialRunAndALearnersFirstDriveAreNotViolations() {
        assertEquals(0.0, strongest("the museum exhibit on the exclusion laws that were written to keep black people out of oregon", Labels.DISCRIMINATION));
        assertEquals(0.0, strongest("surgeon had to break his jaw to reset it, wired shut for six weeks", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("running the memorial 10k with her name on my sleeve", Labels.HARASSMENT));
        assertEquals(0.0, strongest("my daughter got her learner's permit, doing 15 mph on our street and terrified", Labels.PROPOSED_VIOLATION_OF_LAW));
        assertEquals(0.0, strongest("peaceful rally, zero arrests, everybody went home. good", Labels.MISCONDUCT_ADVOCACY));
        // a slur someone else left in a shop's reviews is not the member's; the member's own review is
        assertEquals(0.0, strongest("someone wrote go back to china in the reviews of the dumpling place. leave them 5 stars instead", Labels.PROTECTED_CLASS_BIAS));
        assertTrue(strongest("left a one star review for the taco truck. go back to mexico", Labels.PROTECTED_CLASS_BIAS) >= 0.5);
        assertEquals(0.0, strongest("anybody who says hang em all has never sat with a family after an overdose", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("anyone who says otherwise should be shot", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertTrue(strongest("i used to think the council meant well. now i say hang em all", Labels.THREAT_OF_VIOLENCE) >= 0.5);
        assertEquals(0.0, strongest("summoned for jury duty on a civil case and dismissed in ten minutes", Labels.COURT_CASE));
        assertEquals(0.0, strongest("not going to pretend I speak for PPB, I'm here as a gun owner", Labels.REPRESENTS_AGENCY_VIEWS));
    }

    /** Explicit wording reaches the deny threshold only where the author is the one who will do it; another subject's
     * "going to kill" is for a person to judge, and a garden's losses are nothing. */
    @Test
    void aThreatInAnotherSubjectsMouthIsAReviewAndAFrostThatKillsTheBasilIsNothing() {
        assertTrue(strongest("gonna kill him if he shows his face at the precinct again", Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertForAPersonToJudge("whoever ate my lunch: my wife is going to kill you, she made that", Labels.THREAT_OF_VIOLENCE);
        assertEquals(0.0, strongest("this frost is going to kill the basil. threw a tarp over them last night", Labels.THREAT_OF_VIOLENCE));
    }
    /** The eighteenth pass: everyday uses that read as threats, bias or misconduct out of context. */
    @Test
    void aDoomedFanADoctorsScoldingALostBetsLunchAndAGroupSaidToBeOrdinaryAreNotViolations() {
        assertEquals(0.0, strongest("chiefs fan in a seahawks bar tonight. im a dead man walking", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("you're a dead man walking, I know where you park", Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertEquals(0.0, strongest("whoever left the donuts, my doctor is going to kill you", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("the teenager wrecked the car. im gonna kill him (not literally, he's grounded)", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("skeet sunday, I'll bring shells, loser buys lunch", Labels.PROPOSED_VIOLATION_OF_LAW));
        assertForAPersonToJudge("who's down to run 84 at 2am, bring the charger, loser buys breakfast", Labels.PROPOSED_VIOLATION_OF_LAW);
        assertEquals(0.0, strongest("trans kids are just kids. let them play", Labels.PROTECTED_CLASS_BIAS));
        assertTrue(strongest("somalis are all running fraud, every one of them", Labels.PROTECTED_CLASS_BIAS) >= 0.5);
        assertEquals(0.0, strongest("the peer support team will meet you anywhere, off the record", Labels.SENSITIVE_INFORMATION));
        assertEquals(0.0, strongest("the council keeps hiding behind a consultant's report", Labels.MISCONDUCT_ADVOCACY));
        assertEquals(0.0, strongest("my buddy's bar permit: the city keeps losing his paperwork", Labels.MISCONDUCT_ADVOCACY));
        assertTrue(strongest("lose the footage before IA asks for it", Labels.MISCONDUCT_ADVOCACY) >= 0.5);
        assertEquals(0.0, strongest("always had the blazers on mute and the stones too loud", Labels.MISCONDUCT_ADVOCACY));
        assertEquals(0.0, strongest("the post game fireworks are gonna blow the roof off, taking the kids", Labels.PUBLIC_SAFETY_ENDANGERMENT));
        assertEquals(0.0, strongest("our QB is going to get killed again, he was sacked 50 times", Labels.THREAT_OF_VIOLENCE));
        assertEquals(0.0, strongest("their dad wants to learn to drive. if anyone has a few saturday mornings", Labels.PROPOSED_VIOLATION_OF_LAW));
        assertTrue(strongest("had a few and drove home anyway", Labels.PROPOSED_VIOLATION_OF_LAW) >= 0.5);
    }

    /** The eighteenth pass: wording of each clause that the lexicon did not know, beside its everyday use. */
    @Test
    void ticketsVoidedGunsSoldWithoutPaperworkLinesBeforeARaidAndForceWrittenSmallerCount() {
        assertForAPersonToJudge("my brother in law got a speeding cite on 205 from one of ours, just void it", Labels.PROPOSED_VIOLATION_OF_LAW);
        assertForAPersonToJudge("glock 26 for sale. cash only, no FFL no paperwork no questions", Labels.PROPOSED_VIOLATION_OF_LAW);
        assertEquals(0.0, strongest("untraceable guns are a nightmare. a gun with no serial number built from a kit is a problem", Labels.PROPOSED_VIOLATION_OF_LAW));
        assertForAPersonToJudge("gonna rip a couple lines before the raid tonight boys", Labels.PROPOSED_VIOLATION_OF_LAW);
        assertForAPersonToJudge("when you write a use of force report, write it so the force looks smaller than it was", Labels.MISCONDUCT_ADVOCACY);
        assertForAPersonToJudge("broke a shoplifter's nose taking him down. went out with a bang", Labels.MISCONDUCT_ADVOCACY);
        assertEquals(0.0, strongest("civil suit deposition monday. guy claims i broke his wrist on that stop", Labels.MISCONDUCT_ADVOCACY));
        assertEquals(0.0, strongest("a leaf blower on a ladder is how my neighbor broke his wrist", Labels.MISCONDUCT_ADVOCACY));
        assertForAPersonToJudge("if that guy shows up at one more game im gonna break his jaw", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("if it was up to me he'd be hanging from their sign out front as a warning", Labels.THREAT_OF_VIOLENCE);
        assertTrue(strongest("the jews run city hall and everybody knows it", Labels.PROTECTED_CLASS_BIAS) >= 0.5);
        assertTrue(strongest("women belong in the kitchen, not on RRT", Labels.PROTECTED_CLASS_BIAS) >= 0.5);
        assertForAPersonToJudge("as far as PPB is concerned tomorrow's rally is an unlawful assembly", Labels.REPRESENTS_AGENCY_VIEWS);
        assertEquals(0.0, strongest("as far as I'm concerned the rally was fine", Labels.REPRESENTS_AGENCY_VIEWS));
        assertForAPersonToJudge("RRT stages in the Justice Center garage and pushes west after the second order", Labels.SENSITIVE_INFORMATION);
    }

    /** Hyperbole about the next person who does a small thing, a range's target and a bill's "bullet in the head" are
     * never at the deny threshold; the same words at a person still reach a person. */
    @Test
    void hyperboleAtTheNextPersonWhoRepliesAllAndARoundThroughTheXRingAreNeverDenied() {
        assertForAPersonToJudge("i swear i'll strangle the next person who replies all", Labels.THREAT_OF_VIOLENCE);
        assertForAPersonToJudge("i wanna murder whoever invented daylight savings", Labels.THREAT_OF_VIOLENCE);
        assertTrue(strongest("i wanna murder that reporter", Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertEquals(0.0, strongest("im gonna put a round through the x ring on qual day, watch me", Labels.THREAT_OF_VIOLENCE));
        assertTrue(strongest("im gonna put a round through his windshield", Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertEquals(0.0, strongest("bullet in the head of this awful bill, please council", Labels.THREAT_OF_VIOLENCE));
        assertForAPersonToJudge("your days are numbered, I know where you park", Labels.THREAT_OF_VIOLENCE);
    }

    /** Any camera off, footage lost in the past, a news report of the Bureau's position and a TV plot's informants are for
     * a person to judge at most; a body camera switched off, a plan to lose footage and the member's own statement of
     * the Bureau's position stay at the deny threshold. */
    @Test
    void aZoomCameraABirthdaysLostFootageAPressReleaseAndANetflixPlotAreNeverDenied() {
        assertEquals(0.0, strongest("keep your camera off during the meeting if your wifi is bad", Labels.MISCONDUCT_ADVOCACY));
        assertForAPersonToJudge("switch off the cam before he starts talking", Labels.MISCONDUCT_ADVOCACY);
        assertTrue(strongest("switch off the bodycam before he starts talking", Labels.MISCONDUCT_ADVOCACY) >= 0.9);
        assertEquals(0.0, strongest("we lost the footage from the birthday party when the phone died", Labels.MISCONDUCT_ADVOCACY));
        assertForAPersonToJudge("we lost the footage from that stop, funny how that works", Labels.MISCONDUCT_ADVOCACY);
        assertTrue(strongest("lose the footage from that stop before IA asks", Labels.MISCONDUCT_ADVOCACY) >= 0.9);
        assertForAPersonToJudge("the department officially supports the bike lanes, according to the mayor's press release",
                Labels.REPRESENTS_AGENCY_VIEWS);
        assertTrue(strongest("the department officially supports the bike lanes. quote me", Labels.REPRESENTS_AGENCY_VIEWS) >= 0.9);
        assertForAPersonToJudge("informant names were leaked in the new netflix series, wild plot", Labels.SENSITIVE_INFORMATION);
        assertForAPersonToJudge("im going to murder these tacos, you in?", Labels.THREAT_OF_VIOLENCE);
        assertTrue(strongest("im going to shoot him and then get tacos", Labels.THREAT_OF_VIOLENCE) >= 0.9);
        assertEquals(0.0, strongest("ill beat her at scrabble again, she knows it", Labels.THREAT_OF_VIOLENCE));
    }

    /** A truck's transmission, a Dutch dike, frost that slowed the tomatoes and storm gunk are not slurs; the same
     * words at a person still are. */
    @Test
    void aTransmissionADikeAFrostAndGutterGunkAreNotSlurs() {
        assertEquals(0.0, strongest("that tranny in my truck is slipping, need a rebuild", Labels.PROTECTED_CLASS_BIAS));
        assertTrue(strongest("called the tr@nny on 3rd sir, deserved it", Labels.PROTECTED_CLASS_BIAS) >= 0.9);
        assertEquals(0.0, strongest("the dyke held during the flood in that netherlands documentary", Labels.PROTECTED_CLASS_BIAS));
        assertEquals(0.0, strongest("the frost retarded the growth of the tomatoes this year", Labels.PROTECTED_CLASS_BIAS));
        assertTrue(strongest("some retarded kid in my class", Labels.PROTECTED_CLASS_BIAS) >= 0.9);
        assertEquals(0.0, strongest("the gook in the gutter from the storm clogged everything", Labels.PROTECTED_CLASS_BIAS));
    }

    /** "Our position" is the Bureau's only beside the Bureau; Iowa is not internal affairs; a course is not the marking. */
    @Test
    void ourPositionOnPizzaIowasCaseAndALawEnforcementSensitiveCourseAreNotDenied() {
        assertForAPersonToJudge("our position on pineapple pizza is clear: never", Labels.REPRESENTS_AGENCY_VIEWS);
        assertTrue(strongest("As PPB we will not be enforcing the ordinance. That is our position.", Labels.REPRESENTS_AGENCY_VIEWS) >= 0.9);
        assertTrue(strongest("my cousin's IA case 2023 0412 at the iowa dmv took forever", Labels.ADMINISTRATIVE_INVESTIGATION) < 0.9);
        assertTrue(strongest("IA case 2023 0412 is mine, they called me in today", Labels.ADMINISTRATIVE_INVESTIGATION) >= 0.9);
        assertForAPersonToJudge("just finished a law enforcement sensitive training module on cyber safety", Labels.SENSITIVE_INFORMATION);
    }

    /** The guards of the eighteenth pass and the probes stay narrow: the city's lawyers, a ban, a kit, "just as", "a few
     * times", a photo lineup and a complaint do not release the violation beside them; a deck, a sports team's staging
     * and lunch on the sidewalk are nothing. */
    @Test
    void theGuardsOfTheEighteenthPassDoNotReleaseTheViolationsBesideThem() {
        assertTrue(strongest("lose the footage before the city's lawyers see it", Labels.MISCONDUCT_ADVOCACY) >= 0.9);
        assertForAPersonToJudge("selling my glock before the ban hits, no paperwork no ffl, cash", Labels.PROPOSED_VIOLATION_OF_LAW);
        assertForAPersonToJudge("80 percent kit pistol, no serial, no questions, dm me", Labels.PROPOSED_VIOLATION_OF_LAW);
        assertTrue(strongest("muslims are just as violent as the rest of them", Labels.PROTECTED_CLASS_BIAS) >= 0.5);
        assertTrue(strongest("drove home drunk a few times last month, no big deal", Labels.PROPOSED_VIOLATION_OF_LAW) >= 0.5);
        assertForAPersonToJudge("the victim picked him out of the lineup, he lives on 82nd by the 7-eleven", Labels.SENSITIVE_INFORMATION);
        assertForAPersonToJudge("I broke his nose and the complaint went nowhere lol", Labels.MISCONDUCT_ADVOCACY);
        assertEquals(0.0, strongest("we're building a deck on the house, should be done soon", Labels.SENSITIVE_INFORMATION));
        assertEquals(0.0, strongest("the team stages at the gym on saturday for the tournament", Labels.SENSITIVE_INFORMATION));
        assertEquals(0.0, strongest("fed them lunch on the sidewalk outside the shelter", Labels.MISCONDUCT_ADVOCACY));
    }
}
