package app.fiv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void versionAndLibrariesComeFromThePom() {
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(Version.libraries()).anyMatch(l -> l.matches("JavaFX 21\\.\\d+\\.\\d+ \\(GPL 2 with Classpath Exception\\)"));
        assertThat(Version.libraries()).anyMatch(l -> l.startsWith("Jackson 2."));
        assertThat(Version.libraries()).noneMatch(l -> l.contains("${"));
    }
}
