package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Credential;
import app.fiv.api.Session;
import app.fiv.demo.AccessTokenPair;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.session.SavedCredentials;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --token-file}: an access token instead of a password, renewed and written back before it is used. */
class TokenFileCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private DemoCommServe demo;
    private AccessTokenPair pair;
    private Path tokens;

    @BeforeEach
    void start() throws Exception {
        demo = DemoCommServe.start();
        pair = demo.issueAccessToken();
        tokens = saved(dir.resolve("tokens.json"), pair.toJson());
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private static Path saved(Path file, String content) throws Exception {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private CliRun export(long job, String... more) {
        return exportFrom(demo.webServiceUrl().toString(), job, more);
    }

    private CliRun exportFrom(String server, long job, String... more) {
        String[] args = Stream.concat(Stream.of("export", "--server", server, "--token-file", tokens.toString(),
                "--job", String.valueOf(job)), Stream.of(more)).toArray(String[]::new);
        return new CliRun().secrets(pair.accessToken(), pair.refreshToken()).run(args);
    }

    private JsonNode file() throws Exception {
        return JSON.readTree(tokens.toFile());
    }

    private long renewRequests() {
        return demo.requests().stream().filter(r -> r.path().endsWith("/V4/AccessToken/Renew")).count();
    }

    @Test
    void aTokenFileNeedsNeitherUserNorPassword() {
        CliRun run = export(DemoJobs.LIST_SAMPLE);

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(run.stdout).startsWith("failureReason,entity\r\n");
        assertThat(run.stderr).contains("Using the access token in " + tokens).contains("as demo");
        assertThat(demo.loginCount()).isZero();
        assertThat(demo.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + pair.accessToken()));
    }

    @Test
    void noPasswordIsUsedEvenWhenOneIsAtHand() {
        String[] args = {"export", "--server", demo.webServiceUrl().toString(), "--user", "demo", "--token-file",
                tokens.toString(), "--job", "1001"};
        CliRun run = new CliRun().password(DemoCommServe.PASSWORD).secrets(pair.accessToken()).run(args);

        assertThat(run.exitCode).isZero();
        assertThat(demo.loginCount()).isZero();
        assertThat(demo.requests()).noneMatch(r -> r.path().endsWith("/Login"));
    }

    @Test
    void onA401ThePairIsRenewedAndWrittenBackOwnerOnlyBeforeTheRetriedRequest() throws Exception {
        Files.writeString(tokens, "{\"accessToken\": \"" + pair.accessToken() + "\", \"refreshToken\": \""
                + pair.refreshToken() + "\", \"note\": \"nightly export\"}");
        Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-r-----"));
        demo.expireAccessTokens();
        try (SnapshottingProxy proxy = new SnapshottingProxy(demo.webServiceUrl(), tokens)) {
            CliRun run = exportFrom(proxy.webService(demo.webServiceUrl()).toString(), DemoJobs.LIST_SAMPLE);

            assertThat(run.exitCode).as(run.stderr).isZero();
            assertThat(run.stdout).startsWith("failureReason,entity");
            JsonNode now = file();
            String fresh = now.path("accessToken").asText();
            assertThat(fresh).isNotEqualTo(pair.accessToken());
            assertThat(now.path("refreshToken").asText()).isNotEqualTo(pair.refreshToken()).isNotBlank();
            assertThat(now.path("note").asText()).as("the admin's own fields stay").isEqualTo("nightly export");
            assertThat(now.path("renewableUntilTimestamp").asLong()).isPositive();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens))).isEqualTo("rw-------");
            List<SnapshottingProxy.Seen> withNewPair = proxy.seen.stream()
                    .filter(seen -> ("Bearer " + fresh).equals(seen.authorization())).toList();
            assertThat(withNewPair).as("the retried request").isNotEmpty().allSatisfy(seen ->
                    assertThat(seen.file()).as("the file when it was sent").contains(fresh));
            assertThat(run.stderr).contains("Renewed the access token; the new pair is saved in " + tokens)
                    .doesNotContain(fresh);
            run.secrets(fresh, now.path("refreshToken").asText());
        }
        assertThat(demo.accessTokenRenewals()).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("tokens.json", ".tokens.json.lock");
        }
    }

    @Test
    void theRenewedPairIsInTheFileEvenWhenTheRetriedCallThenFails() throws Exception {
        demo.expireAccessTokens();

        CliRun run = export(DemoJobs.MISSING);

        assertThat(run.exitCode).isEqualTo(4);
        assertThat(file().path("accessToken").asText()).isNotEqualTo(pair.accessToken());
        assertThat(demo.accessTokenRenewals()).isEqualTo(1);
    }

    @Test
    void aReadOnlyTokenFileIsNeverRenewed() throws Exception {
        Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("r--------"));
        String before = Files.readString(tokens);

        CliRun valid = export(DemoJobs.LIST_SAMPLE);
        demo.expireAccessTokens();
        CliRun expired = export(DemoJobs.LIST_SAMPLE);

        assertThat(valid.exitCode).as("a valid token needs no writing").isZero();
        assertThat(expired.exitCode).isEqualTo(3);
        assertThat(expired.stderr).contains("has expired and was not renewed, because the file is read-only")
                .contains("must never be used again").contains("chmod 600");
        assertThat(expired.stdout).isEmpty();
        assertThat(renewRequests()).as("no renewal request at all").isZero();
        assertThat(Files.readString(tokens)).isEqualTo(before);
    }

    @Test
    void aTokenFileInAFolderThatCannotBeWrittenIsNeverRenewed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        tokens = saved(folder.resolve("tokens.json"), pair.toJson());
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        demo.expireAccessTokens();
        try {
            CliRun run = export(DemoJobs.LIST_SAMPLE);

            if (Files.isWritable(folder)) {
                // Root may write anywhere; the check then rightly lets the renewal through.
                assertThat(run.exitCode).isZero();
            } else {
                assertThat(run.exitCode).isEqualTo(3);
                assertThat(run.stderr).contains("is in a folder you cannot write to");
                assertThat(renewRequests()).isZero();
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aRevokedChainIsExit3WithTheServersWordsAndWhatToDo() throws Exception {
        // Someone renewed the pair elsewhere and kept the new one: the file's pair is now a retired one.
        CommServeClient client = TestClients.json("elsewhere");
        Session newer = client.renew(new Session(demo.webServiceUrl(), "demo",
                new Credential.AccessToken(pair.accessToken(), pair.refreshToken())), CancelSignal.none());
        demo.expireAccessTokens();
        String before = Files.readString(tokens);

        CliRun run = export(DemoJobs.LIST_SAMPLE, "--debug"); // stack traces too must hold no token

        assertThat(run.exitCode).isEqualTo(3);
        assertThat(run.stderr).contains("This access token can no longer be renewed").contains("at app.fiv.cli.")
                .contains("revoke")
                .contains("create a new one in Command Center under Manage → Security → Users → your user → Access tokens")
                .contains("Save the new pair in " + tokens);
        run.secrets(newer.token());
        assertThat(demo.revokedTokenChains()).isEqualTo(1);
        assertThat(Files.readString(tokens)).isEqualTo(before);
    }

    @Test
    void theRenewableLimitIsExit3WithTheServersWords() {
        demo.expireAccessTokens();
        demo.reachRenewableLimit();

        CliRun run = export(DemoJobs.LIST_SAMPLE, "--user", "ops-reports");

        assertThat(run.exitCode).isEqualTo(3);
        assertThat(run.stderr).contains("renewable limit").contains("Users → ops-reports → Access tokens");
        assertThat(demo.accessTokenRenewals()).isZero();
    }

    @Test
    void runsSharingATokenFileRenewItOnceBetweenThem() throws Exception {
        demo.expireAccessTokens();
        CountDownLatch together = new CountDownLatch(2);
        List<CompletableFuture<CliRun>> runs = Stream.of(1, 2).map(i -> CompletableFuture.supplyAsync(() -> {
            together.countDown();
            try {
                together.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return export(DemoJobs.LINUX_SERVER);
        })).toList();

        for (CompletableFuture<CliRun> run : runs) {
            CliRun done = run.get(60, TimeUnit.SECONDS);
            assertThat(done.exitCode).as(done.stderr).isZero();
            assertThat(done.stdout).contains("/home/");
        }
        assertThat(demo.accessTokenRenewals()).as("a second renewal of the same pair would revoke the chain").isEqualTo(1);
        assertThat(demo.revokedTokenChains()).isZero();
        assertThat(file().path("accessToken").asText()).isNotEqualTo(pair.accessToken());
    }

    @Test
    void aLinkedTokenFileIsRenewedWhereItPoints() throws Exception {
        Path real = saved(Files.createDirectory(dir.resolve("secrets")).resolve("cs.json"), pair.toJson());
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        Files.delete(tokens);
        tokens = link;
        demo.expireAccessTokens();

        CliRun run = export(DemoJobs.LIST_SAMPLE);

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(JSON.readTree(real.toFile()).path("accessToken").asText()).isNotEqualTo(pair.accessToken());
    }

    @Test
    void aMissingUnreadableOrIncompleteTokenFileIsAUsageErrorAndSendsNothing() throws Exception {
        Path missing = dir.resolve("none.json");
        Path broken = saved(dir.resolve("broken.json"), "{\"accessToken\": \"" + pair.accessToken() + "\",");
        Path half = saved(dir.resolve("half.json"), "{\"accessToken\": \"" + pair.accessToken() + "\"}");
        Path list = saved(dir.resolve("list.json"), "[1, 2]");
        Path spaced = saved(dir.resolve("spaced.json"), "{\"accessToken\": \"a b\", \"refreshToken\": \"c\"}");
        String ws = demo.webServiceUrl().toString();
        int before = demo.requests().size();

        List<CliRun> runs = Stream.of(missing, broken, half, list, spaced, dir).map(file -> new CliRun()
                .secrets(pair.accessToken(), pair.refreshToken())
                .run("export", "--server", ws, "--token-file", file.toString(), "--job", "1001")).toList();

        assertThat(runs).allSatisfy(run -> assertThat(run.exitCode).isEqualTo(2));
        assertThat(runs.get(0).stderr).contains("The token file " + missing + " does not exist")
                .contains("{\"accessToken\": \"…\", \"refreshToken\": \"…\"}");
        assertThat(runs.get(1).stderr).contains("is not valid JSON (line 1, column");
        assertThat(runs.get(2).stderr).contains("has no refreshToken");
        assertThat(runs.get(3).stderr).contains("does not hold a JSON object");
        assertThat(runs.get(4).stderr).contains("contains spaces");
        assertThat(runs.get(5).stderr).contains("is a folder");
        assertThat(demo.requests()).hasSize(before);
    }

    @Test
    void withoutTokenFileTheUserIsNeededAndNotBothSecretsAtOnce() throws Exception {
        Path password = Files.writeString(dir.resolve("pw"), DemoCommServe.PASSWORD);
        String ws = demo.webServiceUrl().toString();

        CliRun noUser = new CliRun().password(DemoCommServe.PASSWORD).run("export", "--server", ws, "--job", "1001");
        CliRun both = new CliRun().run("export", "--server", ws, "--token-file", tokens.toString(),
                "--password-file", password.toString(), "--job", "1001");

        assertThat(noUser.exitCode).isEqualTo(2);
        assertThat(noUser.stderr).contains("--user").contains("--token-file");
        assertThat(both.exitCode).isEqualTo(2);
        assertThat(both.stderr).contains("either --password-file or --token-file");
        assertThat(demo.requests()).isEmpty();
    }

    @Test
    void aTokenFileOthersCanReadIsWarnedAbout() throws Exception {
        Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = export(DemoJobs.LIST_SAMPLE);

        assertThat(run.exitCode).isZero();
        assertThat(run.stderr).contains("Warning: the token file " + tokens + " can be read by other users (permissions"
                + " rw-r--r--)").contains("chmod 600 " + tokens);
    }

    @Test
    void theAppsRememberedPairIsLeftToTheApp() throws Exception {
        MemoryTokenStore store = new MemoryTokenStore();
        store.save(demo.webServiceUrl().toString(), "demo", SavedCredentials.encode(
                new Credential.AccessToken(pair.accessToken(), pair.refreshToken())));
        demo.expireAccessTokens();
        CliRun run = new CliRun().secrets(pair.accessToken(), pair.refreshToken());
        run.tokens = store;

        run.run("export", "--server", demo.webServiceUrl().toString(), "--user", "demo", "--job", "1001");

        assertThat(run.exitCode).isEqualTo(3);
        assertThat(run.stderr).contains("The app keeps an access token for demo").contains("--token-file");
        assertThat(demo.requests()).as("renewing it here while the app does too would revoke it").isEmpty();
    }

    @Test
    void helpTellsOfTheTokenFileAndItsExitCodes() {
        CliRun help = new CliRun().run("export", "--help");

        assertThat(help.stdout.replaceAll("\\s+", " ")).contains("--token-file=<tokens.json>")
                .contains("optional with --token-file").contains("written back to it (owner-only) before it is used")
                .contains("2 usage error").contains("a token file missing, unreadable or without both tokens")
                .contains("or a token file that cannot be rewritten");
    }
}
