package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Numbers before text, each in its own order: a total order, which sorting needs. */
class CellComparatorTest {

    @Test
    void numbersComeFirstByValueThenTextIgnoringCase() {
        List<String> cells = new ArrayList<>(List.of("5 MB", "10", "access", "9", "-3", "Access", "1a", "007"));

        cells.sort(CellComparator::compare);

        assertThat(cells).containsExactly("-3", "007", "9", "10", "1a", "5 MB", "Access", "access");
    }

    @Test
    void theCycleOfMixedNumbersAndTextIsGone() {
        // 9 < 10 by value, 10 < "5 MB" as text and "5 MB" < 9 as text made a cycle.
        assertThat(CellComparator.compare("9", "10")).isNegative();
        assertThat(CellComparator.compare("10", "5 MB")).isNegative();
        assertThat(CellComparator.compare("9", "5 MB")).isNegative();
    }

    @Test
    void sortingManyMixedCellsKeepsTheContract() {
        Random random = new Random(12);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int n = random.nextInt(2000);
            cells.add(switch (random.nextInt(4)) {
                case 0 -> Integer.toString(n);
                case 1 -> n + " MB";
                case 2 -> "x" + n;
                default -> Integer.toString(n).repeat(2) + "a";
            });
        }
        Collections.shuffle(cells, random);

        cells.sort(CellComparator::compare); // TimSort throws on a comparator that breaks its contract

        for (int i = 1; i < cells.size(); i++) {
            assertThat(CellComparator.compare(cells.get(i - 1), cells.get(i))).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 300)
    void isTransitiveAndAntisymmetric(@ForAll("cells") String a, @ForAll("cells") String b, @ForAll("cells") String c) {
        assertThat(Integer.signum(CellComparator.compare(a, b))).isEqualTo(-Integer.signum(CellComparator.compare(b, a)));
        if (CellComparator.compare(a, b) <= 0 && CellComparator.compare(b, c) <= 0) {
            assertThat(CellComparator.compare(a, c)).isLessThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-1000, 1000).map(n -> Long.toString(n)),
                Arbitraries.strings().withChars("0123456789 -aAbB").ofMaxLength(5),
                Arbitraries.of("9", "10", "5 MB", "007", "7", "-0", "0"));
    }
}
