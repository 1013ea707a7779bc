package io.finesseacceptance.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.upgrade.Finding;
import io.finesseacceptance.upgrade.SidesCompared;
import io.finesseacceptance.upgrade.UpgradeVerdict;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpgradeVerdictPageTest {

    @TempDir
    Path results;

    private String writtenResult(UpgradeVerdict verdict) throws Exception {
        UpgradeVerdictPage.write(verdict, new AllureLifecycle(new FileSystemResultsWriter(results)));
        try (Stream<Path> files = Files.list(results)) {
            Path result = files.filter(file -> file.getFileName().toString().endsWith("-result.json")).findFirst()
                    .orElseThrow();
            return Files.readString(result);
        }
    }

    @Test
    void aBreakingVerdictIsAFailedPageThatListsItsFindings() throws Exception {
        UpgradeVerdict verdict = new UpgradeVerdict(2, List.of(
                new Finding(Finding.Section.SHAPE, true, "User (GET): element User/teamName removed"),
                new Finding(Finding.Section.REASON_CODES, false, "NOT_READY reason code removed: id 3: code 12, Meeting")),
                List.of());

        String result = writtenResult(verdict);

        assertThat(result).contains("\"name\":\"Upgrade verdict\"").contains("\"status\":\"failed\"")
                .contains("CHANGED: 1 breaking finding, 1 warning")
                .contains("User (GET): element User/teamName removed")
                .contains("Upgrade verdict (markdown)");
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files.filter(file -> file.getFileName().toString().endsWith("-attachment.md"))).singleElement()
                    .satisfies(md -> assertThat(Files.readString(md)).contains("## Shape changes"));
        }
    }

    @Test
    void noChangeIsAPassedPage() throws Exception {
        String result = writtenResult(new UpgradeVerdict(1, List.of(), List.of()));

        assertThat(result).contains("\"status\":\"passed\"").contains("No change");
    }

    @Test
    void thePageShowsTheSidesDifferencesOnlyForARunOfTwoSides() {
        Finding versions = new Finding(Finding.Section.SIDES, false,
                "SystemInfo ctiVersion: primary side 20, secondary side 21");
        String twoSides = UpgradeVerdictPage.html(new UpgradeVerdict(1, new SidesCompared(true, false), List.of(versions),
                List.of()));
        String oneNode = UpgradeVerdictPage.html(new UpgradeVerdict(1, List.of(), List.of()));

        assertThat(twoSides).contains("<h3>Sides on different releases</h3>")
                .contains("<li>⚠ SystemInfo ctiVersion: primary side 20, secondary side 21</li>")
                .contains("each was compared with the baseline's single node");
        assertThat(oneNode).doesNotContain("Sides on different releases").contains("reported. ✖ fails the run");
    }
}
