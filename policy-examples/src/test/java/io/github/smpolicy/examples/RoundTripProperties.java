package io.github.smpolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.rules.PolicyEvaluator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Posts and their decisions round-trip: written in the contract's JSON and read back, they are equal. */
class RoundTripProperties {
    private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.builder().build();
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new PolicyJsonModule());

    @Provide
    Arbitrary<ObjectNode> posts() {
        return new PostDigestProperties().posts();
    }

    @Property(tries = 200)
    void aPostReadsBackEqual(@ForAll("posts") ObjectNode json) throws Exception {
        Post post = PostJson.read(json);
        assertEquals(post, PostJson.read(PostJson.toJson(post)));
        assertEquals(post, MAPPER.readValue(MAPPER.writeValueAsString(post), Post.class));
    }

    @Property(tries = 200)
    void aDecisionReadsBackEqual(@ForAll("posts") ObjectNode json) throws Exception {
        Decision decision = EVALUATOR.evaluate(PostJson.read(json));
        assertEquals(decision, DecisionJson.read(DecisionJson.toJson(decision)));
        assertEquals(decision, MAPPER.readValue(MAPPER.writeValueAsString(decision), Decision.class));
    }
}
