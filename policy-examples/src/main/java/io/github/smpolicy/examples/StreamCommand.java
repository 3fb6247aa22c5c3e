package io.github.smpolicy.examples;

import io.github.smpolicy.examples.streams.PolicyStreamsApp;
import io.github.smpolicy.examples.streams.StreamSettings;
import io.github.smpolicy.model.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policy-check stream}: decides the posts of a Kafka topic as they arrive (docs/streams.md).
 * No Kafka type appears in this class's fields or signatures: picocli inspects every subcommand, and a user
 * of {@link PolicyCheck} without Kafka Streams on the class path (it is an optional dependency) must still
 * be able to run {@code evaluate} and {@code test}.
 */
@Command(name = "stream", abbreviateSynopsis = true,
        description = "Decides posts from a Kafka topic as they arrive, until stopped (SIGTERM, Ctrl-C).",
        footer = {"",
            "The configuration is a properties file: keys starting with smpolicy. are this",
            "command's (topics, agency profile, semantic analyser, member view, profile",
            "reload), every other key goes to Kafka Streams (application.id and",
            "bootstrap.servers are required; processing.guarantee defaults to",
            "exactly_once_v2). Paths in it are relative to the file. See docs/streams.md.",
            "",
            "A record that is not a valid post, or whose evaluation fails, goes to the",
            "errors topic naming the field or the failure and the record's partition and",
            "offset; it never stops the stream. State changes, profile swaps and failures",
            "are written to standard error, never a post's content."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:--describe printed the topology; or the stream was stopped by a signal",
            "2:bad command line or configuration: option, config file, key, profile, rules",
            "3:the stream failed (a stream thread died: broker, topic or state store problem) or internal error"})
final class StreamCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    private boolean help;

    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "The properties file: Kafka Streams' keys and this command's smpolicy.* keys.")
    private Path config;

    @Option(names = "--agency", paramLabel = "PROFILE.json",
            description = "An agency profile, in place of the file's smpolicy.agency (relative to the working directory).")
    private Path agency;

    @Option(names = "--semantic",
            description = "Also read every text with the semantic analyser, whatever the file's smpolicy.semantic says.")
    private boolean semantic;

    @Option(names = "--describe",
            description = "Build the evaluator and the topology, print the topology and exit 0; connects to no broker.")
    private boolean describe;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        StreamSettings settings;
        try {
            settings = StreamSettings.load(config);
        } catch (IOException e) {
            err.println("policy-check: cannot read the configuration " + Printable.of(config.toString()) + ": "
                    + Printable.of(Json.reason(e)));
            return PolicyCheck.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("policy-check: invalid configuration " + Printable.of(String.valueOf(e.getMessage())));
            return PolicyCheck.USAGE;
        }
        AgencySetup setup = settings.setup();
        if (agency != null) {
            setup = new AgencySetup(agency, setup.rules(), setup.semantic(), setup.allowOutsidePaths(), setup.strict());
        }
        settings = settings.withSetup(setup.withSemantic(setup.semantic() || semantic));
        PolicyStreamsApp app;
        try {
            app = PolicyStreamsApp.create(settings, message -> {
                err.println("policy-check stream: " + message);
                err.flush();
            });
        } catch (AgencySetup.Failure e) {
            EvaluateCommand.report(err, e);
            return PolicyCheck.USAGE;
        }
        if (describe) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(app.describe());
            out.flush();
            return PolicyCheck.OK;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "policy-check-stream-close"));
        try {
            return app.run() ? PolicyCheck.OK : PolicyCheck.FAILURE;
        } catch (IllegalArgumentException e) {
            err.println("policy-check: invalid configuration " + Printable.of(config.toString()) + ": "
                    + Printable.of(String.valueOf(e.getMessage())));
            return PolicyCheck.USAGE;
        }
    }
}
