package io.github.smpolicy.examples.bench;

import io.github.smpolicy.model.AccountUse;
import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Approval;
import io.github.smpolicy.model.ApprovalKind;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.ApprovalStatus.Reason;
import io.github.smpolicy.model.ApprovalStatus.Status;
import io.github.smpolicy.model.Clause;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.EvaluationError;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.MediaKind;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.PolicyRef;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.model.Verdict;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.ClauseCatalogue;
import io.github.smpolicy.rules.ContentAnalyser;
import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.FailureMode;
import io.github.smpolicy.rules.PolicyEvaluator;
import io.github.smpolicy.rules.api.EmailReading;
import io.github.smpolicy.rules.text.TextAnalyser;
import io.github.smpolicy.rules.text.WordModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of Directive 311.40 written out in plain Java: the floor the Drools evaluator is
 * measured against. Same rule book, same text analyser, same {@link Decision} (without an audit
 * record); {@code HandWrittenFloorTest} checks it against {@link PolicyEvaluator} over the shared
 * scenarios, for it is a floor only while it agrees.
 *
 * <p>It follows the DRL step by step, in the order of its salience: which content counts
 * ({@code sharing.drl}), approval validity ({@code approvals.drl}), each clause's concerns and the
 * review threshold, the exceptions, express permissions, out-of-scope approvals, the deny threshold,
 * union softening (P3), then the decision as {@code Evaluation} assembles it. Agency DRL, agency
 * clauses and extra analysers are not supported: this is a benchmark floor, not a second product.
 */
public final class HandWrittenFloor {
    private static final String C11 = "311.40-1.1";
    private static final String C12 = "311.40-1.2";
    private static final String C13 = "311.40-1.3";
    private static final String C14 = "311.40-1.4";
    private static final String C15 = "311.40-1.5";
    private static final String C16 = "311.40-1.6";
    private static final String C17 = "311.40-1.7";
    private static final String C18 = "311.40-1.8";
    private static final String C19 = "311.40-1.9";
    private static final String P2 = "311.40-P2";
    private static final Set<String> INSIGNIA = Set.copyOf(Labels.INSIGNIA);
    private static final Set<String> SCENES = Set.copyOf(Labels.SCENES);
    private static final Set<String> DEPICTION_WORDS = Set.copyOf(Labels.DEPICTIONS);
    private static final Set<String> LABEL_WORDS = Set.copyOf(Labels.CONTENT);

    /** One content clause: which signals raise it, how its concern reads, whether a comment counts. */
    private record ContentRule(String clause, Set<String> signals, String rule, String message,
            boolean countsOnComment, boolean reviewOnly, List<Remedy> remedies) {}

    private static final List<ContentRule> CONTENT_RULES = List.of(
            new ContentRule(C13, Set.of(Labels.SENSITIVE_INFORMATION),
                    "311.40-1.3 the content is sensitive or confidential Bureau information",
                    "The post discloses Bureau information that is sensitive, confidential or protected against disclosure.",
                    false, false, List.of(removeContent())),
            // 311.40-1.4: whether speech discredits the Bureau is a balancing a person makes
            new ContentRule(C14, Set.of(Labels.DISCREDITS_BUREAU, Labels.MISCONDUCT_ADVOCACY),
                    "311.40-1.4 the content may discredit the Bureau or advocate misconduct",
                    "The post may discredit the Bureau or advocate misconduct or a breach of Bureau policy; a reviewer weighs that.",
                    false, true, List.of(removeContent())),
            new ContentRule(C15, Set.of(Labels.COMPLAINT, Labels.ADMINISTRATIVE_INVESTIGATION,
                    Labels.CRIMINAL_INVESTIGATION, Labels.LEGAL_CLAIM, Labels.COURT_CASE),
                    "311.40-1.5 the content concerns a complaint, investigation, claim or court case",
                    "The post discusses a complaint, investigation, legal claim or court case connected with the Bureau's work.",
                    false, false, List.of(removeContent())),
            // 311.40-1.6 and 1.7 also forbid commenting in support of such a posting
            new ContentRule(C16, Set.of(Labels.HARASSMENT, Labels.DISCRIMINATION, Labels.THREAT_OF_VIOLENCE,
                    Labels.PROPOSED_VIOLATION_OF_LAW, Labels.PUBLIC_SAFETY_ENDANGERMENT),
                    "311.40-1.6 the content is harassing, discriminatory, threatening, unlawful or endangering",
                    "The post carries, shares or supports content that harasses, discriminates, threatens violence, proposes breaking the law or endangers public safety.",
                    true, false, List.of(removeContent())),
            new ContentRule(C17, Set.of(Labels.PROTECTED_CLASS_BIAS),
                    "311.40-1.7 the content expresses bias against a protected class",
                    "The post carries, shares or supports content that ridicules, disparages or shows bias against a legally protected class.",
                    true, false, List.of(removeContent())),
            new ContentRule(C18, Set.of(Labels.REPRESENTS_AGENCY_VIEWS),
                    "311.40-1.8 the content presents a position as the Bureau's or the City's",
                    "The post could reasonably be taken as the Bureau's or the City's position, which needs the Chief of Police's express approval.",
                    false, false, List.of(obtainPermission(null), removeContent())));

