package io.github.smpolicy.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.model.AppliedException;
import io.github.smpolicy.model.ApprovalStatus;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.EvaluationError;
import io.github.smpolicy.model.Evidence;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Remedy;
import io.github.smpolicy.model.Role;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Decision} in the JSON contract's shape ({@code json-contract.md}, "A decision").
 * Optional fields that are {@code null} are left out.
 */
public final class DecisionJson {
    private DecisionJson() {}

    /** The decision as one line of JSON, as {@code policy-check evaluate} writes it. */
    public static String toJson(Decision decision) {
        try {
            return Json.MAPPER.writeValueAsString(toTree(decision));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

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
        for (AppliedException e : decision.exceptions()) {
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
        if (evidence instanceof Evidence.Media m) {
            json.put("media", m.media()).put("element", m.element()).put("confidence", m.confidence());
        } else if (evidence instanceof Evidence.Text t) {
            json.putObject("text").put("start", t.text().start()).put("end", t.text().end())
                    .put("match", t.text().match()).put("in", t.text().in());
            json.put("signal", t.signal()).put("confidence", t.confidence());
            putIfPresent(json, "source", t.source());
            if (t.opinion()) {
                json.put("opinion", true); // a model's opinion: at most a review
            }
        } else if (evidence instanceof Evidence.Label l) {
            json.put("label", l.label()).put("confidence", l.confidence());
            putIfPresent(json, "source", l.source());
            json.put("in", l.in());
        } else {
            json.put("account", ((Evidence.Account) evidence).account());
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
