package io.github.smpolicy.rules.internal;

import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.AppliedException;
import io.github.smpolicy.model.Audit;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Clause;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.EvaluationError;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Label;
import io.github.smpolicy.model.MediaAsset;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.PolicyRef;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.model.Verdict;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.ClauseCatalogue;
import io.github.smpolicy.rules.ContentAnalyser;
import io.github.smpolicy.rules.ContentSignal;
import io.github.smpolicy.rules.FailureMode;
import io.github.smpolicy.rules.api.ApprovalFact;
import io.github.smpolicy.rules.api.ApprovalOutcome;
import io.github.smpolicy.rules.api.AssetFact;
import io.github.smpolicy.rules.api.Conclusion;
import io.github.smpolicy.rules.api.DepictionFact;
import io.github.smpolicy.rules.api.DisabledClause;
import io.github.smpolicy.rules.api.ExceptionGrant;
import io.github.smpolicy.rules.api.Judgement;
import io.github.smpolicy.rules.api.Origin;
import io.github.smpolicy.rules.api.PolicySettings;
import io.github.smpolicy.rules.api.PostFact;
import io.github.smpolicy.rules.api.Remedies;
import io.github.smpolicy.rules.api.SignalFact;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** One evaluation of one post: its facts in, its decision out. Confined to the calling thread. */
public final class Evaluation {
    /** A runaway rule set stops here instead of looping; the decision records the error. */
    static final int MAX_RULE_FIRINGS = 100_000;

    private final Settings settings;
    private final Post post;
    private final List<EvaluationError> errors = new ArrayList<>();
    private static final String REGISTRATION_EMAIL = "311.40-1.9";
    /** A union signal at or above the review threshold on content that counts as the member's own. */
    private boolean unionActivity;

    /** Everything an evaluation needs that does not change between posts. */
    public record Settings(RuleBase rules, AgencyProfile profile, ClauseCatalogue catalogue, PolicyRef policy,
            List<ContentAnalyser> analysers, Set<String> depictionWords, Set<String> labelWords, String policyDigest,
            Clock clock) {}

    public Evaluation(Settings settings, Post post) {
        this.settings = settings;
        this.post = post;
    }

    public Decision run() {
        List<Object> facts = facts();
        KieSession session = settings.rules().newSession();
        try {
            try {
                facts.forEach(session::insert);
                int fired = session.fireAllRules(MAX_RULE_FIRINGS);
                if (fired >= MAX_RULE_FIRINGS) {
                    errors.add(new EvaluationError("evaluator", "rules fired " + fired + " times without settling"));
                }
            } catch (ConsequenceException e) {
                errors.add(new EvaluationError(e.getMatch().getRule().getName(), describe(e.getCause())));
            } catch (RuntimeException e) {
                errors.add(new EvaluationError("evaluator", describe(e)));
            }
            return decide(session);
        } finally {
            session.dispose();
        }
    }

    private List<Object> facts() {
        AgencyProfile profile = settings.profile();
        List<Object> facts = new ArrayList<>();
        facts.add(new PostFact(post));
        facts.add(new PolicySettings(profile));
        profile.disabledClauses().forEach(c -> facts.add(new DisabledClause(c)));
        addMedia(facts, post.media(), Origin.POST);
        addLabels(facts, post.labels(), Origin.POST, "post");
        analyse(facts, post.text(), "post", Origin.POST);
        if (post.shared() != null) {
            addMedia(facts, post.shared().media(), Origin.SHARED);
            addLabels(facts, post.shared().labels(), Origin.SHARED, "shared");
            analyse(facts, post.shared().text(), "shared", Origin.SHARED);
        }
        for (int i = 0; i < post.approvals().size(); i++) {
            facts.add(new ApprovalFact(post.approvals().get(i), i));
        }
        return facts;
    }

    private void addMedia(List<Object> facts, List<MediaAsset> media, Origin origin) {
        for (MediaAsset asset : media) {
            facts.add(new AssetFact(asset, origin));
            for (Label d : asset.depicts()) {
                if (!settings.depictionWords().contains(d.name())) {
                    errors.add(new EvaluationError("evaluator", "media " + asset.id() + " depicts '" + d.name()
                            + "', which is not a depiction word of this policy"));
                }
                facts.add(new DepictionFact(asset.id(), origin, d.name(), d.confidence(), d.source()));
            }
            analyse(facts, asset.caption(), "caption:" + asset.id(), origin);
        }
    }