    private final AgencyProfile profile;
    private final ContentAnalyser analyser;
    private final PolicyRef policy;
    private final Map<String, Clause> clauses = new HashMap<>();
    private final Map<String, Integer> clauseRank = new HashMap<>();

    private HandWrittenFloor(AgencyProfile profile, ContentAnalyser analyser) {
        if (!profile.rules().isEmpty() || !profile.clauses().isEmpty()) {
            throw new IllegalArgumentException("the floor runs the rules of 311.40 only, not an agency's own");
        }
        this.profile = profile;
        this.analyser = analyser;
        this.policy = PolicyEvaluator.standardPolicy();
        List<Clause> all = ClauseCatalogue.directive31140().all();
        for (int i = 0; i < all.size(); i++) {
            clauses.put(all.get(i).id(), all.get(i));
            clauseRank.put(all.get(i).id(), i);
        }
    }

    /** Portland's profile, the built-in text analyser and word model, as {@link PolicyEvaluator#standard()}. */
    public static HandWrittenFloor standard() {
        return forProfile(AgencyProfile.portland());
    }

    /**
     * Labels only: no text analysis, as {@code PolicyEvaluator.builder().textAnalysis(false).build()};
     * the posts' upstream labels, media, account and approvals decide.
     */
    public static HandWrittenFloor labelsOnly() {
        return new HandWrittenFloor(AgencyProfile.portland(), (text, where) -> List.of());
    }

    /** A profile of settings (thresholds, email domains, failure mode, switched-off clauses). */
    public static HandWrittenFloor forProfile(AgencyProfile profile) {
        return new HandWrittenFloor(profile, builtIn(TextAnalyser.forProfile(profile), WordModel.forProfile(profile)));
    }

    /** The lexicon's signals, then the word model's: the evaluator's built-in analysers, in its order. */
    private static ContentAnalyser builtIn(TextAnalyser lexicon, WordModel words) {
        return new ContentAnalyser() {
            @Override
            public List<ContentSignal> analyse(String text, String where) {
                List<ContentSignal> signals = new ArrayList<>(lexicon.analyse(text, where));
                signals.addAll(words.analyse(text, where));
                return signals;
            }

            @Override
            public List<ContentSignal> analyse(String text, String where, String context) {
                List<ContentSignal> signals = new ArrayList<>(lexicon.analyse(text, where, context));
                signals.addAll(words.analyse(text, where, context));
                return signals;
            }

            @Override
            public boolean disagrees(String comment, String posting) {
                return lexicon.disagrees(comment, posting) || words.disagrees(comment, posting);
            }
        };
    }

    /** Decides one post as {@link PolicyEvaluator#evaluate(Post)} does; {@code audit} is left {@code null}. */
    public Decision evaluate(Post post) {
        return new Run(post).decide();
    }

    /** A content signal from a label or from the text analyser; {@code shared}: of the shared content. */
    private record Signal(String name, boolean shared, double confidence, Evidence evidence) {}

    /** What a clause found before exceptions and thresholds (the DRL's {@code Concern}). */
    private record Concern(String clause, String rule, String message, double confidence, Verdict cap,
            Evidence evidence, String media, List<Remedy> remedies) {
        /** thresholds.drl: at or above deny is a violation unless capped, or a model's opinion alone. */
        Verdict verdictAt(double denyThreshold) {
            boolean opinion = evidence instanceof Evidence.TextEvidence t && t.opinion();
            return confidence >= denyThreshold && cap == Verdict.VIOLATION && !opinion
                    ? Verdict.VIOLATION : Verdict.REVIEW;
        }
    }

