package io.github.smpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpolicy.model.Account;
import io.github.smpolicy.model.AccountUse;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Member;
import io.github.smpolicy.model.Occasion;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.SharedContent;
import io.github.smpolicy.model.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of every decision, over generated valid posts. */
class DecisionProperties {
    private static final PolicyEvaluator EVALUATOR = Posts.STANDARD;
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> APPROVABLE = List.of("311.40-1.1", "311.40-1.2", "311.40-1.8", "311.40-1.9",
            "311.40-P2");
    private static final List<String> TEXTS = List.of("",
            "Sunset over the Columbia from Rooster Rock. Best day off in months.",
            "On behalf of the Portland Police Bureau, thank you to everyone who came.",
            "I work for PPB, but views here are my own: the new bike lanes are a good idea.",
            "Internal Affairs case IA-2026-0147 against me was closed today.",
            "Next person who slashes my tires, I will shoot them on sight.",
            "CONFIDENTIAL - LAW ENFORCEMENT SENSITIVE. Staffing plan for the parade.",
            "PPA members: rally at City Hall Thursday at 5 for a fair contract.",
            "The Supreme Court's ruling today in the sampling case will change how artists work.");

    // Generators

    @Provide
    Arbitrary<Post> posts() {
        Arbitrary<Post> withoutApprovals = Combinators.combine(
                Arbitraries.of(Action.values()),
                Arbitraries.of(Role.values()),
                accounts(),
                Arbitraries.of(TEXTS),
                labels(Labels.CONTENT).list().ofMaxSize(3),
                media("img-").list().ofMaxSize(3),
                sharedContent().injectNull(0.4),
                Arbitraries.longs().between(0, Duration.ofDays(365).toSeconds()))
                .as((action, role, account, text, labels, media, shared, seconds) -> Post
                        .builder("p-1", EPOCH.plusSeconds(seconds)).action(action).author(Member.of("m-1", role))
                        .account(account).text(text).replaceLabels(labels).replaceMedia(renumber(media, "img-")).shared(shared)
                        .build());
        return withoutApprovals.flatMap(post -> approvals(post).list().ofMaxSize(3).map(approvals -> {
            List<Approval> numbered = new ArrayList<>();
            for (int i = 0; i < approvals.size(); i++) {
                Approval a = approvals.get(i);
                numbered.add(new Approval("apr-" + i, a.kind(), a.grantedBy(), a.clauses(), a.media(), a.grantedAt(),
                        a.expiresAt(), a.revoked()));
            }
            return post.toBuilder().approvals(numbered).build();
        })).withoutEdgeCases(); // boundaries come from confidences() and the approval times instead
    }

    private static Arbitrary<Account> accounts() {
        return Combinators.combine(Arbitraries.of(AccountUse.values()),
                        Arbitraries.of("dana.reyes@gmail.com", "dana.reyes@portlandoregon.gov",
                                "Dana@Police.PortlandOregon.GOV", "dana@notportlandoregon.gov").injectNull(0.1))
                .as((use, email) -> new Account("facebook", "handle", use, email));
    }