    private void addLabels(List<Object> facts, List<Label> labels, Origin origin, String in) {
        for (Label l : labels) {
            if (!settings.labelWords().contains(l.name())) {
                errors.add(new EvaluationError("evaluator", "label '" + l.name() + "' on the " + in
                        + " is not a content label of this policy"));
            }
            facts.add(signal(new SignalFact(l.name(), origin, l.confidence(),
                    new Evidence.Label(l.name(), l.confidence(), l.source(), in))));
        }
    }

    private SignalFact signal(SignalFact s) {
        // mirrors sharing.drl: content merely commented on does not count as the member's own
        boolean own = s.origin() == Origin.POST || post.action() != Action.COMMENT;
        if (own && AppliedException.UNION_ACTIVITY.equals(s.name())
                && s.confidence() >= settings.profile().reviewThreshold()) {
            unionActivity = true;
        }
        return s;
    }

    private void analyse(List<Object> facts, String text, String where, Origin origin) {
        if (text.isEmpty()) {
            return;
        }
        for (ContentAnalyser analyser : settings.analysers()) {
            try {
                for (ContentSignal s : analyser.analyse(text, where)) {
                    if (!settings.labelWords().contains(s.signal())) {
                        errors.add(new EvaluationError("analyser " + analyser.getClass().getName(), "signal '"
                                + s.signal() + "' in the " + where + " text is not a content label of this policy"));
                    }
                    TextSpan span = s.span();
                    if (span.end() > text.length() || span.end() - span.start() != span.match().length()
                            || !text.regionMatches(span.start(), span.match(), 0, span.match().length())
                            || !span.in().equals(where)) {
                        throw new IllegalStateException("signal " + s.signal() + " has a span outside the text");
                    }
                    facts.add(signal(new SignalFact(s.signal(), origin, s.confidence(),
                            new Evidence.Text(span, s.signal(), s.confidence(), s.source(), s.opinion()))));
                }
            } catch (RuntimeException e) {
                errors.add(new EvaluationError("analyser " + analyser.getClass().getName(), describe(e)));
            }
        }
    }

    /** What the rules concluded, read from the session in one pass over its facts. */
    private record Concluded(List<Judgement> judgements, List<Conclusion> conclusions, List<ExceptionGrant> grants,
            List<ApprovalOutcome> approvals) {
        static Concluded from(KieSession session) {
            Concluded c = new Concluded(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Object o : session.getObjects()) {
                if (o instanceof Judgement j) {
                    c.judgements.add(j);
                } else if (o instanceof Conclusion k) {
                    c.conclusions.add(k);
                } else if (o instanceof ExceptionGrant g) {
                    c.grants.add(g);
                } else if (o instanceof ApprovalOutcome a) {
                    c.approvals.add(a);
                }
            }
            return c;
        }
    }

    private Decision decide(KieSession session) {
        Concluded concluded = Concluded.from(session);
        List<AppliedException> softened = new ArrayList<>();
        List<Judgement> judgements = unionGuard(concluded.judgements(), softened);
        List<Finding> findings = findings(judgements);
        List<Conclusion> conclusions = concluded.conclusions();
        Outcome strongest = Decision.strongest(findings);
        Outcome outcome = strongest;
        if (errors.isEmpty()) {
            if (conclusions.size() != 1) {
                errors.add(new EvaluationError("evaluator", "the outcome rules concluded " + conclusions.size()
                        + " times instead of once"));
            } else if (conclusions.get(0).outcome() != strongest) {
                errors.add(new EvaluationError("evaluator", "the outcome rules concluded "
                        + conclusions.get(0).outcome() + " but the findings call for " + strongest));
            }
        }
        if (!errors.isEmpty()) {
            // a rule that fails never yields ALLOW
            Outcome failure = settings.profile().failureMode() == FailureMode.DENY ? Outcome.DENY : Outcome.REVIEW;
            outcome = strongest.max(failure);
        }
        List<AppliedException> exceptions = new ArrayList<>(exceptions(concluded.grants()));
        softened.stream().filter(e -> !exceptions.contains(e)).forEach(exceptions::add);
        Audit audit = new Audit(CanonicalJson.sha256(CanonicalJson.of(post)), settings.policyDigest(),
                settings.clock().instant());
        return new Decision(post.id(), outcome, settings.policy(), findings, exceptions,
                approvals(concluded.approvals()), errors, audit);
    }