    /** A concern weighed into a verdict (the DRL's {@code Judgement}). */
    private record Judgement(Concern concern, Verdict verdict) {}

    /** What lifts concerns of a clause: for one asset, or for all ({@code media == null}). */
    private record Lift(String clause, String media) {
        boolean lifts(Concern c) {
            return clause.equals(c.clause()) && (media == null || media.equals(c.media()));
        }
    }

    /** One evaluation: confined to the calling thread. */
    private final class Run {
        private final Post post;
        private final List<EvaluationError> errors = new ArrayList<>();
        private final List<Signal> signals = new ArrayList<>();
        private final List<Concern> concerns = new ArrayList<>();
        private final List<Exemption> exceptions = new ArrayList<>();
        private final List<Lift> lifts = new ArrayList<>();
        private final Reason[] rejection;
        private final boolean[] applied;
        private final boolean[] outOfScope;

        Run(Post post) {
            this.post = post;
            int n = post.approvals().size();
            rejection = new Reason[n];
            applied = new boolean[n];
            outOfScope = new boolean[n];
        }

        Decision decide() {
            readContent();
            checkApprovals();
            raiseConcerns();
            applyExceptions();
            List<Judgement> judgements = weigh();
            List<Finding> findings = findings(judgements);
            Outcome outcome = Decision.strongest(findings);
            if (!errors.isEmpty()) {
                // a decision that met an error is never ALLOW
                outcome = outcome.max(profile.failureMode() == FailureMode.DENY ? Outcome.DENY : Outcome.REVIEW);
            }
            return new Decision(post.id(), outcome, policy, findings, sortedExceptions(), approvalStatuses(), errors);
        }

        // ---- facts: media, labels and text, own content first, then the shared content (Evaluation.facts)

        private void readContent() {
            readMedia(post.media(), false);
            readLabels(post.labels(), false, "post");
            analyse(post.text(), "post", false, post.shared() != null ? post.shared().text() : "");
            if (post.shared() != null) {
                readMedia(post.shared().media(), true);
                readLabels(post.shared().labels(), true, "shared");
                analyse(post.shared().text(), "shared", true);
                disagrees = post.action() == Action.COMMENT && !post.text().isBlank() && !post.shared().text().isEmpty()
                        && signals.stream().anyMatch(s -> s.shared() && SUPPORTABLE.contains(s.name())
                                && s.confidence() >= profile.reviewThreshold()) && disagrees();
            }
        }

        /** 1.6 and 1.7's labels, the content a comment may support (sharing.drl). */
        private static final Set<String> SUPPORTABLE = Set.of("HARASSMENT", "DISCRIMINATION", "THREAT_OF_VIOLENCE",
                "PROPOSED_VIOLATION_OF_LAW", "PUBLIC_SAFETY_ENDANGERMENT", "PROTECTED_CLASS_BIAS");

        /** Whether the post is a comment whose words disagree with the posting (Evaluation, sharing.drl). */
        private boolean disagrees;

        private boolean disagrees() {
            try {
                return analyser.disagrees(post.text(), post.shared().text());
            } catch (RuntimeException e) {
                errors.add(new EvaluationError("analyser " + analyser.getClass().getName(), e.getClass().getSimpleName()));
                return false;
            }
        }

        private void readMedia(List<MediaAsset> media, boolean shared) {
            for (MediaAsset asset : media) {
                for (Label d : asset.depicts()) {
                    if (!DEPICTION_WORDS.contains(d.name())) {
                        errors.add(new EvaluationError("evaluator", "media " + asset.id() + " depicts '" + d.name()
                                + "', which is not a depiction word of this policy"));
                    }
                }
                analyse(asset.caption(), "caption:" + asset.id(), shared);
            }
        }

        private void readLabels(List<Label> labels, boolean shared, String in) {
            for (Label l : labels) {
                if (!LABEL_WORDS.contains(l.name())) {
                    errors.add(new EvaluationError("evaluator", "label '" + l.name() + "' on the " + in
                            + " is not a content label of this policy"));
                }
                signals.add(new Signal(l.name(), shared, l.confidence(),
                        new Evidence.LabelEvidence(l.name(), l.confidence(), l.source(), in)));
            }
        }

