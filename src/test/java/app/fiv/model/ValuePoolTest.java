package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuePoolTest {

    @Test
    void repeatedValuesComeBackAsOneInstance() {
        ValuePool pool = new ValuePool();
        String first = pool.share(new String("Access is denied."));

        for (int i = 0; i < 10_000; i++) {
            assertThat(pool.share(new String("Access is denied."))).isSameAs(first);
        }
        assertThat(pool.pooling()).isTrue();
    }

    @Test
    void mostlyUniqueValuesStopBeingPooled() {
        ValuePool pool = new ValuePool();

        for (int i = 0; i < 10_000; i++) {
            pool.share("D:\\Shares\\file-" + i + ".txt");
        }

        assertThat(pool.pooling()).isFalse();
        String path = new String("D:\\Shares\\file-1.txt");
        assertThat(pool.share(path)).isSameAs(path);
    }
}
