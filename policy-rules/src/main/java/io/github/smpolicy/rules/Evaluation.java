package io.github.smpolicy.rules;

import io.github.smpolicy.model.Action;
import io.github.smpolicy.model.Exemption;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/** One evaluation of one post: its facts in, its decision out. Confined to the calling thread. */
final class Evaluation {
    /** A runaway rule set stops here instead of looping; the decision records the error. */
    static final int MAX_RULE_FIRINGS = 100_000;
    /** Errors reported per decision; beyond them a count. */
    static final int MAX_ERRORS = 50;

    private final Settings settings;
    private final Post post;
    private final List<EvaluationError> errors = new ArrayList<>();
    private int unreported;
    private static final String REGISTRATION_EMAIL = "311.40-1.9";
    private static final ClauseCatalogue STANDARD = ClauseCatalogue.directive31140();
    /** A union signal at or above the review threshold on content that counts as the member's own. */
    private boolean unionActivity;

    /** Everything an evaluation needs that does not change between posts. */
    record Settings(RuleBase rules, AgencyProfile profile, ClauseCatalogue catalogue, PolicyRef policy,
            List<ContentAnalyser> analysers, Set<String> depictionWords, Set<String> labelWords, String policyDigest,
            Clock clock, Duration timeBudget) {}

    Evaluation(Settings settings, Post post) {
        this.settings = settings;
        this.post = post;
    }

    /**
     * Decides the post. With agency rules, an evaluation they break (an attempt to change 311.40's
     * facts, a rule that throws, fails, loops or overruns the time budget) is decided again by the
     * standard rules alone, and the decision keeps both: what 311.40 finds, what the agency's rules
     * found before they failed, and the errors. A failure never makes a decision weaker than the
     * evidence it reached, and never yields ALLOW.
     *
     * @throws OutOfMemoryError when the JVM runs out of memory; nothing else escapes
     */
    Decision run() {
        List<Object> facts = facts();
        RuleBase rules = settings.rules();
        Attempt attempt = attempt(rules, facts);
        Concluded concluded = attempt.concluded();
        attempt.errors().forEach(this::error);
        if (attempt.failed() && rules.hasAgencyRules()) {
            Attempt floor = attempt(rules.standardOnly(), facts);
            floor.errors().forEach(this::error);
            concluded = concluded.under(floor.concluded(), STANDARD::contains);
        }
        if (unreported > 0) {
            errors.add(new EvaluationError("evaluator", unreported + " more errors"));
        }
        return decide(concluded, attempt.failed());
    }