        private void analyse(String text, String where, boolean shared) {
            analyse(text, where, shared, "");
        }

        /** The text's signals; {@code context}: the posting the post's own words answer, or empty (Evaluation.analyse). */
        private void analyse(String text, String where, boolean shared, String context) {
            if (text.isEmpty()) {
                return;
            }
            try {
                for (ContentSignal s : context.isEmpty() ? analyser.analyse(text, where)
                        : analyser.analyse(text, where, context)) {
                    if (!LABEL_WORDS.contains(s.signal())) {
                        errors.add(new EvaluationError("analyser " + analyser.getClass().getName(), "signal '"
                                + s.signal() + "' in the " + where + " text is not a content label of this policy"));
                    }
                    TextSpan span = s.span();
                    signals.add(new Signal(s.signal(), shared, s.confidence(),
                            new Evidence.TextEvidence(span, s.signal(), s.confidence(), s.source(), s.opinion())));
                }
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                errors.add(new EvaluationError("analyser " + analyser.getClass().getName(),
                        root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage())));
            }
        }

        // ---- sharing.drl: whose content counts, and how far

        /** The strongest verdict content of this origin may reach. */
        private Verdict cap(boolean shared) {
            if (!shared) {
                return Verdict.VIOLATION;
            }
            Action action = post.action();
            // a bare share or an endorsement counts as the member's own; words added to a share may condemn it
            boolean own = action == Action.ENDORSE || action != Action.COMMENT && post.text().isBlank();
            return own ? Verdict.VIOLATION : Verdict.REVIEW;
        }

        /** Content the member only commented on or endorsed counts for 311.40-1.6 and 1.7 alone. */
        private boolean commentOnly(boolean shared) {
            return shared && (post.action() == Action.COMMENT || post.action() == Action.ENDORSE);
        }

        // ---- approvals.drl: validity, the first failing check is the reason

        private void checkApprovals() {
            for (int i = 0; i < post.approvals().size(); i++) {
                Approval a = post.approvals().get(i);
                Role grantor = a.grantedBy().role();
                boolean authorized = a.kind() == ApprovalKind.PERMISSION
                        ? grantor == Role.CHIEF_OF_POLICE || grantor == Role.CHIEF_DESIGNEE
                        : grantor == Role.PUBLIC_INFORMATION_OFFICER;
                if (!authorized) {
                    rejection[i] = Reason.GRANTOR_NOT_AUTHORIZED;
                } else if (a.grantedAt().isAfter(post.postedAt())) {
                    rejection[i] = Reason.NOT_YET_VALID; // granted at the post's time is valid
                } else if (a.expiresAt() != null && !a.expiresAt().isAfter(post.postedAt())) {
                    rejection[i] = Reason.EXPIRED; // expiring at the post's time is expired
                } else if (a.revoked()) {
                    rejection[i] = Reason.REVOKED;
                }
            }
        }

        private boolean valid(int i) {
            return rejection[i] == null;
        }

        // ---- the clauses' rules: one concern per depiction, asset in uniform, signal, account

