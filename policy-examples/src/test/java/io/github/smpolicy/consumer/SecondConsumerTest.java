package io.github.smpolicy.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smpolicy.examples.PolicyJsonModule;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.PolicyEvaluator;
import org.junit.jupiter.api.Test;

/**
 * A second consumer, outside the library's packages: with the deployed artifacts' public API only
 * (policy-rules, policy-examples and Jackson), it reads a post in the contract's JSON, evaluates it and
 * writes the decision in the contract's JSON.
 */
class SecondConsumerTest {
    private static final String POST = """
            {"id": "p-17", "postedAt": "2026-03-01T18:20:00Z", "action": "PUBLISH",
             "author": {"id": "m-1042", "name": "Officer A. Diaz", "role": "MEMBER"},
             "account": {"platform": "facebook", "handle": "adiaz", "use": "PERSONAL",
                         "registrationEmail": "a.diaz@example.com"},
             "text": "Proud day!",
             "labels": ["UNION_ACTIVITY", {"name": "THREAT_OF_VIOLENCE", "confidence": 0.7, "source": "classifier-x"}],
             "media": [{"id": "img-1", "kind": "PHOTO", "depicts": ["UNIFORM", {"name": "MARKED_VEHICLE", "confidence": 0.8}],
                        "authorDepicted": true, "authorInUniform": false, "caption": "on the job"}]}
            """;

    @Test
    void readsAPostEvaluatesItAndWritesTheDecisionInTheContractsJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new PolicyJsonModule());
        PolicyEvaluator evaluator = PolicyEvaluator.builder().build();

        Post post = mapper.readValue(POST, Post.class);
        Decision decision = evaluator.evaluate(post);
        String written = mapper.writeValueAsString(decision);

        JsonNode json = mapper.readTree(written);
        assertEquals("p-17", json.get("postId").asText());
        assertEquals(decision.outcome().name(), json.get("outcome").asText());
        assertTrue(decision.outcome() != Outcome.ALLOW, written); // a marked vehicle and a threat label
        assertEquals("311.40", json.at("/policy/id").asText());
        assertTrue(json.at("/audit/evaluatedAt").isTextual(), "an ISO-8601 instant: " + written);
        for (JsonNode finding : json.get("findings")) {
            for (JsonNode evidence : finding.get("evidence")) {
                assertTrue(evidence.has("media") || evidence.has("text") || evidence.has("label")
                        || evidence.has("account"), evidence::toString);
            }
        }
        assertEquals(decision, mapper.readValue(written, Decision.class));
        assertEquals(post, mapper.readValue(mapper.writeValueAsString(post), Post.class));
    }
}
