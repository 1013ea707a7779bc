package io.finesseacceptance.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finesseacceptance.settings.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    @TempDir
    Path dir;

    @Test
    void aBaselineReadsBackAsItWasWrittenWithItsKeysInAStableOrder() throws Exception {
        Baseline baseline = BaselineFixtures.lab(20, 1).noise("requests.x").build();
        Path file = dir.resolve("baseline.json");

        BaselineFile.write(file, baseline);
        String first = Files.readString(file);
        BaselineFile.write(file, BaselineFile.read(file));

        assertThat(BaselineFile.read(file)).isEqualTo(baseline);
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(first.indexOf("\"documents\"")).isLessThan(first.indexOf("\"format\""));
        assertThat(first.indexOf("\"format\"")).isLessThan(first.indexOf("\"latency\""));
        assertThat(first).contains("\"p50Ms\"").contains("\n  \"runs\" : 1,");
    }

    @Test
    void aBaselineOfTwoSidesReadsBackWithItsSecondaryAndOneOfOneSideWritesNone() {
        Path file = dir.resolve("two-sides.json");
        Baseline twoSides = BaselineFixtures.lab(20, 1).optional("User (GET)", "User/teamName")
                .secondary(BaselineFixtures.lab(20, 2).systemInfo("ctiVersion", "21"))
                .answeredBySecondary(BaselineFixtures.SIGN_OUT).build();

        BaselineFile.write(file, twoSides);

        assertThat(BaselineFile.read(file)).isEqualTo(twoSides);
        assertThat(BaselineFile.read(file).secondary().answered()).containsExactly(BaselineFixtures.SIGN_OUT);
        assertThat(BaselineFile.toJson(BaselineFixtures.lab(20, 1).build())).doesNotContain("\"secondary\"");
    }

    @Test
    void aBaselineFromBeforeSidesWereKeptIsReadAsOneNode() throws Exception {
        Path file = Path.of(getClass().getResource("/upgrade/single-node-baseline-format-1.json").toURI());

        Baseline old = BaselineFile.read(file);

        assertThat(old.format()).isEqualTo("finesse-acceptance upgrade baseline 1");
        assertThat(old.twoSides()).isFalse();
        assertThat(old.optionalElements()).isEmpty();
        assertThat(old.systemInfo()).containsEntry("ctiVersion", "20");
        assertThat(old.side(Side.SECONDARY).documents()).isEqualTo(old.documents());
    }

    @Test
    void aMissingOrForeignFileSaysWhatToDo() throws Exception {
        assertThatThrownBy(() -> BaselineFile.read(dir.resolve("none.json")))
                .hasMessageContaining("no upgrade baseline at").hasMessageContaining("-Dfinesse.baseline.record=");
        Path foreign = Files.writeString(dir.resolve("other.json"), "{\"format\": \"something else\"}");
        assertThatThrownBy(() -> BaselineFile.read(foreign)).hasMessageContaining("is not an upgrade baseline");
    }
}
