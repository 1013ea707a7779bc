package io.finesseacceptance.livingdocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the living documentation's Maven site source from the latest run: a Markdown page per feature, per
 * capability, per Finesse resource and per tag, the contract with an anchor per section, the upgrade verdict when
 * the run compared a baseline, the search index and the scenario history, and the site descriptor with the menus.
 * The Maven site plugin (with the Fluido skin) then renders it into reports/living-docs:
 * {@code ./mvnw -B -Pliving-docs}, which {@code -Preport} runs too.
 *
 * <p>Arguments, all optional, as name=value: {@code run} (the folder with the run's messages.ndjson and
 * environment.properties; target/cucumber-report), {@code contract}, {@code verdict}, {@code site} (the site to
 * replace, whose history.json is carried on) and {@code source} (where the site source goes).
 */
public final class LivingDocsSource {

    static final String VERDICT_PAGE = "upgrade-verdict.html";
    static final String MESSAGES = "messages.ndjson";
    private static final Pattern HEADLINE = Pattern.compile("(?m)^\\*\\*(.+)\\*\\*$");
    private static final List<String> STATIC_FILES = List.of("css/site.css", "js/living-docs.js");

    private final Map<String, Path> paths;

    LivingDocsSource(Map<String, Path> paths) {
        this.paths = paths;
    }

    public static void main(String[] args) {
        Map<String, Path> paths = new LinkedHashMap<>(Map.of("run", Path.of("target", "cucumber-report"),
                "contract", Path.of("docs", "finesse-contract.md"), "verdict", Path.of("target", "upgrade-verdict.md"),
                "site", Path.of("reports", "living-docs"), "source", Path.of("target", "living-docs-source")));
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0 || !paths.containsKey(arg.substring(0, equals))) {
                throw new IllegalArgumentException("unknown argument " + arg + "; known: " + paths.keySet());
            }
            paths.put(arg.substring(0, equals), Path.of(arg.substring(equals + 1)));
        }
        int scenarios = new LivingDocsSource(paths).write();
        System.out.printf("Living documentation source of %d scenarios in %s; the site goes to %s%n", scenarios,
                paths.get("source"), paths.get("site"));
    }

    /** @return how many scenarios the site documents */
    int write() {
        Path messages = paths.get("run").resolve(MESSAGES);
        if (!Files.isRegularFile(messages)) {
            throw new IllegalStateException("no run to document: " + messages + " is missing. Run the features first"
                    + " (./mvnw -B verify -Plab), then build the site.");
        }
        LatestRun run = LatestRun.read(messages, new StepSections(LivingDocsSource.class.getClassLoader()));
        RunEnvironment environment = RunEnvironment.read(paths.get("run").resolve(RunEnvironment.FILE));
        ContractSections contract = ContractSections.read(paths.get("contract"));
        Path site = paths.get("site");
        ScenarioHistory history = ScenarioHistory.read(site.resolve(ScenarioHistory.FILE))
                .with(run, environment.against());
        Optional<String> verdict = verdict(run);
        String runWhen = run.startedAt().map(ScenarioTable::when).orElse("an unrecorded time") + " against "
                + environment.against();

        Path source = paths.get("source");
        empty(source);
        empty(site);
        Path markdown = source.resolve("markdown");
        FeaturePage featurePage = new FeaturePage(contract, history, runWhen);
        LookupPages lookups = new LookupPages(run.features(), history, featurePage);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", OverviewPage.of(run, environment, history, lookups, verdict.map(this::headline)));
        pages.put(ContractSections.PAGE, contract.asSitePage());
        run.features().forEach(feature -> pages.put(feature.page(), featurePage.of(feature)));
        pages.putAll(lookups.capabilities());
        pages.putAll(lookups.resources());
        Map<String, String> tags = lookups.tags();
        tags.forEach((tag, page) -> pages.put(FeaturePage.tagPage(tag), page));
        verdict.ifPresent(text -> pages.put(VERDICT_PAGE, text));
        pages.forEach((page, text) -> write(markdown.resolve(page.replaceFirst("\\.html$", ".md")), text));
        write(source.resolve("site.xml"), SiteDescriptor.of(run.features(), tags, verdict.isPresent()));
        write(source.resolve("resources").resolve("search-index.js"), SearchIndex.of(run.features(), contract));
        history.write(source.resolve("resources").resolve(ScenarioHistory.FILE));
        STATIC_FILES.forEach(file -> copyResource(file, source.resolve("resources").resolve(file)));
        return LookupPages.placed(run.features()).size();
    }

    /** The verdict written by this run, not one left from an earlier run that compared a baseline. */
    private Optional<String> verdict(LatestRun run) {
        Path verdict = paths.get("verdict");
        try {
            if (!Files.isRegularFile(verdict)) {
                return Optional.empty();
            }
            Instant written = Files.getLastModifiedTime(verdict).toInstant();
            if (run.startedAt().isPresent() && written.isBefore(run.startedAt().get())) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(verdict));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the upgrade verdict " + verdict, unreadable);
        }
    }

    private String headline(String verdict) {
        Matcher headline = HEADLINE.matcher(verdict);
        return headline.find() ? headline.group(1) : "The run compared a baseline.";
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write " + file, unwritable);
        }
    }

    private static void copyResource(String name, Path target) {
        try (InputStream in = LivingDocsSource.class.getResourceAsStream("/living-docs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the suite's jar lacks /living-docs/" + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write " + target, unwritable);
        }
    }

    /** A site is made whole each time: a page of a feature since removed must not linger. */
    private static void empty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (!dir.equals(folder)) {
                        Files.delete(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException undeletable) {
            throw new UncheckedIOException("cannot empty " + folder, undeletable);
        }
    }
}
