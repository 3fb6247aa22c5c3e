package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.examples.Json.Field;
import io.github.smpolicy.model.Exemption;
import io.github.smpolicy.model.Audit;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.EvaluationError;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.PolicyRef;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Role;
import io.github.smpolicy.model.TextSpan;
import io.github.smpolicy.model.Verdict;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Writes a {@link Decision} in the JSON contract's shape ({@code json-contract.md}, "A decision"), and
 * reads one back: {@code DecisionJson.read(DecisionJson.toJson(d)).equals(d)}. Optional fields that are
 * {@code null} are left out. An item of evidence is told apart by the key it carries: {@code media}
 * ({@link Evidence.MediaEvidence}), {@code text} ({@link Evidence.TextEvidence}), {@code label} ({@link Evidence.LabelEvidence})
 * or {@code account} ({@link Evidence.AccountEvidence}).
 */
public final class DecisionJson {
    private DecisionJson() {}

    /**
     * The decision as one line of JSON, as {@code policy-check evaluate} writes it.
     *
     * @param decision the decision; not {@code null}
     * @return the JSON text, which {@link #read(String)} reads back equal
     */
    public static String toJson(Decision decision) {
        try {
            return Json.MAPPER.writeValueAsString(toTree(decision));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a decision written in the contract's shape, as {@link #toJson(Decision)} writes it. An invalid
     * decision is an {@link IllegalArgumentException} whose message starts with the path of the field at
     * fault, such as {@code findings[0].evidence[1]: not one of media, text, label or account}.
     *
     * @param json one JSON object in the contract's shape
     * @return the decision
     * @throws IllegalArgumentException if the text is not valid JSON or not a valid decision
     */
    public static Decision read(String json) {
        return read(Json.parse(json));
    }

    /**
     * As {@link #read(String)}, from a JSON tree.
     *
     * @param json a JSON object in the contract's shape
     * @return the decision
     * @throws IllegalArgumentException if the tree is not a valid decision
     */
    public static Decision read(JsonNode json) {
        return read(Field.root(json));
    }

    static Decision read(Field decision) {
        decision.object();
        String postId = decision.get("postId").requiredText();
        Outcome outcome = decision.get("outcome").required().word(Outcome.class);
        Field policy = decision.get("policy").object();
        String policyId = policy.get("id").requiredText();
        String policyVersion = policy.get("version").requiredText();
        PolicyRef ref = policy.build(() -> new PolicyRef(policyId, policyVersion));
        List<Finding> findings = decision.get("findings").elements().stream().map(DecisionJson::finding).toList();
        List<Exemption> exceptions = decision.get("exceptions").elements().stream().map(e -> {
            e.object();
            String clause = e.get("clause").requiredText();
            String word = e.get("exception").requiredText();
            String media = e.get("media").text();
            return e.build(() -> new Exemption(clause, word, media));
        }).toList();
        List<ApprovalStatus> approvals = decision.get("approvals").elements().stream().map(a -> {
            a.object();
            String id = a.get("id").requiredText();
            ApprovalStatus.Status status = a.get("status").required().word(ApprovalStatus.Status.class);
            ApprovalStatus.Reason reason = a.get("reason").word(ApprovalStatus.Reason.class);
            return a.build(() -> new ApprovalStatus(id, status, reason));
        }).toList();
        List<EvaluationError> errors = decision.get("errors").elements().stream().map(e -> {
            e.object();
            String rule = e.get("rule").requiredText();
            String message = e.get("message").requiredText();
            return e.build(() -> new EvaluationError(rule, message));
        }).toList();
        Field audit = decision.get("audit");
        Audit record = null;
        if (audit.present()) {
            audit.object();
            String postDigest = audit.get("postDigest").requiredText();
            String policyDigest = audit.get("policyDigest").requiredText();
            Instant evaluatedAt = audit.get("evaluatedAt").required().instant();
            record = audit.build(() -> new Audit(postDigest, policyDigest, evaluatedAt));
        }
        Audit finalAudit = record;
        return decision.build(() -> new Decision(postId, outcome, ref, findings, exceptions, approvals, errors,
                finalAudit));
    }

    private static Finding finding(Field f) {
        f.object();
        String clause = f.get("clause").requiredText();
        Verdict verdict = f.get("verdict").required().word(Verdict.class);
        String rule = f.get("rule").requiredText();
        String message = f.get("message").requiredText();
        String clauseText = f.get("clauseText").requiredText();
        List<Evidence> evidence = f.get("evidence").elements().stream().map(DecisionJson::evidence).toList();
        List<Remedy> remedies = f.get("remedies").elements().stream().map(r -> {
            r.object();
            String action = r.get("action").requiredText();
            List<Role> from = r.get("from").elements().stream().map(w -> w.required().word(Role.class)).toList();
            List<String> media = r.get("media").texts();
            return r.build(() -> new Remedy(action, from, media));
        }).toList();
        return f.build(() -> new Finding(clause, verdict, rule, message, clauseText, evidence, remedies));
    }

    private static Evidence evidence(Field e) {
        e.object();
        if (e.get("media").present()) {
            String media = e.get("media").requiredText();
            String element = e.get("element").requiredText();
            double confidence = e.get("confidence").number(1.0);
            return e.build(() -> new Evidence.MediaEvidence(media, element, confidence));
        }
        if (e.get("text").present()) {
            Field span = e.get("text").object();
            int start = integer(span.get("start"));
            int end = integer(span.get("end"));
            String match = span.get("match").required().text();
            String in = span.get("in").requiredText();
            TextSpan text = span.build(() -> new TextSpan(start, end, match, in));
            String signal = e.get("signal").requiredText();
            double confidence = e.get("confidence").number(1.0);
            String source = e.get("source").text();
            boolean opinion = e.get("opinion").bool(false);
            return e.build(() -> new Evidence.TextEvidence(text, signal, confidence, source, opinion));
        }
        if (e.get("label").present()) {
            String label = e.get("label").requiredText();
            double confidence = e.get("confidence").number(1.0);
            String source = e.get("source").text();
            String in = e.get("in").text();
            return e.build(() -> new Evidence.LabelEvidence(label, confidence, source, in == null ? "post" : in));
        }
        if (e.get("account").present()) {
            String account = e.get("account").requiredText();
            return e.build(() -> new Evidence.AccountEvidence(account));
        }
        throw e.problem("not one of media, text, label or account");
    }

    private static int integer(Field field) {
        double value = field.required().number(0);
        if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw field.problem("not a whole number");
        }
        return (int) value;
    }

    /**
     * The decision as a JSON tree in the contract's shape.
     *
     * @param decision the decision; not {@code null}
     * @return a new JSON object
     */
    public static ObjectNode toTree(Decision decision) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("postId", decision.postId());
        json.put("outcome", decision.outcome().name());
        json.putObject("policy").put("id", decision.policy().id()).put("version", decision.policy().version());
        ArrayNode findings = json.putArray("findings");
        for (Finding f : decision.findings()) {
            ObjectNode finding = findings.addObject()
                    .put("clause", f.clause())
                    .put("verdict", f.verdict().name())
                    .put("rule", f.rule())
                    .put("message", f.message())
                    .put("clauseText", f.clauseText());
            ArrayNode evidence = finding.putArray("evidence");
            f.evidence().forEach(e -> evidence.add(evidence(e)));
            ArrayNode remedies = finding.putArray("remedies");
            f.remedies().forEach(r -> remedies.add(remedy(r)));
        }
        ArrayNode exceptions = json.putArray("exceptions");
        for (Exemption e : decision.exceptions()) {
            putIfPresent(exceptions.addObject().put("clause", e.clause()).put("exception", e.exception()),
                    "media", e.media());
        }
        ArrayNode approvals = json.putArray("approvals");
        for (ApprovalStatus a : decision.approvals()) {
            putIfPresent(approvals.addObject().put("id", a.id()).put("status", a.status().name()),
                    "reason", a.reason() == null ? null : a.reason().name());
        }
        ArrayNode errors = json.putArray("errors");
        for (EvaluationError e : decision.errors()) {
            errors.addObject().put("rule", e.rule()).put("message", e.message());
        }
        if (decision.audit() != null) {
            json.putObject("audit").put("postDigest", decision.audit().postDigest())
                    .put("policyDigest", decision.audit().policyDigest())
                    .put("evaluatedAt", decision.audit().evaluatedAt().toString());
        }
        return json;
    }

