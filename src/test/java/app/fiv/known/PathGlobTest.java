package app.fiv.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Path patterns as admins write them, on Windows, UNC, Exchange and Linux paths. */
class PathGlobTest {

    private static boolean fits(String pattern, String path) {
        return PathGlob.compile(pattern).matches(path);
    }

    @Test
    void aStarStaysInOneFolderAndTwoCrossAnyNumber() {
        assertThat(fits("E:\\Users\\*\\AppData\\**", "E:\\Users\\jdoe\\AppData\\Local\\Outlook\\jdoe.ost")).isTrue();
        assertThat(fits("E:\\Users\\*\\AppData\\**", "E:\\Users\\jdoe\\Documents\\AppData\\x")).isFalse();
        assertThat(fits("E:\\Users\\*.pst", "E:\\Users\\archive.pst")).isTrue();
        assertThat(fits("E:\\Users\\*.pst", "E:\\Users\\jdoe\\archive.pst")).as("* does not cross a folder").isFalse();
        assertThat(fits("E:\\Users\\**\\*.pst", "E:\\Users\\archive.pst")).as("** may be no folder").isTrue();
        assertThat(fits("E:\\Users\\**\\*.pst", "E:\\Users\\a\\b\\c\\archive.pst")).isTrue();
        assertThat(fits("E:\\Users\\**\\*.pst", "E:\\Users\\a\\b\\c\\archive.pst.tmp")).isFalse();
        assertThat(fits("E:\\Users\\file?.txt", "E:\\Users\\file1.txt")).isTrue();
        assertThat(fits("E:\\Users\\file?.txt", "E:\\Users\\file12.txt")).isFalse();
        assertThat(fits("**", "anything\\at all")).isTrue();
        assertThat(fits("E:\\Users\\***\\x", "E:\\Users\\a\\b\\x")).as("*** is **").isTrue();
    }

    @Test
    void windowsStylePathsIgnoreCaseAndOthersDoNot() {
        assertThat(fits("e:\\users\\*\\appdata\\**", "E:\\Users\\JDoe\\AppData\\x.ost")).isTrue();
        assertThat(fits("\\\\NAS01\\share\\**", "\\\\nas01\\SHARE\\a.txt")).as("UNC").isTrue();
        assertThat(fits("\\JDOE@EXAMPLE.COM\\Inbox\\**", "\\jdoe@example.com\\inbox\\Big.msg")).as("Exchange").isTrue();
        assertThat(fits("/srv/www/*.sock", "/srv/www/php.sock")).isTrue();
        assertThat(fits("/srv/www/*.sock", "/SRV/www/php.sock")).as("Linux paths keep their case").isFalse();
        assertThat(fits("/srv/www/*.SOCK", "/srv/www/php.sock")).isFalse();
        assertThat(fits("É:\\ÜBER\\**", "é:\\über\\x")).as("beyond ASCII too").isTrue();
    }

    @Test
    void eitherSeparatorMatchesEitherAndAFolderItemsTrailingSeparatorIsIgnored() {
        assertThat(fits("E:/Users/**", "E:\\Users\\jdoe\\x")).isTrue();
        assertThat(fits("C:\\Data\\Private", "C:\\Data\\Private\\")).isTrue();
        assertThat(fits("C:\\Data\\*", "C:\\Data\\Private\\")).isTrue();
        assertThat(fits("C:\\Data\\Private\\", "C:\\Data\\Private")).as("a pattern ending in \\ wants a folder").isFalse();
        assertThat(fits("C:\\Data\\Private\\", "C:\\Data\\Private\\")).isTrue();
        assertThat(fits("C:\\Data\\Private", "C:\\Data\\Private\\x")).isFalse();
    }

    @Test
    void literalPathsAndPathsThatCannotFit() {
        assertThat(fits("C:\\a.txt", "C:\\a.txt")).isTrue();
        assertThat(fits("C:\\a.txt", "C:\\a.txt2")).isFalse();
        assertThat(fits("C:\\a.txt", "")).isFalse();
        assertThat(fits("C:\\**", "D:\\a")).isFalse();
        assertThatThrownBy(() -> PathGlob.compile("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHugePathWithManyFoldersIsJudgedQuickly() {
        String path = "C:\\" + "a\\".repeat(200_000) + "x.txt";
        long started = System.nanoTime();
        assertThat(fits("C:\\**\\a\\**\\a\\**\\b\\**\\*.txt", path)).isFalse();
        assertThat(fits("C:\\**\\a\\**\\a\\**\\*.txt", path)).isTrue();
        // Not a timing test: exponential backtracking would not finish at all.
        assertThat(System.nanoTime() - started).isLessThan(30_000_000_000L);
    }
}
