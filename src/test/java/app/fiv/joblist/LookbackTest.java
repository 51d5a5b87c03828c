package app.fiv.joblist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lookback as admins type it: a whole number with m, h or d. */
class LookbackTest {
    @Test
    void readsMinutesHoursAndDays() {
        assertThat(Lookback.parse("90m").duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(Lookback.parse("24h").seconds()).isEqualTo(86_400);
        assertThat(Lookback.parse("7d").duration()).isEqualTo(Duration.ofDays(7));
        assertThat(Lookback.parse("007d").text()).isEqualTo("7d");
        assertThat(Lookback.parse("3650d").duration()).isEqualTo(Lookback.MAX);
    }

    @Test
    void saysItInWords() {
        assertThat(Lookback.DEFAULT.words()).isEqualTo("24 hours");
        assertThat(Lookback.parse("1d").words()).isEqualTo("1 day");
        assertThat(Lookback.parse("1500m").words()).isEqualTo("1,500 minutes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "h", "24 h", " 24h", "24H", "1.5d", "-1d", "24hours", "1w", "2d3h", "١٢h"})
    void anythingElseSaysWhatIsAccepted(String text) {
        assertThatThrownBy(() -> Lookback.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a time span").hasMessageContaining("90m, 24h or 7d");
        assertThat(Lookback.tryParse(text)).isEmpty();
    }

    @Test
    void zeroAndMoreThanTenYearsAreRefused() {
        assertThatThrownBy(() -> Lookback.parse("0h")).hasMessage("The lookback must be at least 1 hour.");
        assertThatThrownBy(() -> Lookback.parse("3651d")).hasMessage("The lookback can be at most 3650 days.");
        assertThatThrownBy(() -> Lookback.parse("999999999m")).hasMessageContaining("at most 3650 days");
    }
}
