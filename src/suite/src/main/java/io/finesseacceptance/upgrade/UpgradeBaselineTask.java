package io.finesseacceptance.upgrade;

import io.finesseacceptance.settings.SettingsSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run is asked to do about the upgrade baseline, from its settings: record one (or add this run to
 * one), compare with one, both, or neither. At the end of the run it writes the baseline and the verdict.
 *
 * @param record    where to write this run's baseline
 * @param append    add this run to the baseline already at {@code record}, as another run of the same release
 * @param compare   the baseline to compare this run with
 * @param verdict   where the comparison's verdict goes (markdown)
 * @param hostNames record the XMPP domains as they are, instead of leaving host names out
 */
public record UpgradeBaselineTask(Optional<Path> record, boolean append, Optional<Path> compare, Path verdict,
                                  boolean hostNames) {

    public static final String RECORD = "finesse.baseline.record";
    public static final String APPEND = "finesse.baseline.append";
    public static final String COMPARE = "finesse.baseline.compare";
    public static final String VERDICT = "finesse.baseline.verdict";
    public static final String HOST_NAMES = "finesse.baseline.hostNames";
    static final Path DEFAULT_VERDICT = Path.of("target", "upgrade-verdict.md");
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeBaselineTask.class);

    /** A file setting's value that turns it off, whatever the environment says. */
    public static final String OFF = "none";

    /**
     * Each setting as -D (or a configuration parameter) and as its FINESSE_BASELINE_* environment variable;
     * {@value #OFF} for a file turns it off.
     */
    public static UpgradeBaselineTask from(SettingsSource settings) {
        return new UpgradeBaselineTask(file(settings, RECORD),
                value(settings, APPEND).map(Boolean::parseBoolean).orElse(false),
                file(settings, COMPARE),
                value(settings, VERDICT).map(Path::of).orElse(DEFAULT_VERDICT),
                value(settings, HOST_NAMES).map(Boolean::parseBoolean).orElse(false));
    }

    /** {@code finesse.baseline.record} is also read as {@code FINESSE_BASELINE_RECORD}. */
    static String environmentName(String name) {
        return name.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static Optional<Path> file(SettingsSource settings, String name) {
        return value(settings, name).filter(v -> !OFF.equalsIgnoreCase(v.trim())).map(Path::of);
    }

    private static Optional<String> value(SettingsSource settings, String name) {
        return settings.get(name).filter(v -> !v.isBlank())
                .or(() -> settings.get(environmentName(name)).filter(v -> !v.isBlank()));
    }

    public boolean any() {
        return record.isPresent() || compare.isPresent();
    }

    public LabRecording newRecording() {
        return any() ? LabRecording.on(hostNames) : LabRecording.off();
    }

    /**
     * Reads the baseline to compare with before the run starts, so a wrong path fails in a second, not
     * after the whole run.
     */
    public Optional<Baseline> baselineToCompare() {
        return compare.map(BaselineFile::read);
    }

    /**
     * Writes this run's baseline and, when comparing, the verdict (to its file and the log).
     *
     * @return the verdict, when this run compared
     */
    public Optional<UpgradeVerdict> finish(LabRecording recording, Optional<Baseline> before, String recordedWith) {
        if (!any()) {
            return Optional.empty();
        }
        Baseline run = recording.toBaseline(recordedWith);
        Optional<UpgradeVerdict> verdict = before.map(baseline -> UpgradeComparison.compare(baseline, run));
        verdict.ifPresent(this::writeVerdict);
        record.ifPresent(file -> {
            // a baseline is one release; recorded mid-upgrade, a later comparison would judge against a mix
            SideDifferences.of(run, Set.of()).forEach(difference -> LOG.warn("Recording the upgrade baseline"
                    + " while the two sides answer as different releases: {}", difference.text()));
            Baseline toWrite = append && Files.isRegularFile(file) ? BaselineMerge.of(BaselineFile.read(file), run) : run;
            BaselineFile.write(file, toWrite);
            LOG.info("Upgrade baseline written to {} ({} run{})", file.toAbsolutePath(), toWrite.runs(),
                    toWrite.runs() == 1 ? "" : "s");
        });
        return verdict;
    }

    private void writeVerdict(UpgradeVerdict verdict) {
        String markdown = verdict.markdown();
        try {
            Path parent = verdict().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(verdict(), markdown, StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("the upgrade verdict could not be written to " + verdict(), unwritable);
        }
        LOG.info("{} (also in {} and the Allure report):\n{}", UpgradeVerdict.TITLE, verdict().toAbsolutePath(),
                markdown);
    }

    /** Thrown at the end of a comparing run whose verdict breaks: the build fails. */
    public void failIfBreaking(UpgradeVerdict verdict) {
        if (verdict.breaking()) {
            throw new UpgradeVerdictFailed(verdict.headline() + ": see " + verdict().toAbsolutePath()
                    + " or the Allure report's \"" + UpgradeVerdict.TITLE + "\"");
        }
    }
}
