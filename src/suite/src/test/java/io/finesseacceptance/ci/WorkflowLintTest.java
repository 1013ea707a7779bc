package io.finesseacceptance.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GitHub Actions workflows pass action-validator (GitHub's workflow schema), run through .ci/lint-workflows;
 * a broken copy proves the check can fail. Skips only where neither the pinned validator nor npm is there
 * to install it; .ci/run makes sure both are.
 */
class WorkflowLintTest {

    private static final Path LINT = Path.of(".ci/lint-workflows");
    private static final Path WORKFLOWS = Path.of(".github/workflows");

    record Outcome(int exitCode, String output) {
    }

    @BeforeAll
    static void theValidatorCanRun() {
        boolean installed = Files.isExecutable(Path.of(".ci/tools/node_modules/.bin/action-validator"));
        assumeTrue(installed || onPath("npm"), "neither .ci/tools/node_modules nor npm to install it (.ci/run installs npm)");
    }

    static Stream<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            return files.filter(file -> file.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void theWorkflowIsValid(Path workflow) throws Exception {
        Outcome outcome = lint(workflow);

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    }

    @Test
    void aBrokenWorkflowFailsTheCheck(@TempDir Path dir) throws Exception {
        String lab = Files.readString(WORKFLOWS.resolve("lab.yml"));
        // a typo a reviewer could miss: "step:" instead of "steps:" in the publishing job
        String broken = lab.replace("    steps:\n      - name: Publish the report", "    step:\n      - name: Publish the report");
        assertThat(broken).isNotEqualTo(lab);
        Path workflow = Files.writeString(dir.resolve("lab.yml"), broken);

        Outcome outcome = lint(workflow);

        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.output()).contains("INVALID", "Additional property 'step' is not allowed");
    }

    @Test
    void theLabWorkflowRunsTheREADMEsLabCommandInTheLabEnvironment() throws IOException {
        String lab = Files.readString(WORKFLOWS.resolve("lab.yml"));

        assertThat(lab).contains("environment: lab", "./mvnw -B -ntp verify -Plab", "./mvnw -B -ntp -Preport",
                "workflow_dispatch:", "schedule:", "vars.LAB_RUNNER", "actions/deploy-pages@",
                "reports/living-docs/history.json", "cp -R reports/living-docs");
        for (String setting : List.of("FINESSE_BASE_URL", "FINESSE_AGENTS", "FINESSE_CA_CERT", "FINESSE_XMPP_TRANSPORT",
                "FINESSE_XMPP_BOSH_URL", "FINESSE_XMPP_WEBSOCKET_URL", "FINESSE_XMPP_PORT", "FINESSE_XMPP_SECURITY",
                "FINESSE_SUPERVISORS", "FINESSE_SECONDARY_BASE_URL", "FINESSE_SIDES", "FINESSE_SECONDARY_XMPP_TRANSPORT")) {
            assertThat(lab).as("lab.yml passes %s from the lab environment", setting).contains("secrets." + setting);
        }
    }

    private static Outcome lint(Path workflow) throws IOException, InterruptedException {
        Path output = Files.createTempFile("lint", ".txt");
        try {
            Process lint = new ProcessBuilder("bash", LINT.toString(), workflow.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!lint.waitFor(5, TimeUnit.MINUTES)) {
                lint.destroyForcibly();
                throw new AssertionError("the workflow lint did not finish within 5 minutes");
            }
            return new Outcome(lint.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }
}
