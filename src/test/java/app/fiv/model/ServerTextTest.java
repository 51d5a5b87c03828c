package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTextTest {

    @Test
    void terminalControlSequencesLoseTheirEscapesAndCannotStartALine() {
        String hostile = "\u001B[2J\u001B]0;owned\u0007Access denied.\r\nError: none, all good\u009B31m";

        assertThat(ServerText.clean(hostile)).isEqualTo("[2J]0;ownedAccess denied.  Error: none, all good31m");
    }

    @Test
    void everyC0AndC1ControlAndDelIsDroppedAndLineBreaksAndTabsBecomeSpaces() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            controls.append(c);
        }

        String cleaned = ServerText.clean("a" + controls + "b\u2028c\u2029d");

        assertThat(cleaned).isEqualTo("a" + " ".repeat(6) + "b c d"); // tab, LF, VT, FF, CR, NEL
        assertThat(cleaned.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreDroppedButRightToLeftTextStays() {
        String text = "invoice_\u202Excod.exe \u2066x\u2069 \u202Ay\u202C تم رفض الوصول \u200F";

        assertThat(ServerText.clean(text)).isEqualTo("invoice_xcod.exe x y تم رفض الوصول \u200F");
    }

    @Test
    void longTextIsCutAtACharacterBoundary() {
        String emoji = "\uD83D\uDC4D";
        String text = "a".repeat(ServerText.MAX_CHARS - 1) + emoji + "tail";

        String cleaned = ServerText.clean(text);

        assertThat(cleaned).isEqualTo("a".repeat(ServerText.MAX_CHARS - 1) + "…");
        assertThat(ServerText.clean("b".repeat(ServerText.MAX_CHARS))).hasSize(ServerText.MAX_CHARS);
    }

    @Test
    void cleanTextAndNullComeBackAsTheyAre() {
        String clean = "Job 1234 on fs01 (Completed w/ one or more errors) — Zürich, 東京 👍";

        assertThat(ServerText.clean(clean)).isSameAs(clean);
        assertThat(ServerText.clean(null)).isNull();
    }
}
