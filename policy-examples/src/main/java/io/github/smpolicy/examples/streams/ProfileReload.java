package io.github.smpolicy.examples.streams;

import io.github.smpolicy.examples.AgencySetup;
import io.github.smpolicy.examples.ProfileJson;
import io.github.smpolicy.rules.AgencyProfile;
import io.github.smpolicy.rules.PolicyEvaluator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Builds an instance's evaluator from its agency setup, and swaps it without a restart when the profile
 * or its rule files change. {@link #check()} reads the profile and every rule file it names (and the
 * setup's extra rule files); when what it read differs from what the current evaluator was built from, it
 * builds a new evaluator off the stream threads and {@linkplain CurrentEvaluator#swap swaps} it in. A
 * profile that does not read or rules that do not build leave the current evaluator in place, and the
 * problem is reported; the same content is not built again until it changes.
 *
 * <p>Portland's default setup (no profile, no extra rules) has nothing to watch: {@link #check()} is then
 * always {@code false}.
 */
public final class ProfileReload implements AutoCloseable {
    private final AgencySetup setup;
    private final CurrentEvaluator evaluator;
    private final Consumer<String> messages;
    private Object builtFrom;
    private String reported;
    private ScheduledExecutorService timer;

    private ProfileReload(AgencySetup setup, CurrentEvaluator evaluator, Object builtFrom, Consumer<String> messages) {
        this.setup = setup;
        this.evaluator = evaluator;
        this.builtFrom = builtFrom;
        this.messages = messages;
    }

    /**
     * Builds the evaluator from {@code setup}, once.
     *
     * @param setup    the profile, rules and semantic option
     * @param messages receives one line per swap or failed reload; it names files and problems, never posts
     * @return the reload, holding the evaluator
     * @throws AgencySetup.Failure if the evaluator cannot be built: the same as {@link AgencySetup#build()}
     */
    public static ProfileReload of(AgencySetup setup, Consumer<String> messages) {
        Objects.requireNonNull(messages, "messages");
        Object content = contentOrNull(setup); // read before the build: a change in between is built again later
        PolicyEvaluator initial = setup.build();
        return new ProfileReload(setup, new CurrentEvaluator(initial), content, messages);
    }

    /**
     * The instance's evaluator, shared by its stream threads.
     *
     * @return the evaluator holder
     */
    public CurrentEvaluator evaluator() {
        return evaluator;
    }

    /**
     * Reads the profile and rule files, and swaps in a new evaluator if they changed and build.
     *
     * @return {@code true} when a new evaluator was swapped in
     */
    public synchronized boolean check() {
        if (setup.isDefault()) {
            return false;
        }
        Object content;
        try {
            content = content(setup);
        } catch (IOException | IllegalArgumentException e) {
            String problem = "the profile " + setup.profile() + " cannot be read now; the current evaluator stays: "
                    + e.getMessage();
            if (!problem.equals(reported)) { // once per problem, not every period
                messages.accept(problem);
                reported = problem;
            }
            return false;
        }
        reported = null;
        if (content.equals(builtFrom)) {
            return false;
        }
        builtFrom = content;
        try {
            evaluator.swap(setup.build());
        } catch (AgencySetup.Failure e) {
            messages.accept("the changed profile does not build; the current evaluator stays: " + e.getMessage());
            return false;
        }
        messages.accept("the profile changed: new decisions carry the new policyDigest");
        return true;
    }

    /**
     * Calls {@link #check()} every {@code period} on a daemon thread of its own, until {@link #close()}.
     * Does nothing for Portland's default setup or a zero period.
     *
     * @param period how often; zero or positive
     */
    public synchronized void every(Duration period) {
        if (setup.isDefault() || period.isZero() || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "policy-profile-reload");
            thread.setDaemon(true);
            return thread;
        });
        long millis = period.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                check();
            } catch (RuntimeException e) { // a reload never ends the instance
                messages.accept("the profile check failed: " + e.getClass().getName());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops the periodic check; the evaluator stays usable. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private static Object contentOrNull(AgencySetup setup) {
        try {
            return setup.isDefault() ? null : content(setup);
        } catch (IOException | IllegalArgumentException e) {
            return null; // the build reports it
        }
    }

    /** What an evaluator is built from: the profile as read (its rule files' text included) and the extra rules' text. */
    private static Object content(AgencySetup setup) throws IOException {
        List<Object> content = new ArrayList<>();
        AgencyProfile profile = setup.profile() == null ? null
                : ProfileJson.read(setup.profile(), setup.allowOutsidePaths(), setup.strict());
        content.add(profile == null ? "portland" : profile);
        for (Path rules : setup.rules()) {
            if (Files.size(rules) > AgencySetup.MAX_RULE_FILE_BYTES) {
                throw new IOException(rules + ": larger than " + AgencySetup.MAX_RULE_FILE_BYTES / 1024 + " KiB");
            }
            content.add(Files.readString(rules, StandardCharsets.UTF_8));
        }
        return content;
    }
}