        private void raiseConcerns() {
            if (post.account().use() == AccountUse.WORKPLACE) {
                // 311.40-P2; Procedure 1.x does not apply to a workplace outlet
                raise(new Concern(P2, "311.40-P2 a workplace post needs the Public Information Officer's consultation",
                        "Posts on a workplace outlet need a consultation with the Public Information Officer before posting.",
                        1.0, Verdict.VIOLATION, new Evidence.AccountEvidence("use"), null, List.of(consultPio())));
                return;
            }
            mediaConcerns(post.media(), false);
            if (post.shared() != null) {
                mediaConcerns(post.shared().media(), true);
            }
            for (Signal s : signals) {
                for (ContentRule rule : CONTENT_RULES) {
                    if (disagrees && s.shared() && rule.countsOnComment() && rule.signals().contains(s.name())) {
                        // a comment that disagrees in so many words does not support the posting's content
                        if (s.confidence() >= profile.reviewThreshold()) {
                            exceptions.add(new Exemption(rule.clause(), Exemption.COMMENT_DISAGREES, null));
                        }
                    } else if (rule.signals().contains(s.name()) && (rule.countsOnComment() || !commentOnly(s.shared()))) {
                        raise(new Concern(rule.clause(), rule.rule(), rule.message(), s.confidence(),
                                rule.reviewOnly() ? Verdict.REVIEW : cap(s.shared()), s.evidence(), null,
                                rule.remedies()));
                    }
                }
            }
            EmailReading email = EmailReading.of(post.account().registrationEmail(), profile.emailDomains());
            if (email == EmailReading.AGENCY) {
                // 311.40-1.9: whatever the post says
                raise(new Concern(C19, "311.40-1.9 a personal account registered with an agency email address",
                        "The account is registered with a Bureau or City email address; personal accounts must use a personal address.",
                        1.0, Verdict.VIOLATION, new Evidence.AccountEvidence("registrationEmail"), null,
                        List.of(reregisterAccount())));
            } else if (email == EmailReading.UNCERTAIN) {
                raise(new Concern(C19, "311.40-1.9 a personal account registered with an email address that may be the agency's",
                        "The account's registration email cannot be read as one plain address and may be a Bureau or City address; a person must check it.",
                        1.0, Verdict.REVIEW, new Evidence.AccountEvidence("registrationEmail"), null,
                        List.of(reregisterAccount())));
            }
        }

        private void mediaConcerns(List<MediaAsset> media, boolean shared) {
            if (commentOnly(shared)) {
                return; // 1.1 and 1.2 do not reach media the member only commented on
            }
            Verdict cap = cap(shared);
            for (MediaAsset asset : media) {
                for (Label d : asset.depicts()) {
                    if (INSIGNIA.contains(d.name())) {
                        raise(new Concern(C11, "311.40-1.1 an asset depicts Bureau insignia or marked property",
                                "The post shows Bureau insignia or marked property, which needs the Chief of Police's express permission.",
                                d.confidence(), cap, new Evidence.MediaEvidence(asset.id(), d.name(), d.confidence()), asset.id(),
                                List.of(obtainPermission(asset.id()), removeMedia(asset.id()))));
                    } else if (SCENES.contains(d.name())) {
                        raise(new Concern(C12, "311.40-1.2 an asset depicts a scene, operation or training",
                                "The post shows a crime or accident scene, or a Bureau operation or training, which members may not share.",
                                d.confidence(), cap, new Evidence.MediaEvidence(asset.id(), d.name(), d.confidence()), asset.id(),
                                List.of(removeMedia(asset.id()))));
                    }
                }
                if (asset.authorInUniform()) {
                    // a Bureau uniform carries patch and badge, whatever an upstream depiction says
                    raise(new Concern(C11, "311.40-1.1 an asset shows the author in uniform",
                            "The post shows you in a Bureau uniform, which needs the Chief of Police's express permission.",
                            1.0, cap, new Evidence.MediaEvidence(asset.id(), Labels.UNIFORM, 1.0), asset.id(),
                            List.of(obtainPermission(asset.id()), removeMedia(asset.id()))));
                }
            }
        }

        /** thresholds.drl: below the review threshold, or of a switched-off clause, a concern is dropped. */
        private void raise(Concern c) {
            if (c.confidence() >= profile.reviewThreshold() && !profile.disabledClauses().contains(c.clause())) {
                concerns.add(c);
            }
        }

        // ---- exceptions (salience -50), express permissions (-60), out-of-scope approvals (-70)