    /**
     * 311.40-P3 after every rule, agency rules included: {@code P3.drl} softens violations, and this
     * repeats it on what the session ended with, from the facts as they went in, so no rule (one that
     * deletes the union signal, or inserts a violation after P3 fired) can bypass it.
     */
    private List<Judgement> unionGuard(List<Judgement> judgements, List<AppliedException> softened) {
        if (!unionActivity) {
            return judgements;
        }
        List<Judgement> guarded = new ArrayList<>(judgements.size());
        for (Judgement j : judgements) {
            if (j.verdict() == Verdict.VIOLATION && !REGISTRATION_EMAIL.equals(j.getClause())) {
                guarded.add(new Judgement(j.concern(), Verdict.REVIEW));
                softened.add(new AppliedException(j.getClause(), AppliedException.UNION_ACTIVITY, null));
            } else {
                guarded.add(j);
            }
        }
        return guarded;
    }

    private List<Finding> findings(List<Judgement> judgements) {
        List<String> mediaOrder = post.allMedia().stream().map(MediaAsset::id).toList();
        Comparator<Judgement> order = Comparator
                .comparingInt((Judgement j) -> mediaOrder.indexOf(j.concern().media()))
                .thenComparing(j -> j.concern().evidence().describe())
                // the same words at two places describe alike: their offsets keep the order deterministic
                .thenComparingInt(j -> j.concern().evidence() instanceof Evidence.Text t ? t.text().start() : -1)
                .thenComparing(j -> j.concern().evidence() instanceof Evidence.Text t ? t.text().in() : "")
                .thenComparing(j -> j.concern().rule());
        Map<String, List<Judgement>> byClause = new LinkedHashMap<>();
        judgements.stream().sorted(order).forEach(j -> byClause.computeIfAbsent(j.getClause(), c -> new ArrayList<>()).add(j));
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Judgement>> e : byClause.entrySet()) {
            findings.add(finding(e.getKey(), e.getValue()));
        }
        findings.sort(Comparator.comparing(Finding::verdict).reversed()
                .thenComparingInt(f -> rank(f.clause())));
        return findings;
    }

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
                remedies.computeIfAbsent(r.action(), a -> new ArrayList<>()).add(r);
            }
        }
        List<Remedy> merged = new ArrayList<>();
        remedies.values().forEach(same -> merged.add(merge(same)));
        if (verdict == Verdict.REVIEW) {
            merged.add(Remedies.humanReview());
        }
        String text = settings.catalogue().find(clause).map(Clause::text).orElse(null);
        if (text == null) {
            errors.add(new EvaluationError(String.join("; ", rules), "clause " + clause + " is not in the catalogue"));
            text = "(clause " + clause + " is not in the catalogue)";
        }
        return new Finding(clause, verdict, String.join("; ", rules), String.join(" ", messages), text,
                List.copyOf(evidence), merged);
    }

    private static Remedy merge(List<Remedy> same) {
        Set<String> media = new LinkedHashSet<>();
        boolean wholePost = false;
        for (Remedy r : same) {
            wholePost |= r.media().isEmpty();
            media.addAll(r.media());
        }
        return new Remedy(same.get(0).action(), same.get(0).from(), wholePost ? List.of() : List.copyOf(media));
    }

    private List<AppliedException> exceptions(List<ExceptionGrant> grants) {
        List<String> mediaOrder = post.allMedia().stream().map(MediaAsset::id).toList();
        return grants.stream()
                .map(g -> new AppliedException(g.clause(), g.exception(), g.media()))
                .distinct()
                .sorted(Comparator.comparingInt((AppliedException a) -> rank(a.clause()))
                        .thenComparingInt(a -> mediaOrder.indexOf(a.media()))
                        .thenComparing(AppliedException::exception))
                .toList();
    }

    private List<ApprovalStatus> approvals(List<ApprovalOutcome> outcomes) {
        Map<String, ApprovalStatus> byId = new LinkedHashMap<>();
        for (ApprovalOutcome o : outcomes) {
            byId.put(o.getApproval(), o.status());
        }
        List<ApprovalStatus> statuses = new ArrayList<>();
        post.approvals().forEach(a -> {
            ApprovalStatus s = byId.get(a.id());
            if (s != null) {
                statuses.add(s);
            }
        });
        return statuses;
    }

    private int rank(String clause) {
        int i = settings.catalogue().indexOf(clause);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
