package app.fiv.known;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a new rule's path starts with: the item, or the folder of a selection. */
class PathSuggestionTest {

    @Test
    void oneItemIsItsOwnPathAndSeveralTheirCommonFolder() {
        assertThat(PathSuggestion.forPaths(List.of("E:\\Users\\jdoe\\Outlook\\jdoe.pst"))).isEqualTo("E:\\Users\\jdoe\\Outlook\\jdoe.pst");
        assertThat(PathSuggestion.forPaths(List.of("E:\\Users\\mlopez\\Projects\\Q4 Forecast\\a.xlsx",
                "E:\\Users\\mlopez\\Projects\\Q4 Forecast\\b.xlsx", "e:\\users\\MLOPEZ\\Projects\\Q4 Forecast\\sub\\c.xlsx")))
                .isEqualTo("E:\\Users\\mlopez\\Projects\\Q4 Forecast\\**");
        assertThat(PathSuggestion.forPaths(List.of("E:\\Users\\mlopez\\Q4a\\x", "E:\\Users\\mlopez\\Q4b\\y")))
                .as("a shared name start is not a folder").isEqualTo("E:\\Users\\mlopez\\**");
        assertThat(PathSuggestion.forPaths(List.of("C:\\Data\\", "C:\\Data\\x.txt"))).isEqualTo("C:\\Data\\**");
    }

    @Test
    void noDriveOrRootIsOfferedAndBlankPathsDoNotCount() {
        assertThat(PathSuggestion.forPaths(List.of("C:\\a\\x", "D:\\a\\x"))).isEmpty();
        assertThat(PathSuggestion.forPaths(List.of("C:\\a\\x", "C:\\b\\x"))).isEmpty();
        assertThat(PathSuggestion.forPaths(List.of("/srv/a", "/srv/b"))).isEmpty();
        assertThat(PathSuggestion.forPaths(List.of("/srv/www/a", "/srv/www/b/c"))).isEqualTo("/srv/www/**");
        assertThat(PathSuggestion.forPaths(List.of("", "  "))).isEmpty();
        assertThat(PathSuggestion.forPaths(List.of("", "C:\\a\\b.txt"))).isEqualTo("C:\\a\\b.txt");
    }
}