        private void applyExceptions() {
            Role author = post.author().role();
            for (MediaAsset asset : post.allMedia()) {
                // 311.40-1.1: the ceremony exception covers the whole photograph, and no other clause
                if (asset.kind() == MediaKind.PHOTO && asset.authorDepicted() && asset.authorInUniform()
                        && asset.occasion() != null && any(C11, asset.id())) {
                    grant(C11, Exemption.CEREMONY_PHOTO, asset.id());
                }
            }
            if (author == Role.CHIEF_OF_POLICE && any(C11, null)) {
                grant(C11, Exemption.CHIEF_OF_POLICE_AUTHOR, null);
            }
            if (author == Role.CHIEF_OF_POLICE && any(C18, null)) {
                grant(C18, Exemption.CHIEF_OF_POLICE_AUTHOR, null);
            }
            if (author == Role.PUBLIC_INFORMATION_OFFICER && any(P2, null)) {
                grant(P2, Exemption.PIO_AUTHOR, null);
            }
            for (Concern c : concerns) {
                if (lifted(c)) {
                    continue;
                }
                // where several valid approvals could lift it, the first in the post's list is applied
                int a = firstValid(c);
                if (a >= 0) {
                    applied[a] = true;
                    lifts.add(new Lift(c.clause(), c.media()));
                    if (!P2.equals(c.clause())) {
                        // a PIO consultation is an approval, not an exception of the directive
                        exceptions.add(new Exemption(c.clause(), Exemption.EXPRESS_PERMISSION, c.media()));
                    }
                }
            }
            for (Concern c : concerns) {
                if ((C11.equals(c.clause()) || C18.equals(c.clause())) && !lifted(c)) {
                    // a valid permission that could not lift it names another clause or other media
                    for (int i = 0; i < post.approvals().size(); i++) {
                        if (valid(i) && !applied[i] && post.approvals().get(i).kind() == ApprovalKind.PERMISSION) {
                            outOfScope[i] = true;
                        }
                    }
                }
            }
        }

