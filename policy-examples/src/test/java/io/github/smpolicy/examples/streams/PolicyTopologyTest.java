package io.github.smpolicy.examples.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smpolicy.examples.AgencySetup;
import io.github.smpolicy.examples.DecisionJson;
import io.github.smpolicy.examples.PostJson;
import io.github.smpolicy.model.Decision;
import io.github.smpolicy.model.Finding;
import io.github.smpolicy.model.Outcome;
import io.github.smpolicy.model.Post;
import io.github.smpolicy.model.Verdict;
import io.github.smpolicy.rules.InputLimits;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision stream, run by Kafka's own {@link TopologyTestDriver} (no broker): every answer is compared
 * with what {@link PolicyEvaluator#evaluate} gives for the same post directly, never with a written-down one.
 */
class PolicyTopologyTest {
    private static final Path SAMPLES = Path.of("samples/posts.jsonl");
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios/directive-311.40.jsonl");
    private static final Path CASCADE = Path.of("agencies/cascade-county");
    private static final Instant T0 = Instant.parse("2026-03-01T18:00:00Z");
    /** A fixed clock: the topology's decisions and the direct ones carry the same audit.evaluatedAt. */
    private static final PolicyEvaluator EVALUATOR = PolicyEvaluator.builder()
            .clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RELEASE = "policy-topology-test.runaway.released";

    @TempDir
    Path dir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> posts;
    private TestOutputTopic<String, String> decisions;
    private TestOutputTopic<String, String> errors;
    private TestOutputTopic<String, String> memberView;

    @AfterEach
    void closeTheDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    @AfterAll
    static void releaseTheSpinningThread() {
        System.setProperty(RELEASE, "true");
    }

    @Test
    void everySamplePostIsDecidedKeyedByItsIdExactlyAsTheEvaluatorDecidesIt() throws IOException {
        start(settings(), new CurrentEvaluator(EVALUATOR));
        List<String> lines = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
        lines.forEach(this::send);

        List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
        assertEquals(lines.size(), out.size());
        for (int i = 0; i < lines.size(); i++) {
            Post post = PostJson.read(lines.get(i));
            assertEquals(post.id(), out.get(i).key);
            assertEquals(DecisionJson.toJson(EVALUATOR.evaluate(post)), out.get(i).value, post.id());
        }
        assertTrue(errors.isEmpty());
        assertTrue(outcomes(out).contains(Outcome.ALLOW) && outcomes(out).contains(Outcome.DENY), out::toString);
    }

    @Test
    void theDirectivesScenarioPostsAreDecidedAsTheEvaluatorDecidesThem() throws IOException {
        start(settings(), new CurrentEvaluator(EVALUATOR));
        List<Post> sent = new ArrayList<>();
        for (String line : Files.readAllLines(SCENARIOS, StandardCharsets.UTF_8)) {
            JsonNode scenario = MAPPER.readTree(line);
            if (!scenario.has("agency")) {
                send(scenario.get("post").toString());
                sent.add(PostJson.read(scenario.get("post")));
            }
        }
        List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
        assertEquals(sent.size(), out.size());
        for (int i = 0; i < sent.size(); i++) {
            assertEquals(KeyValue.pair(sent.get(i).id(), DecisionJson.toJson(EVALUATOR.evaluate(sent.get(i)))), out.get(i));
        }
        assertEquals(3, outcomes(out).size(), "the scenarios reach every outcome: " + outcomes(out));
    }

    @Test
    void recordsThatAreNotPostsGoToTheErrorsTopicNamingTheFieldAndTheRecordsAfterThemAreDecided() throws IOException {
        start(settings(), new CurrentEvaluator(EVALUATOR));
        List<String> samples = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
        ObjectNode noAuthor = (ObjectNode) MAPPER.readTree(samples.get(0));
        noAuthor.remove("author");
        noAuthor.put("text", "Officer Quinlan Marsh-Okoro at 12 Elm Street");
        ObjectNode wrongType = (ObjectNode) MAPPER.readTree(samples.get(1));
        wrongType.put("postedAt", 17);
        wrongType.put("text", "Officer Quinlan Marsh-Okoro at 12 Elm Street");

        send("{\"id\": \"p-x\", \"text\": \"Officer Quinlan Marsh-Okoro"); // offset 0: cut off
        send(samples.get(2));                                                // 1
        send(noAuthor.toString());                                           // 2
        send(wrongType.toString());                                          // 3
        posts.pipeInput("k", new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}); // 4: not UTF-8
        posts.pipeInput("k", (byte[]) null);                                 // 5: a tombstone
        send(samples.get(3));                                                // 6

        List<KeyValue<String, String>> failed = errors.readKeyValuesToList();
        assertEquals(5, failed.size(), failed::toString);
        Map<Long, String> byOffset = new TreeMap<>();
        for (KeyValue<String, String> record : failed) {
            StreamError error = StreamError.read(record.value);
            assertEquals("posts", error.topic());
            assertEquals(0, error.partition());
            assertNull(error.postId(), "not read, so not named");
            assertNull(record.key);
            assertFalse(record.value.contains("Quinlan") || record.value.contains("Elm"), record.value);
            byOffset.put(error.offset(), error.error());
        }
        assertEquals(List.of(0L, 2L, 3L, 4L, 5L), List.copyOf(byOffset.keySet()));
        assertTrue(byOffset.get(0L).startsWith("not valid JSON"), byOffset.get(0L));
        assertTrue(byOffset.get(2L).startsWith("author"), byOffset.get(2L));
        assertTrue(byOffset.get(3L).startsWith("postedAt"), byOffset.get(3L));
        assertTrue(byOffset.get(4L).contains("UTF-8"), byOffset.get(4L));
        assertTrue(byOffset.get(5L).contains("no value"), byOffset.get(5L));

        List<String> decided = decisions.readKeyValuesToList().stream().map(kv -> kv.key).toList();
        assertEquals(List.of(PostJson.read(samples.get(2)).id(), PostJson.read(samples.get(3)).id()), decided);
    }

    @Test
    void anAgencyProfileInTheConfigurationDecidesAsThatAgencysEvaluator() throws IOException {
        Properties properties = kafka();
        properties.setProperty("smpolicy.agency", "profile.json");
        StreamSettings settings = StreamSettings.of(properties, CASCADE.toAbsolutePath());
        PolicyStreamsApp app = PolicyStreamsApp.create(settings, message -> { });
        start(settings, app.topology());
        PolicyEvaluator sheriff = new AgencySetup(CASCADE.resolve("profile.json"), List.of()).build();
        List<String> lines = Files.readAllLines(CASCADE.resolve("posts.jsonl"), StandardCharsets.UTF_8);
        lines.forEach(this::send);

        List<KeyValue<String, String>> out = decisions.readKeyValuesToList();
        assertEquals(lines.size(), out.size());
        boolean agencyClause = false;
        for (int i = 0; i < lines.size(); i++) {
            Post post = PostJson.read(lines.get(i));
            assertEquals(post.id(), out.get(i).key);
            assertEquals(withoutTime(DecisionJson.toJson(sheriff.evaluate(post))), withoutTime(out.get(i).value));
            agencyClause |= out.get(i).value.contains("\"clause\":\"CCSO-");
        }
        assertTrue(agencyClause, "the Sheriff's Office's own clauses decided some post");
    }

    @Test
    void decisionsForOnePostIdComeOutInTheOrderItsVersionsCameIn() throws IOException {
        start(settings(), new CurrentEvaluator(EVALUATOR));
        List<String> samples = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
        // one post id, edited and sent again: its versions' decisions differ, and must keep their order
        List<String> versions = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String line : samples) {
            ObjectNode json = (ObjectNode) MAPPER.readTree(line);
            others.add(line);
            versions.add(json.put("id", "edited").toString());
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            for (String line : List.of(versions.get(i), others.get(i))) {
                send(line);
                Post post = PostJson.read(line);
                expected.computeIfAbsent(post.id(), id -> new ArrayList<>())
                        .add(DecisionJson.toJson(EVALUATOR.evaluate(post)));
            }
        }
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        decisions.readKeyValuesToList().forEach(kv -> byKey.computeIfAbsent(kv.key, id -> new ArrayList<>()).add(kv.value));
        assertEquals(expected, byKey);
        assertTrue(expected.get("edited").stream().distinct().count() > 1, "the versions are decided differently");
    }

    @Test
    void theMemberViewCountsEachMembersPostsByOutcomeAndClauseInEachWindow() throws IOException {
        StreamSettings settings = settings().withMemberView(Duration.ofHours(1), Duration.ofMinutes(5),
                StreamSettings.Emit.UPDATE);
        start(settings, new CurrentEvaluator(EVALUATOR));
        List<String> samples = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
        // members a and b share the first hour; the last post, b's, falls in the second hour
        Map<String, List<Decision>> expected = new TreeMap<>();
        for (int i = 0; i < samples.size(); i++) {
            String member = i % 3 == 0 ? "m-b" : "m-a";
            Instant at = i == samples.size() - 1 ? T0.plus(Duration.ofMinutes(70)) : T0.plus(Duration.ofMinutes(i));
            ObjectNode json = (ObjectNode) MAPPER.readTree(samples.get(i));
            ((ObjectNode) json.get("author")).put("id", member);
            posts.pipeInput(null, json.toString().getBytes(StandardCharsets.UTF_8), at);
            Instant window = at.isBefore(T0.plus(Duration.ofHours(1))) ? T0 : T0.plus(Duration.ofHours(1));
            expected.computeIfAbsent(member + "@" + window, k -> new ArrayList<>())
                    .add(EVALUATOR.evaluate(PostJson.read(json)));
        }

        Map<String, MemberView> latest = new TreeMap<>();
        for (KeyValue<String, String> record : memberView.readKeyValuesToList()) {
            MemberView view = MemberView.read(record.value);
            assertEquals(record.key, view.member());
            assertEquals(Duration.ofHours(1), Duration.between(view.windowStart(), view.windowEnd()));
            latest.put(view.member() + "@" + view.windowStart(), view);
        }
        assertEquals(expected.keySet(), latest.keySet());
        expected.forEach((key, decided) -> assertCounts(decided, latest.get(key).counts(), key));

        WindowStore<String, MemberCounts> store = driver.getWindowStore(PolicyTopology.MEMBER_VIEW_STORE);
        Map<String, MemberCounts> stored = new HashMap<>();
        try (KeyValueIterator<Windowed<String>, MemberCounts> all = store.all()) {
            all.forEachRemaining(kv -> stored.put(kv.key.key() + "@" + kv.key.window().startTime(), kv.value));
        }
        assertEquals(expected.keySet(), stored.keySet());
        expected.forEach((key, decided) -> assertCounts(decided, stored.get(key), key));
    }

    @Test
    void aFinalMemberViewIsWrittenOnceAWindowClosesAndNotBefore() throws IOException {
        StreamSettings settings = settings().withMemberView(Duration.ofHours(1), Duration.ofMinutes(5),
                StreamSettings.Emit.FINAL);
        start(settings, new CurrentEvaluator(EVALUATOR));
        List<String> samples = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
        List<Decision> firstHour = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            posts.pipeInput(null, samples.get(i).getBytes(StandardCharsets.UTF_8), T0.plus(Duration.ofMinutes(i)));
            firstHour.add(EVALUATOR.evaluate(PostJson.read(samples.get(i))));
        }
        // stream time within the window's grace: nothing is final yet
        posts.pipeInput(null, samples.get(4).getBytes(StandardCharsets.UTF_8), T0.plus(Duration.ofMinutes(62)));
        driver.advanceWallClockTime(Duration.ofHours(2));
        assertTrue(memberView.isEmpty(), "a window is written only when it closes");

        posts.pipeInput(null, samples.get(5).getBytes(StandardCharsets.UTF_8), T0.plus(Duration.ofMinutes(66)));
        List<MemberView> written = memberView.readValuesToList().stream().map(MemberView::read).toList();
        Map<String, List<Decision>> byMember = new TreeMap<>();
        for (int i = 0; i < 4; i++) {
            byMember.computeIfAbsent(PostJson.read(samples.get(i)).author().id(), m -> new ArrayList<>())
                    .add(firstHour.get(i));
        }
        assertEquals(byMember.keySet(), written.stream().map(MemberView::member).collect(
                java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        assertEquals(byMember.size(), written.size(), "once per member and window");
        for (MemberView view : written) {
            assertEquals(T0, view.windowStart());
            assertCounts(byMember.get(view.member()), view.counts(), view.member());
        }
    }

    @Test
    void aPostWhoseEvaluationThrowsIsReportedAndTheStreamGoesOn() throws IOException {
        // PolicyEvaluator.evaluate throws for a post over an input limit: here, text over 40 characters
        PolicyEvaluator small = PolicyEvaluator.builder().clock(Clock.fixed(T0, ZoneOffset.UTC))
                .limits(new InputLimits(40, 100, 1_000, 100)).build();
        start(settings(), new CurrentEvaluator(small));
        List<String> samples = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
        ObjectNode big = (ObjectNode) MAPPER.readTree(samples.get(0));
        big.put("id", "too-long").put("text", "Officer Quinlan Marsh-Okoro, 12 Elm Street, and then some more words");
        ObjectNode fits = (ObjectNode) MAPPER.readTree(samples.get(1));
        fits.put("text", "Sworn in today.");

        send(big.toString());
        send(fits.toString());

        List<KeyValue<String, String>> failed = errors.readKeyValuesToList();
        assertEquals(1, failed.size(), failed::toString);
        StreamError error = StreamError.read(failed.get(0).value);
        assertEquals("too-long", failed.get(0).key);
        assertEquals("too-long", error.postId());
        assertEquals(0, error.offset());
        assertTrue(error.error().startsWith("post exceeds an input limit: text"), error.error());
        assertFalse(failed.get(0).value.contains("Quinlan"), failed.get(0).value);
        Post post = PostJson.read(fits);
        assertEquals(List.of(KeyValue.pair(post.id(), DecisionJson.toJson(small.evaluate(post)))),
                decisions.readKeyValuesToList());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRuleThatNeverReturnsCostsItsOwnPostOnly() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/runaway.drl"), """
                package io.github.smpolicy.rules.api;

                rule "311.40-1.3 spins on one post"
                when
                    PostFact( id == "spins" )
                then
                    while (!Boolean.getBoolean("%s")) { }
                end
                """.formatted(RELEASE));
        Path profile = Files.writeString(dir.resolve("profile.json"), "{\"rules\": [\"rules/runaway.drl\"]}");
        PolicyEvaluator runaway = new AgencySetup(profile, List.of()).build();
        start(settings().withPostTimeout(Duration.ofMillis(300)), new CurrentEvaluator(runaway));
        List<String> samples = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
        ObjectNode spins = (ObjectNode) MAPPER.readTree(samples.get(0));
        spins.put("id", "spins");

        send(spins.toString());
        send(samples.get(1));
        send(samples.get(2));

        List<StreamError> failed = errors.readValuesToList().stream().map(StreamError::read).toList();
        assertEquals(List.of(new StreamError("posts", 0, 0, "spins", "the evaluation did not finish within 300 ms")),
                failed);
        List<KeyValue<String, String>> decided = decisions.readKeyValuesToList();
        assertEquals(2, decided.size());
        for (int i = 0; i < 2; i++) {
            Post post = PostJson.read(samples.get(i + 1));
            assertEquals(post.id(), decided.get(i).key);
            assertEquals(withoutTime(DecisionJson.toJson(runaway.evaluate(post))), withoutTime(decided.get(i).value));
        }
    }

    @Test
    void aChangedProfileIsSwappedInWithoutARestartAndABrokenOneIsNot() throws IOException {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{}");
        List<String> messages = new ArrayList<>();
        AgencySetup setup = new AgencySetup(profile, List.of());
        ProfileReload reload = ProfileReload.of(setup, messages::add);
        start(settings(), reload.evaluator());
        ObjectNode json = (ObjectNode) MAPPER.readTree(Files.readAllLines(SAMPLES, StandardCharsets.UTF_8).get(0));
        json.put("text", "Weekend plans: the blue lagoon trail with the kids.");
        Post post = PostJson.read(json);
        PolicyEvaluator before = setup.build();

        assertFalse(reload.check(), "nothing changed");
        send(json.toString());
        Files.writeString(profile, """
                {"lexicon": [{"signal": "SENSITIVE_INFORMATION", "term": "blue lagoon", "confidence": 0.95}]}""");
        assertTrue(reload.check(), messages::toString);
        PolicyEvaluator after = setup.build();
        send(json.toString());
        Files.writeString(profile, "{\"lexicon\": [");
        assertFalse(reload.check(), "a profile that does not read is not swapped in");
        send(json.toString());

        List<String> out = decisions.readValuesToList().stream().map(PolicyTopologyTest::withoutTime).toList();
        String old = withoutTime(DecisionJson.toJson(before.evaluate(post)));
        String changed = withoutTime(DecisionJson.toJson(after.evaluate(post)));
        assertNotEquals(old, changed, "the new lexicon changes the decision");
        assertEquals(List.of(old, changed, changed), out);
        assertEquals(2, messages.size(), messages::toString);
        assertTrue(messages.get(1).contains("cannot be read"), messages.get(1));
    }

    // --- the driver

    private void start(StreamSettings settings, CurrentEvaluator evaluator) {
        start(settings, PolicyTopology.build(settings, evaluator));
    }

    private void start(StreamSettings settings, Topology topology) {
        Properties properties = settings.kafkaProperties();
        properties.setProperty("state.dir", dir.resolve("state").toString());
        driver = new TopologyTestDriver(topology, properties, T0);
        posts = driver.createInputTopic(settings.postsTopic(), new StringSerializer(), new ByteArraySerializer(),
                T0, Duration.ofSeconds(1));
        decisions = driver.createOutputTopic(settings.decisionsTopic(), new StringDeserializer(), new StringDeserializer());
        errors = driver.createOutputTopic(settings.errorsTopic(), new StringDeserializer(), new StringDeserializer());
        memberView = driver.createOutputTopic(settings.memberViewTopic(), new StringDeserializer(),
                new StringDeserializer());
    }

    private void send(String json) {
        posts.pipeInput("ignored-key", json.getBytes(StandardCharsets.UTF_8));
    }

    private static Properties kafka() {
        Properties properties = new Properties();
        properties.setProperty("application.id", "policy-topology-test");
        properties.setProperty("bootstrap.servers", "unused:9092");
        properties.setProperty("statestore.cache.max.bytes", "0"); // every update reaches the view topic
        return properties;
    }

    private static StreamSettings settings() {
        return StreamSettings.of(kafka(), Path.of("."));
    }

    private static List<Outcome> outcomes(List<KeyValue<String, String>> decisions) {
        return decisions.stream().map(kv -> DecisionJson.read(kv.value).outcome()).distinct().toList();
    }

    /** A decision's JSON without its audit.evaluatedAt: evaluators built from files run on the system clock. */
    private static String withoutTime(String decision) {
        try {
            ObjectNode json = (ObjectNode) MAPPER.readTree(decision);
            ((ObjectNode) json.get("audit")).remove("evaluatedAt");
            return json.toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Counts the decisions' outcomes and findings by hand, and compares. */
    private static void assertCounts(List<Decision> decided, MemberCounts counts, String where) {
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        Map<String, Map<Verdict, Long>> clauses = new TreeMap<>();
        for (Decision decision : decided) {
            outcomes.merge(decision.outcome(), 1L, Long::sum);
            for (Finding finding : decision.findings()) {
                clauses.computeIfAbsent(finding.clause(), c -> new EnumMap<>(Verdict.class))
                        .merge(finding.verdict(), 1L, Long::sum);
            }
        }
        assertEquals(decided.size(), counts.posts(), where);
        for (Outcome outcome : Outcome.values()) {
            assertEquals(outcomes.getOrDefault(outcome, 0L), counts.outcomes().get(outcome), where + " " + outcome);
        }
        assertEquals(clauses.keySet(), counts.clauses().keySet(), where);
        clauses.forEach((clause, verdicts) -> {
            for (Verdict verdict : Verdict.values()) {
                assertEquals(verdicts.getOrDefault(verdict, 0L), counts.clauses().get(clause).get(verdict),
                        where + " " + clause + " " + verdict);
            }
        });
    }
}
