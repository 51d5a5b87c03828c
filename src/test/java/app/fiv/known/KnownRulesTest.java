package app.fiv.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rule a row meets: reasons exact or by pattern, paths, clients, and the order of the rules. */
class KnownRulesTest {
    private static final KnownRule PST = KnownRule.of("", ReasonMatch.EXACT, "E:\\Users\\**\\*.pst", "fs-win01", "PSTs are in the mail archive");
    private static final KnownRule LOCKED = KnownRule.of("The process cannot access the file*", ReasonMatch.PATTERN, "", "", "locked");
    private static final KnownRule DENIED = KnownRule.of("Access is denied.", ReasonMatch.EXACT, "", "", "");

    private final KnownRules rules = KnownRules.of(List.of(PST, LOCKED, DENIED));

    @Test
    void exactReasonsAreTheVerySameTextAndPatternsIgnoreCase() {
        assertThat(rules.firstMatch("Access is denied.", "C:\\x", "any")).contains(DENIED);
        assertThat(rules.firstMatch("access is denied.", "C:\\x", "any")).as("exact keeps case").isEmpty();
        assertThat(rules.firstMatch("Access is denied", "C:\\x", "any")).as("and punctuation").isEmpty();
        assertThat(rules.firstMatch("THE PROCESS CANNOT ACCESS THE FILE because it is in use", "C:\\x", "a")).contains(LOCKED);
        assertThat(rules.firstMatch("Error: the process cannot access the file", "C:\\x", "a")).as("whole text").isEmpty();
        KnownRule oneChar = KnownRule.of("Error 0x8007000?", ReasonMatch.PATTERN, "", "", "");
        assertThat(KnownRules.of(List.of(oneChar)).firstMatch("Error 0x80070005", "", null)).contains(oneChar);
        assertThat(KnownRules.of(List.of(oneChar)).firstMatch("Error 0x800700055", "", null)).isEmpty();
    }

    @Test
    void aReasonThatChangedNoLongerFitsItsExactRule() {
        // fs-win01's Outlook file that says "Access is denied." one night instead of being locked.
        KnownRule locked = KnownRule.of("The process cannot access the file because it is being used by another process.",
                ReasonMatch.EXACT, "E:\\Users\\jdoe\\Outlook\\jdoe.pst", "", "");
        KnownRules only = KnownRules.of(List.of(locked));
        assertThat(only.firstMatch(locked.reason(), "e:\\users\\JDOE\\outlook\\jdoe.pst", "fs-win01")).contains(locked);
        assertThat(only.firstMatch("Access is denied.", "E:\\Users\\jdoe\\Outlook\\jdoe.pst", "fs-win01")).isEmpty();
    }

    @Test
    void aClientRuleFitsThatClientOnlyIgnoringCaseAndNeverAnUnknownOne() {
        assertThat(rules.firstMatch("anything", "E:\\Users\\a\\b.pst", "FS-WIN01")).contains(PST);
        assertThat(rules.firstMatch("anything", "E:\\Users\\a\\b.pst", "fs-win02")).isEmpty();
        assertThat(rules.firstMatch("anything", "E:\\Users\\a\\b.pst", null)).as("a saved answer's client is not known").isEmpty();
        assertThat(rules.firstMatch("Access is denied.", "E:\\Users\\a\\b.pst", null)).contains(DENIED);
    }

    @Test
    void theFirstRuleThatFitsNamesTheRowAndAllItsPartsMustFit() {
        KnownRule both = KnownRule.of("Access is denied.", ReasonMatch.EXACT, "C:\\Payroll\\**", "", "payroll");
        KnownRules ordered = KnownRules.of(List.of(both, DENIED));
        assertThat(ordered.firstMatch("Access is denied.", "C:\\Payroll\\2026\\x.xlsx", "c")).contains(both);
        assertThat(ordered.firstMatch("Access is denied.", "C:\\Other\\x.xlsx", "c")).contains(DENIED);
        assertThat(ordered.firstMatch("In use", "C:\\Payroll\\x.xlsx", "c")).isEmpty();
    }

    @Test
    void aRuleNeedsAReasonOrAPathAndSaysSo() {
        assertThatThrownBy(() -> KnownRule.of(" ", ReasonMatch.EXACT, "", "fs-win01", "note"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason or a path pattern");
        assertThat(DENIED.label()).isEqualTo("known");
        assertThat(PST.label()).isEqualTo("PSTs are in the mail archive");
        assertThat(PST.describe()).isEqualTo("path E:\\Users\\**\\*.pst · client fs-win01");
        assertThat(LOCKED.describe()).isEqualTo("reason like “The process cannot access the file*” · any client");
    }

    @Test
    void editingKeepsThePlaceAndMergingSkipsRulesAlreadyThere() {
        KnownRule edited = new KnownRule(LOCKED.id(), LOCKED.reason(), ReasonMatch.PATTERN, "", "", "locked files");
        assertThat(rules.replacing(edited).rules()).containsExactly(PST, edited, DENIED);
        assertThat(rules.without(PST.id()).rules()).containsExactly(LOCKED, DENIED);
        KnownRule copy = new KnownRule("other-id", DENIED.reason(), DENIED.reasonMatch(), "", "", "");
        KnownRule fresh = KnownRule.of("", ReasonMatch.EXACT, "/srv/**", "", "web");
        KnownRules.Merged merged = rules.merge(List.of(copy, fresh));
        assertThat(merged.added()).isEqualTo(1);
        assertThat(merged.rules().size()).isEqualTo(4);
        assertThat(merged.rules().rules().get(3).sameAs(fresh)).isTrue();
    }
}