    private static ObjectNode evidence(Evidence evidence) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        if (evidence instanceof Evidence.MediaEvidence m) {
            json.put("media", m.media()).put("element", m.element()).put("confidence", m.confidence());
        } else if (evidence instanceof Evidence.TextEvidence t) {
            json.putObject("text").put("start", t.text().start()).put("end", t.text().end())
                    .put("match", t.text().match()).put("in", t.text().in());
            json.put("signal", t.signal()).put("confidence", t.confidence());
            putIfPresent(json, "source", t.source());
            if (t.opinion()) {
                json.put("opinion", true); // a model's opinion: at most a review
            }
        } else if (evidence instanceof Evidence.LabelEvidence l) {
            json.put("label", l.label()).put("confidence", l.confidence());
            putIfPresent(json, "source", l.source());
            json.put("in", l.in());
        } else {
            json.put("account", ((Evidence.AccountEvidence) evidence).account());
        }
        return json;
    }

    private static ObjectNode remedy(Remedy remedy) {
        ObjectNode json = Json.MAPPER.createObjectNode().put("action", remedy.action());
        ArrayNode from = json.putArray("from");
        remedy.from().stream().map(Role::name).forEach(from::add);
        ArrayNode media = json.putArray("media");
        remedy.media().forEach(media::add);
        return json;
    }

    private static void putIfPresent(ObjectNode json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
