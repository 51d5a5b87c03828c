package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerAddressTest {

    @Test
    void bareHostTriesCommandCenterThenWebConsole() throws ApiException {
        ServerAddress address = ServerAddress.parse("  commserve.example.com/ ");

        assertThat(address.candidates()).containsExactly(
                URI.create("https://commserve.example.com/commandcenter/api"),
                URI.create("https://commserve.example.com/webconsole/api"));
        assertThat(address.display()).isEqualTo("commserve.example.com");
    }

    @ParameterizedTest
    @CsvSource({
            "https://cs.example.com/commandcenter/api/, https://cs.example.com/commandcenter/api",
            "https://cs.example.com/webconsole/api, https://cs.example.com/webconsole/api",
            "http://cs:81/SearchSvc/CVWebService.svc//, http://cs:81/SearchSvc/CVWebService.svc",
            "HTTPS://CS.example.com:8443/commandcenter/api, https://CS.example.com:8443/commandcenter/api"
    })
    void fullWebServiceUrlsAreUsedAsGiven(String typed, String expected) throws ApiException {
        assertThat(ServerAddress.parse(typed).candidates()).containsExactly(URI.create(expected));
    }

    @Test
    void hostWithPortAndSchemeWithoutPathTriesBothPaths() throws ApiException {
        assertThat(ServerAddress.parse("http://127.0.0.1:8080").candidates()).containsExactly(
                URI.create("http://127.0.0.1:8080/commandcenter/api"),
                URI.create("http://127.0.0.1:8080/webconsole/api"));
        assertThat(ServerAddress.parse("cs.example.com:8443").candidates().get(0))
                .isEqualTo(URI.create("https://cs.example.com:8443/commandcenter/api"));
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> ServerAddress.parse("  ")).hasMessageContaining("host name or its web service URL");
        assertThatThrownBy(() -> ServerAddress.parse("ftp://cs/api")).hasMessageContaining("https:// or http://");
        assertThatThrownBy(() -> ServerAddress.parse("cs example.com")).hasMessageContaining("space");
        assertThatThrownBy(() -> ServerAddress.parse("https://cs:99999/api")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> ServerAddress.parse("https://cs:abc/api")).hasMessageContaining("must be a number");
        assertThatThrownBy(() -> ServerAddress.parse("https://admin@cs/api")).hasMessageContaining("User field");
        assertThatThrownBy(() -> ServerAddress.parse("https://cs/api?x=1")).hasMessageContaining("'?' or '#'");
        assertThatThrownBy(() -> ServerAddress.parse("https://")).isInstanceOf(ApiException.class);
    }

    @Test
    void mistakesAreInvalidInput() {
        assertThatThrownBy(() -> ServerAddress.parse("ftp://cs"))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.INVALID_INPUT));
    }
}