    private void error(EvaluationError e) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(e);
        } else {
            unreported++;
        }
    }

    /** One run of a rule base over the facts: what it concluded, and what went wrong. */
    private record Attempt(Concluded concluded, List<EvaluationError> errors) {
        boolean failed() {
            return !errors.isEmpty();
        }
    }

    private Attempt attempt(RuleBase rules, List<Object> facts) {
        List<EvaluationError> failures = new ArrayList<>();
        boolean agency = rules.hasAgencyRules();
        Guard guard = agency ? new Guard(rules, settings.profile()) : null;
        long budget = settings.timeBudget().toNanos();
        long deadline = System.nanoTime() + budget;
        Firing firing = new Firing(deadline);
        KieSession session = rules.newSession();
        boolean reusable = true;
        Concluded concluded = null;
        Watchdog.Watch watch = agency ? Watchdog.watch(deadline) : null;
        try {
            if (guard != null) {
                session.addEventListener(guard);
            }
            try {
                facts.forEach(session::insert);
                if (guard != null) {
                    guard.firing(true);
                }
                int fired = session.fireAllRules(firing, MAX_RULE_FIRINGS);
                if (fired >= MAX_RULE_FIRINGS) {
                    failures.add(new EvaluationError(firing.rule(), "rules fired " + fired
                            + " times without settling; the evaluation was stopped"));
                }
            } catch (ConsequenceException e) {
                failures.add(new EvaluationError(e.getMatch().getRule().getName(), describe(e.getCause())));
            } catch (OutOfMemoryError e) {
                reusable = false;
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                reusable = !(e instanceof StackOverflowError);
                failures.add(new EvaluationError(firing.rule(), describe(e)));
            } catch (Error e) { // an agency rule's class that fails to load, an assertion: this post's failure only
                reusable = false;
                failures.add(new EvaluationError(firing.rule(), describe(e)));
            }
            if (firing.overran() || watch != null && watch.interrupted()) {
                failures.add(new EvaluationError(firing.rule(), "the evaluation ran past its time budget of "
                        + settings.timeBudget().toMillis() + " ms and was stopped"));
            }
            if (guard != null) {
                guard.firing(false);
                failures.addAll(guard.errors());
            }
            concluded = Concluded.from(session);
            if (failures.isEmpty() && concluded.conclusions().size() != 1) {
                // the outcome rule fires last: without exactly one conclusion the rules did not run to the end
                failures.add(new EvaluationError("evaluator", "the outcome rules concluded "
                        + concluded.conclusions().size() + " times instead of once"));
            }
        } finally {
            if (watch != null) {
                watch.close();
            }
            if (guard != null && reusable) {
                session.removeEventListener(guard);
            }
            if (reusable) {
                session.dispose(); // back to the pool, reset
            } else {
                session.destroy(); // its state after an Error is unknown: never reused
            }
        }
        return new Attempt(concluded, failures);
    }

    /** Lets matches fire until the deadline; remembers which rule fires, for the errors. */
    private static final class Firing implements AgendaFilter {
        private final long deadline;
        private String rule = "evaluator";
        private boolean overran;

        Firing(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public boolean accept(Match match) {
            if (overran || System.nanoTime() - deadline > 0) {
                overran = true;
                return false;
            }
            rule = match.getRule().getName();
            return true;
        }

        String rule() {
            return rule;
        }

        boolean overran() {
            return overran;
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
        analyse(facts, post.text(), "post", Origin.POST, post.shared() != null ? post.shared().text() : "");
        if (post.shared() != null) {
            int before = facts.size();
            addMedia(facts, post.shared().media(), Origin.SHARED);
            addLabels(facts, post.shared().labels(), Origin.SHARED, "shared");
            analyse(facts, post.shared().text(), "shared", Origin.SHARED);
            if (post.action() == Action.COMMENT && supportable(facts, before) && disagrees()) {
                facts.set(0, new PostFact(post, true));
            }
        }
        for (int i = 0; i < post.approvals().size(); i++) {
            facts.add(new ApprovalFact(post.approvals().get(i), i));
        }
        return facts;
    }

    /** 1.6 and 1.7's labels: what a comment on a posting may be read as supporting (sharing.drl). */
    private static final Set<String> SUPPORTABLE = Set.of("HARASSMENT", "DISCRIMINATION", "THREAT_OF_VIOLENCE",
            "PROPOSED_VIOLATION_OF_LAW", "PUBLIC_SAFETY_ENDANGERMENT", "PROTECTED_CLASS_BIAS");

    /** Whether the shared posting's facts from {@code from} on hold a 1.6 or 1.7 signal: only then is a comment's stance read. */
    private static boolean supportable(List<Object> facts, int from) {
        for (int i = from; i < facts.size(); i++) {
            if (facts.get(i) instanceof SignalFact s && SUPPORTABLE.contains(s.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an analyser reads the comment as disagreeing with the posting in so many words. One that fails is
     * an error and counts as not disagreeing: a failure never makes the decision weaker.
     */
    private boolean disagrees() {
        if (post.text().isBlank() || post.shared().text().isEmpty()) {
            return false;
        }
        for (ContentAnalyser analyser : settings.analysers()) {
            try {
                if (analyser.disagrees(post.text(), post.shared().text())) {
                    return true;
                }
            } catch (RuntimeException e) {
                error(new EvaluationError("analyser " + analyser.getClass().getName(), describe(e)));
            }
        }
        return false;
    }

    private void addMedia(List<Object> facts, List<MediaAsset> media, Origin origin) {
        for (MediaAsset asset : media) {
            facts.add(new AssetFact(asset, origin));
            for (Label d : asset.depicts()) {
                if (!settings.depictionWords().contains(d.name())) {
                    error(new EvaluationError("evaluator", "media " + asset.id() + " depicts '" + d.name()
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
                error(new EvaluationError("evaluator", "label '" + l.name() + "' on the " + in
                        + " is not a content label of this policy"));
            }
            addSignal(facts, new SignalFact(l.name(), origin, l.confidence(),
                    new Evidence.LabelEvidence(l.name(), l.confidence(), l.source(), in)));
        }
    }

    /**
     * A signal at or above the review threshold goes to the rules; one below it is dropped here, as the
     * rule book ignores it (no standard rule reads one), so that a post's count of weak labels costs a
     * loop, never rule firings.
     */
    private void addSignal(List<Object> facts, SignalFact s) {
        if (s.confidence() < settings.profile().reviewThreshold()) {
            return;
        }
        // mirrors sharing.drl: content merely commented on does not count as the member's own
        boolean own = s.origin() == Origin.POST || post.action() != Action.COMMENT;
        if (own && Exemption.UNION_ACTIVITY.equals(s.name())) {
            unionActivity = true;
        }
        facts.add(s);
    }

    private void analyse(List<Object> facts, String text, String where, Origin origin) {
        analyse(facts, text, where, origin, "");
    }

    /** The text's signals; {@code context} is the posting the post's own text comments on or shares, or empty. */
    private void analyse(List<Object> facts, String text, String where, Origin origin, String context) {
        if (text.isEmpty()) {
            return;
        }
        for (ContentAnalyser analyser : settings.analysers()) {
            try {
                List<ContentSignal> found = context.isEmpty() ? analyser.analyse(text, where)
                        : analyser.analyse(text, where, context);
                for (ContentSignal s : found) {
                    if (!settings.labelWords().contains(s.signal())) {
                        error(new EvaluationError("analyser " + analyser.getClass().getName(), "signal '"
                                + s.signal() + "' in the " + where + " text is not a content label of this policy"));
                    }
                    TextSpan span = s.span();
                    if (span.end() > text.length() || span.end() - span.start() != span.match().length()
                            || !text.regionMatches(span.start(), span.match(), 0, span.match().length())
                            || !span.in().equals(where)) {
                        throw new IllegalStateException("signal " + s.signal() + " has a span outside the text");
                    }
                    addSignal(facts, new SignalFact(s.signal(), origin, s.confidence(),
                            new Evidence.TextEvidence(span, s.signal(), s.confidence(), s.source(), s.opinion())));
                }
            } catch (RuntimeException e) {
                error(new EvaluationError("analyser " + analyser.getClass().getName(), describe(e)));
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

        /**
         * What a broken evaluation keeps, over {@code floor}, what the standard rules alone concluded:
         * every judgement of both (a finding only adds), the floor's exceptions and approvals on 311.40 and
         * this one's on the agency's own clauses (an exception the broken run granted on 311.40 is not
         * trusted), and no conclusion (the outcome follows the findings and the failure mode).
         */
        Concluded under(Concluded floor, java.util.function.Predicate<String> standard) {
            Concluded c = new Concluded(new ArrayList<>(floor.judgements), List.of(), new ArrayList<>(floor.grants),
                    floor.approvals);
            c.judgements.addAll(judgements);
            grants.stream().filter(g -> !standard.test(g.clause())).forEach(c.grants::add);
            return c;
        }
    }

    private Decision decide(Concluded concluded, boolean failed) {
        List<Exemption> softened = new ArrayList<>();
        List<Judgement> judgements = unionGuard(concluded.judgements(), softened);
        Map<String, Integer> mediaOrder = mediaOrder();
        List<Finding> findings = findings(judgements, mediaOrder);
        List<Conclusion> conclusions = concluded.conclusions();
        Outcome strongest = Decision.strongest(findings);
        Outcome outcome = strongest;
        if (errors.isEmpty() && !failed) {
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
        List<Exemption> exceptions = exceptions(concluded.grants(), mediaOrder);
        for (Exemption e : softened) {
            if (!exceptions.contains(e)) {
                exceptions.add(e);
            }
        }
        Audit audit = new Audit(CanonicalJson.digest(post), settings.policyDigest(),
                settings.clock().instant());
        return new Decision(post.id(), outcome, settings.policy(), findings, exceptions,
                approvals(concluded.approvals()), errors, audit);
    }

    /**
     * 311.40-P3 after every rule, agency rules included: {@code P3.drl} softens violations, and this
     * repeats it on what the session ended with, from the facts as they went in, so no rule (one that
     * deletes the union signal, or inserts a violation after P3 fired) can bypass it.
     */
    private List<Judgement> unionGuard(List<Judgement> judgements, List<Exemption> softened) {
        if (!unionActivity) {
            return judgements;
        }
        List<Judgement> guarded = new ArrayList<>(judgements.size());
        for (Judgement j : judgements) {
            if (j.verdict() == Verdict.VIOLATION && !REGISTRATION_EMAIL.equals(j.getClause())) {
                guarded.add(new Judgement(j.concern(), Verdict.REVIEW));
                softened.add(new Exemption(j.getClause(), Exemption.UNION_ACTIVITY, null));
            } else {
                guarded.add(j);
            }
        }
        return guarded;
    }

    private List<Finding> findings(List<Judgement> judgements, Map<String, Integer> mediaOrder) {
        Comparator<Judgement> order = Comparator
                .comparingInt((Judgement j) -> mediaOrder.getOrDefault(j.concern().media(), -1))
                .thenComparing(j -> j.concern().evidence().describe())
                // the same words at two places describe alike: their offsets keep the order deterministic
                .thenComparingInt(j -> j.concern().evidence() instanceof Evidence.TextEvidence t ? t.text().start() : -1)
                .thenComparing(j -> j.concern().evidence() instanceof Evidence.TextEvidence t ? t.text().in() : "")
                .thenComparing(j -> j.concern().rule());
        List<Judgement> sorted = new ArrayList<>(judgements);
        sorted.sort(order);
        Map<String, List<Judgement>> byClause = new LinkedHashMap<>();
        for (Judgement j : sorted) {
            byClause.computeIfAbsent(j.getClause(), c -> new ArrayList<>()).add(j);
        }
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
            messages.add(settings.profile().wording().apply(j.concern().message()));
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

    /** The grants as the decision's exceptions: each once, by clause, asset and word; a list the caller may add to. */
    private List<Exemption> exceptions(List<ExceptionGrant> grants, Map<String, Integer> mediaOrder) {
        List<Exemption> exceptions = new ArrayList<>(grants.size() + 1);
        // a post has a few grants: a look along the list; rules that grant hundreds get a hash set
        Set<Exemption> seen = grants.size() > 8 ? new java.util.HashSet<>() : null;
        for (ExceptionGrant g : grants) {
            Exemption e = new Exemption(g.clause(), g.exception(), g.media());
            if (seen == null ? !exceptions.contains(e) : seen.add(e)) {
                exceptions.add(e);
            }
        }
        if (exceptions.size() > 1) {
            exceptions.sort(Comparator.comparingInt((Exemption a) -> rank(a.clause()))
                    .thenComparingInt(a -> mediaOrder.getOrDefault(a.media(), -1))
                    .thenComparing(Exemption::exception));
        }
        return exceptions;
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

    /** Each asset's place in the post (the post's media, then the shared posting's): a look-up, not a search. */
    private Map<String, Integer> mediaOrder() {
        Map<String, Integer> order = new java.util.HashMap<>();
        List<MediaAsset> media = post.allMedia();
        for (int i = media.size() - 1; i >= 0; i--) {
            order.put(media.get(i).id(), i); // the first place of an id, as indexOf found it
        }
        return order;
    }

    private int rank(String clause) {
        int i = settings.catalogue().indexOf(clause);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * What failed, by kind: the exception's class and where it was raised, never its message, which may
     * quote the post's text or the member's name (decisions and their errors are stored and logged).
     */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] trace = root.getStackTrace();
        String at = trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName()
                + (trace[0].getLineNumber() > 0 ? ":" + trace[0].getLineNumber() : "");
        return "failed with " + root.getClass().getName() + at + " (message withheld: it may quote the post)";
    }
}
