package app.fiv.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCommServeArgsTest {

    @Test
    void portIsOptional() {
        assertThat(DemoCommServeArgs.port(new String[0])).isZero();
        assertThat(DemoCommServeArgs.port(new String[] {"--port", "8400"})).isEqualTo(8400);
        assertThat(DemoCommServeArgs.port(new String[] {"--port=8401"})).isEqualTo(8401);
    }

    @Test
    void printAccessTokenIsAFlag() {
        assertThat(DemoCommServeArgs.parse(new String[0]).printAccessToken()).isFalse();
        assertThat(DemoCommServeArgs.parse(new String[] {"--print-access-token"}))
                .isEqualTo(new DemoCommServeArgs(0, true));
        assertThat(DemoCommServeArgs.parse(new String[] {"--port", "8080", "--print-access-token"}))
                .isEqualTo(new DemoCommServeArgs(8080, true));
        assertThat(DemoCommServeArgs.parse(new String[] {"--print-access-token", "--port=8081"}))
                .isEqualTo(new DemoCommServeArgs(8081, true));
        assertThat(DemoCommServeArgs.USAGE).contains("--print-access-token");
    }

    @Test
    void badArgumentsAreExplained() {
        assertThatThrownBy(() -> DemoCommServeArgs.port(new String[] {"--port"})).hasMessageContaining("missing");
        assertThatThrownBy(() -> DemoCommServeArgs.port(new String[] {"--port", "http"})).hasMessageContaining("http");
        assertThatThrownBy(() -> DemoCommServeArgs.port(new String[] {"--port", "70000"})).hasMessageContaining("range");
        assertThatThrownBy(() -> DemoCommServeArgs.port(new String[] {"-p", "1"})).hasMessageContaining("-p");
        assertThatThrownBy(() -> DemoCommServeArgs.parse(new String[] {"--print-access-tokens"}))
                .hasMessage("unknown argument: --print-access-tokens");
    }
}
