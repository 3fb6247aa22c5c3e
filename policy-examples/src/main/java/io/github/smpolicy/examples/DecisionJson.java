package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
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
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
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
        java.io.StringWriter out = new java.io.StringWriter(1024);
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
            write(decision, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
        try (TokenBuffer buffer = new TokenBuffer(Json.MAPPER, false)) {
            write(decision, buffer);
            return (ObjectNode) Json.MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the decision in the contract's shape: the one place its fields are written, in this order. */
    static void write(Decision decision, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("postId", decision.postId());
        json.writeStringField("outcome", decision.outcome().name());
        json.writeObjectFieldStart("policy");
        json.writeStringField("id", decision.policy().id());
        json.writeStringField("version", decision.policy().version());
        json.writeEndObject();
        json.writeArrayFieldStart("findings");
        for (Finding f : decision.findings()) {
            json.writeStartObject();
            json.writeStringField("clause", f.clause());
            json.writeStringField("verdict", f.verdict().name());
            json.writeStringField("rule", f.rule());
            json.writeStringField("message", f.message());
            json.writeStringField("clauseText", f.clauseText());
            json.writeArrayFieldStart("evidence");
            for (Evidence e : f.evidence()) {
                evidence(e, json);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("remedies");
            for (Remedy r : f.remedies()) {
                remedy(r, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("exceptions");
        for (Exemption e : decision.exceptions()) {
            json.writeStartObject();
            json.writeStringField("clause", e.clause());
            json.writeStringField("exception", e.exception());
            stringIfPresent(json, "media", e.media());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("approvals");
        for (ApprovalStatus a : decision.approvals()) {
            json.writeStartObject();
            json.writeStringField("id", a.id());
            json.writeStringField("status", a.status().name());
            stringIfPresent(json, "reason", a.reason() == null ? null : a.reason().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("errors");
        for (EvaluationError e : decision.errors()) {
            json.writeStartObject();
            json.writeStringField("rule", e.rule());
            json.writeStringField("message", e.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (decision.audit() != null) {
            json.writeObjectFieldStart("audit");
            json.writeStringField("postDigest", decision.audit().postDigest());
            json.writeStringField("policyDigest", decision.audit().policyDigest());
            json.writeStringField("evaluatedAt", decision.audit().evaluatedAt().toString());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void evidence(Evidence evidence, JsonGenerator json) throws IOException {
        json.writeStartObject();
        if (evidence instanceof Evidence.MediaEvidence m) {
            json.writeStringField("media", m.media());
            json.writeStringField("element", m.element());
            json.writeNumberField("confidence", m.confidence());
        } else if (evidence instanceof Evidence.TextEvidence t) {
            json.writeObjectFieldStart("text");
            json.writeNumberField("start", t.text().start());
            json.writeNumberField("end", t.text().end());
            json.writeStringField("match", t.text().match());
            json.writeStringField("in", t.text().in());
            json.writeEndObject();
            json.writeStringField("signal", t.signal());
            json.writeNumberField("confidence", t.confidence());
            stringIfPresent(json, "source", t.source());
            if (t.opinion()) {
                json.writeBooleanField("opinion", true); // a model's opinion: at most a review
            }
        } else if (evidence instanceof Evidence.LabelEvidence l) {
            json.writeStringField("label", l.label());
            json.writeNumberField("confidence", l.confidence());
            stringIfPresent(json, "source", l.source());
            json.writeStringField("in", l.in());
        } else {
            json.writeStringField("account", ((Evidence.AccountEvidence) evidence).account());
        }
        json.writeEndObject();
    }

    private static void remedy(Remedy remedy, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("action", remedy.action());
        json.writeArrayFieldStart("from");
        for (Role r : remedy.from()) {
            json.writeString(r.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("media");
        for (String m : remedy.media()) {
            json.writeString(m);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void stringIfPresent(JsonGenerator json, String key, String value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value);
        }
    }
}
