package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobIdTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234|1234", " 1234 |1234", "Job ID: 1234|1234", "job 1234|1234", "JobID#1234|1234",
            "0001234|1234", "2147483647|2147483647", "1,234|1234"})
    void acceptsWhatAdminsTypeAndPaste(String typed, long expected) throws ApiException {
        assertThat(JobId.parse(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-5", "+5", "12a", "1.5", "0", "2147483648", "99999999999999999999", "Job ID: x"})
    void refusesAnythingElseWithAHint(String typed) {
        assertThatThrownBy(() -> JobId.parse(typed))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.INVALID_INPUT);
                    assertThat(e.getMessage()).matches(".*(digits only|Type a job ID|too large|start at 1).*");
                });
    }
}
