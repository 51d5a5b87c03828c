package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A job's Command Center page from the web service URL, only where that URL tells where Command Center is. */
class CommandCenterAddressTest {

    @ParameterizedTest
    @CsvSource({
            "https://cs.example.com/commandcenter/api, https://cs.example.com/commandcenter/#/jobs/12345",
            "https://cs.example.com/commandcenter/api/, https://cs.example.com/commandcenter/#/jobs/12345",
            "https://cs.example.com:8443/commandcenter/api, https://cs.example.com:8443/commandcenter/#/jobs/12345",
            "http://10.0.0.5/CommandCenter/API, http://10.0.0.5/CommandCenter/#/jobs/12345",
            "HTTPS://cs.example.com/commandcenter/api, https://cs.example.com/commandcenter/#/jobs/12345",
            "https://gw.example.com/backup/commandcenter/api, https://gw.example.com/backup/commandcenter/#/jobs/12345",
            "https://[2001:db8::5]/commandcenter/api, https://[2001:db8::5]/commandcenter/#/jobs/12345"})
    void aCommandCenterWebServiceGivesItsJobPage(String webService, String page) {
        assertThat(CommandCenterAddress.jobPage(URI.create(webService), 12345)).hasValue(URI.create(page));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://cs.example.com/webconsole/api",
            "http://cs.example.com:81/SearchSvc/CVWebService.svc",
            "https://cs.example.com/api",
            "https://cs.example.com/commandcenter",
            "https://cs.example.com/mycommandcenter/api",
            "https://cs.example.com/commandcenter/api/extra",
            "https://cs.example.com/commandcenter/api?x=1",
            "ftp://cs.example.com/commandcenter/api",
            "/commandcenter/api"})
    void otherWebServicesGiveNoAddress(String webService) {
        assertThat(CommandCenterAddress.jobPage(URI.create(webService), 12345)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void noPageForAJobIdThatCannotBe(long jobId) {
        assertThat(CommandCenterAddress.jobPage(URI.create("https://cs.example.com/commandcenter/api"), jobId)).isEmpty();
    }
}
