package io.github.smpolicy.rules;

import io.github.smpolicy.model.EvaluationError;
import io.github.smpolicy.model.Labels;
import io.github.smpolicy.rules.api.ApprovalApplied;
import io.github.smpolicy.rules.api.ApprovalCheck;
import io.github.smpolicy.rules.api.ApprovalFact;
import io.github.smpolicy.rules.api.ApprovalOutOfScope;
import io.github.smpolicy.rules.api.ApprovalOutcome;
import io.github.smpolicy.rules.api.AssetFact;
import io.github.smpolicy.rules.api.Attribution;
import io.github.smpolicy.rules.api.Conclusion;
import io.github.smpolicy.rules.api.DepictionFact;
import io.github.smpolicy.rules.api.DisabledClause;
import io.github.smpolicy.rules.api.ExceptionGrant;
import io.github.smpolicy.rules.api.PolicySettings;
import io.github.smpolicy.rules.api.PostFact;
import io.github.smpolicy.rules.api.SignalFact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Keeps 311.40 out of the agency rules' reach, in one session: watches every fact an agency rule
 * inserts, modifies or deletes, and records as an error each attempt to weaken the directive.
 *
 * <p>An agency rule may add: its own facts, concerns and judgements (a finding only ever adds to a
 * decision), signals and depictions of its own words, and exceptions on its own clauses or on a
 * standard clause with a word the profile declares for it. It may modify or delete only the facts it
 * inserted. Anything else (deleting a concern, a judgement or an input fact, switching a clause off,
 * inserting an approval, an attribution, a union signal or an outcome, waiving a clause with a word
 * the profile does not declare) is tampering: the evaluation is marked failed, and the decision is
 * made from 311.40's rules alone with the agency's findings added ({@link Evaluation}).
 *
 * <p>The evaluator inserts the input facts before any rule fires; an insert, update or delete that
 * no rule is named for while rules fire came through the session's own API from a consequence, and
 * is held to the agency's limits.
 */
final class Guard implements RuleRuntimeEventListener {
    /** Facts only the evaluator and the standard rules make. */
    private static final Set<Class<?>> STANDARD_ONLY = Set.of(PostFact.class, PolicySettings.class,
            DisabledClause.class, AssetFact.class, ApprovalFact.class, ApprovalCheck.class, ApprovalApplied.class,
            ApprovalOutOfScope.class, ApprovalOutcome.class, Attribution.class, Conclusion.class);
    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    /** Tampering is reported this many times per evaluation, then counted. */
    private static final int MAX_REPORTS = 10;

    private final RuleBase rules;
    private final AgencyProfile profile;
    private static final ClauseCatalogue STANDARD = ClauseCatalogue.directive31140();
    private final Set<FactHandle> agencyFacts = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<EvaluationError> errors = new ArrayList<>();
    private int attempts;
    private boolean firing;

    Guard(RuleBase rules, AgencyProfile profile) {
        this.rules = rules;
        this.profile = profile;
    }

    /** Rules fire from now on: every change to the facts comes from a rule. */
    void firing(boolean on) {
        firing = on;
    }

    /** Whether an agency rule tried to weaken 311.40. */
    boolean tampered() {
        return attempts > 0;
    }

    /** Each attempt, by rule and kind (never a value from the post). */
    List<EvaluationError> errors() {
        List<EvaluationError> all = new ArrayList<>(errors);
        if (attempts > errors.size()) {
            all.add(new EvaluationError("evaluator", (attempts - errors.size())
                    + " more attempts by agency rules to change 311.40's facts"));
        }
        return all;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        String rule = agency(event.getRule());
        if (rule == null) {
            return;
        }
        agencyFacts.add(event.getFactHandle());
        Object fact = event.getObject();
        if (STANDARD_ONLY.contains(fact.getClass())) {
            tamper(rule, fact instanceof DisabledClause
                    ? "inserted a DisabledClause: only the profile's disabledClauses switch a clause off"
                    : "inserted a " + fact.getClass().getSimpleName()
                            + ", which only the evaluator and 311.40's rules make");
        } else if (fact instanceof ExceptionGrant g && STANDARD.contains(g.clause())
                && !profile.declaresException(g.clause(), g.exception())) {
            String word = g.exception() != null && WORD.matcher(g.exception()).matches() ? g.exception() : "(a word)";
            tamper(rule, "granted the exception " + word + " on " + g.clause()
                    + ", which the profile does not declare for that clause");
        } else if (fact instanceof SignalFact s && !own(s.name(), profile.labels(), Labels.CONTENT)) {
            tamper(rule, "inserted a signal of the rule book's labels, which only the post and its analysers raise");
        } else if (fact instanceof DepictionFact d && !own(d.element(), profile.depictions(), Labels.DEPICTIONS)) {
            tamper(rule, "inserted a depiction of the rule book's words, which only the post's media carry");
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        String rule = agency(event.getRule());
        if (rule != null && !agencyFacts.contains(event.getFactHandle())) {
            tamper(rule, "modified a " + event.getObject().getClass().getSimpleName() + " it did not insert");
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        String rule = agency(event.getRule());
        if (rule != null && !agencyFacts.remove(event.getFactHandle())) {
            tamper(rule, "deleted a " + event.getOldObject().getClass().getSimpleName() + " it did not insert");
        }
    }

    /** The name of the agency rule behind a change, or null when the change is the evaluator's or a standard rule's. */
    private String agency(Rule rule) {
        if (rule == null) {
            return firing ? "a rule, through the session's API" : null;
        }
        return rules.isAgencyRule(rule) ? rule.getName() : null;
    }

    private static boolean own(String word, List<String> agencyWords, List<String> ruleBook) {
        return agencyWords.contains(word) && !ruleBook.contains(word);
    }

    private void tamper(String rule, String what) {
        if (attempts++ < MAX_REPORTS) {
            errors.add(new EvaluationError(rule, "311.40 is protected: the rule " + what));
        }
    }
}