        /** The first valid approval that can lift the concern, or -1. */
        private int firstValid(Concern c) {
            for (int i = 0; i < post.approvals().size(); i++) {
                Approval a = post.approvals().get(i);
                boolean fits = switch (c.clause()) {
                    case C11 -> a.kind() == ApprovalKind.PERMISSION && a.clauses().contains(C11) && a.covers(c.media());
                    case C18 -> a.kind() == ApprovalKind.PERMISSION && a.clauses().contains(C18);
                    case P2 -> a.kind() == ApprovalKind.PIO_CONSULTATION;
                    default -> false;
                };
                if (fits && valid(i)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean any(String clause, String media) {
            for (Concern c : concerns) {
                if (c.clause().equals(clause) && (media == null || media.equals(c.media()))) {
                    return true;
                }
            }
            return false;
        }

        private void grant(String clause, String exception, String media) {
            lifts.add(new Lift(clause, media));
            exceptions.add(new Exemption(clause, exception, media));
        }

        private boolean lifted(Concern c) {
            for (Lift l : lifts) {
                if (l.lifts(c)) {
                    return true;
                }
            }
            return false;
        }

        // ---- thresholds.drl (-100) and 311.40-P3 (-200)

        private List<Judgement> weigh() {
            boolean union = false;
            for (Signal s : signals) {
                // the union label counts where the content is the member's own communication (a like included)
                union |= Exemption.UNION_ACTIVITY.equals(s.name())
                        && s.confidence() >= profile.reviewThreshold()
                        && (!commentOnly(s.shared()) || post.action() == Action.ENDORSE);
            }
            List<Judgement> judgements = new ArrayList<>();
            for (Concern c : concerns) {
                if (lifted(c)) {
                    continue;
                }
                Verdict verdict = c.verdictAt(profile.denyThreshold()); // a model's opinion is at most a review
                // 311.40-P3: whether union activity is protected is a legal question; 1.9 is about the account
                if (union && verdict == Verdict.VIOLATION && !C19.equals(c.clause())) {
                    verdict = Verdict.REVIEW;
                    Exemption softened = new Exemption(c.clause(), Exemption.UNION_ACTIVITY, null);
                    if (!exceptions.contains(softened)) {
                        exceptions.add(softened);
                    }
                }
                judgements.add(new Judgement(c, verdict));
            }
            return judgements;
        }

        // ---- the decision, assembled as Evaluation.decide does

        private List<Finding> findings(List<Judgement> judgements) {
            List<String> mediaOrder = mediaOrder();
            judgements.sort(Comparator
                    .comparingInt((Judgement j) -> mediaOrder.indexOf(j.concern().media()))
                    .thenComparing(j -> j.concern().evidence().describe())
                    .thenComparing(j -> j.concern().rule()));
            Map<String, List<Judgement>> byClause = new LinkedHashMap<>();
            for (Judgement j : judgements) {
                byClause.computeIfAbsent(j.concern().clause(), k -> new ArrayList<>()).add(j);
            }
            List<Finding> findings = new ArrayList<>(byClause.size());
            byClause.forEach((clause, same) -> findings.add(finding(clause, same)));
            findings.sort(Comparator.comparing(Finding::verdict).reversed().thenComparingInt(f -> rank(f.clause())));
            return findings;
        }

        /** One finding per clause: its strongest verdict, every rule, message and piece of evidence. */
        private Finding finding(String clause, List<Judgement> judgements) {
            Verdict verdict = Verdict.REVIEW;
            Set<String> rules = new LinkedHashSet<>();
            Set<String> messages = new LinkedHashSet<>();
            Set<Evidence> evidence = new LinkedHashSet<>();
            Map<String, List<Remedy>> remedies = new LinkedHashMap<>();
            for (Judgement j : judgements) {
                verdict = verdict.max(j.verdict());
                rules.add(j.concern().rule());
                messages.add(j.concern().message());
                evidence.add(j.concern().evidence());
                for (Remedy r : j.concern().remedies()) {
                    remedies.computeIfAbsent(r.action(), k -> new ArrayList<>()).add(r);
                }
            }
            List<Remedy> merged = new ArrayList<>();
            for (List<Remedy> same : remedies.values()) {
                // one remedy per action: the whole post if any concern is about the whole post, else every asset
                Set<String> media = new LinkedHashSet<>();
                boolean wholePost = false;
                for (Remedy r : same) {
                    wholePost |= r.media().isEmpty();
                    media.addAll(r.media());
                }
                merged.add(new Remedy(same.get(0).action(), same.get(0).from(),
                        wholePost ? List.of() : List.copyOf(media)));
            }
            if (verdict == Verdict.REVIEW) {
                merged.add(Remedy.of(Remedy.HUMAN_REVIEW, List.of()));
            }
            return new Finding(clause, verdict, String.join("; ", rules), String.join(" ", messages),
                    clauses.get(clause).text(), List.copyOf(evidence), merged);
        }

        private List<Exemption> sortedExceptions() {
            List<String> mediaOrder = mediaOrder();
            List<Exemption> distinct = new ArrayList<>(new LinkedHashSet<>(exceptions));
            distinct.sort(Comparator.comparingInt((Exemption a) -> rank(a.clause()))
                    .thenComparingInt(a -> mediaOrder.indexOf(a.media()))
                    .thenComparing(Exemption::exception));
            return distinct;
        }

        /** approvals.drl (-250): one status per approval, in the post's order. */
        private List<ApprovalStatus> approvalStatuses() {
            List<ApprovalStatus> statuses = new ArrayList<>(post.approvals().size());
            for (int i = 0; i < post.approvals().size(); i++) {
                String id = post.approvals().get(i).id();
                if (!valid(i)) {
                    statuses.add(new ApprovalStatus(id, Status.REJECTED, rejection[i]));
                } else if (applied[i]) {
                    statuses.add(new ApprovalStatus(id, Status.APPLIED, null));
                } else if (outOfScope[i]) {
                    statuses.add(new ApprovalStatus(id, Status.REJECTED, Reason.OUT_OF_SCOPE));
                } else {
                    statuses.add(new ApprovalStatus(id, Status.UNUSED, null));
                }
            }
            return statuses;
        }

        private List<String> mediaOrder() {
            List<MediaAsset> all = post.allMedia();
            List<String> ids = new ArrayList<>(all.size());
            for (MediaAsset a : all) {
                ids.add(a.id());
            }
            return ids;
        }
    }

    private int rank(String clause) {
        return clauseRank.getOrDefault(clause, Integer.MAX_VALUE);
    }

    // ---- remedies, in the JSON contract's words (as api/Remedies)

    private static Remedy obtainPermission(String media) {
        return new Remedy(Remedy.OBTAIN_PERMISSION, List.of(Role.CHIEF_OF_POLICE, Role.CHIEF_DESIGNEE),
                media == null ? List.of() : List.of(media));
    }

    private static Remedy removeMedia(String media) {
        return Remedy.of(Remedy.REMOVE_MEDIA, List.of(media));
    }

    private static Remedy removeContent() {
        return Remedy.of(Remedy.REMOVE_CONTENT, List.of());
    }

    private static Remedy consultPio() {
        return new Remedy(Remedy.CONSULT_PIO, List.of(Role.PUBLIC_INFORMATION_OFFICER), List.of());
    }

    private static Remedy reregisterAccount() {
        return Remedy.of(Remedy.REREGISTER_ACCOUNT, List.of());
    }
}