    private static Arbitrary<Double> confidences() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0.0, 1.0),
                Arbitraries.of(0.0, 0.3, 0.49, 0.5, 0.7, 0.89, 0.9, 0.95, 1.0));
    }

    private static Arbitrary<Label> labels(List<String> words) {
        return Combinators.combine(Arbitraries.of(words), confidences(),
                        Arbitraries.of("vision-v3", "classifier-x", "member-declaration").injectNull(0.3))
                .as(Label::new);
    }

    /** Assets with placeholder ids; {@link #renumber} makes them unique. */
    private static Arbitrary<MediaAsset> media(String prefix) {
        return Combinators.combine(
                        Arbitraries.of(MediaKind.values()),
                        labels(Labels.DEPICTIONS).list().ofMaxSize(3),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of(Occasion.values()).injectNull(0.5),
                        Arbitraries.of("", "Promotion day.", "Old gear from the garage.", "Range week."))
                .as((kind, depicts, depicted, inUniform, occasion, caption) -> new MediaAsset(prefix + "0", kind,
                        depicts, depicted, depicted && inUniform, occasion, caption));
    }

    private static List<MediaAsset> renumber(List<MediaAsset> media, String prefix) {
        return IntStream.range(0, media.size()).mapToObj(i -> {
            MediaAsset m = media.get(i);
            return new MediaAsset(prefix + i, m.kind(), m.depicts(), m.authorDepicted(), m.authorInUniform(),
                    m.occasion(), m.caption());
        }).toList();
    }

    private static Arbitrary<SharedContent> sharedContent() {
        return Combinators.combine(Arbitraries.of(TEXTS), labels(Labels.CONTENT).list().ofMaxSize(3),
                        media("sh-").list().ofMaxSize(2))
                .as((text, labels, media) -> new SharedContent(text, labels, renumber(media, "sh-")));
    }

    /** Approvals of both kinds, from any grantor, at any time around the post, for any clauses and media. */
    private static Arbitrary<Approval> approvals(Post post) {
        List<String> mediaIds = new ArrayList<>(post.allMedia().stream().map(MediaAsset::id).toList());
        mediaIds.add("img-404");
        Arbitrary<List<String>> media = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<String>of())),
                Tuple.of(2, Arbitraries.subsetOf(mediaIds).ofMinSize(1).ofMaxSize(2).map(s -> List.copyOf(
                        s.stream().sorted().toList()))));
        Arbitrary<Long> grantedOffset = Arbitraries.oneOf(
                Arbitraries.of(-Duration.ofDays(30).toSeconds(), -86_400L, -1L, 0L, 1L, 86_400L),
                Arbitraries.longs().between(-Duration.ofDays(60).toSeconds(), Duration.ofDays(10).toSeconds()));
        Arbitrary<Integer> expiry = Arbitraries.integers().between(0, 3);
        return Combinators.combine(
                        Arbitraries.of(ApprovalKind.values()),
                        Arbitraries.of(Role.values()),
                        Arbitraries.subsetOf(APPROVABLE).ofMaxSize(2).map(s -> s.stream().sorted().toList()),
                        media,
                        grantedOffset,
                        expiry,
                        Arbitraries.of(true, false, false, false, false))
                .as((kind, role, clauses, covered, offset, expiryCase, revoked) -> {
                    Instant grantedAt = post.postedAt().plusSeconds(offset);
                    Instant expiresAt = switch (expiryCase) {
                        case 0 -> null;
                        // exactly at the post's time, where that is after the grant
                        case 1 -> post.postedAt().isAfter(grantedAt) ? post.postedAt() : grantedAt.plusSeconds(3600);
                        case 2 -> grantedAt.plus(Duration.ofDays(30));
                        default -> grantedAt.plusSeconds(1);
                    };
                    return new Approval("apr", kind, Member.of("m-g", role), clauses, covered, grantedAt, expiresAt,
                            revoked);
                });
    }

    /** A valid approval of the brief: the Chief's permission for 1.1 or 1.8, or the PIO's consultation. */
    private static Approval validApproval(Post post, int which, int secondsBefore, boolean firstMediaOnly) {
        Instant grantedAt = post.postedAt().minusSeconds(secondsBefore);
        return switch (which) {
            case 0 -> {
                Approval.Builder b = Approval.builder("added", ApprovalKind.PERMISSION,
                        Member.of("m-0001", Role.CHIEF_OF_POLICE), grantedAt).clauses("311.40-1.1");
                if (firstMediaOnly && !post.allMedia().isEmpty()) {
                    b.media(post.allMedia().get(0).id());
                }
                yield b.build();
            }
            case 1 -> Approval.builder("added", ApprovalKind.PERMISSION, Member.of("m-0001", Role.CHIEF_OF_POLICE),
                    grantedAt).clauses("311.40-1.8").build();
            default -> Approval.builder("added", ApprovalKind.PIO_CONSULTATION,
                    Member.of("m-0003", Role.PUBLIC_INFORMATION_OFFICER), grantedAt).build();
        };
    }

    // What "no stronger" means

    private static void assertNoFindingAddedNorStrengthened(Decision before, Decision after) {
        Map<String, Verdict> was = DecisionAssertions.verdicts(before);
        Map<String, Verdict> is = DecisionAssertions.verdicts(after);
        assertTrue(was.keySet().containsAll(is.keySet()), () -> "findings were " + was + ", are " + is);
        is.forEach((clause, verdict) -> assertTrue(verdict.compareTo(was.get(clause)) <= 0,
                () -> clause + " was " + was.get(clause) + ", is " + verdict));
        assertTrue(after.outcome().compareTo(before.outcome()) <= 0,
                () -> "outcome was " + before.outcome() + ", is " + after.outcome());
    }

    // Properties

    @Property(tries = 300)
    void evaluationNeverThrowsNorRecordsAnErrorOnAValidPost(@ForAll("posts") Post post) {
        Decision decision = EVALUATOR.evaluate(post);

        assertEquals(List.of(), decision.errors(), decision::explain);
        assertEquals(post.id(), decision.postId());
    }

    /** The standard rules compiled from their DRL at run time, not loaded from the build's executable model. */
    private static final PolicyEvaluator FROM_DRL = fromDrl();

    private static PolicyEvaluator fromDrl() {
        String key = RuleBase.PRECOMPILED;
        System.setProperty(key, "false");
        try {
            return PolicyEvaluator.builder().clock(Posts.CLOCK).build();
        } finally {
            System.clearProperty(key);
        }
    }

    @Property(tries = 300)
    void thePrecompiledRulesDecideExactlyAsTheDrlCompiledAtRunTime(@ForAll("posts") Post post) {
        // the speed-up may not change a single decision: audit digests included
        assertEquals(FROM_DRL.evaluate(post), EVALUATOR.evaluate(post));
    }

    @Property(tries = 200)
    void theSamePostAlwaysGetsTheSameDecision(@ForAll("posts") Post post) {
        assertEquals(EVALUATOR.evaluate(post), EVALUATOR.evaluate(post));
        assertEquals(EVALUATOR.evaluate(post), EVALUATOR.evaluate(post.toBuilder().build()));
    }

    @Property(tries = 300)
    void theOutcomeIsTheStrongestVerdictAmongTheFindings(@ForAll("posts") Post post) {
        Decision decision = EVALUATOR.evaluate(post);

        assertEquals(Decision.strongest(decision.findings()), decision.outcome(), decision::explain);
        List<Verdict> verdicts = decision.findings().stream().map(Finding::verdict).toList();
        List<Verdict> strongestFirst = verdicts.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(strongestFirst, verdicts, "findings are listed strongest first");
        assertEquals(decision.findings().size(), decision.findings().stream().map(Finding::clause).distinct().count(),
                "one finding per clause");
    }

    @Property(tries = 300)
    void everyApprovalGetsExactlyOneStatusInThePostsOrder(@ForAll("posts") Post post) {
        Decision decision = EVALUATOR.evaluate(post);

        assertEquals(post.approvals().stream().map(Approval::id).toList(),
                decision.approvals().stream().map(ApprovalStatus::id).toList(), decision::explain);
    }

    @Property(tries = 300)
    void addingAValidApprovalNeverAddsAFinding(@ForAll("posts") Post post, @ForAll @IntRange(min = 0, max = 2) int which,
            @ForAll @IntRange(min = 0, max = 2_592_000) int secondsBefore, @ForAll boolean firstMediaOnly,
            @ForAll @IntRange(min = 0, max = 3) int position) {
        List<Approval> approvals = new ArrayList<>(post.approvals());
        approvals.add(Math.min(position, approvals.size()), validApproval(post, which, secondsBefore, firstMediaOnly));
        Post withApproval = post.toBuilder().approvals(approvals).build();

        assertNoFindingAddedNorStrengthened(EVALUATOR.evaluate(post), EVALUATOR.evaluate(withApproval));
    }

    @Property(tries = 300)
    void removingAMediaAssetNeverAddsAFinding(@ForAll("posts") Post post, @ForAll @IntRange(min = 0, max = 4) int index) {
        Assume.that(!post.allMedia().isEmpty());
        String removed = post.allMedia().get(index % post.allMedia().size()).id();
        Post.Builder without = post.toBuilder()
                .media(post.media().stream().filter(m -> !m.id().equals(removed)).toList());
        if (post.shared() != null) {
            without.shared(new SharedContent(post.shared().text(), post.shared().labels(),
                    post.shared().media().stream().filter(m -> !m.id().equals(removed)).toList()));
        }

        assertNoFindingAddedNorStrengthened(EVALUATOR.evaluate(post), EVALUATOR.evaluate(without.build()));
    }

    @Property(tries = 300)
    void addingAUnionActivityLabelNeverMakesTheOutcomeStronger(@ForAll("posts") Post post,
            @ForAll @DoubleRange(min = 0.0, max = 1.0) double confidence) {
        Post withUnion = post.toBuilder().label(Label.of(Labels.UNION_ACTIVITY, confidence)).build();

        Decision before = EVALUATOR.evaluate(post);
        Decision after = EVALUATOR.evaluate(withUnion);

        assertTrue(after.outcome().compareTo(before.outcome()) <= 0,
                () -> "outcome was " + before.outcome() + ", is " + after.outcome() + "\n" + after.explain());
        assertEquals(before.findings().stream().map(Finding::clause).collect(java.util.stream.Collectors.toSet()),
                after.findings().stream().map(Finding::clause).collect(java.util.stream.Collectors.toSet()),
                "union activity softens findings, it neither adds nor removes them");
    }

    @Property(tries = 300)
    void everyFindingCitesAClauseOfTheCatalogueAndQuotesIt(@ForAll("posts") Post post) {
        Decision decision = EVALUATOR.evaluate(post);

        for (Finding finding : decision.findings()) {
            assertTrue(EVALUATOR.catalogue().contains(finding.clause()), finding.clause());
            assertEquals(EVALUATOR.catalogue().find(finding.clause()).orElseThrow().text(), finding.clauseText());
        }
    }

    @Property(tries = 300)
    void aWorkplacePostHasNoProcedureFindingAndAPersonalPostNoP2Finding(@ForAll("posts") Post post) {
        Set<String> clauses = Set.copyOf(DecisionAssertions.verdicts(EVALUATOR.evaluate(post)).keySet());

        if (post.account().use() == AccountUse.WORKPLACE) {
            assertTrue(clauses.stream().noneMatch(c -> c.startsWith("311.40-1.")), clauses::toString);
        } else {
            assertTrue(!clauses.contains("311.40-P2"), clauses::toString);
        }
    }

    private static void assertNoFindingRemovedNorWeakened(Decision before, Decision after) {
        Map<String, Verdict> was = DecisionAssertions.verdicts(before);
        Map<String, Verdict> is = DecisionAssertions.verdicts(after);
        assertTrue(is.keySet().containsAll(was.keySet()), () -> "findings were " + was + ", are " + is);
        was.forEach((clause, verdict) -> assertTrue(is.get(clause).compareTo(verdict) >= 0,
                () -> clause + " was " + verdict + ", is " + is.get(clause)));
    }

    @Property(tries = 300)
    void addingAContentLabelOtherThanUnionActivityNeverRemovesOrWeakensAFinding(@ForAll("posts") Post post,
            @ForAll("harmLabels") Label label) {
        Post labelled = post.toBuilder().label(label).build();

        assertNoFindingRemovedNorWeakened(EVALUATOR.evaluate(post), EVALUATOR.evaluate(labelled));
    }

    @Provide
    Arbitrary<Label> harmLabels() {
        return labels(Labels.CONTENT.stream().filter(w -> !w.equals(Labels.UNION_ACTIVITY)).toList());
    }

    @Provide
    Arbitrary<Label> depictions() {
        return labels(Labels.DEPICTIONS);
    }
    @Property(tries = 300)
    void addingADepictionToAnAssetNeverRemovesOrWeakensAFinding(@ForAll("posts") Post post,
            @ForAll("depictions") Label depiction, @ForAll @IntRange(min = 0, max = 4) int index) {
        Assume.that(!post.media().isEmpty());
        List<MediaAsset> media = new ArrayList<>(post.media());
        int at = index % media.size();
        MediaAsset m = media.get(at);
        List<Label> depicts = new ArrayList<>(m.depicts());
        depicts.add(depiction);
        media.set(at, new MediaAsset(m.id(), m.kind(), depicts, m.authorDepicted(), m.authorInUniform(), m.occasion(),
                m.caption()));

        assertNoFindingRemovedNorWeakened(EVALUATOR.evaluate(post), EVALUATOR.evaluate(post.toBuilder().media(media).build()));
    }

    private static final Map<String, PolicyEvaluator> WITHOUT_CLAUSE = new ConcurrentHashMap<>();

    @Provide
    Arbitrary<String> switchableClauses() {
        return Arbitraries.of("311.40-1.1", "311.40-1.2", "311.40-1.3", "311.40-1.4", "311.40-1.5", "311.40-1.6",
                "311.40-1.7", "311.40-1.8", "311.40-1.9", "311.40-P2");
    }

    @Property(tries = 200)
    void switchingAClauseOffRemovesExactlyThatClausesFindings(@ForAll("posts") Post post,
            @ForAll("switchableClauses") String clause) {
        PolicyEvaluator without = WITHOUT_CLAUSE.computeIfAbsent(clause, c -> PolicyEvaluator.builder()
                .profile(AgencyProfile.builder().disableClause(c).build()).build());

        List<Finding> expected = EVALUATOR.evaluate(post).findings().stream()
                .filter(f -> !f.clause().equals(clause)).toList();

        assertEquals(expected, without.evaluate(post).findings());
    }
}
